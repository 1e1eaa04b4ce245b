// Entry point of the Electron main process (bundled to dist/main/main.cjs). All wiring is in
// start-app.ts; all decisions are pure functions under ./security, ../core/{autolock,tray,clipboard}.
import * as electron from 'electron';
import { startApp, type StartedApp } from './start-app.ts';

export { startApp } from './start-app.ts';

/** Settles once the app is running (or has handed over to an instance already running). */
export const ready: Promise<StartedApp> = startApp(electron).catch((error: unknown): StartedApp => {
  // No secret can be in here: nothing secret exists before the vault is unlocked through IPC.
  console.error('AppPass failed to start:', error instanceof Error ? error.message : 'unknown error');
  electron.app.exit(1);
  return { status: 'quit' };
});
