import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { api, backgroundApi } from '../api.ts';
import { applyTheme } from '../lib/theme.ts';
import { ActivityScreen } from '../screens/activity/ActivityScreen.tsx';
import { GeneratorScreen } from '../screens/generator/GeneratorScreen.tsx';
import { HygieneScreen } from '../screens/hygiene/HygieneScreen.tsx';
import { SettingsScreen } from '../screens/settings/SettingsScreen.tsx';
import { VaultScreen } from '../screens/vault/VaultScreen.tsx';
import { WizardScreen } from '../screens/wizard/WizardScreen.tsx';
import { initialWizardState, wizardReducer } from '../screens/wizard/wizard-state.ts';
import { AboutDialog } from './AboutDialog.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useToast } from '../components/index.ts';
import { AgentApprovalDialog } from '../components/AgentApprovalDialog.tsx';
import { lc } from '../strings/lifecycle.ts';
import { KdfWarningBanner } from '../components/KdfWarningBanner.tsx';
import { Nav } from './Nav.tsx';
import { ProvidersProvider } from './providers-context.tsx';
import type { ScreenId } from './screens.ts';
import { useShortcuts } from './use-shortcuts.ts';

/** How often the renderer asks the core whether scheduled checks are due (the core plans them). */
const SCHEDULED_CHECK_POLL_MS = 5 * 60_000;

interface Props {
  onLock: () => void;
  /** The vault file changed under us (backup restored): go back to the lock screen. */
  onReload: () => void;
  /** Open on Settings with the import dialog (first run's "import right after creating"). */
  startWithImport?: boolean;
  onStarted?: () => void;
}

/** The unlocked app: left nav and the current screen. Unmounted on lock, which drops all its state. */
export function Frame({ onLock, onReload, startWithImport = false, onStarted }: Props) {
  const [screen, setScreen] = useState<ScreenId>(startWithImport ? 'settings' : 'vault');
  const [importing] = useState(startWithImport);
  const [about, setAbout] = useState(false);
  const [pendingSecret, setPendingSecret] = useState<string | null>(null);
  const [openEntryId, setOpenEntryId] = useState<string | null>(null);
  const [confirmLock, setConfirmLock] = useState(false);
  // The wizard's state lives here so that visiting another screen and coming back loses nothing.
  const [wizard, dispatchWizard] = useReducer(wizardReducer, initialWizardState);
  const searchRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    onStarted?.(); // once, on mount
  }, []);

  useEffect(() => {
    void api()
      .settings.get()
      .then((r) => r.ok && applyTheme(r.value.theme));
  }, []);

  const go = useCallback((next: ScreenId) => {
    setScreen(next);
    window.requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('h1')?.focus());
  }, []);

  // Locking drops the wizard's state: ask first when it holds an app password that is not saved yet.
  const lock = () => (wizard.secret.trim() !== '' && wizard.savedId === null ? setConfirmLock(true) : onLock());

  useShortcuts({
    search: () => {
      setScreen('vault');
      const into = () => {
        searchRef.current?.focus();
        searchRef.current?.select();
      };
      // Already on the vault: at once (typing right after Ctrl+F must not be selected away); else once it is shown.
      if (searchRef.current) into();
      else window.requestAnimationFrame(into);
    },
    lock,
  });

  const clearPending = useCallback(() => setPendingSecret(null), []);
  const clearOpenEntry = useCallback(() => setOpenEntryId(null), []);
  const openEntry = useCallback((id: string) => {
    setOpenEntryId(id);
    setScreen('vault');
  }, []);

  // Scheduled checks (off by default): the core decides which entries are due, at most one sign-in
  // per entry per day; this only asks it now and then while the vault is open.
  // A refusal is told at once (the core has stopped checking that entry), with the way to Hygiene.
  const toast = useToast();
  useEffect(() => {
    const run = () =>
      void backgroundApi()
        .lifecycle.runScheduledChecks()
        .then((r) => {
          if (r.ok && r.value.refused.length > 0) {
            toast({ message: lc.scheduled.refused(r.value.refused.length), action: { label: lc.scheduled.openHygiene, run: () => setScreen('hygiene') }, duration: 15_000 });
          }
        });
    // First ask after one interval: nothing signs in at the moment of unlocking.
    const timer = window.setInterval(run, SCHEDULED_CHECK_POLL_MS);
    return () => window.clearInterval(timer);
  }, [toast]);

  return (
    <ProvidersProvider>
      <div className="shell">
        <Nav current={screen} onGo={go} onLock={lock} onAbout={() => setAbout(true)} />
        <main className="main" ref={mainRef}>
          <KdfWarningBanner key={screen} /* asks again on every screen change, so a re-calibration clears it */ />
          {screen === 'vault' && (
            <VaultScreen
              searchRef={searchRef}
              pendingSecret={pendingSecret}
              onPendingSecretUsed={clearPending}
              onSetUp={() => go('wizard')}
              openEntryId={openEntryId}
              onOpenEntryUsed={clearOpenEntry}
            />
          )}
          {screen === 'generator' && (
            <GeneratorScreen
              onUseInEntry={(secret) => {
                setPendingSecret(secret);
                setScreen('vault');
              }}
            />
          )}
          {screen === 'wizard' && (
            <WizardScreen
              state={wizard}
              dispatch={dispatchWizard}
              onOpenVault={() => {
                const saved = wizard.savedId;
                dispatchWizard({ type: 'reset' });
                if (saved) openEntry(saved);
                else go('vault');
              }}
            />
          )}
          {screen === 'hygiene' && <HygieneScreen onOpenEntry={openEntry} />}
          {screen === 'activity' && <ActivityScreen onOpenEntry={openEntry} />}
          {screen === 'settings' && <SettingsScreen onRestored={onReload} startWithImport={importing} />}
        </main>
        {about && <AboutDialog onClose={() => setAbout(false)} />}
        <AgentApprovalDialog />
        {confirmLock && (
          <ConfirmDialog
            title={lc.wizard.lockTitle}
            message={lc.wizard.lockText}
            confirmLabel={lc.wizard.lock}
            danger
            onConfirm={onLock}
            onCancel={() => setConfirmLock(false)}
            testId="confirm-lock"
          />
        )}
      </div>
    </ProvidersProvider>
  );
}
