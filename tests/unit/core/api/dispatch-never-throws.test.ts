import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../../electron/contract/index.ts';
import { dispatch, type Handlers } from '../../../../electron/core/api/index.ts';

const reached = Object.fromEntries(CALL_NAMES.map((name) => [name, async () => 'reached'])) as unknown as Handlers;

describe('dispatch never throws (finding L12)', () => {
  it('an input whose getters or traps throw answers a typed error', async () => {
    const hostile = new Proxy({}, {
      get: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
      getPrototypeOf: () => {
        throw new Error('trap');
      },
    });
    for (const name of ['vault.unlock', 'shell.quickSearch', 'app.info']) {
      const answer = await dispatch(reached, name, hostile);
      expect(answer.ok, name).toBe(false);
      if (!answer.ok) expect(['VALIDATION', 'INTERNAL']).toContain(answer.error.code);
    }
  });

  it('a missing handler or a handler that throws a non-Error answers a typed error', async () => {
    expect(await dispatch({} as Handlers, 'app.info', undefined)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const throwsString = { ...reached, 'app.info': async () => Promise.reject('boom') } as unknown as Handlers;
    expect(await dispatch(throwsString, 'app.info', undefined)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('any name and any input: a promise of a result, never a rejection (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...CALL_NAMES), fc.anything()), fc.anything({ withBigInt: true, withMap: true, withNullPrototype: true }), async (name, input) => {
        const answer = await dispatch(reached, name, input);
        expect(typeof answer.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
