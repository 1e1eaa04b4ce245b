import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { ErrorNote, Progress } from '../../components/index.ts';
import { en, openFileErrorWords, outsideFolderWords } from '../../strings/en.ts';
import { openFileControls } from './open-file-controls.ts';

interface Props {
  /**
   * Opens the file (vault.openFile): with the grant the host's dialog returned, or a typed path where
   * the host has no dialog. Resolves to an error, or null once the app moved on.
   */
  onOpen: (path: string, grant?: string) => Promise<ErrorPayload | null>;
  /** Shown as "Current vault file: …" (the unlock screen). */
  currentPath?: string | null;
  onCancel?: () => void;
  /** Move focus to the path field when shown (the user asked for this form). */
  autoFocus?: boolean;
  /** 1 where the form is the screen's main content (first run), 2 inside another screen. */
  headingLevel?: 1 | 2;
}

/**
 * "Open an existing vault file". Where the host has a file dialog (Electron: app.info.canPickFiles)
 * only "Browse…": the main process opens what its dialog returned and a typed path would be refused
 * (H2). Elsewhere (the browser host) a path field and Open; that host reads typed paths only inside
 * its start vault's folder. The file is checked by the core without a password; on any error
 * nothing changes and the error says what to do. Used by the first-run and unlock screens.
 */
export function OpenVaultFileForm({ onOpen, currentPath, onCancel, autoFocus = false, headingLevel = 2 }: Props) {
  const t = en.openFile;
  const [path, setPath] = useState('');
  const [canPick, setCanPick] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [empty, setEmpty] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const browseRef = useRef<HTMLButtonElement>(null);
  const controls = openFileControls(canPick);
  const refocus = () => (controls.browse ? browseRef.current : inputRef.current)?.focus();
  const mounted = useRef(true);
  const ids = { title: useId(), path: useId(), hint: useId(), empty: useId() };

  useEffect(() => {
    mounted.current = true;
    void api()
      .app.info()
      .then((r) => mounted.current && r.ok && setCanPick(r.value.canPickFiles));
    return () => {
      mounted.current = false;
    };
  }, []);

  const open = async (target: string, grant?: string) => {
    if (busy) return;
    const trimmed = target.trim();
    setError(null);
    if (!trimmed) {
      setEmpty(true);
      inputRef.current?.focus();
      return;
    }
    setEmpty(false);
    setBusy(true);
    const failed = await onOpen(trimmed, grant);
    // On success the app shows the unlock screen for the new file and this form goes away.
    if (!mounted.current) return;
    setBusy(false);
    if (failed) {
      setError(failed);
      window.requestAnimationFrame(refocus);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open(path);
  };

  const browse = async () => {
    setError(null);
    const r = await api().shell.pickVaultFile();
    if (!mounted.current) return;
    if (!r.ok) return setError(r.error);
    if (r.value.path === null) return refocus();
    setPath(r.value.path);
    void open(r.value.path, r.value.grant ?? undefined);
  };

  const describedBy = [ids.hint, empty ? ids.empty : ''].filter(Boolean).join(' ');

  return (
    <form
      className="stack"
      onSubmit={submit}
      onKeyDown={(e) => {
        // Esc goes back, like Cancel.
        if (e.key === 'Escape' && onCancel && !busy) {
          e.preventDefault();
          onCancel();
        }
      }}
      aria-labelledby={ids.title}
      noValidate
      data-testid="open-file-form"
    >
      {headingLevel === 1 ? (
        <h1 id={ids.title} style={{ margin: 0 }}>{t.title}</h1>
      ) : (
        <h2 id={ids.title} style={{ margin: 0, fontSize: 16 }}>{t.title}</h2>
      )}
      <p className="small muted" style={{ margin: 0 }}>{t.intro}</p>
      {currentPath && (
        <p className="small muted" style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="open-file-current">
          {t.current(currentPath)}
        </p>
      )}
      {controls.browse ? (
        <div className="row">
          <button ref={browseRef} type="button" className="btn primary" onClick={() => void browse()} disabled={busy} autoFocus={autoFocus} data-testid="open-file-browse">
            {t.browse}
          </button>
          {path && <span className="small mono" style={{ overflowWrap: 'anywhere' }}>{path}</span>}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={ids.path}>{t.path}</label>
          <div className="row" style={{ flexWrap: 'nowrap' }}>
            <input
              id={ids.path}
              ref={inputRef}
              className="input mono"
              style={{ flex: 1, minWidth: 0 }}
              type="text"
              value={path}
              onChange={(e) => {
                setPath(e.target.value);
                setEmpty(false);
              }}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              autoComplete="off"
              autoFocus={autoFocus}
              // Read-only, not disabled, while the file is checked: a disabled field drops the focus
              // (to the page), so Esc and the error's return of focus would race it.
              readOnly={busy}
              aria-busy={busy}
              aria-describedby={describedBy}
              aria-invalid={empty || error !== null}
              data-testid="open-file-path"
            />
          </div>
          <p id={ids.hint} className="small muted" style={{ margin: 0 }}>{t.pathHint}</p>
          {empty && (
            <p id={ids.empty} className="field-error" role="alert" style={{ margin: 0 }}>
              {t.emptyPath}
            </p>
          )}
        </div>
      )}
      <ErrorNote error={error} words={error?.details?.['reason'] === 'outside-vault-folder' ? { ...openFileErrorWords, USAGE: outsideFolderWords } : openFileErrorWords} testId="open-file-error" />
      {busy ? (
        <Progress label={t.opening} />
      ) : (
        <div className="row">
          {controls.openButton && (
            <button type="submit" className="btn primary" data-testid="open-file-submit">
              {t.open}
            </button>
          )}
          {onCancel && (
            <button type="button" className="btn" onClick={onCancel} data-testid="open-file-cancel">
              {en.common.cancel}
            </button>
          )}
        </div>
      )}
    </form>
  );
}
