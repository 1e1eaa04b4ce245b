import { z } from 'zod';
import { call } from '../define-call.ts';

export const shellCalls = {
  /** Opens an https link in the OS browser, if the provider catalog or AppPass's docs list it. */
  'shell.openExternal': call<{ opened: true }>()(z.strictObject({ url: z.string().min(1).max(2048) })),
};
