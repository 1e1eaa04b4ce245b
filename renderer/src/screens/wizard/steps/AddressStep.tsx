import { useId, useState, type FormEvent } from 'react';
import type { ErrorPayload } from '../../../../../electron/contract/index.ts';
import { api } from '../../../api.ts';
import { ErrorNote, Progress, ProviderAvatar } from '../../../components/index.ts';
import { en } from '../../../strings/en.ts';
import { lc } from '../../../strings/lifecycle.ts';
import { ServerFields } from '../ServerFields.tsx';
import { ServerWarnings } from '../ServerWarnings.tsx';
import type { StepProps } from '../wizard-context.ts';
import { isEmail } from '../wizard-state.ts';

const OTHER = '__other__';

export function AddressStep({ state, dispatch, providers }: StepProps) {
  const t = en.wizard;
  const ids = { email: useId(), provider: useId(), emailError: useId() };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [touched, setTouched] = useState(false);
  const emailBad = touched && !isEmail(state.email);

  const detect = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!isEmail(state.email)) return;
    setBusy(true);
    setError(null);
    const r = await api().providers.detect({ email: state.email.trim() });
    setBusy(false);
    if (r.ok) dispatch({ type: 'detected', detection: r.value });
    else {
      setError(r.error);
      // Nothing found: fall back to servers by hand; the user can still pick a provider.
      dispatch({ type: 'provider', provider: null });
    }
  };

  const chosenId = state.settings === null ? '' : (state.provider?.id ?? OTHER);

  return (
    <div className="stack">
      <form className="stack" onSubmit={(e) => void detect(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.email}>{t.email}</label>
          <div className="row" style={{ flexWrap: 'nowrap' }}>
            <input
              id={ids.email}
              className="input"
              type="email"
              autoComplete="email"
              value={state.email}
              onChange={(e) => dispatch({ type: 'email', email: e.target.value })}
              aria-invalid={emailBad}
              aria-describedby={emailBad ? ids.emailError : undefined}
              data-testid="wizard-email"
              autoFocus
            />
            <button type="submit" className="btn primary" disabled={busy} data-testid="wizard-detect">
              {t.detect}
            </button>
          </div>
          {emailBad && <span className="field-error" id={ids.emailError}>{t.emailInvalid}</span>}
        </div>
      </form>
      {busy && <Progress label={en.progress.detecting} />}
      {error && (
        <>
          <p className="muted" style={{ margin: 0 }}>{t.notDetected}</p>
          {error.code !== 'DISCOVERY_FAILED' && <ErrorNote error={error} />}
        </>
      )}
      {state.detection && (
        <div className="notice info row" data-testid="wizard-detected">
          <ProviderAvatar provider={state.detection.provider?.id ?? state.detection.settings.displayName} name={state.detection.provider?.shortName ?? state.detection.settings.displayName} />
          <span>{t.detected(state.detection.provider?.name ?? state.detection.settings.displayName, t.detectedVia[state.detection.source])}</span>
        </div>
      )}
      {state.settings && (
        <>
          <div className="field">
            <label htmlFor={ids.provider}>{state.detection ? t.changeProvider : t.provider}</label>
            <select
              id={ids.provider}
              className="input"
              value={chosenId}
              data-testid="wizard-provider"
              onChange={(e) => dispatch({ type: 'provider', provider: providers.find((p) => p.id === e.target.value) ?? null })}
            >
              {providers.map((p) => (
                <option key={p.id} value={p.id}>{p.name}</option>
              ))}
              <option value={OTHER}>{t.otherProvider}</option>
            </select>
          </div>
          <details open={state.provider === null || (state.detection?.warnings?.length ?? 0) > 0} className="stack">
            <summary>{t.customServers}</summary>
            <div className="stack" style={{ marginTop: 8 }}>
              {state.provider === null && (state.detection?.settings == null || state.providerChosen) && (
                <p className="notice warning small" data-testid="wizard-guessed">{lc.wizard.guessed}</p>
              )}
              <ServerFields
                legend={t.incoming}
                testId="server-incoming"
                server={state.settings.incoming}
                protocols={['imap', 'pop3']}
                onChange={(patch) => dispatch({ type: 'server', which: 'incoming', patch })}
              />
              <ServerWarnings warnings={state.detection?.warnings} server={state.settings.incoming} testId="server-incoming-warning" />
              <ServerFields
                legend={t.outgoing}
                testId="server-outgoing"
                server={state.settings.outgoing}
                protocols={['smtp']}
                onChange={(patch) => dispatch({ type: 'server', which: 'outgoing', patch })}
              />
              <ServerWarnings warnings={state.detection?.warnings} server={state.settings.outgoing} testId="server-outgoing-warning" />
            </div>
          </details>
        </>
      )}
    </div>
  );
}
