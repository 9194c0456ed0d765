import { App, Button, Card, Flex, Result, Spin, Steps, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api';
import { BatchesCard } from './BatchesCard';
import { ChooseFileStep } from './ChooseFileStep';
import { ColumnsStep, columnsProblem } from './ColumnsStep';
import { DoneStep } from './DoneStep';
import { PreviewStep } from './PreviewStep';
import { SheetsStep, sheetsProblem } from './SheetsStep';
import { useColumnSamples } from './useColumnSamples';
import { useImportStatus } from './useImportStatus';
import { STEP, STEPS, useTransferWizard } from './useTransferWizard';
import { valuesProblem } from './values';
import { ValuesStep } from './ValuesStep';

/** 导入导出: the import wizard (选择文件 → 工作表 → 核对列 → 值对应 → 预览与校验 → 完成) and the recent imports. */
export function TransferPage() {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const kinds = useApiQuery('kinds.list', {});
  const communities = useApiQuery('communities.list', {});
  const list = kinds.data ?? [];
  const [askedKind, setAskedKind] = useState<string | undefined>(params.get('kind') ?? undefined);
  const wizard = useTransferWizard();
  const { step, open, kind, choices, preview, commit } = wizard;
  const kindDef = list.find((k) => k.key === kind);
  const stage =
    (step === STEP.values && wizard.values.state === 'loading') ||
    (step === STEP.preview && preview.state === 'running')
      ? 'checking'
      : step === STEP.done && commit.state === 'writing'
        ? 'writing'
        : null;
  const status = useImportStatus(open?.importId ?? null, stage);
  const samples = useColumnSamples(open, kind, choices, step === STEP.columns);

  if (kinds.isLoading) return <Spin />;
  if (kinds.error) return <Result status="error" title={kinds.error.message} />;
  const asked = list.some((k) => k.key === askedKind) ? askedKind : undefined;

  const headers = Object.fromEntries(
    choices.map((c) => [c.name, Object.fromEntries(c.mapping.map((m) => [m.column, m.header]))]),
  );

  const toColumns = () => {
    const problem = sheetsProblem(choices);
    if (problem) return void message.warning(problem);
    wizard.setStep(STEP.columns);
  };
  const toValues = () => {
    const problem = kindDef ? columnsProblem(kindDef, choices) : null;
    if (problem) return void message.warning(problem);
    void wizard.runValues();
  };
  const toPreview = () => {
    const problem = valuesProblem(wizard.values, wizard.valueMap);
    if (problem) return void message.warning(problem);
    void wizard.runPreview();
  };
  const confirmCommit = () => {
    if (preview.state !== 'ready') return;
    const c = preview.summary.counts;
    const skipped = c.error + c.duplicate + c.excluded;
    modal.confirm({
      title: `导入到“${kindDef?.name ?? kind}”台账？`,
      content: (
        <Flex vertical gap={4} data-testid="commit-confirm">
          <span>新增 {c.new} 人</span>
          <span>更新 {c.updated} 人</span>
          {c.unchanged > 0 && <span>无变化 {c.unchanged} 人（不改动）</span>}
          <span>
            跳过 {skipped} 行{skipped > 0 && `（有错误 ${c.error}，重复 ${c.duplicate}，已排除 ${c.excluded}）`}
          </span>
          {preview.summary.newPlaces.length > 0 && <span>新建：{preview.summary.newPlaces.join('、')}</span>}
          <Typography.Text type="secondary">导入后可以在“完成”页或“最近导入”中整体撤销。</Typography.Text>
        </Flex>
      ),
      okText: '开始导入',
      cancelText: '再看看',
      onOk: () => void wizard.runCommit(),
    });
  };

  let body: ReactNode = null;
  let footer: ReactNode = null;
  if (step === STEP.file || !open) {
    body = <ChooseFileStep kinds={list} kind={asked} onKindChange={setAskedKind} onOpened={wizard.opened} />;
  } else if (step === STEP.sheets) {
    body = (
      <SheetsStep
        open={open}
        kinds={list}
        kind={kind}
        kindNote={wizard.kindNote}
        onKindChange={(k) => void wizard.changeKind(k)}
        changingKind={wizard.changingKind}
        choices={choices}
        onChoicesChange={wizard.setChoices}
        communities={(communities.data ?? []).map((c) => c.name)}
      />
    );
    footer = (
      <>
        <Button onClick={wizard.startOver}>重新选择文件</Button>
        <Button type="primary" onClick={toColumns} disabled={choices.length === 0 || wizard.changingKind}>
          下一步：核对列
        </Button>
      </>
    );
  } else if (step === STEP.columns && kindDef) {
    body = (
      <ColumnsStep
        kind={kindDef}
        choices={choices}
        onMappingChange={wizard.setMapping}
        strategy={wizard.strategy}
        onStrategyChange={wizard.setStrategy}
        samples={samples.data}
        samplesLoading={samples.isFetching}
      />
    );
    footer = (
      <>
        <Button onClick={() => wizard.setStep(STEP.sheets)}>上一步</Button>
        <Button type="primary" onClick={toValues}>
          下一步：值对应
        </Button>
      </>
    );
  } else if (step === STEP.values) {
    body = (
      <ValuesStep
        values={wizard.values}
        map={wizard.valueMap}
        onMapChange={wizard.setValueMap}
        status={status}
        onRetry={() => void wizard.runValues()}
        onNext={toPreview}
      />
    );
    footer = (
      <>
        <Button onClick={() => wizard.setStep(STEP.columns)}>上一步</Button>
        <Button type="primary" onClick={toPreview} disabled={wizard.values.state === 'loading'}>
          下一步：预览与校验
        </Button>
      </>
    );
  } else if (step === STEP.preview) {
    body = (
      <PreviewStep
        importId={open.importId}
        fileName={open.file.name}
        preview={preview}
        status={status}
        headers={headers}
        onSummary={wizard.setSummary}
      />
    );
    const c = preview.state === 'ready' ? preview.summary.counts : null;
    footer = (
      <>
        <Button onClick={() => wizard.setStep(STEP.values)} disabled={preview.state === 'running'}>
          上一步
        </Button>
        <Button type="primary" onClick={confirmCommit} disabled={!c || c.new + c.updated === 0}>
          {c ? `导入 ${c.new + c.updated} 人` : '导入'}
        </Button>
      </>
    );
  } else if (step === STEP.done) {
    body = (
      <DoneStep
        commit={commit}
        status={status}
        fileName={open.file.name}
        kindName={kindDef?.name ?? kind}
        cancelling={wizard.cancelling}
        onCancel={wizard.cancelCommit}
        onViewLedger={() => navigate(`/ledgers/${kind}`)}
        onBackToPreview={() => void wizard.runPreview()}
        onStartOver={wizard.startOver}
      />
    );
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1280 }}>
      <Card>
        <Steps
          current={step}
          status={
            step === STEP.done && (commit.state === 'failed' || commit.state === 'cancelled')
              ? 'error'
              : step === STEP.done && commit.state === 'done'
                ? 'finish'
                : 'process'
          }
          items={STEPS.map((title) => ({ title }))}
          style={{ marginBottom: 24 }}
        />
        <div data-testid="wizard-body">{body}</div>
        {footer && (
          <Flex justify="flex-end" gap={8} style={{ marginTop: 20, paddingTop: 16, borderTop: '1px solid #f0f0f0' }}>
            {footer}
          </Flex>
        )}
      </Card>
      <BatchesCard />
    </Flex>
  );
}
