import { useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import { ErrorNote, Icon, MasterPasswordInput, Progress } from '../../components/index.ts';
import { takeValue } from '../../lib/take-value.ts';
import { AboutButton } from '../../frame/AboutButton.tsx';
import { en } from '../../strings/en.ts';
import { OpenVaultFileForm } from '../first-run/OpenVaultFileForm.tsx';

interface Props {
  vaultPath: string | null;
  onUnlock: (password: string) => Promise<ErrorPayload | null>;
  /** Present when quick unlock is on. */
  onKeychainUnlock?: () => Promise<ErrorPayload | null>;
  /** Switches to another vault file (vault.openFile); resolves to an error or null. */
  onOpenFile?: (path: string) => Promise<ErrorPayload | null>;
}

export function UnlockScreen({ vaultPath, onUnlock, onKeychainUnlock, onOpenFile }: Props) {
  const t = en.unlock;
  const ref = useRef<HTMLInputElement>(null);
  const openAnotherRef = useRef<HTMLButtonElement>(null);
  const [choosingFile, setChoosingFile] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const run = async (work: () => Promise<ErrorPayload | null>) => {
    setBusy(true);
    setError(null);
    const failed = await work();
    setBusy(false);
    if (failed) {
      setError(failed);
      window.requestAnimationFrame(() => ref.current?.focus());
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const password = takeValue(ref.current);
    if (!password) return ref.current?.focus();
    void run(() => onUnlock(password));
  };

  return (
    <div className="center">
      <main className="card" aria-labelledby="unlock-title">
        <div className="brand">
          <Icon name="logo" />
          <span>{en.appName}</span>
        </div>
        <h1 id="unlock-title" style={{ margin: 0 }}>{t.title}</h1>
        {choosingFile && onOpenFile ? (
          <OpenVaultFileForm
            onOpen={onOpenFile}
            currentPath={vaultPath}
            autoFocus
            onCancel={() => {
              setChoosingFile(false);
              window.requestAnimationFrame(() => openAnotherRef.current?.focus());
            }}
          />
        ) : (
          <form className="stack" onSubmit={submit}>
            <div className="field">
              <label htmlFor={id}>{t.password}</label>
              <MasterPasswordInput id={id} ref={ref} disabled={busy} autoFocus aria-invalid={error?.code === 'WRONG_PASSWORD'} data-testid="unlock-password" />
            </div>
            <ErrorNote error={error} testId="unlock-error" />
            {busy ? (
              <Progress label={en.progress.derivingKey} />
            ) : (
              <div className="stack" style={{ gap: 8 }}>
                <button type="submit" className="btn primary" data-testid="unlock">
                  {t.unlock}
                </button>
                {onKeychainUnlock && (
                  <button type="button" className="btn" onClick={() => void run(onKeychainUnlock)} data-testid="unlock-keychain">
                    <Icon name="lock" /> {t.keychain}
                  </button>
                )}
              </div>
            )}
          </form>
        )}
        {!choosingFile && vaultPath && <p className="small muted" style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="unlock-vault-path">{t.vaultAt(vaultPath)}</p>}
        {!choosingFile && onOpenFile && (
          <button
            type="button"
            ref={openAnotherRef}
            className="btn ghost small"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setChoosingFile(true)}
            disabled={busy}
            data-testid="open-another"
          >
            {t.openAnother}
          </button>
        )}
        <AboutButton />
      </main>
    </div>
  );
}
