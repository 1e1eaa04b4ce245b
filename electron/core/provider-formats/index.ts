export { PROVIDER_FORMATS, type ProviderFormat, type FormatRule, type FormatStatus } from './provider-formats.ts';
export { checkAppPassword } from './check-app-password.ts';
