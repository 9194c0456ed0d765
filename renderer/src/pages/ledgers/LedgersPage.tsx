import { Result, Spin, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Entry, LedgerKind } from '../../../../shared/domain/ledgers/types';
import { useApiQuery } from '../../api';
import { EntryDrawer } from './EntryDrawer';
import { EntryForm, type EntryFormTarget } from './EntryForm';
import { LedgerView } from './LedgerView';

/** 重点人群: one tab per ledger kind; ?entry=ID opens that entry's drawer. */
export function LedgersPage() {
  const kinds = useApiQuery('kinds.list', {});
  const { kind: kindParam } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState<EntryFormTarget | null>(null);
  const entryId = Number(params.get('entry')) || null;
  const list = kinds.data ?? [];
  const kind = list.find((k) => k.key === kindParam) ?? (kindParam ? undefined : list[0]);

  const openEntry = useCallback((id: number) => setParams({ entry: String(id) }), [setParams]);
  const closeEntry = useCallback(() => setParams({}), [setParams]);
  const openAdd = useCallback(
    (community?: string) => kind && setForm((open) => open ?? { mode: 'add', kind, community }),
    [kind],
  );

  // A link with only ?entry=ID lands on that entry's ledger.
  const linked = useApiQuery('entries.get', { id: entryId ?? 1 }, { enabled: entryId !== null && !kindParam });
  useEffect(() => {
    if (!kindParam && entryId && linked.data)
      navigate(`/ledgers/${linked.data.kind}?entry=${entryId}`, { replace: true });
  }, [kindParam, entryId, linked.data, navigate]);

  if (kinds.isLoading) return <Spin />;
  if (kinds.error) return <Result status="error" title={kinds.error.message} />;
  if (list.length === 0) return <Result title="还没有台账类型" subTitle="请在 设置 → 台账类型 中添加。" />;
  if (!kind) return <Navigate to="/ledgers" replace />;

  const onSaved = (entry: Entry) => {
    setForm(null);
    openEntry(entry.id);
  };
  const onEdit = (entry: Entry, entryKind: LedgerKind) => setForm({ mode: 'edit', kind: entryKind, entry });

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 420 }}>
      <Tabs
        activeKey={kind.key}
        onChange={(key) => navigate(`/ledgers/${key}`)}
        items={list.map((k) => ({ key: k.key, label: k.name }))}
        style={{ flex: 'none' }}
        tabBarStyle={{ marginBottom: 12 }}
      />
      <LedgerView key={kind.key} kind={kind} onAdd={openAdd} onOpen={openEntry} />
      {entryId !== null && <EntryDrawer entryId={entryId} kinds={list} onClose={closeEntry} onEdit={onEdit} />}
      {form && <EntryForm target={form} onSaved={onSaved} onCancel={() => setForm(null)} />}
    </div>
  );
}
