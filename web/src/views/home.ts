/** The home page: what the store holds, the articles (in pages), the most active dyads. */
import { api, type DocumentSummary, type Page, type Stats } from '../api.js';
import type { Ctx } from '../context.js';
import { clear, h, link } from '../dom.js';

interface DyadItem { source: string; target: string; count: number; meanGoldstein: number }

export async function homeView(ctx: Ctx): Promise<void> {
  const { t } = ctx;
  const [stats, dyads] = await Promise.all([api<Stats>('stats'), api<{ items: DyadItem[] }>('dyads', { limit: 12 })]);
  const docs = h('ol', { class: 'docs' });
  const more = h('button', { type: 'button', class: 'more' }, t('page'));
  const load = async (cursor?: string): Promise<void> => {
    const page = await api<Page<DocumentSummary>>('documents', { limit: 50, cursor });
    for (const d of page.items) {
      docs.append(h('li', {}, h('span', { class: 'date' }, d.date ?? t('undated')), ' ', link(['doc', String(d.id)], d.title ?? t('untitled')), h('span', { class: 'muted' }, ` ${d.lang}`)));
    }
    more.hidden = !page.next;
    more.onclick = page.next ? () => { void load(page.next ?? undefined); } : null;
  };
  clear(ctx.main);
  ctx.main.append(
    h('h1', {}, 'Vigie'),
    h('p', { class: 'meta' }, `${t('stats')} : ${stats.documents} ${t('documents')} · ${stats.actors} ${t('actors')} · ${stats.quotes} ${t('quotes')} · ${stats.events} ${t('events')}`),
    h('div', { class: 'two-cols' },
      h('section', {}, h('h2', {}, t('home')), docs, more),
      h('section', {}, h('h2', {}, t('topDyads')),
        dyads.items.length ? h('ol', { class: 'dyads' }, ...dyads.items.map((d) => h('li', {}, link(['dyad', d.source, d.target], `${d.source} → ${d.target}`),
          h('span', { class: 'muted' }, ` ${d.count} ${t('events')}, ${t('meanGoldstein')} ${d.meanGoldstein}`)))) : h('p', { class: 'muted' }, t('noData')),
        h('p', {}, link(['network'], t('network'))))),
  );
  await load();
}
