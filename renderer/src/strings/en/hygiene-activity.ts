/** The words of the UI: hygiene, activity. Part of `en` (../en.ts); nothing here ever receives a secret. */

export const hygiene = {
  title: 'Hygiene',
  old: 'Old app passwords',
  oldHint: (days: number) => `Older than ${days} days. Make a new one and revoke the old.`,
  neverCopied: 'Never copied',
  neverCopiedHint: 'Saved but never used: maybe it is not needed any more.',
  revoked: 'Marked revoked',
  revokedHint: 'Delete them once you have revoked them at the provider.',
  shared: 'Used on more than one device',
  sharedHint: 'One app password per device lets you revoke one without breaking the others.',
  warnings: 'Provider warnings for your entries',
  allGood: 'Nothing to tidy up.',
  entries: (n: number) => (n === 1 ? '1 entry' : `${n} entries`),
  revokeLink: 'Revoke at the provider',
} as const;

export const activity = {
  title: 'Activity',
  empty: 'No activity yet.',
  kinds: { created: 'Created', copied: 'Copied', revealed: 'Revealed', changed: 'Changed', removed: 'Removed', restored: 'Restored', served: 'Given to a program' } as Record<string, string>,
  when: 'When',
  what: 'What',
  entry: 'Entry',
} as const;
