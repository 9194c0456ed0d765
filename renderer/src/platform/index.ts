import type { PlatformApi } from '../../../shared/platform';
import { createHttpPlatform } from './http';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    api?: PlatformApi;
  }
}

export const platform: PlatformApi = window.api ?? createHttpPlatform();
export const isBrowserMode = !window.api;
