import { describe, expect, it } from 'vitest';
import { validateCadre } from '../../../shared/domain/cadres/validate';
import { manId, womanId } from '../ids';

const today = '2026-11-23';
const errorsOf = (draft: Record<string, unknown>) => {
  const checked = validateCadre({ name: '张三', ...draft }, today);
  return checked.ok ? {} : checked.errors;
};

describe('validateCadre', () => {
  it('cleans and defaults a plain row', () => {
    const checked = validateCadre(
      { name: ' 王 芳 ', phone: '139 0431 2222', unit: ' 区卫健局 ', politics: '党员' },
      today,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        name: '王芳',
        gender: null,
        phone: '13904312222',
        unit: '区卫健局',
        duty: '',
        politics: '中共党员',
        community: null,
        post: '',
        role: '下沉干部',
        arrivedOn: null,
        leftOn: null,
        idNumber: null,
        note: '',
      },
    });
  });

  it('refuses a bad phone, a second phone, and an unknown politics or role', () => {
    expect(errorsOf({ phone: '1390431222' }).phone).toMatch(/位数不对/);
    expect(errorsOf({ phone: '13904312222/13904312223' }).phone).toMatch(/只能填写一个/);
    expect(errorsOf({ politics: '民主党派' }).politics).toMatch(/政治面貌“民主党派”无法识别/);
    expect(errorsOf({ role: '保安' }).role).toMatch(/身份“保安”无法识别/);
  });

  it('checks the ID number and derives gender from it, which must agree', () => {
    expect(
      errorsOf({ idNumber: womanId('19930122').slice(0, 17) + (womanId('19930122').endsWith('1') ? '2' : '1') })
        .idNumber,
    ).toMatch(/校验位/);
    expect(errorsOf({ idNumber: womanId('19930122'), gender: '男' }).gender).toMatch(/身份证号显示为“女”/);
    const checked = validateCadre({ name: '李四', idNumber: manId('19800101').toLowerCase() }, today);
    expect(checked.ok && checked.value).toMatchObject({ gender: '男', idNumber: manId('19800101') });
  });

  it('wants leftOn on or after arrivedOn, and real dates', () => {
    expect(errorsOf({ arrivedOn: '2022-04-18', leftOn: '2022-04-01' }).leftOn).toMatch(/早于报到日期/);
    expect(errorsOf({ arrivedOn: '2022-02-30' }).arrivedOn).toMatch(/报到日期/);
    const checked = validateCadre({ name: '李四', arrivedOn: '2022年4月18日', leftOn: '2022/4/18' }, today);
    expect(checked.ok && checked.value).toMatchObject({ arrivedOn: '2022-04-18', leftOn: '2022-04-18' });
  });

  it('needs a name', () => {
    expect(validateCadre({ name: '  ' }, today)).toEqual({ ok: false, errors: { name: '请填写姓名' } });
  });
});
