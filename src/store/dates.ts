/** Partial dates ('2023', '2023-11', '2023-11-08') as day ranges, and the --from/--to bounds. */
import { VigieError } from '../model/errors.js';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first and last day a partial date covers, or null when it is not one. */
export function dayRange(date: string | null | undefined): { lo: string; hi: string } | null {
  if (!date) return null;
  const m = PARTIAL.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { lo: `${m[1]}-01-01`, hi: `${m[1]}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return { lo: `${m[1]}-${m[2]}-01`, hi: `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}` };
  const d = Number(m[3]);
  if (d < 1 || d > lastDay(y, mo)) return null;
  return { lo: date, hi: date };
}

/** '--from 2023-01' → '2023-01-01'; '--to 2023-12' → '2023-12-31'. Throws a usage error otherwise. */
export function boundOf(value: string | undefined, side: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined;
  const r = dayRange(value.trim());
  if (!r) throw new VigieError('E_USAGE', `--${side}`, `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '${value}'`);
  return side === 'from' ? r.lo : r.hi;
}
