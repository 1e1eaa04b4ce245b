/**
 * Every word the UI shows, ready for translation, split by screen under ./en/. Functions take the
 * values they interpolate; nothing here ever receives a secret.
 */
import { kdfWarning } from './en/errors.ts';
import { common, nav, about, progress, errorsGeneric, shortcuts } from './en/common.ts';
import { firstRun, strength, unlock, openFile } from './en/first-run.ts';
import { vault } from './en/vault.ts';
import { generator } from './en/generator.ts';
import { wizard } from './en/wizard.ts';
import { hygiene, activity } from './en/hygiene-activity.ts';
import { settings } from './en/settings.ts';
import { interop } from './en/interop.ts';
import { quickSearch } from './en/quick-search.ts';

export { errorWords, openFileErrorWords, reasonWords, outsideFolderWords } from './en/errors.ts';

export const en = {
  kdfWarning,
  appName: 'AppPass',
  tagline: 'App passwords, kept safe and set up right.',
  common,
  nav,
  about,
  progress,
  firstRun,
  strength,
  unlock,
  openFile,
  vault,
  generator,
  wizard,
  hygiene,
  activity,
  settings,
  interop,
  errorsGeneric,
  quickSearch,
  shortcuts,
} as const;

export type Strings = typeof en;
