import { useEffect, useId, useState } from 'react';
import type { Guide, GuideClient } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { en } from '../../strings/en.ts';
import { lc } from '../../strings/lifecycle.ts';
import { ProviderWarning } from './ProviderWarning.tsx';
import type { StepProps } from './wizard-context.ts';

const CLIENTS = Object.keys(en.wizard.clients) as GuideClient[];

/**
 * The wizard stops here when the provider's app passwords sign in to nothing (Outlook.com): the truth
 * once (the provider's own headline notes and advice), and the mail clients that sign in with the
 * provider instead — not eight steps towards a password that will be refused.
 */
export function NoAppPasswordFork({ state, onStartOver }: StepProps & { onStartOver: () => void }) {
  const id = useId();
  const [client, setClient] = useState<GuideClient | ''>('');
  const [guide, setGuide] = useState<Guide | null>(null);
  const provider = state.provider;
  const settings = state.settings;

  useEffect(() => {
    if (!settings || client === '') return setGuide(null);
    let live = true;
    void api()
      .mail.guide({ client, settings })
      .then((r) => live && setGuide(r.ok ? r.value : null));
    return () => {
      live = false;
    };
  }, [client, settings]);

  if (!provider) return null;
  return (
    <div className="stack" data-testid="wizard-no-app-password">
      <div className="notice error" role="alert">
        <h3 style={{ marginTop: 0 }}>{lc.wizard.forkTitle(provider.shortName)}</h3>
        <p style={{ margin: 0 }}>{lc.wizard.forkText}</p>
      </div>
      <ProviderWarning provider={provider} />
      <div className="field">
        <label htmlFor={id}>{lc.wizard.forkClient}</label>
        <select id={id} className="input" value={client} onChange={(e) => setClient(e.target.value as GuideClient | '')} data-testid="wizard-fork-client">
          <option value="">—</option>
          {CLIENTS.map((c) => (
            <option key={c} value={c}>{en.wizard.clients[c]}</option>
          ))}
        </select>
      </div>
      {guide && (
        <section className="section" data-testid="wizard-fork-guide">
          <h3 style={{ margin: 0 }}>{guide.title}</h3>
          {guide.oauth2Note && <div className="notice info">{guide.oauth2Note}</div>}
        </section>
      )}
      <div className="row">
        <button type="button" className="btn" onClick={onStartOver} data-testid="wizard-fork-start-over">
          {lc.wizard.startOver}
        </button>
      </div>
    </div>
  );
}
