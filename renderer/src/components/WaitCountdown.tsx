import { useEffect, useState } from 'react';
import { lc } from '../strings/lifecycle.ts';
import { Progress } from './Progress.tsx';

/** A wait on a server with the seconds left until it gives up, and a "Stop waiting" button. */
export function WaitCountdown({ timeoutMs, onStop }: { timeoutMs: number; onStop: () => void }) {
  const [left, setLeft] = useState(Math.ceil(timeoutMs / 1000));
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => setLeft(Math.max(0, Math.ceil((timeoutMs - (Date.now() - started)) / 1000))), 500);
    return () => window.clearInterval(timer);
  }, [timeoutMs]);
  return (
    <div className="row" data-testid="wait-countdown">
      <Progress label={lc.test.waiting(left)} />
      <button type="button" className="btn small" onClick={onStop} data-testid="wait-stop">
        {lc.test.stop}
      </button>
    </div>
  );
}
