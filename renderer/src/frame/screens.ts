import type { IconName } from '../components/index.ts';

export const SCREENS = ['vault', 'generator', 'wizard', 'hygiene', 'activity', 'settings'] as const;
export type ScreenId = (typeof SCREENS)[number];

export const SCREEN_ICONS: Record<ScreenId, IconName> = {
  vault: 'vault',
  generator: 'generator',
  wizard: 'wizard',
  hygiene: 'hygiene',
  activity: 'activity',
  settings: 'settings',
};
