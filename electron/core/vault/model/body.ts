import { z } from 'zod';
import { ACTIVITY_LOG_MAX, activityEventSchema, isoTime, settingsSchema } from '../../../contract/calls/vault.ts';
import { isSyncMeta, type SyncMeta } from '../../sync/sync-meta.ts';
import { isStoredEntry, storedEntriesSchema } from './stored-entry.ts';
import { agentVaultStateSchema } from '../../../contract/calls/agent.ts';

/** The encrypted part of the vault, validated on every open (entries by `isStoredEntry`, the rest by zod). */
export const bodySchema = z.strictObject({
  entries: storedEntriesSchema(100_000),
  settings: settingsSchema.default(settingsSchema.parse({})),
  activity: z.array(activityEventSchema).max(ACTIVITY_LOG_MAX),
  /** The agent's setting and "always" approvals (electron/core/agent/); absent until first changed. */
  agent: agentVaultStateSchema.optional(),
  /**
   * Format 3: clocks, tombstones and devices, so copies merge (electron/core/sync/). Absent in
   * formats 1 and 2; the session makes it from the entries on open (legacySyncMeta).
   */
  sync: z.custom<SyncMeta>((value) => isSyncMeta(value, isStoredEntry), 'The sync data is not valid.').optional(),
  meta: z.strictObject({
    /** When the master password last opened the vault (the keychain's N-day policy reads it). */
    masterPasswordLastUsedAt: isoTime,
  }),
});
export type VaultBody = z.output<typeof bodySchema>;
