export { makeProfile, profileFor, guideFor, PASSWORD_WARNING, type ProfileOptions } from './make-profile.ts';
export { buildMobileconfig, MOBILECONFIG_MIME } from './mobileconfig.ts';
export { buildThunderbirdConfig, THUNDERBIRD_MIME } from './thunderbird-xml.ts';
export { settingsSheetJson, settingsSheetText, type SettingsSheetJson } from './settings-sheet.ts';
export { buildGuide } from './guides.ts';
