import { Input, List, Segmented, Space, Tag, Typography, type InputRef } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SigninMatch } from '../../../../../shared/domain/signins/types';
import { ApiError, call, useApiQuery } from '../../../api';
import { clockText } from './deskChoice';

export type Mode = '签到' | '签退';

interface Props {
  day: string;
  community: string;
  mode: Mode;
  setMode: (mode: Mode) => void;
  onWalkIn: (name: string) => void;
}

type Status = { ok: boolean; text: string } | null;

function statusTag(day: string, m: SigninMatch) {
  if (m.signedOut) return <Tag color="default">已签退 {clockText(day, m.signedOut)}</Tag>;
  if (m.signedIn) return <Tag color="green">已签到 {clockText(day, m.signedIn)}</Tag>;
  return <Tag color="orange">未签到</Tag>;
}

/**
 * The one box of the sign-in desk: type a name, pinyin initials or phone digits, Enter acts on the
 * highlighted match. ↑↓ move, Shift+Enter signs out whatever the mode, Alt+S switches the mode,
 * Alt+N registers a walk-in, Esc clears.
 */
export function QuickEntry({ day, community, mode, setMode, onWalkIn }: Props) {
  const client = useQueryClient();
  const input = useRef<InputRef>(null);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const query = { q: q.trim(), day, community };
  const found = useApiQuery('signins.find', query, { enabled: query.q !== '' });
  const matches = query.q && found.data ? found.data : [];

  useEffect(() => setActive(0), [q]);
  useEffect(() => input.current?.focus(), [day, community, mode]);

  const act = async (shift: boolean) => {
    if (!query.q || busy) return;
    setBusy(true);
    try {
      // The list on screen is keyed by the text typed; while it loads, ask for the matches directly.
      const person = found.data ? found.data[active] : (await call('signins.find', query))[0];
      if (!person) {
        setStatus({ ok: false, text: `没有找到“${query.q}”。不在名册中的人请按 Alt+N 现场登记。` });
        return;
      }
      const out = shift || mode === '签退';
      const row = out
        ? await call('signins.signOut', { cadreId: person.cadreId, day })
        : await call('signins.signIn', { cadreId: person.cadreId, day, community: community || undefined });
      const at = clockText(day, out ? row.signedOut : row.signedIn);
      setStatus({ ok: true, text: `${row.name}（${row.unit || '未填单位'}）${at} ${out ? '签退' : '签到'}成功` });
      setQ('');
      await client.invalidateQueries({ predicate: (k) => String(k.queryKey[0]).startsWith('signins.') });
    } catch (error) {
      setStatus({
        ok: false,
        text: error instanceof ApiError || error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.altKey && e.code === 'KeyS') {
      e.preventDefault();
      setMode(mode === '签到' ? '签退' : '签到');
    } else if (e.altKey && e.code === 'KeyN') {
      e.preventDefault();
      onWalkIn(/[\u4e00-\u9fa5]/.test(q) ? q.trim() : '');
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(0, i + step), Math.max(0, matches.length - 1)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void act(e.shiftKey);
    } else if (e.key === 'Escape') {
      setQ('');
      setStatus(null);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap align="center">
        <Segmented<Mode> options={['签到', '签退']} value={mode} onChange={setMode} aria-label="签到或签退" />
        <Typography.Text type="secondary">
          输入姓名、拼音首字母或手机号 → ↑↓ 选人 → Enter {mode}；Shift+Enter 签退；Alt+S 切换签到/签退；Alt+N
          现场登记；Esc 清空
        </Typography.Text>
      </Space>
      <Input
        ref={input}
        autoFocus
        size="large"
        aria-label="签到输入"
        placeholder={`输入姓名 / 拼音首字母 / 手机号，回车${mode}`}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
        style={{ fontSize: 20 }}
      />
      {status && (
        <Typography.Text data-testid="signin-status" type={status.ok ? 'success' : 'danger'} strong>
          {status.text}
        </Typography.Text>
      )}
      {query.q !== '' && (
        <List
          size="small"
          bordered
          aria-label="匹配的人员"
          dataSource={matches}
          locale={{ emptyText: found.isFetching ? '查找中…' : `名册中没有“${query.q}”，按 Alt+N 现场登记` }}
          renderItem={(m, i) => (
            <List.Item
              onClick={() => setActive(i)}
              aria-selected={i === active}
              style={{ background: i === active ? '#e6f4ff' : undefined, cursor: 'pointer' }}
            >
              <Space>
                <strong>{m.name}</strong>
                <span>{m.unit}</span>
                <span>{m.community}</span>
                <span>{m.phone}</span>
                {statusTag(day, m)}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
