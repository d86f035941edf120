/** CSV as RFC 4180 reads it: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export type Cell = string | number | boolean | null | undefined;

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  return /[",\r\n]/u.test(s) || s !== s.trim() ? `"${s.replace(/"/gu, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\n';
}
