import { useState } from 'react';
import type { ErrorPayload } from '../../../../../electron/contract/index.ts';
import { api } from '../../../api.ts';
import { ErrorNote, Progress } from '../../../components/index.ts';
import { en } from '../../../strings/en.ts';
import type { StepProps } from '../wizard-context.ts';

export function TestStep({ state, dispatch }: StepProps) {
  const t = en.wizard;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const settings = state.settings;
  if (!settings) return null;
  const server = settings[state.testProtocol];

  const test = async () => {
    setBusy(true);
    setError(null);
    const r = await api().mail.check({
      protocol: server.protocol,
      host: server.host,
      port: server.port,
      security: server.security,
      username: server.username,
      password: state.secret,
    });
    setBusy(false);
    if (r.ok) dispatch({ type: 'tested', result: r.value });
    else setError(r.error);
  };

  const result = state.test;
  return (
    <div className="stack">
      <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="field-label" style={{ marginBottom: 6 }}>{t.testWhich}</legend>
        <div className="segmented">
          {(['incoming', 'outgoing'] as const).map((which) => (
            <label key={which}>
              <input type="radio" name="wizard-test-which" checked={state.testProtocol === which} onChange={() => dispatch({ type: 'testProtocol', which })} />
              <span>
                {t.protocols[settings[which].protocol]} · {settings[which].host}:{settings[which].port}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void test()} disabled={busy} data-testid="wizard-test">
          {result ? t.testAgain : t.testSignIn}
        </button>
      </div>
      {busy && <Progress label={en.progress.testing} />}
      <ErrorNote error={error} />
      {result && !busy && (
        <div className={`notice ${result.category === 'OK' ? 'success' : 'error'}`} role="status" data-testid="wizard-test-result" data-category={result.category}>
          <p>
            <strong>{t.categories[result.category]}</strong> <span className="badge">{result.category}</span>{' '}
            <span className="small muted">{t.took(result.elapsedMs)}</span>
          </p>
          <p>{result.advice}</p>
          {result.detail && <p className="small muted">{result.detail}</p>}
        </div>
      )}
      {!result && !busy && <p className="small muted">{t.testFirst}</p>}
    </div>
  );
}
