import type { StatusNote } from '../../../../electron/contract/calls/providers.ts';
import { en } from '../../strings/en.ts';

/** "as of DATE", and for a dated change "from DATE, in N days" / "since DATE, N days ago" (days computed by the core for today). */
export function NoteWhen({ note }: { note: StatusNote }) {
  const t = en.wizard;
  return (
    <span data-testid="note-when">
      {t.noteDated(note.date)}
      {note.change !== undefined && note.daysToChange !== undefined && <> · {t.changeWhen(note.change.on, note.daysToChange)}</>}
    </span>
  );
}
