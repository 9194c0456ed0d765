import { Tag } from 'antd';
import { RISK_LEVELS, riskTagColor, type RiskLevel } from '../../../../shared/domain/pregnancy';

const isRiskLevel = (s: string): s is RiskLevel => (RISK_LEVELS as readonly string[]).includes(s);

/** A risk level of the five-colour grading as a Tag in its own colour: 橙色. */
export function RiskTag({ level }: { level: string }) {
  if (!isRiskLevel(level)) return <Tag>{level}</Tag>;
  return (
    <Tag color={riskTagColor(level)} style={{ marginInlineEnd: 0 }}>
      {level}色
    </Tag>
  );
}
