import { api } from '../api.ts';

/** What a copy from the page did (the core's clipboard guard reports its own ClipboardCopyResult). */
export interface CopyResult {
  ok: boolean;
  /** Seconds until AppPass clears the clipboard, when it will. */
  clearsInSeconds: number | null;
}

/**
 * Copies a secret through the core's clipboard guard (no-history markers, cleared after N s). A
 * host without a clipboard of its own (the browser host) lets the page write it instead.
 */
export async function copySecret(text: string): Promise<CopyResult> {
  const r = await api().clipboard.copySecret({ text });
  if (r.ok) return { ok: true, clearsInSeconds: r.value.clearsInSeconds };
  if (r.error.code !== 'CLIPBOARD_UNAVAILABLE') return { ok: false, clearsInSeconds: null };
  return { ok: await copyText(text), clearsInSeconds: null };
}

/** Copies a non-secret value (a server name, a URL) with the page's clipboard, else through the core. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const r = await api().clipboard.copySecret({ text });
    return r.ok;
  }
}
