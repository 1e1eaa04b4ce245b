import type { KeyWrap } from '../vault/crypto/key-wrap.ts';
import type { VaultHeader } from '../vault/format/header.ts';
import { KEY_WRAPS_MAX, PASSWORD_WRAP } from '../vault/wrap-kinds.ts';
import type { Hlc } from './hlc.ts';

/** One copy's wraps besides the password's, with their stamps (SyncMeta.keyWraps). */
export interface WrapSet {
  wraps: readonly KeyWrap[];
  stamps: Readonly<Record<string, Hlc>>;
}

/** Which state of one wrap kind wins: the later stamp; a wrap with no stamp (older files) is the earliest state. */
function rank(set: WrapSet, kind: string): { stamp: string; wrap: KeyWrap | undefined } {
  const wrap = set.wraps.find((w) => w.kind === kind);
  return { stamp: set.stamps[kind] ?? '', wrap };
}

function wins(x: { stamp: string; wrap: KeyWrap | undefined }, y: { stamp: string; wrap: KeyWrap | undefined }): boolean {
  if (x.stamp !== y.stamp) return x.stamp > y.stamp;
  if ((x.wrap === undefined) !== (y.wrap === undefined)) return x.wrap !== undefined; // a stamp is one write: only wraps without stamps get here
  if (x.wrap === undefined || y.wrap === undefined) return true;
  return Buffer.compare(Buffer.concat([x.wrap.nonce, x.wrap.wrapped]), Buffer.concat([y.wrap.nonce, y.wrap.wrapped])) >= 0;
}

/**
 * Joins the wraps of two copies under the same vault key: per kind (a computer's quick-unlock wrap),
 * the later add or removal wins, so a wrap one computer removed does not come back from a copy made
 * before, and each computer's own wrap survives a merge with a copy that never had it. Commutative,
 * associative and idempotent (tests/unit/core/sync/key-wrap-merge.test.ts). Beyond KEY_WRAPS_MAX − 1 wraps
 * the newest are kept, so the header stays readable.
 */
export function joinWrapSets(a: WrapSet, b: WrapSet): WrapSet {
  const kinds = new Set<string>();
  for (const set of [a, b]) {
    for (const w of set.wraps) kinds.add(w.kind);
    for (const k in set.stamps) kinds.add(k);
  }
  const wraps: KeyWrap[] = [];
  const stamps: Record<string, Hlc> = {};
  for (const kind of [...kinds].sort()) {
    if (kind === PASSWORD_WRAP) continue;
    const x = rank(a, kind);
    const y = rank(b, kind);
    const won = wins(x, y) ? x : y;
    if (won.stamp !== '') stamps[kind] = won.stamp;
    if (won.wrap !== undefined) wraps.push(won.wrap);
  }
  const newestFirst = [...wraps].sort((x, y) => ((stamps[y.kind] ?? '') > (stamps[x.kind] ?? '') ? 1 : (stamps[y.kind] ?? '') < (stamps[x.kind] ?? '') ? -1 : x.kind < y.kind ? -1 : 1));
  const keep = new Set(newestFirst.slice(0, KEY_WRAPS_MAX - 1).map((w) => w.kind));
  return { wraps: wraps.filter((w) => keep.has(w.kind)), stamps };
}

/** The wraps of a header besides the password's, with the body's stamps of them. */
export function wrapSetOf(header: VaultHeader, stamps: Readonly<Record<string, Hlc>> | undefined): WrapSet {
  return { wraps: header.wraps.filter((w) => w.kind !== PASSWORD_WRAP), stamps: stamps ?? {} };
}

/** The header with these wraps after its password wrap, in kind order (every copy writes the same header). */
export function withWrapSet(header: VaultHeader, set: WrapSet): VaultHeader {
  const password = header.wraps.filter((w) => w.kind === PASSWORD_WRAP);
  return { ...header, wraps: [...password, ...[...set.wraps].sort((x, y) => (x.kind < y.kind ? -1 : 1))] };
}

/** What the merge of key wraps needs from one copy. */
export interface WrapHolder {
  header: VaultHeader;
  vaultKey: Buffer;
  sync: { passwordStamp: Hlc | null; keyWraps?: Record<string, Hlc> };
}

/**
 * The header and wrap stamps of two merged copies: the header of the copy whose master password
 * changed last (`winner`), with the wraps joined when both have the same key since the same change;
 * otherwise the other copy's wraps are of an old key and only the winner's count.
 */
export function mergeWrapsOf(local: WrapHolder, copy: WrapHolder): { winner: 'local' | 'copy'; header: VaultHeader; stamps: Record<string, Hlc> } {
  const localStamp = local.sync.passwordStamp ?? '';
  const copyStamp = copy.sync.passwordStamp ?? '';
  const winner = copyStamp > localStamp ? 'copy' : 'local';
  const ours = wrapSetOf(local.header, local.sync.keyWraps);
  const theirs = wrapSetOf(copy.header, copy.sync.keyWraps);
  const sameKey = copyStamp === localStamp && copy.vaultKey.equals(local.vaultKey);
  const set = sameKey ? joinWrapSets(ours, theirs) : winner === 'copy' ? joinWrapSets(theirs, theirs) : joinWrapSets(ours, ours);
  return { winner, header: withWrapSet(winner === 'copy' ? copy.header : local.header, set), stamps: { ...set.stamps } };
}
