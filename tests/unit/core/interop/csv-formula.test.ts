import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../electron/contract/calls/vault.ts';
import { entriesToCsv } from '../../../../electron/core/interop/csv-export.ts';
import { neutraliseFormulaCell, restoreFormulaCell } from '../../../../electron/core/interop/csv-formula.ts';
import { readGenericCsv } from '../../../../electron/core/interop/generic-csv.ts';
import { loadPapa } from '../../../../electron/core/interop/load-papa.ts';

/** L1 (security review 2026-11): 10 of 10 formula cells were exported verbatim. */
const RED_TEAM_CELLS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","x")', '+cmd|calc', '-2+3+cmd|calc', '@SUM(1+1)', '\t=1+1', '\r=1+1', "'=already quoted", "''@twice", '=1'];
const FORMULA_START = /^[=+\-@\t\r]/;

function entry(i: number, cell: string): Entry {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    provider: 'custom',
    account: `${cell}@example.com`,
    label: cell,
    secret: cell,
    notes: cell,
    tags: [],
    favourite: false,
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    lastCopied: null,
    revoked: null,
  };
}

describe('CSV export neutralises formula cells (L1)', () => {
  it('no exported cell starts with = + - @ TAB or CR, and reading AppPass’s own export back gives the original values', async () => {
    const entries = RED_TEAM_CELLS.map((cell, i) => entry(i, cell));
    const csv = (await entriesToCsv(entries)).toString('utf8');
    const Papa = await loadPapa();
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    const cells = parsed.data.slice(1).flat();
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
    const back = await readGenericCsv(Buffer.from(csv));
    expect(back.candidates.map((c) => [c.label, c.secret, c.notes])).toEqual(RED_TEAM_CELLS.map((cell) => [cell, cell, cell]));
  });

  it('for any text: the written cell never starts a formula, and restore(neutralise(x)) = x', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }), fc.string(), (head, tail) => {
        const cell = head + tail;
        expect(FORMULA_START.test(neutraliseFormulaCell(cell))).toBe(false);
        expect(restoreFormulaCell(neutraliseFormulaCell(cell))).toBe(cell);
      }),
    );
  });

  it('a CSV from elsewhere keeps its cells as they are (the apostrophe is only taken off AppPass’s own export)', async () => {
    const back = await readGenericCsv(Buffer.from("email,password,label\nme@example.com,'=secret,'+label\n"));
    expect(back.candidates[0]).toMatchObject({ secret: "'=secret", label: "'+label" });
  });
});
