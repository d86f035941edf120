/**
 * Sources given on the command line, local or remote: URLs of pages and feeds are fetched; files and
 * directories go through readInputs, with readers for HTML pages and feed files added.
 */
import { basename, extname } from 'node:path';
import { statSync } from 'node:fs';
import type { Document } from '../model/types.js';
import { VigieError } from '../model/errors.js';
import type { ReadOptions } from './document.js';
import { fetchResource, isUrl, type FetchOptions } from './fetch.js';
import { decodeWeb, webKind } from './web-text.js';
import { documentFromHtml, htmlFileReader, idFromUrl } from './html.js';
import { parseFeed } from './feed.js';
import { feedResults, type FeedItemOptions } from './feed-items.js';
import { readInputs, walk, type ExtraReader, type ReadResult } from './inputs.js';
import { readTextFile, DEFAULT_MAX_BYTES } from './text-file.js';

export const HTML_EXTENSIONS = ['.html', '.htm'];
export const FEED_EXTENSIONS = ['.xml', '.rss', '.atom'];

export interface SourceOptions extends ReadOptions {
  fetch: FetchOptions;
  /** Fetch each feed item's page (default true); else store the items' descriptions. */
  fetchItems?: boolean;
  onWarning?: (source: string, message: string) => void;
  /** Failures inside a feed found in a directory, which readInputs cannot yield. */
  onNestedError?: (source: string, error: VigieError) => void;
}

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';
const ANY_ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.1';

export async function fetchPage(url: string, opts: SourceOptions, hints?: { title: string | null; date: string | null; meta: Record<string, unknown> }): Promise<Document> {
  const f = await fetchResource(url, { ...opts.fetch, accept: PAGE_ACCEPT });
  if (webKind(f) !== 'html') throw new VigieError('E_FETCH', url, `not an HTML page (${f.mediaType || 'no content type'})`);
  return documentFromHtml({ html: decodeWeb(f.body, f.charset), id: idFromUrl(f.url), source: url, url: f.url, hints }, opts);
}

function itemOptions(opts: SourceOptions): FeedItemOptions {
  return { ...opts, onWarning: opts.onWarning, fetchPage: opts.fetchItems === false ? undefined : (u, h) => fetchPage(u, opts, h) };
}

export async function* readUrl(url: string, opts: SourceOptions): AsyncGenerator<ReadResult> {
  try {
    const f = await fetchResource(url, { ...opts.fetch, accept: ANY_ACCEPT });
    const kind = webKind(f);
    const text = (): string => decodeWeb(f.body, f.charset);
    if (kind === 'html') yield { doc: documentFromHtml({ html: text(), id: idFromUrl(f.url), source: url, url: f.url }, opts) };
    else if (kind === 'feed') yield* await feedResults(parseFeed(text(), url), url, itemOptions(opts));
    else throw new VigieError('E_FETCH', url, `neither an HTML page nor a feed (${f.mediaType || 'no content type'})`);
  } catch (e) {
    const error = e instanceof VigieError ? e : new VigieError('E_FETCH', url, (e as Error).message);
    yield { error, source: url };
  }
}

async function readFeedFile(path: string, opts: SourceOptions): Promise<ReadResult[]> {
  return feedResults(parseFeed(readTextFile(path, opts.maxBytes ?? DEFAULT_MAX_BYTES), path), path, itemOptions(opts));
}

/** Readers readInputs uses for HTML and feed files met in directories. */
export function webReaders(opts: SourceOptions): Map<string, ExtraReader> {
  const feedReader: ExtraReader = async (path) => {
    const docs: Document[] = [];
    for (const r of await readFeedFile(path, opts)) {
      if ('doc' in r) docs.push(r.doc);
      else opts.onNestedError?.(r.source, r.error);
    }
    return docs;
  };
  return new Map<string, ExtraReader>([
    ...HTML_EXTENSIONS.map((e): [string, ExtraReader] => [e, htmlFileReader]),
    ...FEED_EXTENSIONS.map((e): [string, ExtraReader] => [e, feedReader]),
  ]);
}

/** Files in a directory that document it rather than being articles: README, LICENSE, CHANGELOG, NOTICE. */
const PAPERWORK = /^(readme|licen[cs]e|changelog|changes|notice|contributing|copying)(\.[^.]*)?$/iu;

export function isPaperwork(path: string): boolean {
  return PAPERWORK.test(basename(path));
}

function isDirectory(s: string): boolean {
  try {
    return statSync(s).isDirectory();
  } catch {
    return false;
  }
}

function isFeedFile(s: string): boolean {
  try {
    return FEED_EXTENSIONS.includes(extname(s).toLowerCase()) && statSync(s).isFile();
  } catch {
    return false;
  }
}

export async function* readSources(sources: readonly string[], opts: SourceOptions): AsyncGenerator<ReadResult> {
  const extra = webReaders(opts);
  for (const s of sources) {
    if (isUrl(s)) yield* readUrl(s, opts);
    else if (isFeedFile(s)) {
      try {
        yield* await readFeedFile(s, opts);
      } catch (e) {
        yield { error: e instanceof VigieError ? e : new VigieError('E_RECORD', s, (e as Error).message), source: s };
      }
    } else if (isDirectory(s)) {
      const files = [...walk(s, { ...opts, extra })].filter((f) => !isPaperwork(f));
      if (!files.length) yield { error: new VigieError('E_EMPTY', s, 'the directory holds no article file'), source: s };
      for (const f of files) yield* readSources([f], opts);
    } else yield* readInputs([s], { ...opts, extra });
  }
}
