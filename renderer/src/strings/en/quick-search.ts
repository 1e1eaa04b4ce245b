/** The words of the UI: quickSearch. Part of `en` (../en.ts); nothing here ever receives a secret. */

export const quickSearch = {
  title: 'Quick search',
  placeholder: 'Search app passwords',
  results: 'Matching app passwords',
  hint: '↑ ↓ to choose · Enter copies · Esc closes',
  empty: 'No app passwords yet.',
  noMatch: 'Nothing matches.',
  locked: 'The vault is locked. Open AppPass to unlock it.',
  copied: 'Copied.',
  copiedClears: 'Copied — clears in {seconds} s',
} as const;
