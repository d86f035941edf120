/** GET /api/actors (actors aggregated over documents, ranked) and /api/actors/:name (one actor's profile). */
import type { Hono } from 'hono';
import type { ActorKind } from '../../model/types.js';
import { collect, type ActorRef, type EventRow, type Store } from '../../store/store.js';
import { fold } from '../../text/fold.js';
import { Query, MAX_LIMIT } from '../params.js';
import { rankedPage } from '../page.js';
import { badParam, notFound } from '../errors.js';

const KINDS: readonly ActorKind[] = ['person', 'state', 'org', 'group', 'place'];
const PROFILE_ROWS = 5000;

export interface Counterpart { code: string; name: string; count: number; meanGoldstein: number }

/** The actor's code as dyads name it: org, else country, else its name. */
export const actorKey = (a: ActorRef): string => a.org ?? a.country ?? a.name;

function counterparts(rows: readonly EventRow[], side: 'sourceActor' | 'targetActor'): Counterpart[] {
  const by = new Map<string, { name: string; count: number; sum: number }>();
  for (const e of rows) {
    const a = e[side];
    if (!a) continue;
    const k = actorKey(a);
    const g = by.get(k) ?? { name: a.name, count: 0, sum: 0 };
    g.count++;
    g.sum += e.goldstein;
    by.set(k, g);
  }
  return [...by].map(([code, g]) => ({ code, name: g.name, count: g.count, meanGoldstein: round(g.sum / g.count) }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export const round = (x: number): number => Math.round(x * 100) / 100;

function pathName(raw: string): string {
  const name = raw.trim();
  if (!name || name.length > 200 || /\p{Cc}/u.test(name)) throw badParam('name', 'expected an actor name of 1 to 200 characters');
  return name;
}

export function actorRoutes(app: Hono, store: Store): void {
  app.get('/api/actors', async (c) => {
    const q = new Query(c, ['name', 'kind', 'code', 'from', 'to', 'limit', 'cursor']);
    const filter = { name: q.text('name'), kind: q.oneOf('kind', KINDS), code: q.text('code'), from: q.date('from'), to: q.date('to') };
    return c.json(await rankedPage('actors', q.raw('cursor'), q.limit(), (n) => collect(store.actors({ ...filter, limit: n }))));
  });

  app.get('/api/actors/:name', async (c) => {
    const q = new Query(c, ['from', 'to']);
    const name = pathName(c.req.param('name'));
    const dates = { from: q.date('from'), to: q.date('to') };
    const same = (a: ActorRef | null): boolean => a !== null && fold(a.name) === fold(name);
    const actor = (await collect(store.actors({ name, limit: MAX_LIMIT }))).find((a) => fold(a.name) === fold(name));
    if (!actor) throw notFound(`actor '${name}'`);
    const quotes = (await collect(store.quotes({ speaker: name, ...dates, limit: PROFILE_ROWS }))).filter((r) => same(r.speaker));
    const asSource = (await collect(store.events({ source: name, ...dates, limit: PROFILE_ROWS }))).filter((e) => same(e.sourceActor));
    const asTarget = (await collect(store.events({ target: name, ...dates, limit: PROFILE_ROWS }))).filter((e) => same(e.targetActor));
    const firstDoc = quotes[0]?.docId ?? asSource[0]?.docId ?? asTarget[0]?.docId;
    const rec = firstDoc === undefined ? null : await store.getRecord(firstDoc);
    const entry = rec?.actors.find((a) => fold(a.name) === fold(name));
    const quotesByMonth = new Map<string, number>();
    for (const r of quotes) {
      const m = r.docDate?.slice(0, 7) ?? 'undated';
      quotesByMonth.set(m, (quotesByMonth.get(m) ?? 0) + 1);
    }
    return c.json({
      actor: { ...actor, role: entry?.role ?? null, ref: entry?.ref ?? null },
      quotes: quotes.slice(0, 200),
      quoteCount: quotes.length,
      quotesByMonth: [...quotesByMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
      actsOn: counterparts(asSource, 'targetActor'),
      actedOnBy: counterparts(asTarget, 'sourceActor'),
    });
  });
}
