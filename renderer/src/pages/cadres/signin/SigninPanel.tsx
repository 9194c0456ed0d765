import { UserAddOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { SigninRow } from '../../../../../shared/domain/signins/types';
import { useApiQuery } from '../../../api';
import { CorrectModal } from './CorrectModal';
import { DayTables } from './DayTables';
import { DeskBar } from './DeskBar';
import { useDeskChoice } from './deskChoice';
import { ImportSignins } from './ImportSignins';
import { QuickEntry, type Mode } from './QuickEntry';
import { WalkInModal } from './WalkInModal';
import { WriteOnly } from '../../../shell/auth/WriteOnly';

/** 干部签到 -> 今日签到: the sign-in desk, run from the keyboard. */
export function SigninPanel() {
  const desk = useDeskChoice();
  const [mode, setMode] = useState<Mode>('签到');
  const [walkIn, setWalkIn] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<SigninRow | null>(null);
  const day = useApiQuery('signins.day', { day: desk.day, community: desk.community || undefined });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <DeskBar
        {...desk}
        extra={
          <WriteOnly>
            <Button icon={<UserAddOutlined />} onClick={() => setWalkIn('')}>
              现场登记（Alt+N）
            </Button>
            <ImportSignins />
          </WriteOnly>
        }
      />
      <WriteOnly>
        <QuickEntry day={desk.day} community={desk.community} mode={mode} setMode={setMode} onWalkIn={setWalkIn} />
      </WriteOnly>
      <DayTables data={day.data} loading={day.isLoading} onCorrect={setCorrecting} />
      <WalkInModal
        open={walkIn !== null}
        name={walkIn ?? ''}
        day={desk.day}
        community={desk.community}
        communityNames={desk.communityNames}
        onClose={() => setWalkIn(null)}
      />
      <CorrectModal row={correcting} onClose={() => setCorrecting(null)} />
    </Space>
  );
}
