import { Flex, Typography } from 'antd';
import { BranchList } from './BranchList';
import { CountsTable } from './CountsTable';
import { GroupList } from './GroupList';

/** 干部签到 -> 组织: counts per community, then 临时党支部, 先锋岗, 突击队 and 责任区. */
export function OrgPanel() {
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          各社区组织情况
        </Typography.Title>
        <CountsTable />
      </div>
      <BranchList />
      <GroupList kind="先锋岗" />
      <GroupList kind="突击队" />
      <GroupList kind="责任区" />
    </Flex>
  );
}
