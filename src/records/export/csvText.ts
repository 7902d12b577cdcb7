/**
 * CSV text as Excel and LibreOffice read it in an Indonesian locale. id-ID writes decimals with a
 * comma, so a comma-separated file would split every decimal: the separator is `;` (what Excel
 * id-ID itself saves as "CSV"), and numbers are written with the decimal comma. Quoting follows
 * RFC 4180 (fields with `;`, `"`, CR or LF are quoted, quotes doubled; lines end in CRLF).
 */
export const CSV_SEPARATOR = ';';
export const CSV_DECIMAL = ',';
/** Tells Excel the file is UTF-8 (without it, names like "Ni Luh Putu Ayu" with accents turn to mojibake). */
export const UTF8_BOM = '\uFEFF';
const LINE_END = '\r\n';

/**
 * Spreadsheet formula injection: a cell a name starts with `=`, `+`, `-` or `@` (or a tab or CR,
 * which some apps strip before looking) would run as a formula. Such a text gets a leading `'`,
 * which the spreadsheet shows as plain text. Only text cells: numbers are written by us.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null;

function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function numberCell(n: number): string {
  return Number.isFinite(n) ? String(n).replace('.', CSV_DECIMAL) : '';
}

export const csvCell = (cell: Cell): string => (cell === null ? '' : typeof cell === 'number' ? numberCell(cell) : textCell(cell));

/** The whole file: BOM, header, rows, each line ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR) + LINE_END).join('');
}
