import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const electron = findElectronBinary();

test('the Electron app starts on a fresh data folder, with a locked-down window', async () => {
  test.skip(
    'reason' in electron,
    `没有 Electron 可执行文件（${'reason' in electron ? electron.reason : ''}）：设置 ELECTRON_OVERRIDE_DIST_PATH 后运行`,
  );
  if (!('path' in electron)) return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'electron-native.mjs')], { cwd: root, stdio: 'inherit' });

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-electron-'));
  const app = await _electron.launch({
    executablePath: electron.path,
    args: [root],
    env: { ...process.env, LEDGER_DATA_DIR: dataDir, TZ: 'Asia/Shanghai' },
  });
  try {
    const window = await app.firstWindow();
    // The first start asks for the administrator.
    await window.getByLabel('管理员姓名').fill('张主任');
    await window.getByLabel('密码', { exact: true }).fill('secret-1');
    await window.getByLabel('再输一次密码').fill('secret-1');
    await window.getByRole('button', { name: '创建并进入' }).click();
    await expect(window.getByRole('menuitem', { name: /设置/ })).toBeVisible();
    const exposed = await window.evaluate(() => ({
      keys: Object.keys((window as unknown as { api: object }).api).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({
      keys: ['invoke', 'openFile', 'print', 'printToPdf', 'saveFile'],
      require: 'undefined',
      process: 'undefined',
    });

    await window.getByRole('menuitem', { name: /设置/ }).click();
    await window.getByRole('tab', { name: '社区与网格' }).click();
    await window.getByLabel('新社区名称').fill('湖东社区');
    await window.getByLabel('新社区名称').press('Enter');
    await expect(window.getByRole('cell', { name: '湖东社区', exact: true })).toBeVisible();
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
