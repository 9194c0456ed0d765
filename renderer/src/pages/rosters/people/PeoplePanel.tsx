import { Space } from 'antd';
import { AvailabilityCard } from './AvailabilityCard';
import { DutyPeopleCard } from './DutyPeopleCard';

/** 人员与请假: each person's roster settings, and the times they cannot be rostered. */
export function PeoplePanel() {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DutyPeopleCard />
      <AvailabilityCard />
    </Space>
  );
}
