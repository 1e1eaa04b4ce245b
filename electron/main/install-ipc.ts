import { CALL_NAMES } from '../contract/index.ts';
import type { Handlers } from '../core/api/index.ts';
import { acceptCall, afterVaultCalls, VAULT_CALL_PREFIXES, type HostLog, type SenderFrame } from '../core/host-kit/index.ts';
import type { ElectronDeps } from './electron-deps.ts';
import { APP_ORIGIN } from './install-protocol.ts';
import type { AppWindows } from './install-windows.ts';

/** What an ipcMain.handle listener receives that the accepting step looks at. */
interface InvokeEvent {
  sender?: unknown;
  senderFrame: SenderFrame | null;
}

/**
 * Registers every contract call on its own channel (the call's name, from the fixed contract list,
 * never built from input). Each goes through the kit's acceptCall: the sender's frame, the calls
 * its window may make, then dispatch. After a vault, entries, settings or keychain call,
 * `vaultChanged` runs (tray, shortcut, auto-lock cadence).
 */
export function installIpc({ ipcMain }: ElectronDeps, handlers: Handlers, windows: AppWindows, vaultChanged: () => void, log: HostLog): void {
  const table = afterVaultCalls(handlers, VAULT_CALL_PREFIXES, vaultChanged, log);
  const host = { appOrigin: APP_ORIGIN, log };
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, (event: InvokeEvent, input: unknown) =>
      acceptCall(table, { frame: event.senderFrame, role: windows.roleOf(event.sender) }, name, input, host),
    );
  }
}
