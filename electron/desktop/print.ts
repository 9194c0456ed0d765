import { BrowserWindow } from 'electron';

/**
 * Loads a print view of the app in a hidden window with the same preload and policy, waits for
 * the page to say its data is in (data-print-ready on <body>), then runs job on it.
 */
export async function withPrintWindow<T>(
  appUrl: string,
  route: string,
  preload: string,
  webPreferences: Electron.WebPreferences,
  job: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
  const win = new BrowserWindow({ show: false, webPreferences: { ...webPreferences, preload } });
  try {
    await win.loadURL(`${appUrl}#${route}`);
    const deadline = Date.now() + 20_000;
    while (!(await win.webContents.executeJavaScript('document.body.dataset.printReady === "1"'))) {
      if (Date.now() > deadline) throw new Error('打印页面加载超时，请重试。');
      await new Promise((r) => setTimeout(r, 100));
    }
    return await job(win);
  } finally {
    win.destroy();
  }
}
