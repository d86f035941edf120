/**
 * GET /api/dyads (the pairs of actors with most events) and /api/dyads/:a/:b (one pair, both ways
 * unless directed: mean Goldstein and counts by week or month, counts by CAMEO root and month).
 */
import type { Hono } from 'hono';
import type { AggregateKey, AggregateRow, EventFilter, Store } from '../../store/store.js';
import { Query } from '../params.js';
import { badParam } from '../errors.js';
import { round } from './actors.js';

export interface Period { period: string; count: number; meanGoldstein: number }

/** Sums the rows of several aggregates that share the same keys. */
export function mergeRows(lists: readonly AggregateRow[][], keys: readonly AggregateKey[]): AggregateRow[] {
  const by = new Map<string, AggregateRow>();
  for (const row of lists.flat()) {
    const k = JSON.stringify(keys.map((key) => row[key] ?? null));
    const g = by.get(k);
    if (g) {
      g.count += row.count;
      g.goldsteinSum += row.goldsteinSum;
    } else by.set(k, { ...row });
  }
  return [...by.values()];
}

function code(raw: string, field: string): string {
  const v = raw.trim();
  if (!v || v.length > 100 || /\p{Cc}/u.test(v)) throw badParam(field, 'expected an actor code or name of 1 to 100 characters');
  return v;
}

export function dyadRoutes(app: Hono, store: Store): void {
  app.get('/api/dyads', async (c) => {
    const q = new Query(c, ['from', 'to', 'limit']);
    const rows = await store.eventAggregate({ from: q.date('from'), to: q.date('to') }, ['source', 'target']);
    const limit = q.limit();
    const items = rows.filter((r) => r.source && r.target).sort((x, y) => y.count - x.count)
      .slice(0, limit).map((r) => ({ source: r.source, target: r.target, count: r.count, meanGoldstein: round(r.goldsteinSum / r.count) }));
    return c.json({ items });
  });

  app.get('/api/dyads/:a/:b', async (c) => {
    const q = new Query(c, ['from', 'to', 'by', 'directed']);
    const a = code(c.req.param('a'), 'a');
    const b = code(c.req.param('b'), 'b');
    const by = q.oneOf('by', ['month', 'week'] as const) ?? 'month';
    const dates = { from: q.date('from'), to: q.date('to') };
    const ways: EventFilter[] = q.bool('directed') || a === b ? [{ source: a, target: b, ...dates }] : [{ source: a, target: b, ...dates }, { source: b, target: a, ...dates }];
    // One aggregate per direction, by period, month and root; the series and the roots are sums of it.
    const keys: AggregateKey[] = by === 'month' ? ['month', 'root'] : ['week', 'month', 'root'];
    const rows = mergeRows(await Promise.all(ways.map((f) => store.eventAggregate(f, keys))), keys).filter((r) => r.month);
    const series = mergeRows([rows.map((r) => ({ [by]: r[by], count: r.count, goldsteinSum: r.goldsteinSum }))], [by])
      .sort((x, y) => String(x[by]).localeCompare(String(y[by])))
      .map((r): Period => ({ period: String(r[by]), count: r.count, meanGoldstein: round(r.goldsteinSum / r.count) }));
    const roots = mergeRows([rows.map((r) => ({ month: r.month, root: r.root, count: r.count, goldsteinSum: r.goldsteinSum }))], ['month', 'root'])
      .sort((x, y) => `${x.month}${x.root}`.localeCompare(`${y.month}${y.root}`))
      .map((r) => ({ month: String(r.month), root: String(r.root), count: r.count }));
    const total = series.reduce((s, p) => s + p.count, 0);
    return c.json({ a, b, by, directed: ways.length === 1, total, series, roots });
  });
}
