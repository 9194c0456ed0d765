import { contextBridge, ipcRenderer } from 'electron';
import type { PlatformApi } from '../shared/platform';

// Only these named calls cross into the page: never ipcRenderer itself.
const api: PlatformApi = {
  invoke: (method, input) => ipcRenderer.invoke('api', method, input),
  openFile: (options) => ipcRenderer.invoke('platform:openFile', options),
  saveFile: (options) => ipcRenderer.invoke('platform:saveFile', options),
  print: (options) => ipcRenderer.invoke('platform:print', options),
  printToPdf: (options) => ipcRenderer.invoke('platform:printToPdf', options),
  pickFolder: (options) => ipcRenderer.invoke('platform:pickFolder', options),
};

contextBridge.exposeInMainWorld('api', api);
