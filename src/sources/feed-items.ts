/**
 * The articles of a feed: each item's page fetched and extracted; the item's description when the
 * page cannot be had (the reason is reported as a warning); an error when there is neither.
 */
import type { Document } from '../model/types.js';
import { VigieError } from '../model/errors.js';
import { buildDocument, type ReadOptions } from './document.js';
import type { Feed, FeedItem } from './feed.js';
import type { ReadResult } from './inputs.js';
import { collapse, htmlParagraphs } from './html-blocks.js';
import { idFromUrl } from './html.js';

export interface FeedItemOptions extends ReadOptions {
  /** Fetches and extracts a page; absent when items are not to be fetched (--no-fetch-items). */
  fetchPage?: (url: string, hints: { title: string | null; date: string | null; meta: Record<string, unknown> }) => Promise<Document>;
  onWarning?: (source: string, message: string) => void;
  /** How many pages are fetched at once. */
  concurrency?: number;
}

function descriptionDocument(item: FeedItem, id: string, source: string, feedSource: string, opts: ReadOptions): Document | null {
  const paras = item.description ? htmlParagraphs(item.description) : [];
  if (!paras.length) return null;
  const title = item.title ? collapse(item.title) : null;
  const head = title ? `${title}\n\n` : '';
  return buildDocument({
    id, text: head + paras.join('\n\n') + '\n', title, date: item.date, url: item.link ?? undefined, source,
    meta: { feed: feedSource, fromDescription: true, ...(item.guid ? { guid: item.guid } : {}) },
    bodyFrom: head.length, titleParagraph: title ? { start: 0, end: title.length, role: 'title' } : undefined,
  }, opts);
}

async function itemResult(item: FeedItem, i: number, feedSource: string, opts: FeedItemOptions): Promise<ReadResult> {
  const source = item.link ?? `${feedSource}#${i + 1}`;
  const id = item.link ? idFromUrl(item.link) : `item-${i + 1}`;
  let reason = 'the item has no link';
  if (item.link && opts.fetchPage) {
    try {
      const meta: Record<string, unknown> = { feed: feedSource, ...(item.guid ? { guid: item.guid } : {}) };
      return { doc: await opts.fetchPage(item.link, { title: item.title, date: item.date, meta }) };
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
  } else if (item.link) reason = 'pages are not fetched (--no-fetch-items)';
  try {
    const doc = descriptionDocument(item, id, source, feedSource, opts);
    if (doc) {
      if (opts.fetchPage) opts.onWarning?.(source, `${reason}; stored the feed's description instead`);
      return { doc };
    }
  } catch (e) {
    reason = e instanceof Error ? e.message : String(e);
  }
  return { error: new VigieError('E_EMPTY', source, `${reason}, and the feed item has no description`), source };
}

/** The items' results in feed order, fetching a few pages at once. */
export async function feedResults(feed: Feed, feedSource: string, opts: FeedItemOptions): Promise<ReadResult[]> {
  const results: ReadResult[] = new Array<ReadResult>(feed.items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < feed.items.length) {
      const i = next++;
      results[i] = await itemResult(feed.items[i], i, feedSource, opts);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 4, feed.items.length)) }, worker));
  if (!feed.items.length) return [{ error: new VigieError('E_EMPTY', feedSource, 'the feed has no item'), source: feedSource }];
  return results;
}
