import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, type Hlc } from '../../../../electron/core/sync/hlc.ts';
import { mergeWrapsOf, type WrapHolder } from '../../../../electron/core/sync/key-wrap-merge.ts';
import type { VaultHeader } from '../../../../electron/core/vault/format/header.ts';

// The key wraps of a header merge as a set keyed by kind (each computer's quick unlock), with removals
// that survive merges, and only between copies under the same vault key (docs/vault-format.md).
const DEVICES = ['aaaaaaaaaaa1', 'bbbbbbbbbbb2', 'ccccccccccc3'];
const kindOf = (d: number) => `keychain:${DEVICES[d]}`;

type Op = { kind: 'enable' | 'disable' | 'password'; device: number } | { kind: 'sync'; from: number; to: number };

function header(passwordBytes: string, wraps: Array<{ kind: string; bytes: string }>): VaultHeader {
  const wrap = (kind: string, bytes: string) => ({ kind, nonce: Buffer.alloc(12), wrapped: Buffer.from(bytes) });
  return {
    vaultId: '2a47b674-0e18-460a-bb1b-368b5e62497c',
    created: '2026-11-30T09:00:00.000Z',
    cipher: 'aes-256-gcm',
    kdf: { algorithm: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1, salt: Buffer.alloc(16) },
    wraps: [wrap('password', passwordBytes), ...wraps.map((w) => wrap(w.kind, w.bytes))],
    bodyNonce: Buffer.alloc(12),
  };
}

class Simulation {
  private wall = 1_000_000;
  readonly copies: WrapHolder[];
  constructor() {
    this.copies = DEVICES.map(() => ({ header: header('key0', []), vaultKey: Buffer.from('key0'), sync: { passwordStamp: null } }));
  }
  private stamp(d: number): Hlc {
    this.wall += 1000;
    return formatHlc(this.wall, 0, DEVICES[d] as string);
  }
  apply(op: Op): void {
    if (op.kind === 'sync') {
      const to = this.copies[op.to] as WrapHolder;
      this.copies[op.to] = merged(to, this.copies[op.from] as WrapHolder);
      return;
    }
    const c = this.copies[op.device] as WrapHolder;
    const own = kindOf(op.device);
    const stamp = this.stamp(op.device);
    const keyWraps = { ...c.sync.keyWraps };
    if (op.kind === 'enable') {
      c.header = { ...c.header, wraps: [...c.header.wraps.filter((w) => w.kind !== own), { kind: own, nonce: Buffer.alloc(12), wrapped: Buffer.from(`${own}@${stamp}`) }] };
      c.sync = { ...c.sync, keyWraps: { ...keyWraps, [own]: stamp } };
    } else if (op.kind === 'disable') {
      c.header = { ...c.header, wraps: c.header.wraps.filter((w) => w.kind !== own) };
      c.sync = { ...c.sync, keyWraps: { ...keyWraps, [own]: stamp } };
    } else {
      // A new key: this computer's wrap re-made, every other computer's dropped (no device key here).
      const key = `key@${stamp}`;
      const had = c.header.wraps.some((w) => w.kind === own);
      c.vaultKey = Buffer.from(key);
      c.header = header(key, had ? [{ kind: own, bytes: `${own}@${stamp}` }] : []);
      c.sync = { passwordStamp: stamp, ...(had ? { keyWraps: { [own]: this.stamp(op.device) } } : {}) };
    }
  }
}

function merged(a: WrapHolder, b: WrapHolder): WrapHolder {
  const m = mergeWrapsOf(a, b);
  const winner = m.winner === 'copy' ? b : a;
  const passwordStamp = [a.sync.passwordStamp ?? '', b.sync.passwordStamp ?? ''].sort().at(-1) || null;
  return { header: m.header, vaultKey: winner.vaultKey, sync: { passwordStamp, ...(Object.keys(m.stamps).length > 0 ? { keyWraps: m.stamps } : {}) } };
}

/** What must agree between copies: the key, the wraps (kind and bytes; their order in the header means nothing) and their stamps. */
function view(c: WrapHolder): unknown {
  return { key: c.vaultKey.toString(), wraps: c.header.wraps.map((w) => `${w.kind}=${w.wrapped.toString()}`).sort(), stamps: c.sync.keyWraps ?? {}, password: c.sync.passwordStamp };
}

const device = fc.integer({ min: 0, max: 2 });
const op = (withPasswordChanges: boolean): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('enable' as const), device }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('disable' as const), device }) },
    { weight: withPasswordChanges ? 1 : 0, arbitrary: fc.record({ kind: fc.constant('password' as const), device }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: device, to: device }) },
  );

function run(ops: Op[]): Simulation {
  const sim = new Simulation();
  for (const o of ops) sim.apply(o);
  return sim;
}

describe('merging key wraps (per-computer quick unlock): three simulated computers', () => {
  it('is idempotent, commutative and associative on the states the computers reach', () => {
    fc.assert(
      fc.property(fc.array(op(true), { maxLength: 30 }), (ops) => {
        const [a, b, c] = run(ops).copies as [WrapHolder, WrapHolder, WrapHolder];
        expect(view(merged(a, a))).toEqual(view(a));
        expect(view(merged(a, b))).toEqual(view(merged(b, a)));
        expect(view(merged(merged(a, b), c))).toEqual(view(merged(a, merged(b, c))));
      }),
      { numRuns: 300 },
    );
  });

  it('converges in every exchange order, and each computer ends with quick unlock exactly when its last action turned it on', () => {
    fc.assert(
      fc.property(fc.array(op(false), { maxLength: 30 }), fc.array(fc.tuple(device, device), { maxLength: 6 }), (ops, extra) => {
        const sim = run(ops);
        for (const [from, to] of extra) sim.apply({ kind: 'sync', from, to });
        // Everyone sends to 0, then 0 to everyone.
        for (const d of [1, 2]) sim.apply({ kind: 'sync', from: d, to: 0 });
        for (const d of [1, 2]) sim.apply({ kind: 'sync', from: 0, to: d });
        const views = sim.copies.map(view);
        expect(views[1]).toEqual(views[0]);
        expect(views[2]).toEqual(views[0]);
        const expected = DEVICES.map((_, d) => ops.filter((o): o is Op & { device: number } => o.kind !== 'sync' && o.device === d).at(-1)?.kind === 'enable');
        const present = DEVICES.map((_, d) => (sim.copies[0] as WrapHolder).header.wraps.some((w) => w.kind === kindOf(d)));
        expect(present).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a removed wrap does not come back from a copy made before the removal', () => {
    const sim = new Simulation();
    sim.apply({ kind: 'enable', device: 1 });
    sim.apply({ kind: 'sync', from: 1, to: 0 }); // computer A now holds B's wrap
    sim.apply({ kind: 'disable', device: 1 });
    sim.apply({ kind: 'sync', from: 0, to: 1 }); // A's older copy reaches B
    expect((sim.copies[1] as WrapHolder).header.wraps.map((w) => w.kind)).toEqual(['password']);
    sim.apply({ kind: 'sync', from: 1, to: 0 });
    expect((sim.copies[0] as WrapHolder).header.wraps.map((w) => w.kind)).toEqual(['password']);
  });

  it('after a password change only the changing computer keeps its wrap; copies under the old key bring none back', () => {
    const sim = new Simulation();
    for (const d of [0, 1, 2]) sim.apply({ kind: 'enable', device: d });
    for (const d of [1, 2]) sim.apply({ kind: 'sync', from: d, to: 0 });
    expect((sim.copies[0] as WrapHolder).header.wraps.map((w) => w.kind)).toEqual(['password', kindOf(0), kindOf(1), kindOf(2)]);
    sim.apply({ kind: 'password', device: 0 });
    sim.apply({ kind: 'enable', device: 2 }); // concurrently, under the old key
    sim.apply({ kind: 'sync', from: 2, to: 0 });
    sim.apply({ kind: 'sync', from: 0, to: 2 });
    for (const c of [sim.copies[0], sim.copies[2]] as WrapHolder[]) {
      expect(c.header.wraps.map((w) => w.kind)).toEqual(['password', kindOf(0)]);
      expect(c.vaultKey.toString()).toMatch(/^key@/);
    }
  });
});
