export { createVault, openVault, openVaultWithKey, type CreateVaultOptions, type OpenVaultOptions } from './open-vault.ts';
export { readVaultInfo } from './read-vault-info.ts';
export { restoreBackup } from './restore-backup.ts';
export { VaultSession, type Clock } from './vault-session.ts';
export { VaultService } from './vault-service.ts';
export { FORMAT_VERSION, MAGIC } from './format/container.ts';
export { backupPathOf } from './storage/vault-files.ts';
export type { Entry, EntryInput, EntryPatch, EntrySummary, ActivityEvent, MergeReport, HistoryItem, VaultDevice } from '../../contract/calls/vault.ts';
export { backupKdfIfDifferent, describeKdf, wrongPasswordFor } from './kdf-vs-backup.ts';
