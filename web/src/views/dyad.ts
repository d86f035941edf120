/** The dyad page (#/dyad/RUS/CHN): mean Goldstein by month with counts, events by CAMEO root as stacked bars, and the events with links to their sentences. */
import { api, type Dyad, type EventRow, type Page } from '../api.js';
import type { Ctx } from '../context.js';
import { clear, h, link } from '../dom.js';
import { Chart, rootColour } from '../charts.js';

function eventItem(ctx: Ctx, e: EventRow, name: (c: string) => string): HTMLElement {
  return h('li', {},
    h('span', { class: 'date' }, e.date ?? ctx.t('undated')), ' ',
    `${e.sourceActor?.name ?? '?'} → ${e.targetActor?.name ?? '?'} · ${e.cameo} ${name(e.cameo)} · ${ctx.t('goldstein')} ${e.goldstein} `,
    link(['doc', String(e.docId), String(e.start)], e.title ?? ctx.t('untitled')));
}

export async function dyadView(ctx: Ctx, args: string[]): Promise<void> {
  const { t } = ctx;
  const [a = 'RUS', b = 'CHN'] = args;
  const [dyad, codes, ab, ba] = await Promise.all([
    api<Dyad>(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`),
    ctx.cameo(),
    api<Page<EventRow>>('events', { source: a, target: b, limit: 500 }),
    a === b ? Promise.resolve<Page<EventRow>>({ items: [], next: null }) : api<Page<EventRow>>('events', { source: b, target: a, limit: 500 }),
  ]);
  const name = (c: string): string => ctx.codeName(codes, c);
  const events = [...ab.items, ...ba.items].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.eventId - y.eventId);
  const lineCanvas = h('canvas', { id: 'dyad-line', role: 'img', 'aria-label': `${t('cooperationConflict')}: ${a}–${b}` });
  const barCanvas = h('canvas', { id: 'dyad-roots', role: 'img', 'aria-label': `${t('byRoot')}: ${a}–${b}` });
  clear(ctx.main);
  ctx.main.append(
    h('h1', {}, `${t('dyad')} ${a} – ${b}`),
    h('p', { class: 'meta' }, `${dyad.total} ${t('events')} · `, link(['dyad', b, a], `${b} – ${a}`), ' · ', link(['actor', a], a), ' · ', link(['actor', b], b)),
    h('div', { class: 'charts' },
      h('section', { class: 'chart' }, h('h2', {}, t('cooperationConflict')), h('div', { class: 'chart-box' }, lineCanvas)),
      h('section', { class: 'chart' }, h('h2', {}, t('byRoot')), h('div', { class: 'chart-box' }, barCanvas))),
    h('h2', {}, `${t('eventList')} (${events.length})`),
    events.length ? h('ol', { class: 'event-list' }, ...events.map((e) => eventItem(ctx, e, name))) : h('p', { class: 'muted' }, t('noData')),
  );
  const months = dyad.series.map((p) => p.period);
  new Chart(lineCanvas, {
    data: {
      labels: months,
      datasets: [
        { type: 'line', label: t('meanGoldstein'), data: dyad.series.map((p) => p.meanGoldstein), borderColor: '#1f4e79', backgroundColor: '#1f4e79', yAxisID: 'y', pointRadius: 4 },
        { type: 'bar', label: t('count'), data: dyad.series.map((p) => p.count), backgroundColor: 'rgba(120, 120, 120, 0.35)', yAxisID: 'n' },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: {
        y: { type: 'linear', min: -10, max: 10, title: { display: true, text: t('meanGoldstein') } },
        n: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { precision: 0 }, title: { display: true, text: t('count') } },
      },
    },
  });
  const roots = [...new Set(dyad.roots.map((r) => r.root))].sort();
  const rootMonths = [...new Set(dyad.roots.map((r) => r.month))].sort();
  new Chart(barCanvas, {
    type: 'bar',
    data: {
      labels: rootMonths,
      datasets: roots.map((root) => ({
        label: `${root} ${name(root)}`, backgroundColor: rootColour(root),
        data: rootMonths.map((m) => dyad.roots.find((r) => r.month === m && r.root === root)?.count ?? 0),
      })),
    },
    options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });
}
