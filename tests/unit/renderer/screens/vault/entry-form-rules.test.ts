import { describe, expect, it } from 'vitest';
import { ENTRY_LIMITS } from '../../../../../electron/contract/limits.ts';
import { entryFormProblems, splitList } from '../../../../../renderer/src/screens/vault/entry-form-rules.ts';

const ok = { account: 'gina', label: 'Phone', secret: 'abc', notes: '', tags: '', devices: '' };

describe('entry form rules', () => {
  it('an imported account without @ (or with non-ASCII letters) is accepted', () => {
    expect(entryFormProblems(ok, true)).toEqual({});
    expect(entryFormProblems({ ...ok, account: 'zoë@exämple.de' }, true)).toEqual({});
  });
  it('names the field and its limit in plain words', () => {
    const p = entryFormProblems({ ...ok, label: 'x'.repeat(ENTRY_LIMITS.label + 15), notes: 'n'.repeat(ENTRY_LIMITS.notes + 1) }, true);
    expect(p.label).toBe(`At most ${ENTRY_LIMITS.label} characters; this has ${ENTRY_LIMITS.label + 15}.`);
    expect(p.notes).toMatch(/^At most 10,000 characters; this has 10,001\.$/);
    expect(JSON.stringify(p)).not.toMatch(/malformed|too_big/);
  });
  it('a new entry needs an account and a password; an edit may leave the password empty', () => {
    expect(entryFormProblems({ ...ok, account: ' ', secret: '' }, true)).toMatchObject({ account: expect.any(String), secret: expect.any(String) });
    expect(entryFormProblems({ ...ok, secret: '' }, false)).toEqual({});
  });
  it('lists drop repeats and empty items ("work, work" is one tag)', () => {
    expect(splitList('work, Work,, home ')).toEqual(['work', 'home']);
    expect(entryFormProblems({ ...ok, tags: Array.from({ length: ENTRY_LIMITS.tags + 1 }, (_, i) => `t${i}`).join(',') }, true).tags).toMatch(/At most 32 tags/);
  });
});
