/**
 * The first characters that make a spreadsheet read a text cell as a
 * formula (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`, tab and carriage
 * return, and the fullwidth `＝＋－＠` that some spreadsheets normalise to
 * them. Tested against the whole cell, newlines included.
 */
export const formulaTrigger = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text cell as every CSV the project writes puts it: prefixed with a
 * single quote when a spreadsheet would run it as a formula, so
 * `=HYPERLINK(...)` from a citation shows as text. The writer must also
 * quote such a cell. Numbers the writer formats itself are not text and
 * are left alone: -3 in a numeric column stays the number -3.
 */
export function neutraliseFormula(text: string): string {
  return formulaTrigger.test(text) ? `'${text}` : text;
}
