import type { MergeReport } from '../../../electron/contract/index.ts';

/** Words for merging copies of the vault (docs/sync.md): the report, conflicts to review, devices. */
export const syncText = {
  report: {
    summary: (r: MergeReport) => {
      const parts = [`${r.added.length} added`, `${r.changed.length} changed`, `${r.deleted.length} deleted`];
      const from = r.copies.length === 0 ? 'a change saved on another computer' : r.copies.length === 1 ? '1 copy' : `${r.copies.length} copies`;
      return `Merged ${from}: ${parts.join(', ')}${r.conflicts.length > 0 ? `, ${r.conflicts.length} to review` : ''}.`;
    },
    details: 'Details',
    title: 'What the merge did',
    added: 'Added',
    changed: 'Changed',
    deleted: 'Deleted',
    conflicts: 'Conflicts to review (the other value is in the entry’s history)',
    copies: 'Copies merged (moved to .apppass-merged, kept 30 days)',
    passwordChanged: 'The master password had been changed on another computer: the vault is now under that newer password.',
    skipped: (file: string, message: string) => `${file} was not merged: ${message}`,
    close: 'Close',
  },
  review: {
    title: 'Conflicts to review',
    hint: 'The same field was changed on two computers before either saw the other’s change. The later change shows; the other value is kept here.',
    count: (n: number) => (n === 1 ? '1 value' : `${n} values`),
    show: 'Show values',
    hide: 'Hide values',
    open: 'Open entry',
    reviewed: 'Mark reviewed',
    secret: 'App password',
    account: 'Account',
    field: (name: string) => name,
    empty: '(empty)',
    replaced: (when: string) => `replaced ${when}`,
  },
  password: {
    label: (file: string) => `${file} uses another master password (it was changed on another computer). Enter that password to merge it.`,
    merge: 'Merge with this password',
    merging: 'Merging…',
  },
  devices: {
    title: 'Devices',
    hint: 'Computers that have written this vault, and when each last did. A computer that no longer writes keeps deleted entries remembered (docs/sync.md).',
    thisDevice: 'this computer',
    none: 'No computer has saved this vault since it became format 3.',
  },
};
