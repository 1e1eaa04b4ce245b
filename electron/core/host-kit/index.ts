// The host kit: what Electron main and the browser host both do, Electron-free (docs/architecture.md).
export { acceptCall, callAllowedFor, callRefusal, QUICK_SEARCH_CALLS, type Caller, type CallRefusal, type WindowRole } from './accept-call.ts';
export { activityIdleSource, startAutoLock, type AutoLock, type IdleSource, type IntervalTimers } from './auto-lock.ts';
export { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, parseCsp } from './content-security-policy.ts';
export { APP_DOC_URLS, collectHttpsUrls, createExternalLinkPolicy, liveCatalogAllowlist, urlListAllowlist, type UrlAllowlist } from './external-links.ts';
export { guardClipboard, type GuardedClipboard } from './guard-clipboard.ts';
export { createHostLog, type HostLog, type RefusedKind } from './host-log.ts';
export { openStartVault, type StartVaultOptions } from './open-start-vault.ts';
export { ALLOWED_PERMISSIONS, isAppUrl, isTrustedSender, navigationGuard, permissionDecision, windowOpenHandler, type SenderFrame } from './origin-rules.ts';
export { DEFAULT_PRE_UNLOCK_SETTINGS, type PreUnlockSettings } from './pre-unlock-settings.ts';
export { contentTypeFor, rendererFileFor } from './renderer-files.ts';
export { securityHeaders } from './security-headers.ts';
export { answerRendererRequest, type RendererAnswer, type RendererRequest } from './serve-renderer.ts';
export { vaultView, type VaultView } from './vault-view.ts';
export { afterVaultCalls, VAULT_CALL_PREFIXES } from './after-vault-calls.ts';
export { startCopyWatch, FIRST_RUN_MS, type CopyWatch, type CopyWatchOptions } from './copy-watch.ts';
export { watchFolder, FOLDER_POLL_MS, FOLDER_WATCH_DEBOUNCE_MS, type FolderWatch, type FolderWatchOptions, type WatchFolder } from './folder-watch.ts';
