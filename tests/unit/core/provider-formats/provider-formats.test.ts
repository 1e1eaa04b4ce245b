import { describe, expect, it } from 'vitest';
import { checkAppPassword, PROVIDER_FORMATS } from '../../../../electron/core/provider-formats/index.ts';
import { APP_PASSWORD_PROVIDER_IDS } from '../../../../electron/contract/index.ts';

describe('PROVIDER_FORMATS', () => {
  it('has an entry for every provider id, with status, expectation and source', () => {
    expect(Object.keys(PROVIDER_FORMATS).sort()).toEqual([...APP_PASSWORD_PROVIDER_IDS].sort());
    for (const f of Object.values(PROVIDER_FORMATS)) {
      expect(['confirmed', 'reported', 'unknown']).toContain(f.status);
      expect(f.rule === null).toBe(f.status === 'unknown');
      expect(f.expected.length).toBeGreaterThan(0);
      expect(f.source.length).toBeGreaterThan(0);
    }
  });
});

describe('Google', () => {
  it('strips the spaces Google shows and stray whitespace', () => {
    expect(checkAppPassword('gmail', ' ohgh uylv xkwd zgbz\n')).toEqual({
      normalized: 'ohghuylvxkwdzgbz',
      ok: true,
      problems: [],
      expected: PROVIDER_FORMATS.gmail.expected,
    });
    expect(checkAppPassword('gmail', 'ohgh\u00a0uylv\txkwd zgbz\r\n').normalized).toBe('ohghuylvxkwdzgbz');
  });

  it('says plainly what is wrong', () => {
    expect(checkAppPassword('gmail', 'ohgh uylv xkwd zgb').problems).toEqual(['Google app passwords are 16 letters; this has 15']);
    const r = checkAppPassword('gmail', 'ohgh uylv xkwd zgB1');
    expect(r.ok).toBe(false);
    expect(r.problems).toContain('Google app passwords have letters only; this has 1 digit');
    expect(r.problems).toContain('Google app passwords are lower-case; this has 1 capital letter');
    expect(checkAppPassword('gmail', 'ohgh-uylv-xkwd-zgbz').problems).toContain('Google app passwords have only letters; this has 3 other characters');
    expect(checkAppPassword('gmail', '   ')).toMatchObject({ ok: false, normalized: '', problems: ['The paste is empty'] });
  });

  it('never quotes the paste in its problems', () => {
    const secretish = 'zzzq wwwx 9!9! qqqq extra';
    for (const p of checkAppPassword('gmail', secretish).problems) {
      for (const part of ['zzzq', 'wwwx', '9!9!', 'qqqq', 'extra']) expect(p).not.toContain(part);
    }
  });
});

describe('iCloud (reported)', () => {
  it('keeps or restores the xxxx-xxxx-xxxx-xxxx grouping', () => {
    expect(checkAppPassword('icloud', 'abcd-efgh-ijkl-mnop\n')).toMatchObject({ ok: true, normalized: 'abcd-efgh-ijkl-mnop' });
    expect(checkAppPassword('icloud', 'abcdefghijklmnop')).toMatchObject({ ok: true, normalized: 'abcd-efgh-ijkl-mnop' });
    expect(checkAppPassword('icloud', 'abcd efgh ijkl mnop')).toMatchObject({ ok: true, normalized: 'abcd-efgh-ijkl-mnop' });
  });

  it('flags wrong length and capitals, marked as reported', () => {
    const r = checkAppPassword('icloud', 'abcd-efgh-ijkl-mnoP-q');
    expect(r.ok).toBe(false);
    expect(r.problems).toContain('iCloud app passwords are 16 letters (reported); this has 17');
    expect(r.problems).toContain('iCloud app passwords are lower-case (reported); this has 1 capital letter');
    expect(r.normalized).toBe('abcdefghijklmnoPq');
  });
});

describe('Yahoo and AOL (reported)', () => {
  for (const [id, name] of [
    ['yahoo', 'Yahoo'],
    ['aol', 'AOL'],
  ] as const) {
    it(`${name}: 16 letters, spaces ignored`, () => {
      expect(checkAppPassword(id, 'abcd efgh ijkl mnop')).toMatchObject({ ok: true, normalized: 'abcdefghijklmnop' });
      expect(checkAppPassword(id, 'abcdefghijklmnopq').problems).toEqual([`${name} app passwords are 16 letters (reported); this has 17`]);
      expect(checkAppPassword(id, 'abcdefghijklmno1').problems).toEqual([`${name} app passwords have letters only (reported); this has 1 digit`]);
    });
  }
});

describe('Zoho (reported)', () => {
  it('12 letters or digits, spaces ignored', () => {
    expect(checkAppPassword('zoho', ' Ab12 cD34 eF56 ')).toMatchObject({ ok: true, normalized: 'Ab12cD34eF56' });
    expect(checkAppPassword('zoho', 'Ab12cD34eF5').problems).toEqual(['Zoho app passwords are 12 characters (reported); this has 11']);
    expect(checkAppPassword('zoho', 'Ab12cD34eF5!').problems).toEqual(['Zoho app passwords have only letters and digits (reported); this has 1 other character']);
  });
});

describe('providers without a known format', () => {
  for (const id of ['fastmail', 'gmx', 'microsoft365', 'outlook'] as const) {
    it(`${id}: only trims, never judges the content`, () => {
      expect(checkAppPassword(id, '  some Pass-word 123 \n')).toMatchObject({ ok: true, normalized: 'some Pass-word 123', problems: [] });
      expect(checkAppPassword(id, ' \n')).toMatchObject({ ok: false, problems: ['The paste is empty'] });
      expect(checkAppPassword(id, 'abc\ndef').ok).toBe(false);
    });
  }
});

it('refuses an unknown provider with UNKNOWN_PROVIDER', () => {
  expect(() => checkAppPassword('hotmail', 'x')).toThrow(expect.objectContaining({ code: 'UNKNOWN_PROVIDER' }));
  expect(() => checkAppPassword('__proto__', 'x')).toThrow(expect.objectContaining({ code: 'UNKNOWN_PROVIDER' }));
});
