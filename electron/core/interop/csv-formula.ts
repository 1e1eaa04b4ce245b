/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @, TAB or CR
 * as a formula (=HYPERLINK, DDE). AppPass's CSV export prefixes such cells with an apostrophe, which
 * spreadsheets show as text. A cell that already starts with apostrophes before such a character
 * gets one more, so `restoreFormulaCell` can take exactly one off again when AppPass reads its own
 * export back: the round trip is lossless.
 */
const FORMULA_AFTER_QUOTES = /^'*[=+\-@\t\r]/;

/** The cell as written to AppPass's CSV export (L1). */
export function neutraliseFormulaCell(cell: string): string {
  return FORMULA_AFTER_QUOTES.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before neutraliseFormulaCell (only for files with AppPass's own export header). */
export function restoreFormulaCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_AFTER_QUOTES.test(cell.slice(1)) ? cell.slice(1) : cell;
}
