import type { Provider } from '../../../../electron/contract/calls/providers.ts';
import { en } from '../../strings/en.ts';
import { NoteWhen } from './NoteWhen.tsx';

/**
 * A provider's headline notes ("read this first"), worded for today by the core, each with its
 * confidence, date and source, and the provider's sign-in advice when it prefers its own sign-in.
 * Every fact comes from the catalog; nothing here repeats one.
 */
export function ProviderWarning({ provider }: { provider: Provider }) {
  const t = en.wizard;
  const headlines = provider.notes.filter((n) => n.headline === true);
  if (headlines.length === 0) return null;
  return (
    <div className="notice warning" role="note" data-testid="provider-warning" data-provider={provider.id}>
      <h3>{t.readFirst(provider.shortName)}</h3>
      <ul className="checklist">
        {headlines.map((note) => (
          <li key={note.id ?? note.text.slice(0, 40)} data-testid="headline-note" data-confidence={note.confidence}>
            {note.confidence === 'reported' ? `${t.reported}: ${note.text}` : note.text}{' '}
            <span className="small muted">
              (<NoteWhen note={note} />; {t.source}: <span style={{ overflowWrap: 'anywhere' }}>{note.sourceUrl}</span>)
            </span>
          </li>
        ))}
        {provider.oauth2.preferred && (
          <li>
            <strong>{t.oauthPreferred}.</strong> {provider.oauth2.advice}
          </li>
        )}
      </ul>
    </div>
  );
}
