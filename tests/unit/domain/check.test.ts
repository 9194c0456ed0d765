import { describe, expect, it } from 'vitest';
import { bad, good, type Check } from '../../../shared/domain/check';

describe('Check', () => {
  it('wraps a value or an error', () => {
    expect(good(5)).toEqual({ ok: true, value: 5 });
    expect(bad('电话未填写')).toEqual({ ok: false, error: '电话未填写' });
  });

  it('narrows on ok', () => {
    const checks: Check<number>[] = [good(1), bad('不对')];
    const seen = checks.map((c) => (c.ok ? c.value * 2 : c.error));
    expect(seen).toEqual([2, '不对']);
  });
});
