import fs from 'node:fs';
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { AppCore } from '../core/app';
import type { FileFilter, StagedFile } from '../../shared/platform';
import { isAppUrl } from '../security';
import { withPrintWindow } from './print';

export interface IpcOptions {
  core: AppCore;
  appUrl: string;
  preload: string;
  webPreferences: Electron.WebPreferences;
}

const refused = { ok: false, code: 'UNAUTHORIZED', message: '拒绝访问：请求不是来自街道台账自己的页面。' };

/** Registers the API and the named platform calls; each checks that the sender is the app's own page. */
export function registerIpc({ core, appUrl, preload, webPreferences }: IpcOptions): void {
  const trusted = (event: IpcMainInvokeEvent) => isAppUrl(event.senderFrame?.url, appUrl);
  const owner = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender) ?? undefined;

  ipcMain.handle('api', (event, method: unknown, input: unknown) =>
    trusted(event) ? core.invoke(method, input) : refused,
  );

  ipcMain.handle('platform:openFile', async (event, options: { title: string; filters: FileFilter[] }) => {
    if (!trusted(event)) return null;
    const win = owner(event);
    const dialogOptions: Electron.OpenDialogOptions = {
      title: options.title,
      filters: options.filters,
      properties: ['openFile'],
    };
    const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    const file = result.filePaths[0];
    if (result.canceled || !file) return null;
    const staged: StagedFile = core.ctx.files.stage(file, { path: file });
    return staged;
  });

  ipcMain.handle(
    'platform:saveFile',
    async (event, options: { fileId: string; suggestedName: string; filters: FileFilter[] }) => {
      if (!trusted(event)) return null;
      const source = core.ctx.files.resolve(options.fileId);
      const target = await askSavePath(owner(event), options.suggestedName, options.filters);
      if (!target) return null;
      fs.copyFileSync(source.filePath, target);
      return target;
    },
  );

  ipcMain.handle('platform:pickFolder', async (event, options: { title: string }) => {
    if (!trusted(event)) return null;
    const win = owner(event);
    const dialogOptions: Electron.OpenDialogOptions = {
      title: options.title,
      properties: ['openDirectory', 'createDirectory'],
    };
    const result = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });

  ipcMain.handle('platform:print', async (event, options: { route: string }) => {
    if (!trusted(event)) return;
    await withPrintWindow(
      appUrl,
      options.route,
      preload,
      webPreferences,
      (win) =>
        new Promise<void>((resolve, reject) =>
          win.webContents.print({ pageSize: 'A4' }, (ok, reason) =>
            ok || reason === 'cancelled' ? resolve() : reject(new Error(reason)),
          ),
        ),
    );
  });

  ipcMain.handle('platform:printToPdf', async (event, options: { route: string; suggestedName: string }) => {
    if (!trusted(event)) return null;
    const target = await askSavePath(owner(event), options.suggestedName, [{ name: 'PDF 文件', extensions: ['pdf'] }]);
    if (!target) return null;
    const pdf = await withPrintWindow(appUrl, options.route, preload, webPreferences, (win) =>
      win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
    fs.writeFileSync(target, pdf);
    return target;
  });
}

async function askSavePath(
  win: BrowserWindow | undefined,
  defaultPath: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = { defaultPath, filters };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
