import { z } from 'zod';
import { ACTIVITY_LOG_MAX, activityEventSchema, isoTime, settingsSchema } from '../../../contract/calls/vault.ts';
import { storedEntriesSchema } from './stored-entry.ts';

/** The encrypted part of the vault, validated on every open (entries by `isStoredEntry`, the rest by zod). */
export const bodySchema = z.strictObject({
  entries: storedEntriesSchema(100_000),
  settings: settingsSchema.default(settingsSchema.parse({})),
  activity: z.array(activityEventSchema).max(ACTIVITY_LOG_MAX),
  meta: z.strictObject({
    /** When the master password last opened the vault (the keychain's N-day policy reads it). */
    masterPasswordLastUsedAt: isoTime,
  }),
});
export type VaultBody = z.output<typeof bodySchema>;
