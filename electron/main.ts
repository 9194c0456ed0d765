import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { AppError } from '../shared/errors';
import { openApp, type AppCore } from './core/app';
import { registerIpc } from './desktop/ipc';
import { guardContents, guardSession, webPreferences } from './security';

const outDir = path.resolve(import.meta.dirname, '..');
const preload = path.join(outDir, 'preload', 'preload.cjs');
const appUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href;

/** Electron loads its own build of better-sqlite3, so the Node build used by tests and the CLI stays. */
function nativeBinding(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(app.getAppPath(), '.native', 'electron', 'better_sqlite3.node');
}

let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;

function fail(title: string, message: string): never {
  dialog.showErrorBox(title, message);
  app.exit(1);
  throw new Error(message);
}

function hardenSessions(): void {
  guardSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => guardContents(contents, appUrl));
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '街道台账',
    show: false,
    webPreferences: { ...webPreferences, preload },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(appUrl);
}

function buildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
      {
        label: '编辑',
        submenu: [
          { role: 'undo', label: '撤销' },
          { role: 'redo', label: '重做' },
          { type: 'separator' },
          { role: 'cut', label: '剪切' },
          { role: 'copy', label: '复制' },
          { role: 'paste', label: '粘贴' },
          { role: 'selectAll', label: '全选' },
        ],
      },
      {
        label: '视图',
        submenu: [
          { role: 'reload', label: '刷新' },
          { role: 'resetZoom', label: '实际大小' },
          { role: 'zoomIn', label: '放大' },
          { role: 'zoomOut', label: '缩小' },
          { role: 'togglefullscreen', label: '全屏' },
          ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: '开发者工具' }]),
        ],
      },
    ]),
  );
}

if (!app.requestSingleInstanceLock()) {
  dialog.showErrorBox('街道台账已在运行', '街道台账已经打开了，已切换到打开的窗口。');
  app.exit(0);
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.whenReady().then(() => {
    const dataDir = process.env.LEDGER_DATA_DIR ? path.resolve(process.env.LEDGER_DATA_DIR) : app.getPath('userData');
    try {
      core = openApp({ dataDir, mode: 'electron', version: app.getVersion(), nativeBinding: nativeBinding() });
    } catch (error) {
      fail('无法打开数据', error instanceof AppError ? error.message : String(error));
    }
    hardenSessions();
    buildMenu();
    registerIpc({ core, appUrl, preload, webPreferences });
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
}
