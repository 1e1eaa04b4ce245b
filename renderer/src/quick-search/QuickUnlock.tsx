import { useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload } from '../../../electron/contract/index.ts';
import { api } from '../api.ts';
import { MasterPasswordInput } from '../components/MasterPasswordInput.tsx';
import { takeValue } from '../lib/take-value.ts';
import { en, errorWords } from '../strings/en.ts';

const t = en.quickSearch;

/**
 * Unlock in place (finding 35): the popup asks for the master password itself instead of sending
 * the user to the main window. The field is read once and cleared; React state never holds it.
 */
export function QuickUnlock({ onUnlocked }: { onUnlocked: () => void }) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const password = takeValue(field.current);
    if (password === '' || busy) return;
    setBusy(true);
    const r = await api().vault.unlock({ password });
    setBusy(false);
    if (r.ok) return onUnlocked();
    setError(r.error);
    field.current?.focus();
  };

  return (
    <form className="quick-unlock" onSubmit={(e) => void submit(e)} data-testid="quick-unlock">
      <label htmlFor={id} className="small">{t.masterPassword}</label>
      <div className="row">
        <MasterPasswordInput id={id} ref={field} autoFocus disabled={busy} aria-describedby={error ? `${id}-e` : undefined} data-testid="quick-unlock-password" />
        <button type="submit" className="btn primary" disabled={busy}>{busy ? t.unlocking : t.unlock}</button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-e`} role="alert">
          {errorWords[error.code].title}. {errorWords[error.code].advice}
        </p>
      )}
    </form>
  );
}
