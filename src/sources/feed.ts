/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds parsed with fast-xml-parser into a plain list of items. */
import { XMLParser } from 'fast-xml-parser';
import { VigieError } from '../model/errors.js';
import { normaliseDate } from './json-records.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  date: string | null;
  /** The item's description or content, as HTML or text. */
  description: string | null;
  guid: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const ARRAYS = new Set(['item', 'entry', 'link']);

function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Node)['#text']);
  return null;
}

function asNodes(v: unknown): Node[] {
  if (Array.isArray(v)) return v.filter((x): x is Node => !!x && typeof x === 'object');
  return v && typeof v === 'object' ? [v as Node] : [];
}

function atomLink(v: unknown): string | null {
  const links = Array.isArray(v) ? v : [v];
  const parsed = links.map((l) => (typeof l === 'string' ? { href: l, rel: 'alternate' } : { href: textOf((l as Node)?.['@_href']), rel: textOf((l as Node)?.['@_rel']) ?? 'alternate' }));
  return (parsed.find((l) => l.rel === 'alternate' && l.href) ?? parsed.find((l) => l.href))?.href ?? null;
}

function rssItem(n: Node): FeedItem {
  return {
    title: textOf(n.title),
    link: textOf(n.link),
    date: normaliseDate(textOf(n.pubDate) ?? textOf(n['dc:date']) ?? undefined),
    description: textOf(n['content:encoded']) ?? textOf(n.description),
    guid: textOf(n.guid),
  };
}

function atomEntry(n: Node): FeedItem {
  return {
    title: textOf(n.title),
    link: atomLink(n.link),
    date: normaliseDate(textOf(n.published) ?? textOf(n.updated) ?? undefined),
    description: textOf(n.content) ?? textOf(n.summary),
    guid: textOf(n.id),
  };
}

export function parseFeed(xml: string, where: string): Feed {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    isArray: (name) => ARRAYS.has(name),
    processEntities: true,
    htmlEntities: true,
  });
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (e) {
    throw new VigieError('E_RECORD', where, `not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
  const rss = root.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = asNodes(rss.channel)[0] ?? {};
    return { title: textOf(channel.title), items: asNodes(channel.item).map(rssItem) };
  }
  const rdf = root['rdf:RDF'] as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    return { title: textOf(asNodes(rdf.channel)[0]?.title), items: asNodes(rdf.item).map(rssItem) };
  }
  const feed = root.feed as Node | undefined;
  if (feed && typeof feed === 'object') return { title: textOf(feed.title), items: asNodes(feed.entry).map(atomEntry) };
  throw new VigieError('E_RECORD', where, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> element)');
}
