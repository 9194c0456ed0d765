import type { PlatformApi, StagedFile } from '../../../shared/platform';

/**
 * Browser mode: the same calls as the Electron preload, over HTTP to 127.0.0.1 with the
 * per-launch token from the page's address.
 */
export function createHttpPlatform(): PlatformApi {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const headers = { 'Content-Type': 'application/json', 'X-Ledger-Token': token };

  async function post<T>(url: string, body: BodyInit, extra: Record<string, string> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { ...headers, ...extra }, body });
    } catch {
      return {
        ok: false,
        code: 'INTERNAL',
        message: '连接不上街道台账的本机服务：它可能已经关闭。请重新运行 npm start。',
      } as T;
    }
    return (await response.json()) as T;
  }

  return {
    invoke: (method, input) => post(`/api/${encodeURIComponent(method)}`, JSON.stringify(input ?? {})),

    openFile: ({ filters }) =>
      new Promise<StagedFile | null>((resolve, reject) => {
        const picker = document.createElement('input');
        picker.type = 'file';
        picker.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
        picker.onchange = async () => {
          const file = picker.files?.[0];
          if (!file) return resolve(null);
          const result = await post<{ ok: boolean; value?: StagedFile; message?: string }>(
            `/files/upload?name=${encodeURIComponent(file.name)}`,
            file,
            { 'Content-Type': 'application/octet-stream' },
          );
          if (result.ok && result.value) resolve(result.value);
          else reject(new Error(result.message ?? '上传失败，请重试。'));
        };
        picker.oncancel = () => resolve(null);
        picker.click();
      }),

    saveFile: async ({ fileId, suggestedName }) => {
      const link = document.createElement('a');
      link.href = `/files/download/${fileId}?token=${encodeURIComponent(token)}&name=${encodeURIComponent(suggestedName)}`;
      link.download = suggestedName;
      link.click();
      return suggestedName;
    },

    // A page cannot hand the server a folder path: the renderer offers a download instead.
    pickFolder: async () => null,

    // The browser's own dialog prints, or saves as PDF ("另存为 PDF").
    print: ({ route }) => printRoute(route),
    printToPdf: async ({ route }) => {
      await printRoute(route);
      return null;
    },
  };
}

/** Loads the print view in a hidden frame, waits for its data, and opens the print dialog. */
function printRoute(route: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
    frame.src = `${location.pathname}${location.search}#${route}`;
    document.body.append(frame);
    const started = Date.now();
    const poll = () => {
      const doc = frame.contentDocument;
      if (doc?.body?.dataset.printReady === '1') {
        frame.contentWindow?.print();
        setTimeout(() => frame.remove(), 1000);
        resolve();
      } else if (Date.now() - started > 20_000) {
        frame.remove();
        reject(new Error('打印页面加载超时，请重试。'));
      } else setTimeout(poll, 100);
    };
    poll();
  });
}
