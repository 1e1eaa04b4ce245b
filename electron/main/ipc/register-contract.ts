import { CALL_NAMES, type Result } from '../../contract/index.ts';
import { dispatch, type Handlers } from '../../core/api/index.ts';
import { isTrustedSender, type SenderFrame } from '../../core/api/trusted-sender.ts';

/** The slice of Electron's ipcMain this needs (tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, input: unknown) => Promise<Result<unknown>>): void;
}

/**
 * Registers every contract call on its own channel (the call's name, from the fixed contract
 * list — never built from input). Each call first checks the sender, then dispatch() parses the
 * payload with the call's zod schema; only then does the handler run.
 */
export function registerContract(ipc: IpcMainLike, handlers: Handlers, appOrigin: string): void {
  for (const name of CALL_NAMES) {
    ipc.handle(name, async (event, input) => {
      if (!isTrustedSender(event.senderFrame, appOrigin)) {
        return { ok: false, error: { code: 'VALIDATION', message: 'This request did not come from the AppPass window.' } };
      }
      return dispatch(handlers, name, input);
    });
  }
}
