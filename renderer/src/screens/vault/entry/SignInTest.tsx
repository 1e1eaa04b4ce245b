import { useEffect, useRef, useState } from 'react';
import type { EntrySummary, EntryTest, ErrorPayload } from '../../../../../electron/contract/index.ts';
import { CHECK_TIMEOUT } from '../../../../../electron/contract/limits.ts';
import { api } from '../../../api.ts';
import { ErrorNote } from '../../../components/index.ts';
import { ServerResults } from '../../../components/ServerResults.tsx';
import { WaitCountdown } from '../../../components/WaitCountdown.tsx';
import { lc } from '../../../strings/lifecycle.ts';

interface Props {
  entryId: string;
  onTested: (entry: EntrySummary) => void;
  /** Focus the button on mount (the re-issue walk-through). */
  autoFocus?: boolean;
  testId?: string;
}

/** "Test sign-in" for a saved entry: the core signs in to incoming and outgoing together and records the outcome. */
export function SignInTest({ entryId, onTested, autoFocus = false, testId = 'entry-test' }: Props) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EntryTest | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [stopped, setStopped] = useState(false);
  const run = useRef(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);
  useEffect(() => {
    if (!focusResult.current || result === null) return;
    focusResult.current = false;
    resultRef.current?.focus();
  }, [result]);

  const test = async () => {
    const mine = ++run.current;
    setBusy(true);
    setStopped(false);
    setError(null);
    setResult(null);
    const r = await api().lifecycle.test({ id: entryId });
    if (mine !== run.current) return; // the user stopped waiting
    setBusy(false);
    if (!r.ok) return setError(r.error);
    focusResult.current = true;
    setResult(r.value);
    onTested(r.value.entry);
  };

  const stop = () => {
    run.current++;
    setBusy(false);
    setStopped(true);
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void test()} disabled={busy} autoFocus={autoFocus} data-testid={testId}>
          {result ? lc.test.again : lc.test.run}
        </button>
        <span className="small muted">{lc.test.hint}</span>
      </div>
      {busy && <WaitCountdown timeoutMs={CHECK_TIMEOUT.defaultMs} onStop={stop} />}
      {stopped && <p className="notice warning" role="status">{lc.test.stopped}</p>}
      <ErrorNote error={error} />
      {result && (
        <div ref={resultRef} tabIndex={-1} role="status" aria-label={lc.test.title}>
          <ServerResults rows={result.servers} testId={`${testId}-result`} />
        </div>
      )}
    </div>
  );
}
