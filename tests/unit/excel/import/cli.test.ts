import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers';
import { fixtures } from './session';

const root = path.resolve(import.meta.dirname, '../../../..');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli.ts'), ...args], {
    cwd: root,
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run cli -- import', () => {
  it('imports the 湖东社区 workbook as its README says and prints one JSON object', () => {
    const db = path.join(tempDir(), 'ledger.sqlite');
    const run = cli(
      'import',
      path.join(fixtures, '孕产妇台账-湖东社区.xlsx'),
      '--ledger',
      'pregnant',
      '--db',
      db,
      '--json',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['inserted', 'updated', 'unchanged', 'skipped', 'errors']);
    expect(result).toMatchObject({ inserted: 37, updated: 0, unchanged: 0, skipped: 3 });
    expect(result.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [6, '身份证号码'],
      [8, '身份证号码'],
      [15, '身份证号码'],
    ]);
    expect(result.errors[0]).toMatchObject({ sheet: '孕产妇台账', message: expect.stringContaining('000') });

    const again = JSON.parse(
      cli('import', path.join(fixtures, '孕产妇台账-湖东社区.xlsx'), '--ledger', 'pregnant', '--db', db, '--json')
        .stdout,
    );
    expect(again).toMatchObject({ inserted: 0, unchanged: 37 });
  });

  it('imports the dialysis workbook and the three-community summary, one sheet with --sheet', () => {
    const db = path.join(tempDir(), 'ledger.sqlite');
    expect(
      JSON.parse(
        cli('import', path.join(fixtures, '透析患者台账-新月路社区.xlsx'), '--ledger', 'dialysis', '--db', db, '--json')
          .stdout,
      ),
    ).toEqual({
      inserted: 15,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      errors: [],
    });
    const one = JSON.parse(
      cli(
        'import',
        path.join(fixtures, '孕产妇台账-三社区汇总.xlsx'),
        '--ledger',
        'pregnant',
        '--sheet',
        '柳影社区',
        '--db',
        db,
        '--json',
      ).stdout,
    );
    expect(one).toMatchObject({ inserted: 8, skipped: 0 });
    const all = JSON.parse(
      cli('import', path.join(fixtures, '孕产妇台账-三社区汇总.xlsx'), '--ledger', 'pregnant', '--db', db, '--json')
        .stdout,
    );
    expect(all).toMatchObject({ inserted: 15, unchanged: 8, skipped: 1 });
  });

  it('answers a file it cannot read with exit code 2, a Chinese message, and writes nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'ledger.sqlite');
    const fake = path.join(dir, '假的.xlsx');
    fs.writeFileSync(fake, '这不是 Excel 文件');
    const bad = cli('import', fake, '--ledger', 'pregnant', '--db', db, '--json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('无法读取这个 Excel 文件');
    expect(bad.stdout).toBe('');
    const missing = cli(
      'import',
      path.join(dir, '没有.xlsx'),
      '--ledger',
      'pregnant',
      '--db',
      path.join(dir, 'other.sqlite'),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    expect(fs.existsSync(path.join(dir, 'other.sqlite'))).toBe(false);
    expect(cli('import', fake, '--db', db).stderr).toContain('--ledger');
    expect(cli('import', path.join(fixtures, '孕产妇台账-湖东社区.xlsx'), '--ledger', 'nosuch', '--db', db).code).toBe(
      2,
    );
  });
});
