import type { ApppassApi } from '../../electron/contract/index.ts';

declare global {
  interface Window {
    readonly apppass: ApppassApi;
  }
}
