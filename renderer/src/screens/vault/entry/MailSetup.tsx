import { useEffect, useId, useState } from 'react';
import type { AccountSettings, ErrorPayload, GuideClient, ProfileFormat } from '../../../../../electron/contract/index.ts';
import { api } from '../../../api.ts';
import { CopyField, ErrorNote, Icon, useToast } from '../../../components/index.ts';
import { ClientGuide } from '../../../components/ClientGuide.tsx';
import { downloadFile } from '../../../lib/download.ts';
import { copyEntry } from '../../../lib/entry-copy.ts';
import { en } from '../../../strings/en.ts';
import { lc } from '../../../strings/lifecycle.ts';

/**
 * The entry's mail setup, for the whole life of the password: the client guide with Copy buttons
 * (the password is copied by the core, never shown), and the Apple profile and Thunderbird autoconfig.
 */
export function MailSetup({ entryId, onCopied }: { entryId: string; onCopied: () => void }) {
  const id = useId();
  const toast = useToast();
  const [settings, setSettings] = useState<AccountSettings | null>(null);
  const [client, setClient] = useState<GuideClient | ''>('');
  const [error, setError] = useState<ErrorPayload | null>(null);

  useEffect(() => {
    let live = true;
    setSettings(null);
    void api()
      .lifecycle.mailSettings({ id: entryId })
      .then((r) => live && (r.ok ? setSettings(r.value) : setError(r.error)));
    return () => {
      live = false;
    };
  }, [entryId]);

  const download = async (format: ProfileFormat) => {
    const r = await api().lifecycle.profile({ id: entryId, format });
    if (!r.ok) return setError(r.error);
    downloadFile(r.value.fileName, r.value.mimeType, r.value.content);
    toast({ message: en.wizard.downloaded(r.value.fileName) });
  };

  const copyPassword = async () => {
    const done = await copyEntry(entryId);
    toast({ message: done.ok ? en.vault.copiedToast(done.clearsInSeconds) : en.errorsGeneric.copyFailed });
    onCopied();
  };

  return (
    <section className="section" aria-labelledby={`${id}-title`} data-testid="entry-mail-setup">
      <h3 id={`${id}-title`} style={{ margin: 0 }}>{lc.setup.title}</h3>
      <ErrorNote error={error} />
      <ClientGuide label={lc.setup.choose} client={client} onClient={setClient} settings={settings} testId="entry" />
      {settings && (
        <dl className="kv">
          <CopyField label={en.wizard.emailValue} value={settings.email} />
          <dt>{lc.setup.password}</dt>
          <dd className="value-row">
            <code aria-hidden="true">••••••••</code>
            <button type="button" className="btn ghost icon" aria-label={lc.setup.copyPassword} title={lc.setup.copyPassword} onClick={() => void copyPassword()} data-testid="entry-copy-password">
              <Icon name="copy" />
            </button>
          </dd>
          {(['incoming', 'outgoing'] as const).map((which) => {
            const s = settings[which];
            const title = `${which === 'incoming' ? lc.test.incoming : lc.test.outgoing} (${en.wizard.protocols[s.protocol]})`;
            return (
              <div key={which} style={{ display: 'contents' }}>
                <dt style={{ gridColumn: '1 / -1', fontWeight: 650, color: 'var(--text)', marginTop: 6 }}>{title}</dt>
                <CopyField label={en.wizard.host} copyLabel={`${title}: ${en.wizard.host}`} value={s.host} />
                <CopyField label={en.wizard.port} copyLabel={`${title}: ${en.wizard.port}`} value={String(s.port)} />
                <CopyField label={en.wizard.security} copyLabel={`${title}: ${en.wizard.security}`} value={en.wizard.securities[s.security]} />
                <CopyField label={en.wizard.username} copyLabel={`${title}: ${en.wizard.username}`} value={s.username} />
              </div>
            );
          })}
        </dl>
      )}
      <div className="row">
        <button type="button" className="btn" onClick={() => void download('mobileconfig')} data-testid="entry-download-mobileconfig">
          <Icon name="download" /> {en.wizard.downloadProfile}
        </button>
        <button type="button" className="btn" onClick={() => void download('thunderbird')} data-testid="entry-download-autoconfig">
          <Icon name="download" /> {en.wizard.downloadAutoconfig}
        </button>
      </div>
    </section>
  );
}
