import { describe, expect, it } from 'vitest';
import { getProvider, headlineNotes, isInEffect, noteForToday } from '../../../../electron/core/providers/index.ts';
import { daysBetween, todayIso } from '../../../../electron/core/platform/today.ts';
import { isAppError } from '../../../../electron/core/errors/index.ts';
import { guideFor } from '../../../../electron/core/mail/profiles/index.ts';
import { resolveSettings } from '../../../../electron/core/providers/index.ts';

const smtpNote = (today: string) => {
  const note = getProvider('microsoft365', [], today).notes.find((n) => n.id === 'smtp-auth-default-off');
  if (note === undefined) throw new Error('the Microsoft 365 SMTP AUTH note is missing');
  return note;
};

describe('today (APPPASS_TODAY)', () => {
  it('reads APPPASS_TODAY, else the local calendar day of the clock', () => {
    expect(todayIso({ APPPASS_TODAY: '2026-12-15' })).toBe('2026-12-15');
    expect(todayIso({}, new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(todayIso({ APPPASS_TODAY: '' }, new Date(2026, 10, 30, 8))).toBe('2026-11-30');
  });

  it('refuses a malformed or impossible APPPASS_TODAY with USAGE', () => {
    for (const bad of ['2026-13-01', '2026-02-30', '15.12.2026', 'tomorrow']) {
      try {
        todayIso({ APPPASS_TODAY: bad });
        expect.unreachable(bad);
      } catch (error) {
        expect(isAppError(error) && error.code).toBe('USAGE');
      }
    }
  });

  it('counts whole days between dates, across a year end', () => {
    expect(daysBetween('2026-12-15', '2026-12-31')).toBe(16);
    expect(daysBetween('2027-01-05', '2026-12-31')).toBe(-5);
  });
});

describe('dated status notes', () => {
  it('Microsoft 365: "From the end of December 2026" before the date, "Since …" after it, with the admin and 5.7.139 words', () => {
    const before = smtpNote('2026-12-15');
    expect(before.text).toMatch(/^From the end of December 2026/);
    expect(before.daysToChange).toBe(16);
    const after = smtpNote('2027-01-05');
    expect(after.text).toMatch(/^Since the end of December 2026/);
    expect(after.text).toMatch(/administrator can turn it back on for the tenant/);
    expect(after.text).toMatch(/535 5\.7\.139/);
    expect(after.daysToChange).toBe(-5);
    expect(after.confidence).toBe('confirmed');
    expect(after.sourceUrl).toMatch(/4489835$/);
  });

  it('switches on the day itself (2026-12-31 counts as in effect)', () => {
    expect(smtpNote('2026-12-30').text).toMatch(/^From/);
    expect(smtpNote('2026-12-31').text).toMatch(/^Since/);
    const data = { date: '2026-01-27', change: { on: '2026-12-31', before: 'Words before the date.', after: 'Words after the date.' }, sourceUrl: 'https://example.com/', confidence: 'confirmed' as const };
    expect(isInEffect(data, '2026-12-30')).toBe(false);
    expect(isInEffect(data, '2026-12-31')).toBe(true);
    expect(noteForToday({ ...data, change: undefined, text: 'Undated words stay as they are.' }, '2030-01-01').text).toBe('Undated words stay as they are.');
  });

  it('marks the SMTP AUTH note as the Microsoft 365 headline, and the advice no longer repeats the date', () => {
    const ms = getProvider('microsoft365', [], '2026-12-15');
    expect(headlineNotes(ms).map((n) => n.id)).toEqual(['smtp-auth-default-off']);
    expect(ms.oauth2.advice).not.toMatch(/December 2026/);
    expect(ms.appPasswords.worksFor).toEqual(['smtp']);
  });

  it('the guides carry the same words for the same day (Microsoft 365: sending only)', () => {
    const ms = getProvider('microsoft365');
    const settings = resolveSettings('admin@contoso.onmicrosoft.com', ms.servers, ms.shortName, ms.id);
    const before = guideFor('thunderbird', settings, [], '2026-12-15').oauth2Note ?? '';
    const after = guideFor('thunderbird', settings, [], '2027-01-05').oauth2Note ?? '';
    expect(before).toContain(smtpNote('2026-12-15').text);
    expect(after).toContain(smtpNote('2027-01-05').text);
    expect(after).toMatch(/only for sending \(SMTP\)/);
  });
});
