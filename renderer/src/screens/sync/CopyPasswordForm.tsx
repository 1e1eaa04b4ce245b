import { useRef, useState } from 'react';
import type { ErrorPayload, SyncResult } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { ErrorNote, MasterPasswordInput } from '../../components/index.ts';
import { syncText as t } from '../../strings/sync.ts';

/**
 * A copy under another master password is never merged silently: this asks for that password (read
 * once from an uncontrolled field, handed to sync.run, cleared) and merges. The vault is then saved
 * under whichever password was changed last.
 */
export function CopyPasswordForm({ file, onMerged }: { file: string; onMerged: (result: SyncResult) => void }) {
  const field = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const password = field.current?.value ?? '';
    if (field.current) field.current.value = '';
    if (password === '') return;
    setBusy(true);
    const r = await api().sync.run({ passwords: [{ file, password }] });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const still = r.value.skipped.find((s) => s.file === file);
    if (still) return setError({ code: still.code as ErrorPayload['code'], message: still.message });
    onMerged(r.value);
  };
  return (
    <form
      className="stack"
      data-testid="copy-password"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="small">{t.password.label(file)}</label>
      <MasterPasswordInput ref={field} aria-label={t.password.label(file)} data-testid="copy-password-input" />
      <ErrorNote error={error} />
      <button type="submit" className="btn primary" disabled={busy}>{busy ? t.password.merging : t.password.merge}</button>
    </form>
  );
}
