import { api } from '../api.ts';

/**
 * Opens an https page in the system browser through the core, which allows only links the provider
 * catalog or AppPass's docs list. Resolves false when it was not opened.
 */
export async function openExternal(url: string): Promise<boolean> {
  const r = await api().shell.openExternal({ url });
  return r.ok;
}
