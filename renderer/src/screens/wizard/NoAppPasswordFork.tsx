import { useState } from 'react';
import type { GuideClient } from '../../../../electron/contract/index.ts';
import { ClientGuide } from '../../components/ClientGuide.tsx';
import { lc } from '../../strings/lifecycle.ts';
import { ProviderWarning } from './ProviderWarning.tsx';
import type { StepProps } from './wizard-context.ts';

/**
 * The wizard stops here when the provider's app passwords sign in to nothing (Outlook.com): the truth
 * once (the provider's own headline notes and advice), and the mail clients that sign in with the
 * provider instead — not eight steps towards a password that will be refused.
 */
export function NoAppPasswordFork({ state, onStartOver }: StepProps & { onStartOver: () => void }) {
  const [client, setClient] = useState<GuideClient | ''>('');
  const provider = state.provider;

  if (!provider) return null;
  return (
    <div className="stack" data-testid="wizard-no-app-password">
      <div className="notice error" role="alert">
        <h3 style={{ marginTop: 0 }}>{lc.wizard.forkTitle(provider.shortName)}</h3>
        <p style={{ margin: 0 }}>{lc.wizard.forkText}</p>
      </div>
      <ProviderWarning provider={provider} />
      <ClientGuide label={lc.wizard.forkClient} client={client} onClient={setClient} settings={state.settings} noteOnly testId="wizard-fork" />
      <div className="row">
        <button type="button" className="btn" onClick={onStartOver} data-testid="wizard-fork-start-over">
          {lc.wizard.startOver}
        </button>
      </div>
    </div>
  );
}
