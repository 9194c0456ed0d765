/** What the case modules share: writing a cell a person shows, ditto copies, the list of cases. */

export const FULL_WIDTH = (s) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
export const spaced = (m) => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
export const dashed = (m) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
export const cell = (p, header, value) => ((p.$cells ??= {})[header] = value);

/** A person with an ID number whose check character is X. */
export function withX(pop, make) {
  for (;;) {
    const p = make();
    if (p.idNumber.endsWith('X')) return p;
  }
}

/** The person's value under `key` taken from `from` (as a ditto mark or a merge would give it). */
export function same(p, from, key) {
  if (key in p.fields || key in from.fields) {
    if (from.fields[key] === undefined) delete p.fields[key];
    else p.fields[key] = structuredClone(from.fields[key]);
    if (key === 'dialysisDays') p.$daysText = from.$daysText;
  } else p[key] = from[key];
}

/** Dialysis patients that all dialyse in a hospital (so that 透析方式/医院/时段 columns hold values). */
export function haemo(pop, community, grid) {
  return pop.dialysis(community, { type: '血透', grid });
}

export const CASES = [];
export const define = (c) => CASES.push(c);
