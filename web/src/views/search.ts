/** Search (#/search/words): articles and quotes, ignoring accents; the matches shown between [ ] are emphasised as text. */
import { api, type Page, type SearchHit } from '../api.js';
import type { Ctx } from '../context.js';
import { clear, h, link } from '../dom.js';

/** The snippet's [matches] as <mark> elements, the rest as text. */
function snippet(s: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  for (const [i, piece] of s.split(/\[|\]/u).entries()) p.append(i % 2 ? h('mark', {}, piece) : piece);
  return p;
}

export async function searchView(ctx: Ctx, args: string[]): Promise<void> {
  const { t } = ctx;
  const q = args.join('/');
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  if (input) input.value = q;
  const list = h('ol', { class: 'hits' });
  const more = h('button', { type: 'button', class: 'more' }, t('page'));
  const load = async (cursor?: string): Promise<void> => {
    const page = await api<Page<SearchHit>>('search', { q, limit: 20, cursor });
    for (const hit of page.items) {
      list.append(h('li', { class: `hit hit-${hit.kind}` },
        h('span', { class: 'badge' }, hit.kind === 'quote' ? t('quoteHit') : t('articleHit')), ' ',
        link(hit.quote ? ['doc', String(hit.docId), String(hit.quote.start)] : ['doc', String(hit.docId)], hit.title ?? t('untitled')),
        hit.quote?.speaker ? h('span', { class: 'muted' }, ` — ${hit.quote.speaker}`) : null,
        snippet(hit.snippet)));
    }
    more.hidden = !page.next;
    more.onclick = page.next ? () => { void load(page.next ?? undefined); } : null;
  };
  clear(ctx.main);
  ctx.main.append(h('h1', {}, `${t('search')} : ${q}`), list, more);
  await load();
  if (!list.children.length) ctx.main.append(h('p', { class: 'muted' }, t('noData')));
}
