import { Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { VsSigninsPanel } from './checkin/VsSigninsPanel';
import { GridPanel } from './grid/GridPanel';
import { PatternsPanel } from './patterns/PatternsPanel';
import { PeoplePanel } from './people/PeoplePanel';
import { PersonPanel } from './person/PersonPanel';
import { PostsPanel } from './posts/PostsPanel';
import { RulesPanel } from './rules/RulesPanel';

const tabs = [
  { key: 'grid', label: '排班表', children: <GridPanel /> },
  { key: 'posts', label: '岗位', children: <PostsPanel /> },
  { key: 'patterns', label: '班次', children: <PatternsPanel /> },
  { key: 'people', label: '人员与请假', children: <PeoplePanel /> },
  { key: 'rules', label: '规则', children: <RulesPanel /> },
  { key: 'person', label: '个人班表', children: <PersonPanel /> },
  { key: 'checkin', label: '到岗核对', children: <VsSigninsPanel /> },
];

/** 值班排班: the roster grid, its posts, shift patterns, people and rules, and the checks against it. */
export function RostersPage() {
  const { tab = 'grid' } = useParams();
  const navigate = useNavigate();
  return <Tabs activeKey={tab} items={tabs} onChange={(key) => navigate(`/rosters/${key}`)} destroyOnHidden />;
}
