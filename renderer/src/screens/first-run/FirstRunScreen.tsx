import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { ErrorNote, Icon, MasterPasswordInput, Progress, StrengthMeter } from '../../components/index.ts';
import { takeValue } from '../../lib/take-value.ts';
import { useTypedStrength } from '../../lib/use-typed-strength.ts';
import { AboutButton } from '../../frame/AboutButton.tsx';
import { en } from '../../strings/en.ts';
import { lc } from '../../strings/lifecycle.ts';
import { MASTER_PASSWORD_MIN_LENGTH } from '../../../../electron/contract/limits.ts';
import { masterPasswordProblem, type MasterProblem } from './master-password-rules.ts';
import { OpenVaultFileForm } from './OpenVaultFileForm.tsx';

interface Props {
  vaultPath: string | null;
  /** Creates the vault; the password is handed over and forgotten here. Resolves to an error or null. */
  onCreate: (password: string) => Promise<ErrorPayload | null>;
  /** Opens an existing vault file instead (vault.openFile); resolves to an error or null. */
  onOpenFile?: (path: string) => Promise<ErrorPayload | null>;
  /** Extra ways in (import), rendered under "Other options". */
  otherOptions?: ReactNode;
}

export function FirstRunScreen({ vaultPath, onCreate, onOpenFile, otherOptions }: Props) {
  const t = en.firstRun;
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const strength = useTypedStrength(passwordRef);
  const [problem, setProblem] = useState<MasterProblem | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { pw: useId(), confirm: useId(), meter: useId(), problem: useId(), rules: useId() };
  // 'open': the card shows only "Open an existing vault file" (KeePassXC's welcome screen offers
  // create and open side by side; here open is one click away and Cancel or Esc comes back).
  const [mode, setMode] = useState<'create' | 'open' | 'back-from-open'>('create');
  const openToggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode === 'back-from-open') openToggleRef.current?.focus();
  }, [mode]);

  // Live meter: the value is read from the field in the event, sent to the core's estimator, and
  // only the score and feedback come back into state (useTypedStrength).
  const onInput = () => {
    setProblem(null);
    strength.onInput();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const password = passwordRef.current?.value ?? '';
    const confirm = confirmRef.current?.value ?? '';
    const estimate = password ? await api().generator.strength({ password }) : null;
    const score = estimate?.ok ? estimate.value.score : 0;
    const found = masterPasswordProblem(password, confirm, score);
    if (found) {
      setProblem(found);
      if (found === 'mismatch') {
        if (confirmRef.current) confirmRef.current.value = '';
        confirmRef.current?.focus();
      } else passwordRef.current?.focus();
      return;
    }
    setProblem(null);
    takeValue(passwordRef.current);
    takeValue(confirmRef.current);
    strength.clear();
    setBusy(true);
    const failed = await onCreate(password);
    setBusy(false);
    if (failed) setError(failed);
  };

  const problemText = problem === 'mismatch' ? t.mismatch : problem === 'tooShort' ? t.tooShort(MASTER_PASSWORD_MIN_LENGTH) : problem === 'tooWeak' ? t.tooWeak : null;

  return (
    <div className="center">
      <main className="card" aria-labelledby={mode === 'open' ? undefined : 'first-run-title'} aria-label={mode === 'open' ? en.openFile.title : undefined}>
        <div className="brand">
          <Icon name="logo" />
          <span>{en.appName}</span>
        </div>
        {mode === 'open' && onOpenFile ? (
          <OpenVaultFileForm onOpen={onOpenFile} autoFocus headingLevel={1} onCancel={() => setMode('back-from-open')} />
        ) : (
          <>
            <h1 id="first-run-title" style={{ margin: 0 }}>{t.title}</h1>
            <p className="muted" style={{ margin: 0 }}>{t.intro}</p>
            <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
              <div className="field">
                <label htmlFor={ids.pw}>{t.password}</label>
                <MasterPasswordInput
                  id={ids.pw}
                  ref={passwordRef}
                  onInput={onInput}
                  aria-describedby={`${ids.rules} ${ids.meter} ${problemText ? ids.problem : ''}`.trim()}
                  aria-invalid={problem === 'tooShort' || problem === 'tooWeak'}
                  disabled={busy}
                  autoFocus
                  data-testid="master-password"
                />
                <span className="hint" id={ids.rules} data-testid="master-rules">
                  {lc.firstRun.rules(MASTER_PASSWORD_MIN_LENGTH)}
                </span>
                <StrengthMeter id={ids.meter} strength={strength.view} />
              </div>
              <div className="field">
                <label htmlFor={ids.confirm}>{t.confirm}</label>
                <MasterPasswordInput id={ids.confirm} ref={confirmRef} aria-invalid={problem === 'mismatch'} disabled={busy} onInput={() => problem === 'mismatch' && setProblem(null)} data-testid="master-confirm" />
              </div>
              {problemText && (
                <p className="field-error" id={ids.problem} role="alert" data-testid="master-problem">
                  {problemText}
                </p>
              )}
              <ErrorNote error={error} />
              {otherOptions && (
                // Options that change what Create does sit above it.
                <details>
                  <summary className="small">{t.otherOptions}</summary>
                  <div className="stack" style={{ marginTop: 8 }}>{otherOptions}</div>
                </details>
              )}
              {busy ? (
                <div className="stack" style={{ gap: 6 }}>
                  <Progress label={en.progress.derivingKey} />
                  <span className="small muted">{en.progress.calibrating}</span>
                </div>
              ) : (
                <button type="submit" className="btn primary" data-testid="create-vault">
                  {t.create}
                </button>
              )}
              {vaultPath && <p className="small muted" style={{ margin: 0, overflowWrap: 'anywhere' }}>{t.vaultPath(vaultPath)}</p>}
            </form>
            {onOpenFile && (
              <button
                type="button"
                ref={openToggleRef}
                className="btn ghost"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => setMode('open')}
                disabled={busy}
                data-testid="open-existing"
              >
                {t.openExistingToggle}
              </button>
            )}
          </>
        )}
        <AboutButton />
      </main>
    </div>
  );
}
