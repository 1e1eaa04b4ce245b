import type { StatusNote } from '../../../../electron/contract/calls/providers.ts';
import { en } from '../../strings/en.ts';
import { NoteWhen } from './NoteWhen.tsx';

/** A provider's dated notes, each marked "Reported" or "Confirmed", with its source; worded for today by the core. */
export function StatusNotes({ notes }: { notes: readonly StatusNote[] }) {
  const t = en.wizard;
  if (notes.length === 0) return null;
  const sorted = [...notes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="section" aria-label={t.statusNotes}>
      <h3 style={{ margin: 0 }}>{t.statusNotes}</h3>
      {sorted.map((note) => (
        <div className="note" key={`${note.date}-${note.text.slice(0, 24)}`} data-testid="status-note" data-confidence={note.confidence}>
          <div className="note-head">
            <span className={`badge ${note.confidence}`}>{note.confidence === 'confirmed' ? t.confirmed : t.reported}</span>
            <NoteWhen note={note} />
          </div>
          {/* The badge above says "Reported" or "Confirmed"; the text is not prefixed again. */}
          <p style={{ margin: 0 }}>{note.text}</p>
          <span className="small muted" style={{ overflowWrap: 'anywhere' }}>
            {t.source}: {note.sourceUrl}
          </span>
        </div>
      ))}
    </section>
  );
}
