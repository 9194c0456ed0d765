/**
 * A pregnant woman's due date in SQL, over an entries row named `e`: her 预产期, or by Naegele's
 * rule 末次月经 + 280 days where 预产期 is blank (as shared/domain/pregnancy.ts computes it).
 */
export const DUE_DATE_SQL =
  "COALESCE(json_extract(e.fields, '$.dueDate'), date(json_extract(e.fields, '$.lastMenstrualDate'), '+280 days'))";
