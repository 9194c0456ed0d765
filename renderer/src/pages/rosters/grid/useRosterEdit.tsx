import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { EditResult, RosterIssue } from '../../../../../shared/domain/rosters/types';

/** The distinct warnings of an edit, naming the person a rule is about. */
export function issueTexts(issues: RosterIssue[], names: Map<number, string>): string[] {
  const texts = issues.map((i) => {
    const name = i.cadreId === undefined ? undefined : names.get(i.cadreId);
    return name ? `${name}：${i.label}` : i.label;
  });
  return [...new Set(texts)];
}

/**
 * Runs a roster edit (rosters.set / rosters.swap): when it breaks hard rules the server answers
 * applied: false; the rules are shown and the edit is sent again with confirm: true only after
 * 仍然保存. Resolves true once the edit is saved.
 */
export function useRosterEdit() {
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const refresh = () =>
    client.invalidateQueries({
      predicate: (q) => ['rosters', 'workbench'].includes(String(q.queryKey[0]).split('.')[0]!),
    });

  return async (send: (confirm: boolean) => Promise<EditResult>, names: Map<number, string>): Promise<boolean> => {
    try {
      const first = await send(false);
      if (first.applied) {
        await refresh();
        return true;
      }
      const texts = issueTexts(first.issues, names);
      const confirmed = await new Promise<boolean>((resolve) =>
        modal.confirm({
          title: '这样安排违反了排班规则',
          content: (
            <ul style={{ paddingLeft: 20, margin: 0 }} aria-label="违反的规则">
              {texts.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ),
          okText: '仍然保存',
          cancelText: '取消',
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        }),
      );
      if (!confirmed) return false;
      await send(true);
      await refresh();
      return true;
    } catch (e) {
      void message.error((e as Error).message);
      return false;
    }
  };
}
