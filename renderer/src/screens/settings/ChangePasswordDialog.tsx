import { useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { Dialog, ErrorNote, MasterPasswordInput, Progress, StrengthMeter } from '../../components/index.ts';
import { takeValue } from '../../lib/take-value.ts';
import { useTypedStrength } from '../../lib/use-typed-strength.ts';
import { en } from '../../strings/en.ts';
import { MASTER_PASSWORD_MIN_LENGTH } from '../../../../electron/contract/limits.ts';
import { masterPasswordProblem } from '../first-run/master-password-rules.ts';

/**
 * Three uncontrolled fields, read on submit. The current password is cleared at once; the new one and
 * its confirmation stay in their fields only if the current one was wrong (so they need not be typed
 * again), and are cleared on success or any other error. A live meter rates the new one.
 */
export function ChangePasswordDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const t = en.settings;
  const id = useId();
  const oldRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = useTypedStrength(newRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setError(null);
    const next = newRef.current?.value ?? '';
    const rated = next ? await api().generator.strength({ password: next }) : null;
    const found = masterPasswordProblem(next, confirmRef.current?.value ?? '', rated?.ok ? rated.value.score : 0);
    if (found) {
      setProblem(found === 'mismatch' ? en.firstRun.mismatch : found === 'tooShort' ? en.firstRun.tooShort(MASTER_PASSWORD_MIN_LENGTH) : en.firstRun.tooWeak);
      return;
    }
    const oldPassword = takeValue(oldRef.current);
    const newPassword = newRef.current?.value ?? '';
    setBusy(true);
    const r = await api().vault.changePassword({ oldPassword, newPassword });
    setBusy(false);
    if (r.ok || r.error.code !== 'WRONG_PASSWORD') {
      takeValue(newRef.current);
      takeValue(confirmRef.current);
      strength.clear();
    }
    if (r.ok) return onDone();
    setError(r.error);
    window.requestAnimationFrame(() => oldRef.current?.focus());
  };

  return (
    <Dialog
      title={t.changePassword}
      onClose={onClose}
      footer={
        busy ? (
          <Progress label={en.progress.derivingKey} />
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>{en.common.cancel}</button>
            <button type="submit" form={`${id}-f`} className="btn primary">{t.changePassword}</button>
          </>
        )
      }
    >
      <form id={`${id}-f`} className="stack" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-o`}>{t.oldPassword}</label>
          <MasterPasswordInput id={`${id}-o`} ref={oldRef} data-autofocus />
        </div>
        <div className="field">
          <label htmlFor={`${id}-n`}>{t.newPassword}</label>
          <MasterPasswordInput id={`${id}-n`} ref={newRef} onInput={strength.onInput} aria-describedby={`${id}-m`} data-testid="change-new" />
          <StrengthMeter id={`${id}-m`} strength={strength.view} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-c`}>{t.confirmNew}</label>
          <MasterPasswordInput id={`${id}-c`} ref={confirmRef} />
        </div>
        <p className="small muted">{t.changeOtherComputers}</p>
        {problem && <p className="field-error" role="alert">{problem}</p>}
        <ErrorNote error={error} />
      </form>
    </Dialog>
  );
}
