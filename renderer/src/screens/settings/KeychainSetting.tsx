import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload, KeychainStatus } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { Dialog, ErrorNote, MasterPasswordInput, Progress, useToast } from '../../components/index.ts';
import { takeValue } from '../../lib/take-value.ts';
import { en } from '../../strings/en.ts';

/** The quick-unlock switch: turning it on asks for the master password once (uncontrolled field). */
export function KeychainSetting({ maxDays }: { maxDays: number }) {
  const t = en.settings;
  const id = useId();
  const toast = useToast();
  const [status, setStatus] = useState<KeychainStatus | null>(null);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void api()
      .keychain.status()
      .then((r) => (r.ok ? setStatus(r.value) : setError(r.error)));
  }, [maxDays]);

  const toggle = async (on: boolean) => {
    setError(null);
    if (on) return setAsking(true);
    const r = await api().keychain.disable();
    if (!r.ok) return setError(r.error);
    setStatus(r.value);
    toast({ message: t.keychainDisabled });
  };

  const enable = async (event: FormEvent) => {
    event.preventDefault();
    const password = takeValue(passwordRef.current);
    if (!password) return;
    setBusy(true);
    const r = await api().keychain.enable({ password });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setStatus(r.value);
    setAsking(false);
    toast({ message: t.keychainEnabled });
  };

  const hint = !status
    ? undefined
    : !status.available && !status.enabled
      ? t.keychainUnavailable(status.backend)
      : status.enabled
        ? t.keychainOn(status.daysLeft, status.maxDays ?? maxDays)
        : t.keychainOff;

  return (
    <>
      <div className="setting">
        <div className="text">
          <label htmlFor={`${id}-k`} style={{ fontWeight: 600 }}>{t.keychain}</label>
          <div className="hint">{t.keychainHint}</div>
          {hint && <div className="hint" data-testid="keychain-state">{hint}</div>}
        </div>
        <input
          id={`${id}-k`}
          type="checkbox"
          style={{ width: 18, height: 18 }}
          checked={status?.enabled ?? false}
          disabled={!status || (!status.available && !status.enabled)}
          onChange={(e) => void toggle(e.target.checked)}
          data-testid="keychain-toggle"
        />
      </div>
      {!asking && <ErrorNote error={error} />}
      {asking && (
        <Dialog
          title={t.keychainEnableTitle}
          onClose={() => setAsking(false)}
          footer={
            busy ? (
              <Progress label={en.progress.derivingKey} />
            ) : (
              <>
                <button type="button" className="btn" onClick={() => setAsking(false)}>{en.common.cancel}</button>
                <button type="submit" form={`${id}-f`} className="btn primary" data-testid="keychain-enable">{t.keychainEnable}</button>
              </>
            )
          }
        >
          <form id={`${id}-f`} className="stack" onSubmit={(e) => void enable(e)}>
            <p style={{ margin: 0 }}>{t.keychainEnableText}</p>
            <div className="field">
              <label htmlFor={`${id}-p`}>{en.unlock.password}</label>
              <MasterPasswordInput id={`${id}-p`} ref={passwordRef} data-autofocus data-testid="keychain-password" />
            </div>
            <ErrorNote error={error} />
          </form>
        </Dialog>
      )}
    </>
  );
}
