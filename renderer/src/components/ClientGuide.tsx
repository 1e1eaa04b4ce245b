import { useEffect, useId, useState } from 'react';
import type { AccountSettings, ErrorPayload, Guide, GuideClient } from '../../../electron/contract/index.ts';
import { api } from '../api.ts';
import { en } from '../strings/en.ts';
import { ErrorNote } from './ErrorNote.tsx';

const CLIENTS = Object.keys(en.wizard.clients) as GuideClient[];

interface Props {
  label: string;
  client: GuideClient | '';
  onClient: (client: GuideClient | '') => void;
  settings: AccountSettings | null;
  /** Only the guide's title and sign-in note (the client signs in with the provider, not a password). */
  noteOnly?: boolean;
  testId: string;
}

/** "Choose your mail client" and the core's guide for it: used by the wizard, the entry and the no-app-password fork. */
export function ClientGuide({ label, client, onClient, settings, noteOnly = false, testId }: Props) {
  const id = useId();
  const [guide, setGuide] = useState<Guide | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    if (!settings || client === '') return setGuide(null);
    let live = true;
    void api()
      .mail.guide({ client, settings })
      .then((r) => {
        if (!live) return;
        setGuide(r.ok ? r.value : null);
        setError(r.ok ? null : r.error);
      });
    return () => {
      live = false;
    };
  }, [client, settings]);

  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} className="input" value={client} onChange={(e) => onClient(e.target.value as GuideClient | '')} data-testid={`${testId}-client`}>
          <option value="">—</option>
          {CLIENTS.map((c) => (
            <option key={c} value={c}>{en.wizard.clients[c]}</option>
          ))}
        </select>
      </div>
      <ErrorNote error={error} />
      {guide && (
        <section className="section" data-testid={`${testId}-guide`}>
          <h3 style={{ margin: 0 }}>{guide.title}</h3>
          {guide.oauth2Note && <div className={`notice ${noteOnly ? 'info' : 'warning'}`}>{guide.oauth2Note}</div>}
          {!noteOnly && (
            <ol className="steps-list">
              {guide.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  );
}
