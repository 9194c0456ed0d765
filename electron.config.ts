import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// electron-vite looks for electron.vite.config.*: every script passes -c electron.config.ts.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The import worker is its own file beside main.js (see electron/core/excel/import/host.ts).
      rolldownOptions: {
        input: { main: resolve('electron/main.ts'), 'import-worker': resolve('electron/core/excel/import/worker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file; .cjs because package.json says "module".
      rolldownOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('renderer/index.html') },
      chunkSizeWarningLimit: 4000,
    },
  },
});
