import { useEffect, useId, useRef, useState } from 'react';
import type { EntrySummary, ErrorPayload, ReissuePlan } from '../../../../../electron/contract/index.ts';
import { ENTRY_LIMITS } from '../../../../../electron/contract/limits.ts';
import { api } from '../../../api.ts';
import { Dialog, ErrorNote, Icon } from '../../../components/index.ts';
import { lc } from '../../../strings/lifecycle.ts';
import { ProviderPageButton } from './ProviderPageButton.tsx';
import { SignInTest } from './SignInTest.tsx';

interface Props {
  plan: ReissuePlan;
  onChanged: (entry: EntrySummary) => void;
  onClose: () => void;
}

/**
 * The walk-through after an account-password change, device by device: open the provider's page,
 * paste the new app password, save it into the entry (the old one is replaced), test, next.
 */
export function ReissueDialog({ plan, onChanged, onClose }: Props) {
  const steps = useRef(plan.steps).current; // the devices at the start; done ones stay listed
  const [index, setIndex] = useState(0);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const step = steps[index];

  useEffect(() => {
    setSaved(false);
    setError(null);
    if (inputRef.current) inputRef.current.value = '';
    inputRef.current?.focus();
  }, [index]);

  const save = async () => {
    const secret = inputRef.current?.value.trim() ?? '';
    if (!step || secret === '') return;
    const r = await api().lifecycle.reissue({ id: step.entryId, secret });
    if (inputRef.current) inputRef.current.value = '';
    if (!r.ok) return setError(r.error);
    setSaved(true);
    onChanged(r.value);
  };

  const finished = index >= steps.length;
  return (
    <Dialog title={lc.reissue.title(plan.providerName)} onClose={onClose} testId="reissue-dialog"
      footer={
        <button type="button" className="btn" onClick={onClose} data-testid="reissue-close">
          {finished ? lc.reissue.done : lc.reissue.later}
        </button>
      }
    >
      <div className="stack">
        <p style={{ margin: 0 }}>{lc.reissue.intro(steps.length, plan.account)}</p>
        <ol className="steps-list">
          {steps.map((s, i) => (
            <li key={s.entryId} aria-current={i === index ? 'step' : undefined} className={i < index ? 'done' : undefined}>
              {i < index && <Icon name="check" />} {s.label || plan.account}
            </li>
          ))}
        </ol>
        {finished ? (
          <p className="notice success" role="status" data-testid="reissue-all-done">{lc.reissue.allDone}</p>
        ) : step ? (
          <section className="card stack" data-testid="reissue-step">
            <h3 style={{ margin: 0 }}>
              <span className="muted small" style={{ display: 'block' }}>{lc.reissue.step(index + 1, steps.length)}</span>
              {step.label || plan.account}
            </h3>
            {step.devices.length > 0 && <p className="small muted" style={{ margin: 0 }}>{lc.reissue.devicesAlso(step.devices.join(', '))}</p>}
            <div className="row">
              <ProviderPageButton url={plan.pageUrl} label={lc.reissue.open} testId="reissue-open-page" />
            </div>
            {!saved ? (
              <form
                className="stack"
                onSubmit={(e) => {
                  e.preventDefault();
                  void save();
                }}
              >
                <div className="field">
                  <label htmlFor={fieldId}>{lc.reissue.paste}</label>
                  <input id={fieldId} ref={inputRef} className="input mono" type="password" autoComplete="off" spellCheck={false} maxLength={ENTRY_LIMITS.secret} data-testid="reissue-secret" />
                </div>
                <div className="row">
                  <button type="submit" className="btn primary" data-testid="reissue-save">
                    {lc.reissue.saveTest}
                  </button>
                </div>
              </form>
            ) : (
              <>
                <SignInTest entryId={step.entryId} onTested={onChanged} autoFocus testId="reissue-test" />
                <div className="row">
                  <button type="button" className="btn primary" onClick={() => setIndex(index + 1)} data-testid="reissue-next">
                    {index + 1 < steps.length ? lc.reissue.next : lc.reissue.done}
                  </button>
                </div>
              </>
            )}
            <ErrorNote error={error} />
          </section>
        ) : null}
      </div>
    </Dialog>
  );
}
