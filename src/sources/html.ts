/**
 * HTML pages: the article's main text extracted with Mozilla's Readability over a linkedom DOM
 * (navigation, footers and asides dropped), rebuilt as a title and blank-line separated paragraphs.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { basename, extname } from 'node:path';
import type { Document } from '../model/types.js';
import { VigieError } from '../model/errors.js';
import { buildDocument, type ReadOptions } from './document.js';
import { normaliseDate } from './json-records.js';
import { readTextFile, DEFAULT_MAX_BYTES } from './text-file.js';
import { collapse, htmlParagraphs } from './html-blocks.js';
import type { ExtraReader } from './inputs.js';

export interface HtmlInput {
  html: string;
  id: string;
  /** Where it was read from (a path or a URL). */
  source: string;
  url?: string;
  /** What a feed said of the page, used where the page says nothing. */
  hints?: { title?: string | null; date?: string | null; meta?: Record<string, unknown> };
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[itemprop="datePublished"]',
  'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
];

type Dom = ReturnType<typeof parseHTML>['document'];

function pageDate(document: Dom): string | null {
  for (const sel of DATE_SELECTORS) {
    const v = document.querySelector(sel)?.getAttribute('content');
    if (v) return normaliseDate(v);
  }
  const t = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return t ? normaliseDate(t) : null;
}

export function documentFromHtml(input: HtmlInput, opts: ReadOptions): Document {
  const { document } = parseHTML(input.html);
  const htmlLang = (document.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  const date = pageDate(document);
  const h1 = collapse(document.querySelector('h1')?.textContent ?? '');
  // Readability's types want a DOM Document; linkedom's is a compatible implementation.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const paragraphs = article?.content ? htmlParagraphs(article.content) : [];
  if (!paragraphs.length) throw new VigieError('E_EMPTY', input.source, 'no article text found in the page');
  let title = collapse(article?.title || input.hints?.title || '') || null;
  // '<title>Headline | Site</title>' with a short headline: Readability keeps the site; the <h1> does not.
  if (title && h1 && title !== h1 && title.startsWith(h1)) title = h1;
  if (title && paragraphs[0] === title) paragraphs.shift();
  if (!paragraphs.length) throw new VigieError('E_EMPTY', input.source, 'the page has a title but no article text');
  const head = title ? `${title}\n\n` : '';
  const text = head + paragraphs.join('\n\n') + '\n';
  const meta: Record<string, unknown> = { ...input.hints?.meta };
  if (article?.siteName) meta.siteName = article.siteName;
  if (article?.byline) meta.byline = article.byline;
  const lang = opts.lang ?? (htmlLang === 'fr' || htmlLang === 'en' ? htmlLang : undefined);
  return buildDocument({
    id: input.id, text, title, url: input.url, source: input.source, meta,
    date: normaliseDate(article?.publishedTime ?? undefined) ?? date ?? input.hints?.date ?? null,
    bodyFrom: head.length,
    titleParagraph: title ? { start: 0, end: title.length, role: 'title' } : undefined,
  }, { ...opts, lang });
}

/** An id for a page from its URL: the last path segment without extension, else the host. */
export function idFromUrl(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop();
    return (last ? decodeURIComponent(last).replace(/\.[a-z0-9]+$/iu, '') : u.hostname) || u.hostname;
  } catch {
    return 'page';
  }
}

export const htmlFileReader: ExtraReader = async (path, opts) => {
  const html = readTextFile(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  return [documentFromHtml({ html, id: basename(path, extname(path)), source: path }, opts)];
};
