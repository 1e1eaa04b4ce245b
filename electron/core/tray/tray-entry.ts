/** What the tray and quick search know about an entry: never its secret. */
export interface TrayEntry {
  id: string;
  /** The entry's name, e.g. "Thunderbird on laptop". */
  title: string;
  /** The account it belongs to, e.g. "alice@gmail.com". */
  account: string;
  /** Provider name or id, searchable ("Google"). */
  provider?: string;
  favourite: boolean;
  /** Last copy or use, epoch ms; null when never used. */
  lastUsedAt: number | null;
}
