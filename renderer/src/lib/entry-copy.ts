import { api } from '../api.ts';
import { copySecret, type CopyOutcome } from './clipboard.ts';

/** Copies an entry's app password without it passing through React state. */
export async function copyEntry(id: string): Promise<CopyOutcome> {
  const r = await api().entries.reveal({ id });
  if (!r.ok) return { ok: false, clearsInSeconds: null };
  return copySecret(r.value.secret);
}
