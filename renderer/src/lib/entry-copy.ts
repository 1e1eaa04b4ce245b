import { api } from '../api.ts';
import { copyText, type CopyResult } from './clipboard.ts';

/**
 * Copies an entry's app password in the host (it never reaches the page) and marks it copied. A
 * host without a clipboard of its own falls back to revealing it into the page's clipboard.
 */
export async function copyEntry(id: string): Promise<CopyResult> {
  const r = await api().clipboard.copyEntry({ id });
  if (r.ok) return { ok: true, clearsInSeconds: r.value.clearsInSeconds };
  if (r.error.code !== 'CLIPBOARD_UNAVAILABLE') return { ok: false, clearsInSeconds: null };
  const revealed = await api().entries.reveal({ id });
  return { ok: revealed.ok && (await copyText(revealed.value.secret)), clearsInSeconds: null };
}
