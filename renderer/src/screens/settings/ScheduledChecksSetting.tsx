import { useId } from 'react';
import { lc } from '../../strings/lifecycle.ts';

/** "Check app passwords once a day" (off by default); the core plans the checks and stops after a refusal. */
export function ScheduledChecksSetting({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className="stack" style={{ gap: 4 }}>
      <label className="check" htmlFor={id}>
        <input id={id} type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} data-testid="setting-scheduled-checks" aria-describedby={`${id}-hint`} />
        {lc.scheduled.label}
      </label>
      <span className="hint small muted" id={`${id}-hint`}>{lc.scheduled.hint}</span>
    </div>
  );
}
