import { useId, useState, type FormEvent } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import type { EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { api } from '../../api.ts';
import { Dialog, ErrorNote, Icon } from '../../components/index.ts';
import { useProviders } from '../../shell/providers-context.tsx';
import { en } from '../../strings/en.ts';

interface Props {
  /** Absent: a new entry. */
  entry?: EntrySummary;
  /** A secret to start with (from the generator). */
  initialSecret?: string;
  onClose: () => void;
  onSaved: (entry: EntrySummary) => void;
}

export function EntryDialog({ entry, initialSecret, onClose, onSaved }: Props) {
  const t = en.vault;
  const { providers } = useProviders();
  const id = useId();
  const [provider, setProvider] = useState(entry?.provider ?? 'custom');
  const [account, setAccount] = useState(entry?.account ?? '');
  const [label, setLabel] = useState(entry?.label ?? '');
  const [secret, setSecret] = useState(initialSecret ?? '');
  const [shown, setShown] = useState(false);
  const [notes, setNotes] = useState(entry?.notes ?? '');
  const [tags, setTags] = useState((entry?.tags ?? []).join(', '));
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const tagList = tags.split(',').map((s) => s.trim()).filter(Boolean);
    setBusy(true);
    const r = entry
      ? await api().entries.update({ id: entry.id, patch: { provider, account: account.trim(), label: label.trim(), notes, tags: tagList, ...(secret ? { secret } : {}) } })
      : await api().entries.add({ provider, account: account.trim(), label: label.trim(), secret, notes, tags: tagList });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setSecret('');
    onSaved(r.value);
  };

  const formId = `${id}-form`;
  return (
    <Dialog
      title={entry ? t.editTitle : t.addTitle}
      onClose={onClose}
      testId="entry-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>{en.common.cancel}</button>
          <button type="submit" form={formId} className="btn primary" disabled={busy || !account.trim() || (!entry && !secret)} data-testid="entry-save">
            {en.common.save}
          </button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-p`}>{t.provider}</label>
          <select id={`${id}-p`} className="input" value={provider} onChange={(e) => setProvider(e.target.value)}>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
            <option value="custom">{t.custom}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-a`}>{t.account}</label>
          <input id={`${id}-a`} className="input" type="email" value={account} onChange={(e) => setAccount(e.target.value)} required data-testid="entry-account" data-autofocus />
        </div>
        <div className="field">
          <label htmlFor={`${id}-l`}>{t.label}</label>
          <input id={`${id}-l`} className="input" value={label} onChange={(e) => setLabel(e.target.value)} aria-describedby={`${id}-lh`} data-testid="entry-label" />
          <span className="hint" id={`${id}-lh`}>{t.labelHint}</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-s`}>{t.secret}</label>
          <div className="row" style={{ flexWrap: 'nowrap', gap: 6 }}>
            <input id={`${id}-s`} className="input mono" type={shown ? 'text' : 'password'} autoComplete="off" spellCheck={false} value={secret} onChange={(e) => setSecret(e.target.value)} data-testid="entry-secret" aria-describedby={entry ? `${id}-sh` : undefined} />
            <button type="button" className="btn icon" aria-label={shown ? en.common.hide : en.common.reveal} aria-pressed={shown} onClick={() => setShown((s) => !s)}>
              <Icon name={shown ? 'eyeOff' : 'eye'} />
            </button>
          </div>
          {entry && <span className="hint" id={`${id}-sh`}>{t.keepSecret}</span>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-n`}>{t.notes}</label>
          <textarea id={`${id}-n`} className="input" value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-t`}>{t.tags}</label>
          <input id={`${id}-t`} className="input" value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby={`${id}-th`} />
          <span className="hint" id={`${id}-th`}>{t.tagsHint}</span>
        </div>
        <ErrorNote error={error} />
      </form>
    </Dialog>
  );
}
