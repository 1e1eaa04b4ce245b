export { bodySchema, type VaultBody } from './body.ts';
export { defaultSettings, settingsSchema, settingsPatchSchema, type VaultSettings } from './settings.ts';
