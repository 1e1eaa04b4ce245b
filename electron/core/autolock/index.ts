export { DEFAULT_AUTO_LOCK_SETTINGS, type AutoLockSettings } from './autolock-settings.ts';
export { autoLockDecision, idlePollIntervalMs, type AutoLockDecision, type AutoLockEvent, type LockReason } from './autolock-rules.ts';
