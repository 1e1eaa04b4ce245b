import { useEffect, useId, useState } from 'react';
import type { ErrorPayload } from '../../../../../electron/contract/index.ts';
import type { Guide, GuideClient, ProfileFormat } from '../../../../../electron/contract/calls/mail.ts';
import { api } from '../../../api.ts';
import { CopyField, ErrorNote, Icon, useToast } from '../../../components/index.ts';
import { downloadFile } from '../../../lib/download.ts';
import { copyEntry } from '../../../lib/entry-copy.ts';
import { lc } from '../../../strings/lifecycle.ts';
import { en } from '../../../strings/en.ts';
import type { StepProps } from '../wizard-context.ts';

const CLIENTS = Object.keys(en.wizard.clients) as GuideClient[];

export function ClientStep({ state, dispatch }: StepProps) {
  const t = en.wizard;
  const id = useId();
  const toast = useToast();
  const [guide, setGuide] = useState<Guide | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [includePassword, setIncludePassword] = useState(false);
  const settings = state.settings;
  const client = (state.client ?? '') as GuideClient | '';

  useEffect(() => {
    if (!settings || client === '') return setGuide(null);
    let live = true;
    void api()
      .mail.guide({ client, settings })
      .then((r) => {
        if (!live) return;
        setGuide(r.ok ? r.value : null);
        setError(r.ok ? null : r.error);
      });
    return () => {
      live = false;
    };
  }, [client, settings]);

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
      <div className="field">
        <label htmlFor={id}>{t.chooseClient}</label>
        <select id={id} className="input" value={client} onChange={(e) => dispatch({ type: 'client', client: e.target.value || null })} data-testid="wizard-client">
          <option value="">—</option>
          {CLIENTS.map((c) => (
            <option key={c} value={c}>{t.clients[c]}</option>
          ))}
        </select>
      </div>
      <ErrorNote error={error} />
      {guide && (
        <section className="section" data-testid="wizard-guide">
          <h3 style={{ margin: 0 }}>{guide.title}</h3>
          {guide.oauth2Note && <div className="notice warning">{guide.oauth2Note}</div>}
          <ol className="steps-list">
            {guide.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </section>
      )}
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
