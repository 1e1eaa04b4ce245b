import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import type { EntrySummary } from '../../../../electron/contract/calls/vault.ts';
import { api } from '../../api.ts';
import { Dialog, ErrorNote, Icon } from '../../components/index.ts';
import { useProviders } from '../../frame/providers-context.tsx';
import { en } from '../../strings/en.ts';
import { entryFormProblems, splitList, type EntryFormField, type EntryFormValues } from './entry-form-rules.ts';

interface Props {
  /** Absent: a new entry. */
  entry?: EntrySummary;
  /** A secret to start with (from the generator). */
  initialSecret?: string;
  onClose: () => void;
  onSaved: (entry: EntrySummary) => void;
}

const DEVICES_LABEL = 'Also used on';
const DEVICES_HINT = 'Other devices or mail clients with this same app password, separated by commas.';

/** Add or edit an entry: every field is checked as you type, next to the field, in plain words. */
export function EntryDialog({ entry, initialSecret, onClose, onSaved }: Props) {
  const t = en.vault;
  const { providers } = useProviders();
  const id = useId();
  const [provider, setProvider] = useState(entry?.provider ?? 'custom');
  const [values, setValues] = useState<EntryFormValues>({
    account: entry?.account ?? '',
    label: entry?.label ?? '',
    secret: initialSecret ?? '',
    notes: entry?.notes ?? '',
    tags: (entry?.tags ?? []).join(', '),
    devices: (entry?.devices ?? []).join(', '),
  });
  const [touched, setTouched] = useState<Partial<Record<EntryFormField, boolean>>>({});
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = entryFormProblems(values, entry === undefined);
  // Length problems show at once (as you type); "required" ones once the field was left or Save was pressed.
  const visible = (field: EntryFormField) => (problems[field] !== undefined && (touched[field] || values[field] !== '') ? problems[field] : undefined);
  const set = (field: EntryFormField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched({ account: true, label: true, secret: true, notes: true, tags: true, devices: true });
    if (Object.keys(problems).length > 0) return;
    const tags = splitList(values.tags);
    const devices = splitList(values.devices);
    const base = { provider, account: values.account.trim(), label: values.label.trim(), notes: values.notes, tags, devices };
    setBusy(true);
    const r = entry ? await api().entries.update({ id: entry.id, patch: { ...base, ...(values.secret ? { secret: values.secret } : {}) } }) : await api().entries.add({ ...base, secret: values.secret });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    set('secret', '');
    onSaved(r.value);
  };

  const field = (name: EntryFormField, label: string, input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string }) => ReactNode, hint?: string) => {
    const problem = visible(name);
    const fid = `${id}-${name}`;
    return (
      <div className="field">
        <label htmlFor={fid}>{label}</label>
        {input({ id: fid, 'aria-invalid': problem !== undefined, 'aria-describedby': `${fid}-note` })}
        <span id={`${fid}-note`} className={problem ? 'field-error' : 'hint'} data-testid={`entry-${name}-note`}>
          {problem ?? hint ?? ''}
        </span>
      </div>
    );
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
          <button type="submit" form={formId} className="btn primary" disabled={busy} data-testid="entry-save">
            {en.common.save}
          </button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-p`}>{t.provider}</label>
          <select id={`${id}-p`} className="input" value={provider} onChange={(e) => setProvider(e.target.value)}>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
            <option value="custom">{t.custom}</option>
          </select>
        </div>
        {field('account', t.account, (p) => (
          <input {...p} className="input" type="text" inputMode="email" autoComplete="off" value={values.account} onChange={(e) => set('account', e.target.value)} onBlur={() => setTouched((x) => ({ ...x, account: true }))} data-testid="entry-account" data-autofocus dir="auto" />
        ))}
        {field('label', t.label, (p) => <input {...p} className="input" value={values.label} onChange={(e) => set('label', e.target.value)} data-testid="entry-label" dir="auto" />, t.labelHint)}
        {field('devices', DEVICES_LABEL, (p) => <input {...p} className="input" value={values.devices} onChange={(e) => set('devices', e.target.value)} data-testid="entry-devices" dir="auto" />, DEVICES_HINT)}
        {field(
          'secret',
          t.secret,
          (p) => (
            <div className="row" style={{ flexWrap: 'nowrap', gap: 6 }}>
              <input {...p} className="input mono" type={shown ? 'text' : 'password'} autoComplete="off" spellCheck={false} value={values.secret} onChange={(e) => set('secret', e.target.value)} onBlur={() => setTouched((x) => ({ ...x, secret: true }))} data-testid="entry-secret" />
              <button type="button" className="btn icon" aria-label={shown ? en.common.hide : en.common.reveal} aria-pressed={shown} onClick={() => setShown((s) => !s)}>
                <Icon name={shown ? 'eyeOff' : 'eye'} />
              </button>
            </div>
          ),
          entry ? t.keepSecret : undefined,
        )}
        {field('notes', t.notes, (p) => <textarea {...p} className="input" value={values.notes} onChange={(e) => set('notes', e.target.value)} data-testid="entry-notes" dir="auto" />)}
        {field('tags', t.tags, (p) => <input {...p} className="input" value={values.tags} onChange={(e) => set('tags', e.target.value)} data-testid="entry-tags" />, t.tagsHint)}
        <ErrorNote error={error} />
      </form>
    </Dialog>
  );
}
