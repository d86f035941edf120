/** Events counted by period, CAMEO root and actors' codes: one GROUP BY over fixed expressions, bound parameters. */
import type Database from 'better-sqlite3';
import type { AggregateKey, AggregateRow, EventFilter } from '../store.js';
import { EVENT_JOINS, eventWhere } from './queries.js';

type Row = Record<string, unknown>;

/** The SQL of each key: chosen from this table, never from input. A week is named by its Monday. */
const KEY_SQL: Record<AggregateKey, string> = {
  month: 'substr(e.day_lo, 1, 7)',
  week: "date(e.day_lo, '-6 days', 'weekday 1')",
  root: 'e.root',
  source: 'coalesce(sa.org, sa.country, sa.name)',
  target: 'coalesce(ta.org, ta.country, ta.name)',
};

export function aggregateEvents(db: Database.Database, f: EventFilter, by: readonly AggregateKey[]): AggregateRow[] {
  const keys = [...new Set(by)].filter((k) => Object.hasOwn(KEY_SQL, k));
  const w = eventWhere({ ...f, afterId: undefined, limit: undefined });
  const cols = keys.map((k) => `${KEY_SQL[k]} AS k_${k}`);
  const group = keys.length ? `GROUP BY ${keys.map((k) => `k_${k}`).join(', ')} ORDER BY ${keys.map((k) => `k_${k} IS NULL, k_${k}`).join(', ')}` : '';
  const sql = `SELECT ${[...cols, 'count(*) AS n', 'total(e.goldstein) AS g'].join(', ')} ${EVENT_JOINS} ${w.sql()} ${group}`;
  const out: AggregateRow[] = [];
  for (const r of db.prepare<unknown[], Row>(sql).iterate(...w.params)) {
    if (!keys.length && Number(r.n) === 0) break;
    const row: AggregateRow = { count: Number(r.n), goldsteinSum: Number(r.g) };
    for (const k of keys) row[k] = r[`k_${k}`] === null || r[`k_${k}`] === undefined ? null : String(r[`k_${k}`]);
    out.push(row);
  }
  return out;
}
