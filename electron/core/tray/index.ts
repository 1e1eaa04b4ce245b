export type { TrayEntry } from './tray-entry.ts';
export { TRAY_ENTRY_LIMIT, menuLabel, trayEntries, trayMenu, type TrayAction, type TrayMenuItem, type TrayState } from './tray-menu.ts';
export { QUICK_SEARCH_LIMIT, filterEntries } from './quick-search.ts';
export { trayEntriesFromSummaries } from './tray-entries-from-summaries.ts';
