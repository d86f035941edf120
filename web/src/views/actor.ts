/** The actor page (#/actor/Name): codes and role, quotes over time, the actors it acts on and is acted on by. */
import { api, type ActorProfile, type Counterpart } from '../api.js';
import type { Ctx } from '../context.js';
import { clear, h, link } from '../dom.js';
import { Chart, goldsteinColour } from '../charts.js';

function counterparts(ctx: Ctx, self: string, list: Counterpart[], title: string, outgoing: boolean): HTMLElement {
  return h('section', {}, h('h2', {}, `${title} (${list.length})`),
    list.length ? h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, h('th', {}, ctx.t('actor')), h('th', {}, ctx.t('count')), h('th', {}, ctx.t('meanGoldstein')))),
      h('tbody', {}, ...list.map((c) => h('tr', {},
        h('td', {}, link(['dyad', outgoing ? self : c.code, outgoing ? c.code : self], `${c.name}${c.code !== c.name ? ` (${c.code})` : ''}`)),
        h('td', { class: 'num' }, c.count),
        h('td', { class: 'num' }, h('span', { class: 'swatch', 'data-g': c.meanGoldstein }), ` ${c.meanGoldstein}`)))))
      : h('p', { class: 'muted' }, ctx.t('noData')));
}

export async function actorView(ctx: Ctx, args: string[]): Promise<void> {
  const { t } = ctx;
  const p = await api<ActorProfile>(`actors/${encodeURIComponent(args[0] ?? '')}`);
  const a = p.actor;
  const code = a.org ?? a.country ?? a.name;
  const canvas = h('canvas', { id: 'actor-quotes', role: 'img', 'aria-label': t('quotesOverTime') });
  clear(ctx.main);
  ctx.main.append(
    h('h1', {}, a.name),
    h('dl', { class: 'facts' },
      h('dt', {}, t('kind')), h('dd', {}, a.kind),
      h('dt', {}, t('codes')), h('dd', {}, [a.country, a.org].filter(Boolean).join(' · ') || '—'),
      h('dt', {}, t('sector')), h('dd', {}, a.sector ?? '—'),
      h('dt', {}, t('role')), h('dd', {}, a.role ?? '—'),
      h('dt', {}, t('documents')), h('dd', {}, a.documents),
      h('dt', {}, t('mentions')), h('dd', {}, a.mentions)),
    h('section', { class: 'chart' }, h('h2', {}, `${t('quotesOverTime')} (${p.quoteCount})`), h('div', { class: 'chart-box small' }, canvas)),
    h('ol', { class: 'quote-list' }, ...p.quotes.map((q) => h('li', {},
      h('span', { class: 'date' }, q.docDate ?? t('undated')), ' ', h('q', {}, q.text), ' ',
      link(['doc', String(q.docId), String(q.start)], q.title ?? t('untitled'))))),
    h('div', { class: 'two-cols' },
      counterparts(ctx, code, p.actsOn, t('actsOn'), true),
      counterparts(ctx, code, p.actedOnBy, t('actedOnBy'), false)),
  );
  for (const s of ctx.main.querySelectorAll<HTMLElement>('.swatch')) s.style.backgroundColor = goldsteinColour(Number(s.dataset.g));
  new Chart(canvas, {
    type: 'bar',
    data: { labels: p.quotesByMonth.map((m) => m.month), datasets: [{ label: t('quotes'), data: p.quotesByMonth.map((m) => m.count), backgroundColor: '#c9a227' }] },
    options: { maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
  });
}
