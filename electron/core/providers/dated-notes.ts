import type { Provider, ProviderData, StatusNote, StatusNoteData } from '../../contract/calls/providers.ts';
import { daysBetween } from '../platform/today.ts';

/**
 * The words of a note that are true on `today`: its text, or for a dated change the `before`
 * words until the day before `change.on` and the `after` words from that day on. The number of
 * days to the change is computed here, so no screen stores or guesses a relative phrase.
 */
export function noteForToday(note: StatusNoteData, today: string): StatusNote {
  if (note.change === undefined) return { ...note, text: note.text ?? '' };
  const days = daysBetween(today, note.change.on);
  return { ...note, text: days > 0 ? note.change.before : note.change.after, daysToChange: days };
}

/** True once a note's dated change has taken effect on `today` (false for undated notes). */
export function isInEffect(note: StatusNoteData, today: string): boolean {
  return note.change !== undefined && daysBetween(today, note.change.on) <= 0;
}

/** A provider with every note worded for `today`. */
export function providerForToday(provider: ProviderData, today: string): Provider {
  return { ...provider, notes: provider.notes.map((n) => noteForToday(n, today)) };
}

/** The provider's notes that screens show first, worded for today. */
export function headlineNotes(provider: Provider): StatusNote[] {
  return provider.notes.filter((n) => n.headline === true);
}
