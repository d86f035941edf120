/**
 * The article view: the text with actors, quotes and events highlighted from their offsets (nested
 * marks, colours by kind), a side panel listing them, and the details of what is clicked.
 */
import { api, type CameoCode, type DocumentView } from '../api.js';
import type { Ctx } from '../context.js';
import { clear, h, link } from '../dom.js';
import { innermost, segments, type Mark } from '../highlight.js';

type Record = NonNullable<DocumentView['record']>;

function marksOf(rec: Record): Mark[] {
  const marks: Mark[] = [];
  rec.events.forEach((e, index) => marks.push({ kind: 'event', start: e.start, end: e.end, index }));
  rec.quotes.forEach((q, index) => marks.push({ kind: 'quote', start: q.start, end: q.end, index }));
  rec.actors.forEach((a, index) => a.mentions.forEach(([start, end]) => marks.push({ kind: 'actor', start, end, index })));
  return marks;
}

function row(label: string, value: Node | string): HTMLElement {
  return h('div', { class: 'kv' }, h('dt', {}, label), h('dd', {}, value));
}

function details(ctx: Ctx, view: DocumentView, codes: Map<string, CameoCode>, m: Mark): HTMLElement {
  const { t } = ctx;
  const rec = view.record as Record;
  const text = view.document.text;
  const actorName = (id: string | null): string => rec.actors.find((a) => a.id === id)?.name ?? id ?? '';
  const actorLink = (id: string | null): Node | string => (id && rec.actors.some((a) => a.id === id) ? link(['actor', actorName(id)], actorName(id)) : actorName(id) || '—');
  if (m.kind === 'quote') {
    const q = rec.quotes[m.index];
    return h('dl', { class: 'details quote', 'data-kind': 'quote' }, h('h3', {}, t('quote')), h('blockquote', {}, q.text),
      row(t('speaker'), q.speaker ? actorLink(q.speaker) : t('unknownSpeaker')), row(t('cue'), q.cue ?? '—'), row(t('kind'), q.kind));
  }
  if (m.kind === 'event') {
    const e = rec.events[m.index];
    return h('dl', { class: 'details event', 'data-kind': 'event' }, h('h3', {}, t('event')),
      row(t('source'), actorLink(e.source)), row(t('target'), actorLink(e.target)),
      row(t('code'), `${e.cameo} – ${ctx.codeName(codes, e.cameo)}${e.negated ? ` (${t('negated')})` : ''}`),
      row(t('goldstein'), String(e.goldstein)), row(t('date'), e.date ?? t('undated')),
      row(t('sentence'), h('q', {}, text.slice(e.start, e.end))));
  }
  const a = rec.actors[m.index];
  return h('dl', { class: 'details actor', 'data-kind': 'actor' }, h('h3', {}, t('actor')), row(t('actor'), link(['actor', a.name], a.name)),
    row(t('kind'), a.kind), row(t('codes'), [a.country, a.org, a.sector].filter(Boolean).join(' · ') || '—'), row(t('role'), a.role ?? '—'),
    row(t('mentions'), String(a.mentions.length)));
}

export async function articleView(ctx: Ctx, args: string[]): Promise<void> {
  const { t } = ctx;
  const view = await api<DocumentView>(`documents/${encodeURIComponent(args[0] ?? '')}`);
  const codes = await ctx.cameo();
  const doc = view.document;
  const rec: Record = view.record ?? { actors: [], quotes: [], events: [] };
  const panel = h('div', { class: 'detail-box', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('clickHint')));
  const segEls: { el: HTMLElement; marks: Mark[] }[] = [];
  const select = (m: Mark): void => {
    clear(panel);
    panel.append(details(ctx, { document: doc, record: rec }, codes, m));
    for (const s of segEls) s.el.classList.toggle('selected', s.marks.some((x) => x.kind === m.kind && x.index === m.index));
    segEls.find((s) => s.marks.some((x) => x.kind === m.kind && x.index === m.index))?.el.scrollIntoView({ block: 'nearest' });
  };
  const textEl = h('div', { class: 'doc-text', lang: doc.lang });
  for (const seg of segments(doc.text.length, marksOf(rec))) {
    const piece = doc.text.slice(seg.start, seg.end);
    if (!seg.marks.length) { textEl.append(piece); continue; }
    const kinds = new Set(seg.marks.map((m) => m.kind));
    const el = h('span', { class: ['hl', ...[...kinds].map((k) => `hl-${k}`)].join(' ') }, piece);
    el.addEventListener('click', () => { const m = innermost(seg.marks); if (m) select(m); });
    segEls.push({ el, marks: seg.marks });
    textEl.append(el);
  }
  const item = (m: Mark, label: string, extra: string): HTMLElement =>
    h('li', {}, h('button', { type: 'button', class: `item item-${m.kind}`, onclick: () => select(m) }, h('span', { class: 'item-label' }, label), extra ? h('span', { class: 'muted' }, ` ${extra}`) : null));
  const actorName = (id: string | null): string => rec.actors.find((a) => a.id === id)?.name ?? t('unknownSpeaker');
  const side = h('aside', { class: 'side', 'aria-label': t('details') },
    panel,
    h('h2', {}, `${t('quotes')} (${rec.quotes.length})`),
    h('ul', { class: 'items quotes' }, ...rec.quotes.map((q, index) => item({ kind: 'quote', start: q.start, end: q.end, index }, `« ${q.text.length > 80 ? `${q.text.slice(0, 80)}…` : q.text} »`, `— ${actorName(q.speaker)}`))),
    h('h2', {}, `${t('events')} (${rec.events.length})`),
    h('ul', { class: 'items events' }, ...rec.events.map((e, index) => item({ kind: 'event', start: e.start, end: e.end, index }, `${actorName(e.source)} → ${actorName(e.target)}`, `${e.cameo} ${ctx.codeName(codes, e.cameo)}`))),
    h('h2', {}, `${t('actors')} (${rec.actors.length})`),
    h('ul', { class: 'items actors' }, ...rec.actors.map((a, index) => item({ kind: 'actor', start: a.mentions[0]?.[0] ?? 0, end: a.mentions[0]?.[1] ?? 0, index }, a.name, [a.country, a.org].filter(Boolean).join(' ')))));
  clear(ctx.main);
  ctx.main.append(
    h('h1', {}, doc.title ?? t('untitled')),
    h('p', { class: 'meta' }, [doc.date ?? t('undated'), doc.lang, doc.source ?? ''].filter(Boolean).join(' · '), ' ',
      doc.url && /^https?:\/\//iu.test(doc.url) ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url) : null),
    h('p', { class: 'legend' }, h('span', { class: 'hl hl-actor' }, t('legendActor')), ' ', h('span', { class: 'hl hl-quote' }, t('legendQuote')), ' ', h('span', { class: 'hl hl-event' }, t('legendEvent'))),
    h('div', { class: 'article-layout' }, h('article', { class: 'doc' }, textEl), side),
  );
  // #/doc/ID/OFFSET (from a list of events or quotes): select what starts there.
  const at = Number(args[1]);
  if (args[1] !== undefined && Number.isInteger(at)) {
    const e = rec.events.findIndex((x) => x.start === at);
    const q = rec.quotes.findIndex((x) => x.start === at);
    if (e >= 0) select({ kind: 'event', start: at, end: rec.events[e].end, index: e });
    else if (q >= 0) select({ kind: 'quote', start: at, end: rec.quotes[q].end, index: q });
  }
}
