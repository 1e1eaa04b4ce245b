import { useState } from 'react';
import type { ErrorPayload } from '../../../../../electron/contract/index.ts';
import type { GuideClient, ProfileFormat } from '../../../../../electron/contract/calls/mail.ts';
import { api } from '../../../api.ts';
import { CopyField, ErrorNote, Icon, useToast } from '../../../components/index.ts';
import { ClientGuide } from '../../../components/ClientGuide.tsx';
import { downloadFile } from '../../../lib/download.ts';
import { copyEntry } from '../../../lib/entry-copy.ts';
import { lc } from '../../../strings/lifecycle.ts';
import { en } from '../../../strings/en.ts';
import type { StepProps } from '../wizard-context.ts';

export function ClientStep({ state, dispatch }: StepProps) {
  const t = en.wizard;
  const toast = useToast();
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [includePassword, setIncludePassword] = useState(false);
  const settings = state.settings;
  const client = (state.client ?? '') as GuideClient | '';

  if (!settings) return null;

  const download = async (format: ProfileFormat) => {
    const r = await api().mail.profile(includePassword && state.secret ? { format, settings, includePassword: true, password: state.secret } : { format, settings });
    if (!r.ok) return setError(r.error);
    downloadFile(r.value.fileName, r.value.mimeType, r.value.content);
    toast({ message: t.downloaded(r.value.fileName) });
  };

  // The saved entry's password, copied by the core (cleared on time, kept out of clipboard history).
  const copyPassword = async (id: string) => {
    const done = await copyEntry(id);
    toast({ message: done.ok ? en.vault.copiedToast(done.clearsInSeconds) : en.errorsGeneric.copyFailed });
  };

  const server = (which: 'incoming' | 'outgoing') => settings[which];
  return (
    <div className="stack">
      <ClientGuide label={t.chooseClient} client={client} onClient={(c) => dispatch({ type: 'client', client: c || null })} settings={settings} testId="wizard" />
      <ErrorNote error={error} />
      <section className="section">
        <h3 style={{ margin: 0 }}>{t.values}</h3>
        <dl className="kv">
          <CopyField label={t.emailValue} value={settings.email} />
          {state.savedId !== null && (
            <>
              <dt>{t.passwordValue}</dt>
              <dd className="value-row">
                <code aria-hidden="true">••••••••</code>
                <button type="button" className="btn ghost icon" aria-label={lc.setup.copyPassword} title={lc.setup.copyPassword} onClick={() => void copyPassword(state.savedId as string)} data-testid="wizard-copy-password">
                  <Icon name="copy" />
                </button>
              </dd>
            </>
          )}
          {(['incoming', 'outgoing'] as const).map((which) => (
            <CopyFieldGroup key={which} title={`${which === 'incoming' ? lc.test.incoming : lc.test.outgoing} (${t.protocols[server(which).protocol]})`} server={server(which)} />
          ))}
        </dl>
      </section>
      <section className="section">
        <div className="row">
          <button type="button" className="btn" onClick={() => void download('mobileconfig')} data-testid="wizard-download-mobileconfig">
            <Icon name="download" /> {t.downloadProfile}
          </button>
          <button type="button" className="btn" onClick={() => void download('thunderbird')} data-testid="wizard-download-autoconfig">
            <Icon name="download" /> {t.downloadAutoconfig}
          </button>
        </div>
        <label className="check">
          <input type="checkbox" checked={includePassword && state.secret !== ''} disabled={state.secret === ''} onChange={(e) => setIncludePassword(e.target.checked)} />
          {t.includePassword}
        </label>
        {includePassword && <p className="notice warning small">{t.includePasswordWarning}</p>}
      </section>
    </div>
  );
}

function CopyFieldGroup({ title, server }: { title: string; server: { host: string; port: number; security: 'ssl' | 'starttls' | 'none'; username: string } }) {
  const t = en.wizard;
  return (
    <>
      <dt style={{ gridColumn: '1 / -1', fontWeight: 650, color: 'var(--text)', marginTop: 6 }}>{title}</dt>
      <CopyField label={t.host} copyLabel={`${title}: ${t.host}`} value={server.host} />
      <CopyField label={t.port} copyLabel={`${title}: ${t.port}`} value={String(server.port)} />
      <CopyField label={t.security} copyLabel={`${title}: ${t.security}`} value={t.securities[server.security]} />
      <CopyField label={t.username} copyLabel={`${title}: ${t.username}`} value={server.username} />
    </>
  );
}
