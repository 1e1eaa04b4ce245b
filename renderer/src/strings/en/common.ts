/** The words of the UI: common, nav, about, progress, errorsGeneric, shortcuts. Part of `en` (../en.ts); nothing here ever receives a secret. */

export const common = {
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  saved: 'Saved',
  back: 'Back',
  next: 'Next',
  done: 'Done',
  edit: 'Edit',
  delete: 'Delete',
  undo: 'Undo',
  copy: 'Copy',
  copied: 'Copied',
  reveal: 'Reveal',
  hide: 'Hide',
  working: 'Working…',
  loading: 'Loading…',
  never: 'never',
  unknown: 'unknown',
  yes: 'Yes',
  no: 'No',
  retry: 'Try again',
  errorPrefix: 'Error',
  copyValue: (what: string) => `Copy ${what}`,
} as const;

export const nav = {
  label: 'Main',
  vault: 'Vault',
  generator: 'Generator',
  wizard: 'Set up',
  hygiene: 'Hygiene',
  activity: 'Activity',
  settings: 'Settings',
  lock: 'Lock',
  lockHint: 'Lock (Ctrl+L)',
  about: 'About',
} as const;

export const about = {
  title: 'About AppPass',
  version: 'Version',
  platform: 'Platform',
  vault: 'Vault file',
} as const;

export const progress = {
  derivingKey: 'Deriving key…',
  calibrating: 'Measuring this computer to pick key strength…',
  saving: 'Saving…',
  testing: 'Testing sign-in…',
  detecting: 'Looking up mail settings…',
} as const;

export const errorsGeneric = {
  copyFailed: 'Could not copy to the clipboard.',
} as const;

export const shortcuts = {
  search: 'Ctrl+F',
  lock: 'Ctrl+L',
} as const;
