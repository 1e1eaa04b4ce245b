import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../contract/build-api.ts';
import { CALL_NAMES, type Result } from '../contract/index.ts';

// Exposes exactly the contract's calls as window.apppass — one function per call, no generic
// invoke, no ipcRenderer.
contextBridge.exposeInMainWorld(
  'apppass',
  buildApi(CALL_NAMES, (name, input) => ipcRenderer.invoke(name, input) as Promise<Result<unknown>>),
);
