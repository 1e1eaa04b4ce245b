import { keepSecretsOutOfCoreDumps } from '../core/platform/core-dumps.ts';
import type { ElectronDeps } from './electron-deps.ts';
import { hardeningSwitches } from './process-hardening.ts';
import { singleInstanceStart } from './single-instance.ts';

/**
 * Before ready: secrets kept out of core dumps, every renderer sandboxed, the hardening switches, and the single-instance lock.
 * Returns false when another instance runs (this one has asked to quit).
 */
export function installHardening({ app }: ElectronDeps): boolean {
  // M4: no memory in core dumps of main, and of every helper process it starts (inherited).
  keepSecretsOutOfCoreDumps();
  app.enableSandbox();
  for (const [name, value] of hardeningSwitches()) app.commandLine.appendSwitch(name, value);
  if (singleInstanceStart(app.requestSingleInstanceLock()) === 'quit') {
    app.quit();
    return false;
  }
  return true;
}
