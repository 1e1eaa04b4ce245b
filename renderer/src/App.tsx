import { useCallback, useEffect, useState } from 'react';
import type { ErrorPayload, VaultStatus } from '../../electron/contract/index.ts';
import { api, LOCKED_EVENT } from './api.ts';
import { ErrorNote, Progress, ToastProvider } from './components/index.ts';
import { applyTheme, rememberedTheme } from './lib/theme.ts';
import { FirstRunScreen } from './screens/first-run/FirstRunScreen.tsx';
import { UnlockScreen } from './screens/unlock/UnlockScreen.tsx';
import { Frame } from './frame/Frame.tsx';
import { en } from './strings/en.ts';
import { MergeReportToast, MERGED_EVENT } from './screens/sync/MergeReportToast.tsx';

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ErrorPayload }
  | { kind: 'first-run'; status: VaultStatus }
  | { kind: 'locked'; status: VaultStatus }
  | { kind: 'unlocked'; status: VaultStatus };

function phaseOf(status: VaultStatus): Phase {
  if (!status.exists) return { kind: 'first-run', status };
  return status.unlocked ? { kind: 'unlocked', status } : { kind: 'locked', status };
}

/**
 * Decides what the window shows: first run, unlock, or the app. Locking unmounts the whole app
 * shell, so no entry, revealed secret or wizard state survives the lock.
 */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  // First run's "import right after creating": the app opens on Settings → Import once.
  const [importAfterCreate, setImportAfterCreate] = useState(false);

  const refresh = useCallback(async () => {
    const r = await api().vault.status();
    setPhase(r.ok ? phaseOf(r.value) : { kind: 'failed', error: r.error });
  }, []);

  useEffect(() => {
    applyTheme(rememberedTheme());
    void refresh();
    // Locked elsewhere (auto-lock, tray, quick search): show the lock screen.
    const onLocked = () => void refresh();
    window.addEventListener(LOCKED_EVENT, onLocked);
    return () => window.removeEventListener(LOCKED_EVENT, onLocked);
  }, [refresh]);

  const settle = (r: Awaited<ReturnType<ReturnType<typeof api>['vault']['unlock']>>): ErrorPayload | null => {
    if (!r.ok) return r.error;
    setPhase(phaseOf(r.value));
    return null;
  };

  // Another vault file: checked by the core; on success the unlock screen shows the new file.
  // The dialog's one-time grant where the host has a dialog; a typed path only where it has none (H2).
  const openFile = async (path: string, grant?: string): Promise<ErrorPayload | null> => settle(await api().vault.openFile(grant === undefined ? { path } : { grant }));

  const lock = useCallback(async () => {
    const r = await api().vault.lock();
    if (r.ok) setPhase(phaseOf(r.value));
    else void refresh();
  }, [refresh]);

  let body;
  switch (phase.kind) {
    case 'loading':
      body = (
        <div className="center">
          <Progress label={en.common.loading} />
        </div>
      );
      break;
    case 'failed':
      body = (
        <div className="center">
          <main className="card">
            <h1>{en.appName}</h1>
            <ErrorNote error={phase.error} />
            <button type="button" className="btn" onClick={() => void refresh()}>
              {en.common.retry}
            </button>
          </main>
        </div>
      );
      break;
    case 'first-run':
      body = (
        <FirstRunScreen
          vaultPath={phase.status.path}
          onCreate={async (password) => settle(await api().vault.create({ password }))}
          onOpenFile={openFile}
          otherOptions={
            <>
              <label className="check">
                <input type="checkbox" checked={importAfterCreate} onChange={(e) => setImportAfterCreate(e.target.checked)} data-testid="import-after-create" />
                {en.firstRun.importAfter}
              </label>
              <p className="small muted" style={{ margin: 0 }}>{en.firstRun.importLater}</p>
            </>
          }
        />
      );
      break;
    case 'locked':
      body = (
        <UnlockScreen
          // A new file gets a fresh screen (the unlock form, no old error).
          key={phase.status.path}
          vaultPath={phase.status.path}
          onOpenFile={openFile}
          onUnlock={async (password) => settle(await api().vault.unlock({ password }))}
          onKeychainUnlock={phase.status.quickUnlockConfigured ? async () => settle(await api().keychain.unlock()) : undefined}
        />
      );
      break;
    case 'unlocked':
      body = (
        <>
          <Frame
            onLock={() => void lock()}
            onReload={() => void refresh()}
            startWithImport={importAfterCreate}
            onStarted={() => setImportAfterCreate(false)}
          />
          <MergeReportToast onMerged={() => window.dispatchEvent(new Event(MERGED_EVENT))} />
        </>
      );
      break;
  }
  return <ToastProvider>{body}</ToastProvider>;
}
