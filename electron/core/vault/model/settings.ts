import { settingsPatchSchema, settingsSchema, type VaultSettings } from '../../../contract/calls/vault.ts';

export { settingsSchema, settingsPatchSchema, type VaultSettings };

/** Every setting at its default. */
export function defaultSettings(): VaultSettings {
  return settingsSchema.parse({});
}
