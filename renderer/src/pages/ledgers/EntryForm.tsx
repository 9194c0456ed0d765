import { Alert, App, Form, Modal } from 'antd';
import { useRef, useState } from 'react';
import type { FieldValue } from '../../../../shared/domain/ledgers/fields';
import type { Entry, LedgerKind } from '../../../../shared/domain/ledgers/types';
import { formatPhones } from '../../../../shared/domain/phone';
import { ApiError, call, useApiMutation, useApiQuery } from '../../api';
import { enterSubmits } from '../../components/ledgers/enterSubmits';
import { EntryFormFields } from './EntryFormFields';
import { errorPath } from './formRules';
import { FORM_KEYS, keyHintFooter } from '../../components/keyHintFooter';

/** What the form is for: a new entry (with a default community) or an existing one. */
export type EntryFormTarget =
  { mode: 'add'; kind: LedgerKind; community?: string } | { mode: 'edit'; kind: LedgerKind; entry: Entry };

interface FormValues {
  name?: string;
  idNumber?: string;
  phones?: string;
  community?: string;
  grid?: string | null;
  address?: string;
  cadre?: string;
  note?: string;
  fields?: Record<string, FieldValue | null | undefined>;
}

interface Props {
  target: EntryFormTarget;
  onSaved: (entry: Entry) => void;
  onCancel: () => void;
}

function initialValues(target: EntryFormTarget, communities: string[]): FormValues {
  if (target.mode === 'add') {
    return { community: target.community ?? (communities.length === 1 ? communities[0] : undefined), fields: {} };
  }
  const { entry } = target;
  return {
    name: entry.name,
    phones: formatPhones(entry.phones, entry.phoneNotes, ' / '),
    community: entry.community,
    grid: entry.grid ?? undefined,
    address: entry.address,
    cadre: entry.cadre,
    note: entry.note,
    fields: { ...entry.fields },
  };
}

/** Adds or edits one entry; every field is checked as typed with the rules the server applies. */
export function EntryForm({ target, onSaved, onCancel }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const communities = useApiQuery('communities.list', {});
  const add = useApiMutation('entries.add', ['entries', 'kinds', 'workbench'], { silent: true });
  const update = useApiMutation('entries.update', ['entries', 'workbench'], { silent: true });
  const [serverError, setServerError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const { kind } = target;
  const entry = target.mode === 'edit' ? target.entry : undefined;

  const reveal = () => {
    if (!entry) return;
    setRevealing(true);
    call('entries.revealId', { id: entry.id })
      .then((r) => setRevealed(r.idNumber))
      .catch((e: Error) => void message.error(e.message))
      .finally(() => setRevealing(false));
  };

  const save = async (values: FormValues) => {
    setServerError(null);
    const fields: Record<string, FieldValue | null> = {};
    for (const def of kind.fields) {
      const value = values.fields?.[def.key];
      fields[def.key] = value === undefined || value === '' ? null : value;
    }
    const body = {
      name: values.name ?? '',
      phones: values.phones ?? '',
      community: values.community ?? '',
      grid: values.grid ?? null,
      address: values.address ?? '',
      cadre: values.cadre ?? '',
      note: values.note ?? '',
      fields,
    };
    try {
      const saved = entry
        ? await update.mutateAsync({
            id: entry.id,
            ...body,
            extra: entry.extra, // kept as imported; the form does not edit it
            ...(revealed !== null ? { idNumber: values.idNumber ?? '' } : {}),
          })
        : await add.mutateAsync({ kind: kind.key, ...body, idNumber: values.idNumber ?? '' });
      void message.success(entry ? `已保存“${saved.name}”的修改` : `已登记“${saved.name}”`);
      onSaved(saved);
    } catch (e) {
      const error = e as Error;
      setServerError(error.message);
      if (error instanceof ApiError && error.fields) {
        // Server keys are the form's names ('idNumber', 'fields.dueDate' -> ['fields', 'dueDate']).
        form.setFields(
          Object.entries(error.fields).map(([key, text]) => ({ name: errorPath(key) as never, errors: [text] })),
        );
      }
    }
  };

  const saving = add.isPending || update.isPending;
  return (
    <Modal
      open
      title={entry ? `编辑${kind.name}：${entry.name}` : `新增${kind.name}`}
      okText="保存"
      cancelText="取消"
      width={820}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      mask={{ closable: false }}
      destroyOnHidden
      // The first field takes the focus once the dialog is in (a closing drawer may hand focus back late).
      afterOpenChange={(open) => {
        if (open && !boxRef.current?.contains(document.activeElement)) form.getFieldInstance('name')?.focus();
      }}
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', paddingRight: 8 } }}
      footer={keyHintFooter(FORM_KEYS)}
    >
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 16 }} role="alert" />}
      <div ref={boxRef} onKeyDownCapture={enterSubmits(() => form.submit())}>
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark
          initialValues={initialValues(
            target,
            (communities.data ?? []).map((c) => c.name),
          )}
          onFinish={save}
          scrollToFirstError
        >
          <EntryFormFields
            kind={kind}
            communities={communities.data ?? []}
            entry={entry}
            revealed={revealed}
            revealing={revealing}
            onReveal={reveal}
          />
        </Form>
      </div>
    </Modal>
  );
}
