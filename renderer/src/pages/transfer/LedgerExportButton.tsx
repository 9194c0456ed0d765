import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Dropdown, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { Input } from '../../../../shared/contract';
import type { LedgerKind } from '../../../../shared/domain/ledgers/types';
import { call } from '../../api';
import { platform } from '../../platform';
import { workbookFilters } from './wizard';

/** A ledger's current view: its search, filters and sort, without paging. */
export type LedgerViewQuery = Omit<Input<'entries.list'>, 'offset' | 'limit'>;

interface Props {
  kind: LedgerKind;
  view: LedgerViewQuery;
  /** How many entries the view shows, when known. */
  total: number | null;
}

/** 导出 on a ledger's toolbar: the current view as a workbook in the official style, or a blank template. */
export function LedgerExportButton({ kind, view, total }: Props) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState(false);
  const [mask, setMask] = useState(true);
  const [busy, setBusy] = useState(false);

  const save = async (make: () => Promise<{ fileId: string; name: string }>) => {
    setBusy(true);
    try {
      const file = await make();
      const saved = await platform.saveFile({
        fileId: file.fileId,
        suggestedName: file.name,
        filters: workbookFilters,
      });
      if (saved) void message.success(`已导出“${file.name}”`);
      return true;
    } catch (e) {
      void message.error((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const exportView = async () => {
    if (await save(() => call('exports.ledger', { ...view, mask }))) setDialog(false);
  };

  const filtered = Boolean(
    view.q || view.community || view.grid || view.status !== '在册' || Object.keys(view.filters ?? {}).length,
  );

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'view', label: '导出当前视图…' },
            { key: 'template', label: '下载空白模板' },
          ],
          onClick: ({ key }) => {
            if (key === 'view') {
              setMask(true);
              setDialog(true);
            } else void save(() => call('exports.template', { kind: kind.key }));
          },
        }}
      >
        <Button icon={<ExportOutlined />} loading={busy && !dialog}>
          导出 <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <Modal
        open={dialog}
        title={`导出${kind.name}台账`}
        okText="导出"
        cancelText="取消"
        confirmLoading={busy}
        onOk={exportView}
        onCancel={() => setDialog(false)}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Typography.Text>
            导出当前列表{filtered ? '（按当前的搜索、筛选和排序）' : '中所有在册的人'}
            {total !== null && `，共 ${total} 人`}，生成上报格式的 Excel 工作簿。
          </Typography.Text>
          <Checkbox checked={mask} onChange={(e) => setMask(e.target.checked)}>
            隐藏身份证号（只显示前 6 位和后 4 位）
          </Checkbox>
          {!mask && (
            <Typography.Text type="warning">
              文件将包含完整的身份证号，请妥善保管，不要通过微信群等方式传播。
            </Typography.Text>
          )}
        </Flex>
      </Modal>
    </>
  );
}
