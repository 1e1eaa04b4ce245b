/**
 * Child for the crash-safety test. It imports only the save path (encodeVault → saveVaultFile: lock
 * file, backup, temp file, fsync, rename), none of the zod-validated read path, so it starts fast.
 * It loads, prints "loaded", waits for a line on stdin (the parent starts the next child while this
 * one runs), then saves a growing body over and over, printing the entry count after each completed
 * save, until the parent kills it with SIGKILL.
 *
 * argv: vault path, state file (JSON: header as written, vault key hex).
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { encodeVault } from '../../../electron/core/vault/encode-vault.ts';
import { digestOf } from '../../../electron/core/vault/format/layout.ts';
import type { HeaderJson, VaultHeader } from '../../../electron/core/vault/format/header.ts';
import type { VaultBody } from '../../../electron/core/vault/model/body.ts';
import { saveVaultFile } from '../../../electron/core/vault/storage/save-vault-file.ts';
import { crashBody } from './crash-body.ts';

const [path, stateFile] = process.argv.slice(2) as [string, string];
const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { header: HeaderJson; keyHex: string };
const h = state.header;
const header: VaultHeader = {
  ...h,
  kdf: { ...h.kdf, salt: Buffer.from(h.kdf.salt, 'base64') },
  wraps: h.wraps.map((w) => ({ kind: w.kind, nonce: Buffer.from(w.nonce, 'base64'), wrapped: Buffer.from(w.wrapped, 'base64') })),
  bodyNonce: Buffer.from(h.bodyNonce, 'base64'),
};
const key = Buffer.from(state.keyHex, 'hex');
process.stdout.write('loaded\n');
process.stdin.resume();
const [go] = (await once(process.stdin, 'data')) as [Buffer];
// The parent sends "go N": N is the entry count it just verified in the file.
let count = Number(go.toString('utf8').trim().split(' ')[1]);
let digest = digestOf(readFileSync(path));
process.stdout.write(`ready ${count}\n`);
for (;;) {
  const body: VaultBody = crashBody(count + 1);
  const { bytes } = encodeVault(header, key, body);
  await saveVaultFile(path, bytes, digest);
  digest = digestOf(bytes);
  count++;
  process.stdout.write(`saved ${count}\n`);
}
