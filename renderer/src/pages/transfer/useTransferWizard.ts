import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping, MergeStrategy, PreviewSummary, ValueMap } from '../../../../shared/domain/excel/imports';
import { call } from '../../api';
import type { CommitState } from './DoneStep';
import type { PreviewState } from './PreviewStep';
import { initialValueMap, valuesToSend, type ValuesState } from './values';
import { choicesFrom, refreshAfterWrite, type OpenImport, type SheetChoice } from './wizard';

export const STEPS = ['选择文件', '工作表', '核对列', '值对应', '预览与校验', '完成'] as const;

/** The steps by name, so a new step moves no number by hand. */
export const STEP = {
  file: 0,
  sheets: 1,
  columns: 2,
  values: 3,
  preview: 4,
  done: 5,
} as const satisfies Record<string, number>;

/**
 * The import wizard's state and its calls. Every call that changes something runs from a user's
 * click, never from an effect. The server's import is closed when the wizard starts over or is left.
 */
export function useTransferWizard() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [open, setOpen] = useState<OpenImport | null>(null);
  const [kind, setKind] = useState('');
  const [kindNote, setKindNote] = useState<string | null>(null);
  const [changingKind, setChangingKind] = useState(false);
  const [choices, setChoices] = useState<SheetChoice[]>([]);
  const [strategy, setStrategy] = useState<MergeStrategy>('overwriteNonBlank');
  const [values, setValues] = useState<ValuesState>({ state: 'loading' });
  const [valueMap, setValueMap] = useState<ValueMap>({});
  const [preview, setPreview] = useState<PreviewState>({ state: 'running' });
  const [commit, setCommit] = useState<CommitState>({ state: 'writing' });
  const [cancelling, setCancelling] = useState(false);
  const cancelRequested = useRef(false);
  const current = useRef<string | null>(null);

  const close = useCallback(() => {
    const importId = current.current;
    current.current = null;
    if (importId) void call('imports.close', { importId }).catch(() => undefined);
  }, []);
  useEffect(() => close, [close]);

  const opened = (next: OpenImport, nextKind: string, note: string | null) => {
    close();
    current.current = next.importId;
    setOpen(next);
    setKind(nextKind);
    setKindNote(note);
    setChoices(choicesFrom(next.analysis));
    setStrategy('overwriteNonBlank');
    setValueMap({});
    setStep(STEP.sheets);
  };

  const changeKind = async (nextKind: string) => {
    if (!open) return;
    setChangingKind(true);
    try {
      const analysis = await call('imports.analysis', { importId: open.importId, kind: nextKind });
      // The answer names the chosen kind as suggested: keep what the headers said.
      setOpen({ ...open, analysis: { ...analysis, suggestedKind: open.analysis.suggestedKind } });
      setChoices((before) => choicesFrom(analysis, before));
      setKind(nextKind);
      setKindNote(null);
      setValueMap({});
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setChangingKind(false);
    }
  };

  const setMapping = (sheet: string, mapping: ColumnMapping[]) =>
    setChoices((all) => all.map((c) => (c.name === sheet ? { ...c, mapping } : c)));

  const chosenSheets = () =>
    choices
      .filter((c) => c.include)
      .map((c) => ({ name: c.name, mapping: c.mapping, community: c.community.trim() || null }));

  /** 值对应: the option columns' values that are not options, for the sheets and mapping chosen. */
  const runValues = async () => {
    if (!open) return;
    setStep(STEP.values);
    setValues({ state: 'loading' });
    try {
      const { columns } = await call('imports.values', { importId: open.importId, kind, sheets: chosenSheets() });
      setValueMap((before) => initialValueMap(columns, before));
      setValues({ state: 'ready', columns });
    } catch (e) {
      setValues({ state: 'failed', message: (e as Error).message });
    }
  };

  const runPreview = async () => {
    if (!open) return;
    setStep(STEP.preview);
    setPreview({ state: 'running' });
    try {
      const summary = await call('imports.preview', {
        importId: open.importId,
        kind,
        strategy,
        sheets: chosenSheets(),
        values: valuesToSend(values, valueMap),
      });
      setPreview({ state: 'ready', summary });
      void client.invalidateQueries({ queryKey: ['imports.rows'] });
    } catch (e) {
      setPreview({ state: 'failed', message: (e as Error).message });
    }
  };

  const setSummary = (summary: PreviewSummary) => setPreview({ state: 'ready', summary });

  const runCommit = async () => {
    if (!open) return;
    cancelRequested.current = false;
    setCancelling(false);
    setStep(STEP.done);
    setCommit({ state: 'writing' });
    try {
      const result = await call('imports.commit', { importId: open.importId });
      setCommit({ state: 'done', result });
    } catch (e) {
      setCommit(cancelRequested.current ? { state: 'cancelled' } : { state: 'failed', message: (e as Error).message });
    } finally {
      void refreshAfterWrite(client);
    }
  };

  const cancelCommit = () => {
    if (!open) return;
    cancelRequested.current = true;
    setCancelling(true);
    void call('imports.cancel', { importId: open.importId }).catch(() => undefined);
  };

  const startOver = () => {
    close();
    setOpen(null);
    setChoices([]);
    setKindNote(null);
    setValueMap({});
    setStep(STEP.file);
  };

  return {
    step,
    setStep,
    open,
    kind,
    kindNote,
    changingKind,
    choices,
    setChoices,
    strategy,
    setStrategy,
    values,
    valueMap,
    setValueMap,
    preview,
    commit,
    cancelling,
    opened,
    changeKind,
    setMapping,
    runValues,
    runPreview,
    setSummary,
    runCommit,
    cancelCommit,
    startOver,
  };
}
