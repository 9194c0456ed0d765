import type { FieldDef, FieldValue } from '../../../../shared/domain/ledgers/fields';
import { RISK_LEVELS } from '../../../../shared/domain/pregnancy';
import { formatFieldValue } from './format';
import { RiskTag } from './RiskTag';

/** True for the five-colour risk field (its options are exactly the risk levels). */
export function isRiskField(def: FieldDef): boolean {
  return (
    def.type === 'choice' &&
    def.key === 'riskLevel' &&
    (def.options ?? []).every((o) => (RISK_LEVELS as readonly string[]).includes(o))
  );
}

/** A kind field's value for display: the risk level as a coloured tag, everything else as text. */
export function FieldValueText({ def, value }: { def: FieldDef; value: FieldValue | null | undefined }) {
  if (isRiskField(def) && typeof value === 'string' && value) return <RiskTag level={value} />;
  return <>{formatFieldValue(def, value)}</>;
}
