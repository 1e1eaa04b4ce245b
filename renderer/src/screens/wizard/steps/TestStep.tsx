import { useEffect, useRef, useState } from 'react';
import type { ErrorPayload } from '../../../../../electron/contract/index.ts';
import { CHECK_TIMEOUT } from '../../../../../electron/contract/limits.ts';
import { api } from '../../../api.ts';
import { ErrorNote } from '../../../components/index.ts';
import { ServerResults, type ServerRow } from '../../../components/ServerResults.tsx';
import { WaitCountdown } from '../../../components/WaitCountdown.tsx';
import { en } from '../../../strings/en.ts';
import { lc } from '../../../strings/lifecycle.ts';
import type { StepProps } from '../wizard-context.ts';
import { testOutcome, testsServer } from '../wizard-state.ts';

/** Tests incoming and outgoing together (as Thunderbird does) and shows both; a silent server can be left behind. */
export function TestStep({ state, dispatch }: StepProps) {
  const t = en.wizard;
  const [busy, setBusy] = useState(false);
  const [stopped, setStopped] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const run = useRef(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);
  // Focus lands on the result once it is on screen (never on <body>).
  useEffect(() => {
    if (!focusResult.current || state.test === null || busy) return;
    focusResult.current = false;
    resultRef.current?.focus();
  }, [state.test, busy]);
  const settings = state.settings;
  if (!settings) return null;

  const test = async () => {
    const mine = ++run.current;
    setBusy(true);
    setStopped(false);
    setError(null);
    const rows = await Promise.all(
      (['incoming', 'outgoing'] as const).map(async (which): Promise<ServerRow | ErrorPayload> => {
        const server = settings[which];
        const base = { which, protocol: server.protocol, host: server.host, port: server.port };
        if (!testsServer(state.provider, server.protocol)) return { ...base, skipped: 'not-for-app-passwords', result: null };
        const r = await api().mail.check({ protocol: server.protocol, host: server.host, port: server.port, security: server.security, username: server.username, password: state.secret });
        return r.ok ? { ...base, skipped: null, result: r.value } : r.error;
      }),
    );
    if (mine !== run.current) return;
    setBusy(false);
    const failed = rows.find((r): r is ErrorPayload => 'code' in r);
    if (failed) return setError(failed);
    focusResult.current = true;
    dispatch({ type: 'tested', result: rows as ServerRow[] });
  };

  const stop = () => {
    run.current++;
    setBusy(false);
    setStopped(true);
  };

  const result = state.test;
  const outcome = testOutcome(result);
  const firstCategory = result?.find((r) => r.result !== null && r.result.category !== 'OK')?.result?.category ?? (outcome === 'ok' ? 'OK' : 'SKIPPED');
  const unencrypted = settings.incoming.security === 'none' || settings.outgoing.security === 'none';
  return (
    <div className="stack">
      <p className="small muted" style={{ margin: 0 }}>{lc.test.hint}</p>
      {unencrypted && <p className="notice warning" data-testid="wizard-unencrypted">{lc.wizard.unencrypted}</p>}
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void test()} disabled={busy} data-testid="wizard-test">
          {result ? t.testAgain : t.testSignIn}
        </button>
      </div>
      {busy && <WaitCountdown timeoutMs={CHECK_TIMEOUT.defaultMs} onStop={stop} />}
      {stopped && <p className="notice warning" role="status">{lc.test.stopped}</p>}
      <ErrorNote error={error} />
      {result && !busy && (
        <div ref={resultRef} tabIndex={-1} role="status" aria-label={lc.test.title} data-testid="wizard-test-result" data-category={firstCategory}>
          <ServerResults rows={result} testId="wizard-test-servers" />
        </div>
      )}
      {!result && !busy && <p className="small muted">{t.testFirst}</p>}
    </div>
  );
}
