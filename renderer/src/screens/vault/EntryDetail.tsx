import { useEffect, useState } from 'react';
import type { ActivityEvent, EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import type { ReissuePlan } from '../../../../electron/contract/calls/lifecycle.ts';
import { api } from '../../api.ts';
import { ErrorNote, Icon, ProviderAvatar, useToast } from '../../components/index.ts';
import { copyText } from '../../lib/clipboard.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import { lc } from '../../strings/lifecycle.ts';
import { EntryHistory } from './entry/EntryHistory.tsx';
import { EntryLifecycle } from './entry/EntryLifecycle.tsx';
import { MailSetup } from './entry/MailSetup.tsx';
import { ProviderPageButton } from './entry/ProviderPageButton.tsx';
import { ReissueDialog } from './entry/ReissueDialog.tsx';
import { SignInTest } from './entry/SignInTest.tsx';
import { formatDateTime, relativeTime } from '../../lib/time.ts';
import { useProviders } from '../../frame/providers-context.tsx';
import { en } from '../../strings/en.ts';

/** A revealed password in groups of four, easier to read and type (copying the text still gives it whole). */
function groupsOfFour(secret: string): string[] {
  return secret.match(/.{1,4}/gsu) ?? [secret];
}

/** How long a revealed password stays on screen. */
const REVEAL_MS = 30_000;

interface Props {
  entry: EntrySummary;
  onCopy: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onToggleRevoked: () => void;
  onToggleFavourite: () => void;
  onBack: () => void;
  /** The core changed this entry (a test recorded, a re-issue): show the new summary. */
  onChanged: (entry: EntrySummary) => void;
  /** Several entries changed (an account-password change): load the list again. */
  onReload: () => void;
}

/** One entry: the secret stays hidden unless revealed, and is dropped when hidden or when another entry is shown. */
export function EntryDetail({ entry, onCopy, onEdit, onDelete, onToggleRevoked, onToggleFavourite, onBack, onChanged, onReload }: Props) {
  const t = en.vault;
  const { byId } = useProviders();
  const provider = byId(entry.provider);
  const toast = useToast();
  const [secret, setSecret] = useState<string | null>(null);
  const [activity, setActivity] = useState<ActivityEvent[]>([]);
  const [confirmChange, setConfirmChange] = useState(false);
  const [plan, setPlan] = useState<ReissuePlan | null>(null);
  const [lifecycleError, setLifecycleError] = useState<ErrorPayload | null>(null);

  const accountPasswordChanged = async () => {
    setConfirmChange(false);
    const r = await api().lifecycle.accountPasswordChanged({ account: entry.account, provider: entry.provider });
    if (!r.ok) return setLifecycleError(r.error);
    onReload();
    setPlan(r.value);
  };

  const openPlan = async () => {
    const r = await api().lifecycle.reissuePlan({ account: entry.account, provider: entry.provider });
    if (r.ok) setPlan(r.value);
    else setLifecycleError(r.error);
  };

  // Another entry hides the secret; copying or editing this one does not.
  useEffect(() => setSecret(null), [entry.id]);

  useEffect(() => {
    let live = true;
    void api()
      .vault.activity()
      .then((r) => live && r.ok && setActivity(r.value.filter((e) => e.entryId === entry.id).slice(-20).reverse()));
    return () => {
      live = false;
    };
  }, [entry.id, entry.updated, entry.lastCopied]);

  // A revealed secret leaves state when the detail goes away, and after 30 s on screen.
  useEffect(() => () => setSecret(null), []);
  useEffect(() => {
    if (secret === null) return;
    const timer = window.setTimeout(() => setSecret(null), REVEAL_MS);
    return () => window.clearTimeout(timer);
  }, [secret]);

  const reveal = async () => {
    if (secret !== null) return setSecret(null);
    const r = await api().entries.reveal({ id: entry.id });
    if (r.ok) setSecret(r.value.secret);
  };

  const servers = entry.server ? (Object.entries(entry.server) as [string, { host: string; port: number; security: string; username: string } | undefined][]) : [];

  return (
    <div className="vault-detail" data-testid="entry-detail">
      <button type="button" className="btn ghost small back-to-list" onClick={onBack}>
        <Icon name="back" /> {t.backToList}
      </button>
      <div className="detail-head">
        <ProviderAvatar provider={entry.provider} name={provider?.shortName ?? (entry.provider === 'custom' ? t.custom : entry.provider)} />
        <div style={{ minWidth: 0 }}>
          <h2 data-testid="detail-label">{entry.label || t.noLabel}</h2>
          <div className="muted row" style={{ overflowWrap: 'anywhere', gap: 4 }}>
            <span dir="auto">{entry.account}</span>
            <button type="button" className="btn ghost icon small" aria-label={en.common.copyValue(t.account)} title={en.common.copyValue(t.account)} onClick={() => void copyText(entry.account).then((ok) => toast({ message: ok ? en.common.copied : en.errorsGeneric.copyFailed }))} data-testid="detail-copy-account">
              <Icon name="copy" />
            </button>
          </div>
        </div>
      </div>

      <div className="card stack">
        <div className="field-label">{t.secret}</div>
        <div className="secret">
          <span className="value" data-testid="detail-secret" aria-live="polite">
            {secret === null ? '••••••••••••••••' : groupsOfFour(secret).map((group, i) => <span key={i} className="secret-group">{group}</span>)}
          </span>
          <button type="button" className="btn" onClick={() => void reveal()} aria-pressed={secret !== null} data-testid="detail-reveal">
            <Icon name={secret !== null ? 'eyeOff' : 'eye'} /> {secret !== null ? en.common.hide : en.common.reveal}
          </button>
          <button type="button" className="btn primary" onClick={onCopy} data-testid="detail-copy">
            <Icon name="copy" /> {en.common.copy}
          </button>
        </div>
      </div>

      <div className="detail-actions">
        <button type="button" className="btn" onClick={onEdit} data-testid="detail-edit">
          <Icon name="edit" /> {en.common.edit}
        </button>
        <button type="button" className="btn star" onClick={onToggleFavourite} aria-pressed={entry.favourite} title={t.favouriteHint} data-testid="detail-favourite">
          <Icon name="star" /> {t.favourite}
        </button>
        <button type="button" className="btn" onClick={onToggleRevoked}>
          {entry.revoked ? t.unmarkRevoked : t.markRevoked}
        </button>
        {provider && <ProviderPageButton url={provider.appPasswords.pageUrl} label={t.revokeAtProvider} testId="detail-revoke-at-provider" />}
        <button type="button" className="btn danger" onClick={onDelete} data-testid="detail-delete">
          <Icon name="trash" /> {en.common.delete}
        </button>
      </div>

      <section className="section" aria-labelledby="entry-signin-title">
        <h3 id="entry-signin-title" style={{ margin: 0 }}>{lc.test.title}</h3>
        <SignInTest key={entry.id} entryId={entry.id} onTested={onChanged} />
      </section>

      <ErrorNote error={lifecycleError} />
      <EntryLifecycle
        entry={entry}
        providerName={provider?.shortName ?? null}
        onAccountPasswordChanged={() => setConfirmChange(true)}
        onReissue={() => void openPlan()}
      />

      <MailSetup key={`setup-${entry.id}`} entryId={entry.id} onCopied={() => onReload()} />

      <section className="section">
        <h3 style={{ margin: 0 }}>{t.details}</h3>
        <dl className="kv">
          <dt>{t.provider}</dt>
          <dd>{provider?.name ?? (entry.provider === 'custom' ? t.custom : entry.provider)}</dd>
          <dt>{t.account}</dt>
          <dd>{entry.account}</dd>
          <dt>{t.label}</dt>
          <dd>{entry.label || t.noLabel}</dd>
          <dt>{t.created}</dt>
          <dd>{formatDateTime(entry.created)}</dd>
          <dt>{t.updated}</dt>
          <dd>{formatDateTime(entry.updated)}</dd>
          <dt>{t.lastCopied}</dt>
          <dd data-testid="detail-last-copied">{relativeTime(entry.lastCopied) ?? en.common.never}</dd>
          {entry.revoked && (
            <>
              <dt>{t.revoked}</dt>
              <dd>{formatDateTime(entry.revoked)}</dd>
            </>
          )}
          {entry.tags.length > 0 && (
            <>
              <dt>{t.tags}</dt>
              <dd>{entry.tags.map((tag) => <span key={tag} className="badge" style={{ marginRight: 4 }}>{tag}</span>)}</dd>
            </>
          )}
        </dl>
      </section>

      {entry.notes && (
        <section className="section">
          <h3 style={{ margin: 0 }}>{t.notes}</h3>
          <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{entry.notes}</p>
        </section>
      )}

      <EntryHistory entryId={entry.id} changed={entry.updated} />

      {servers.length > 0 && (
        <section className="section">
          <h3 style={{ margin: 0 }}>{t.servers}</h3>
          <dl className="kv">
            {servers.map(([proto, s]) =>
              s ? (
                <div key={proto} style={{ display: 'contents' }}>
                  <dt>{en.wizard.protocols[proto as 'imap' | 'smtp' | 'pop3'] ?? proto}</dt>
                  <dd className="mono">
                    {s.host}:{s.port} · {en.wizard.securities[s.security as 'ssl' | 'starttls' | 'none'] ?? s.security} · {s.username}
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
        </section>
      )}

      <section className="section">
        <h3 style={{ margin: 0 }}>{t.activity}</h3>
        {activity.length === 0 ? (
          <p className="muted">{t.noActivity}</p>
        ) : (
          <ul className="item-list" data-testid="detail-activity">
            {activity.map((ev, i) => (
              <li key={`${ev.at}-${i}`} className="row small">
                <span className="badge">{en.activity.kinds[ev.action] ?? ev.action}</span>
                <span className="muted">{formatDateTime(ev.at)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {confirmChange && provider && (
        <ConfirmDialog
          title={lc.life.changedPassword(provider.shortName)}
          message={lc.life.changedPasswordHint(provider.shortName)}
          confirmLabel={lc.life.changedPassword(provider.shortName)}
          onConfirm={() => void accountPasswordChanged()}
          onCancel={() => setConfirmChange(false)}
          testId="confirm-account-change"
        />
      )}
      {plan && <ReissueDialog plan={plan} onChanged={onChanged} onClose={() => { setPlan(null); onReload(); }} />}
    </div>
  );
}
