import type { DeadlineFor } from '../../lifecycle/index.ts';

/** Provider notes (by their stable id) whose dated change ends app-password sign-in for mail. */
export const SIGN_IN_ENDING_NOTES: readonly string[] = ['smtp-auth-default-off'];

/**
 * The dated provider fact that ends app-password sign-in (Microsoft 365 SMTP AUTH), read from the
 * provider's own dated note, already worded for today by the providers module: its date, the days
 * left (negative once passed) and its words for before or after. Never a copy of those words.
 */
export const deadlineFor: DeadlineFor = (provider) => {
  const note = provider.notes.find((n) => n.id !== undefined && SIGN_IN_ENDING_NOTES.includes(n.id) && n.change !== undefined);
  if (note?.change === undefined || note.daysToChange === undefined) return null;
  return { date: note.change.on, days: note.daysToChange, passed: note.daysToChange <= 0, words: note.text };
};
