import { useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload, VaultInfo } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { Dialog, ErrorNote, MasterPasswordInput, Progress } from '../../components/index.ts';
import { takeValue } from '../../lib/take-value.ts';
import { en } from '../../strings/en.ts';

/** Confirms with the master password (uncontrolled, read once and cleared), then re-calibrates the KDF. */
export function RecalibrateDialog({ onClose, onDone }: { onClose: () => void; onDone: (info: VaultInfo) => void }) {
  const t = en.settings;
  const id = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const password = takeValue(passwordRef.current);
    if (password === '') return;
    setBusy(true);
    const r = await api().vault.recalibrate({ password });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setError(r.error);
  };

  return (
    <Dialog
      title={t.recalibrateTitle}
      onClose={onClose}
      footer={
        busy ? (
          <Progress label={t.recalibrating} />
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>{en.common.cancel}</button>
            <button type="submit" form={`${id}-f`} className="btn primary">{t.recalibrate}</button>
          </>
        )
      }
    >
      <form id={`${id}-f`} className="stack" onSubmit={(e) => void submit(e)}>
        <p>{t.recalibrateBody}</p>
        <div className="field">
          <label htmlFor={`${id}-p`}>{en.unlock.password}</label>
          <MasterPasswordInput id={`${id}-p`} ref={passwordRef} data-autofocus />
        </div>
        <ErrorNote error={error} />
      </form>
    </Dialog>
  );
}
