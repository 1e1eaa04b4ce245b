import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECRET_GROUP } from '../../../../electron/core/sync/field-groups.ts';
import { mergeBodies, type SyncedBody } from '../../../../electron/core/sync/merge-body.ts';
import { normalised, Simulation, type Op } from '../../../support/simulated-devices.ts';

const device = fc.integer({ min: 0, max: 2 });
const text = fc.string({ minLength: 1, maxLength: 12 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), device }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), device, pick: fc.nat(20), field: fc.constantFrom('label' as const, 'notes' as const, 'favourite' as const, 'tags' as const, 'provider' as const), value: text }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('secret' as const), device, pick: fc.nat(20), value: text, account: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device, pick: fc.nat(20) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: device, to: device }) },
);
const scenario = fc.record({
  skews: fc.array(fc.integer({ min: -120_000, max: 120_000 }), { minLength: 3, maxLength: 3 }),
  ops: fc.array(op, { maxLength: 30 }),
});

function run(skews: number[], ops: Op[]): Simulation {
  const sim = new Simulation(skews);
  for (const o of ops) sim.apply(o);
  return sim;
}

const copy = (b: SyncedBody): SyncedBody => structuredClone(b);
const merge = (a: SyncedBody, b: SyncedBody): SyncedBody => mergeBodies(copy(a), copy(b));
const same = (a: SyncedBody, b: SyncedBody): void => expect(normalised(a)).toEqual(normalised(b));

describe('merging copies of a vault: three simulated computers, random edits, deletes, password changes and exchanges', () => {
  it('is idempotent, commutative and associative on the states the computers reach', () => {
    fc.assert(
      fc.property(scenario, ({ skews, ops }) => {
        const [a, b, c] = run(skews, ops).devices.map((d) => d.body) as [SyncedBody, SyncedBody, SyncedBody];
        same(merge(a, a), a);
        same(merge(a, b), merge(b, a));
        same(merge(merge(a, b), c), merge(a, merge(b, c)));
        same(merge(merge(a, b), b), merge(a, b));
      }),
      { numRuns: 150 },
    );
  });

  it('converges: every order of exchanging copies ends in the same vault on every computer', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.tuple(device, device), { maxLength: 12 }), fc.nat(5), ({ skews, ops }, gossip, first) => {
        const sim = run(skews, ops);
        for (const [from, to] of gossip) sim.apply({ kind: 'sync', from, to });
        // Then everyone passes the copy along a ring starting anywhere, twice round: all have everything.
        const order = [0, 1, 2].map((i) => (i + first) % 3);
        for (let round = 0; round < 2; round++) for (let i = 0; i < 3; i++) sim.apply({ kind: 'sync', from: order[i] as number, to: order[(i + 1) % 3] as number });
        const [x, y, z] = sim.devices.map((d) => d.body) as [SyncedBody, SyncedBody, SyncedBody];
        same(x, y);
        same(y, z);
      }),
      { numRuns: 150 },
    );
  });

  it('no value disappears without a history record: each is current, a sibling for review, in the history, or was replaced by a user who saw it', () => {
    fc.assert(
      fc.property(scenario, ({ skews, ops }) => {
        const sim = run(skews, ops);
        for (let round = 0; round < 2; round++) for (let i = 0; i < 3; i++) sim.apply({ kind: 'sync', from: i, to: (i + 1) % 3 });
        const final = sim.devices[0]?.body as SyncedBody;
        const entries = new Map([...final.entries, ...final.sync.deleted].map((e) => [e.id, e]));
        for (const w of sim.written) {
          const entry = entries.get(w.entryId);
          expect(entry, `entry ${w.entryId} is kept (live or with its tombstone)`).toBeDefined();
          const stamps = final.sync.stamps[w.entryId] ?? {};
          const current = (stamps[w.group] ?? stamps['']) === w.stamp;
          const sibling = (final.sync.siblings[w.entryId]?.[w.group] ?? []).some((s) => s.stamp === w.stamp);
          const inHistory = (entry?.history ?? []).some((h) => h.stamp === w.stamp && (h.field ?? SECRET_GROUP) === w.group);
          const knowingly = w.replacedKnowingly && w.group !== SECRET_GROUP;
          expect(current || sibling || inHistory || knowingly, `${w.group} of ${w.entryId} stamped ${w.stamp}`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an edit of the label on one computer and of the password on another both survive (KeeWeb #1003)', () => {
    const sim = new Simulation([0, 0, 0]);
    sim.apply({ kind: 'edit', device: 0, pick: 0, field: 'label', value: 'Laptop' });
    sim.apply({ kind: 'secret', device: 1, pick: 0, value: 'new-secret', account: false });
    sim.apply({ kind: 'sync', from: 1, to: 0 });
    const entry = sim.devices[0]?.body.entries[0];
    expect(entry).toMatchObject({ label: 'Laptop', secret: 'new-secret' });
    expect(sim.devices[0]?.body.sync.siblings).toEqual({});
  });

  it('the secret unit changes together: concurrent password changes keep one account+secret pair and the other for review', () => {
    const sim = new Simulation([0, 0, 0]);
    sim.apply({ kind: 'secret', device: 0, pick: 0, value: 'zeta-secret', account: true });
    sim.apply({ kind: 'secret', device: 1, pick: 0, value: 'alpha-secret', account: true });
    sim.apply({ kind: 'sync', from: 0, to: 1 });
    const body = sim.devices[1]?.body as SyncedBody;
    const entry = body.entries[0];
    // Device 1 edited later (its clock), so its pair wins whole; device 0's pair waits for review, whole.
    expect(entry).toMatchObject({ secret: 'alpha-secret', account: 'alpha-se@example.com' });
    expect(body.sync.siblings[entry?.id ?? '']?.[SECRET_GROUP]?.map((s) => s.values)).toEqual([{ account: 'zeta-sec@example.com', secret: 'zeta-secret' }]);
  });

  it('a deletion wins over an edit made before it, and loses to an edit made after it', () => {
    const sim = new Simulation([0, 0, 0]);
    sim.apply({ kind: 'edit', device: 1, pick: 0, field: 'notes', value: 'before the delete' });
    sim.apply({ kind: 'delete', device: 0, pick: 0 });
    sim.apply({ kind: 'sync', from: 1, to: 0 });
    expect(sim.devices[0]?.body.entries.map((e) => e.id)).toEqual(['entry-1']);
    sim.apply({ kind: 'edit', device: 2, pick: 0, field: 'notes', value: 'after the delete' });
    sim.apply({ kind: 'sync', from: 2, to: 0 });
    expect(sim.devices[0]?.body.entries.map((e) => [e.id, e.notes])).toEqual([
      ['entry-0', 'after the delete'],
      ['entry-1', ''],
    ]);
  });
});
