import { useEffect, useId, useState, type ReactNode } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import type { VaultInfo, VaultSettings } from '../../../../electron/contract/calls/vault.ts';
import { AUTO_LOCK_MINUTES, CLIPBOARD_CLEAR_SECONDS, QUICK_UNLOCK_DAYS, THEMES } from '../../../../electron/contract/limits.ts';
import { api } from '../../api.ts';
import { ErrorNote, Progress, useToast } from '../../components/index.ts';
import { formatDateTime } from '../../lib/time.ts';
import { applyTheme } from '../../lib/theme.ts';
import { AboutFacts } from '../../frame/AboutDialog.tsx';
import { en } from '../../strings/en.ts';
import { ChangePasswordDialog } from './ChangePasswordDialog.tsx';
import { RecalibrateDialog } from './RecalibrateDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { KeychainSetting } from './KeychainSetting.tsx';
import { AgentSetting } from './AgentSetting.tsx';
import { ScheduledChecksSetting } from './ScheduledChecksSetting.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DevicesSetting } from '../sync/DevicesSetting.tsx';
import { syncText } from '../../strings/sync.ts';
import { CatalogSetting } from './CatalogSetting.tsx';

type Patch = Partial<VaultSettings>;

function Setting({ label, hint, control, htmlFor }: { label: string; hint?: string; control: ReactNode; htmlFor?: string }) {
  return (
    <div className="setting">
      <div className="text">
        {htmlFor ? <label htmlFor={htmlFor} style={{ fontWeight: 600 }}>{label}</label> : <span style={{ fontWeight: 600 }}>{label}</span>}
        {hint && <div className="hint">{hint}</div>}
      </div>
      {control}
    </div>
  );
}

export function SettingsScreen({ onRestored, startWithImport = false }: { onRestored: () => void; startWithImport?: boolean }) {
  const t = en.settings;
  const toast = useToast();
  const id = useId();
  const [settings, setSettings] = useState<VaultSettings | null>(null);
  const [info, setInfo] = useState<VaultInfo | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [changing, setChanging] = useState(false);
  const [recalibrating, setRecalibrating] = useState(false);
  const [shortcut, setShortcut] = useState('');
  const [dataDialog, setDataDialog] = useState<'import' | 'export' | null>(startWithImport ? 'import' : null);

  useEffect(() => {
    void api()
      .settings.get()
      .then((r) => {
        if (r.ok) {
          setSettings(r.value);
          setShortcut(r.value.globalShortcut ?? '');
        } else setError(r.error);
      });
    void api()
      .vault.info()
      .then((r) => r.ok && setInfo(r.value));
  }, []);

  // Optimistic: the control moves at once; the core's answer (or the old value on error) wins.
  const update = async (patch: Patch) => {
    const before = settings;
    setSettings((s) => (s ? { ...s, ...patch } : s));
    if (patch.theme) applyTheme(patch.theme);
    // Only the keys that changed: settingsPatchSchema leaves every other setting as it is.
    const r = await api().settings.update(patch);
    if (!r.ok) {
      setError(r.error);
      setSettings(before);
      if (before && patch.theme) applyTheme(before.theme);
      return;
    }
    setError(null);
    setSettings(r.value);
  };

  const [confirmRestore, setConfirmRestore] = useState(false);
  const restore = async () => {
    setConfirmRestore(false);
    const r = await api().vault.restoreBackup();
    if (!r.ok) return setError(r.error);
    toast({ message: t.restored });
    onRestored();
  };

  const toggle = (key: 'lockOnSleep' | 'lockOnScreenLock' | 'lockOnMinimize' | 'closeToTray' | 'startMinimized', label: string) =>
    settings && (
      <Setting
        label={label}
        htmlFor={`${id}-${key}`}
        control={<input id={`${id}-${key}`} type="checkbox" className="check" style={{ width: 18, height: 18 }} checked={settings[key]} onChange={(e) => void update({ [key]: e.target.checked })} />}
      />
    );

  if (!settings) {
    return (
      <section className="screen" aria-labelledby="settings-title">
        <h1 id="settings-title" tabIndex={-1}>{t.title}</h1>
        {error ? <ErrorNote error={error} /> : <Progress label={en.common.loading} />}
      </section>
    );
  }
  return (
    <section className="screen" aria-labelledby="settings-title">
      <div className="screen-head">
        <h1 id="settings-title" tabIndex={-1}>{t.title}</h1>
      </div>
      <ErrorNote error={error} />
      <div className="settings stack">
        <section className="card" aria-labelledby={`${id}-sec`}>
          <h2 id={`${id}-sec`}>{t.security}</h2>
          <Setting
            label={t.autoLock}
            htmlFor={`${id}-al`}
            control={
              <select id={`${id}-al`} className="input" value={settings.autoLockMinutes ?? 'never'} onChange={(e) => void update({ autoLockMinutes: e.target.value === 'never' ? null : (Number(e.target.value) as VaultSettings['autoLockMinutes']) })} data-testid="setting-autolock">
                {AUTO_LOCK_MINUTES.choices.map((n) => (
                  <option key={n} value={n}>{t.minutes(n)}</option>
                ))}
                <option value="never">{t.autoLockNever}</option>
              </select>
            }
          />
          {toggle('lockOnSleep', t.lockOnSleep)}
          {toggle('lockOnScreenLock', t.lockOnScreenLock)}
          {toggle('lockOnMinimize', t.lockOnMinimize)}
          <Setting
            label={t.clipboardClear}
            htmlFor={`${id}-cb`}
            control={
              <select id={`${id}-cb`} className="input" value={settings.clipboardClearSeconds ?? 'never'} onChange={(e) => void update({ clipboardClearSeconds: e.target.value === 'never' ? null : Number(e.target.value) })}>
                {CLIPBOARD_CLEAR_SECONDS.choices.map((n) => (
                  <option key={n} value={n}>{t.seconds(n)}</option>
                ))}
                <option value="never">{t.clipboardNever}</option>
              </select>
            }
          />
          <KeychainSetting maxDays={settings.quickUnlockMaxDays} />
          <AgentSetting />
          <ScheduledChecksSetting on={settings.scheduledChecks} onChange={(on) => void update({ scheduledChecks: on })} />
          <Setting
            label={t.quickUnlockDays}
            htmlFor={`${id}-qd`}
            control={
              <select id={`${id}-qd`} className="input" value={settings.quickUnlockMaxDays} onChange={(e) => void update({ quickUnlockMaxDays: Number(e.target.value) })}>
                {QUICK_UNLOCK_DAYS.choices.map((n) => (
                  <option key={n} value={n}>{t.days(n)}</option>
                ))}
              </select>
            }
          />
          <Setting
            label={t.kdf}
            hint={info ? `${t.kdfNow(Math.round(info.kdf.memoryKiB / 1024), info.kdf.iterations, info.kdf.parallelism)}. ${t.kdfHint}` : t.kdfHint}
            control={
              <button type="button" className="btn" onClick={() => setRecalibrating(true)}>
                {t.recalibrate}
              </button>
            }
          />
          <Setting label={t.changePassword} control={<button type="button" className="btn" onClick={() => setChanging(true)}>{t.changePassword}</button>} />
        </section>

        <section className="card" aria-labelledby={`${id}-tray`}>
          <h2 id={`${id}-tray`}>{t.tray}</h2>
          {toggle('closeToTray', t.closeToTray)}
          {toggle('startMinimized', t.startMinimized)}
          <Setting
            label={t.shortcut}
            hint={t.shortcutHint}
            htmlFor={`${id}-sc`}
            control={
              <input
                id={`${id}-sc`}
                className="input mono"
                style={{ width: 280 }}
                value={shortcut}
                onChange={(e) => setShortcut(e.target.value)}
                onBlur={() => void update({ globalShortcut: shortcut.trim() || null })}
              />
            }
          />
        </section>

        <section className="card" aria-labelledby={`${id}-app`}>
          <h2 id={`${id}-app`}>{t.appearance}</h2>
          <fieldset className="setting" style={{ border: 0, margin: 0, padding: '12px 0' }}>
            <legend className="visually-hidden">{t.theme}</legend>
            <div className="text" aria-hidden="true" style={{ fontWeight: 600 }}>{t.theme}</div>
            <div className="segmented">
              {THEMES.map((theme) => (
                <label key={theme}>
                  <input type="radio" name={`${id}-theme`} checked={settings.theme === theme} onChange={() => void update({ theme })} data-testid={`theme-${theme}`} />
                  <span>{t.themes[theme]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </section>

        <section className="card" aria-labelledby={`${id}-data`}>
          <h2 id={`${id}-data`}>{t.data}</h2>
          <Setting
            label={t.data}
            hint={t.dataHint}
            control={
              <div className="row">
                <button type="button" className="btn" onClick={() => setDataDialog('import')} data-testid="settings-import">{t.import}</button>
                <button type="button" className="btn" onClick={() => setDataDialog('export')} data-testid="settings-export">{t.export}</button>
              </div>
            }
          />
          <Setting
            label={t.restoreBackup}
            hint={info ? (info.backupSavedAt === null ? t.noBackupYet : t.backupFrom(formatDateTime(info.backupSavedAt))) : undefined}
            control={<button type="button" className="btn" disabled={!info?.hasBackup} onClick={() => setConfirmRestore(true)} data-testid="settings-restore-backup">{t.restoreBackup}</button>}
          />
        </section>

        <section className="card" aria-labelledby={`${id}-devices`}><h2 id={`${id}-devices`}>{syncText.devices.title}</h2><DevicesSetting /></section>

        <section className="card" aria-labelledby={`${id}-catalog`}><h2 id={`${id}-catalog`}>{t.catalog}</h2><CatalogSetting /></section>

        <section className="card" aria-labelledby={`${id}-about`}>
          <h2 id={`${id}-about`}>{t.about}</h2>
          <AboutFacts />
        </section>
      </div>
      {dataDialog === 'import' && (
        <ImportDialog
          onClose={() => setDataDialog(null)}
          onImported={(n) => {
            setDataDialog(null);
            toast({ message: en.interop.imported(n) });
          }}
        />
      )}
      {dataDialog === 'export' && (
        <ExportDialog
          onClose={() => setDataDialog(null)}
          onExported={(message) => {
            setDataDialog(null);
            toast({ message });
          }}
        />
      )}
      {recalibrating && (
        <RecalibrateDialog
          onClose={() => setRecalibrating(false)}
          onDone={(next) => {
            setRecalibrating(false);
            setInfo(next);
            toast({ message: t.recalibrated(Math.round(next.kdf.memoryKiB / 1024), next.kdf.iterations, next.kdf.parallelism) });
          }}
        />
      )}
      {changing && (
        <ChangePasswordDialog
          onClose={() => setChanging(false)}
          onDone={() => {
            setChanging(false);
            toast({ message: t.changed });
          }}
        />
      )}
      {confirmRestore && (
        <ConfirmDialog
          title={t.restoreBackup}
          message={info?.backupSavedAt ? t.restoreConfirmFrom(formatDateTime(info.backupSavedAt)) : t.restoreConfirm}
          confirmLabel={t.restoreBackup}
          danger
          onConfirm={() => void restore()}
          onCancel={() => setConfirmRestore(false)}
          testId="confirm-restore-backup"
        />
      )}
    </section>
  );
}
