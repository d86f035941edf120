/** Fetching pages and feeds from a local server: extraction, feeds, and every way a fetch can go wrong. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fetchResource } from '../../src/sources/fetch.js';
import { fetchPage, readSources, type SourceOptions } from '../../src/sources/urls.js';
import type { ReadResult } from '../../src/sources/inputs.js';
import type { Document } from '../../src/model/types.js';
import { VigieError } from '../../src/model/errors.js';
import { calendars } from './helpers.js';
import { startServer, type TestServer } from './web-server.js';

let srv: TestServer;
before(async () => { srv = await startServer(); });
after(async () => { await srv.close(); });

const warnings: string[] = [];
const opts = (fetch: SourceOptions['fetch'] = {}, more: Partial<SourceOptions> = {}): SourceOptions =>
  ({ calendars, fetch: { timeoutMs: 2000, ...fetch }, onWarning: (s, m) => warnings.push(`${s}: ${m}`), ...more });

async function read(url: string, o = opts()): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSources([url], o)) out.push(r);
  return out;
}

async function fetchError(path: string, o: Parameters<typeof fetchResource>[1] = {}): Promise<VigieError> {
  try {
    await fetchResource(srv.base + path, { timeoutMs: 2000, ...o });
  } catch (e) {
    assert.ok(e instanceof VigieError, `a VigieError, got ${String(e)}`);
    return e;
  }
  throw new Error(`fetching ${path} did not fail`);
}

describe('HTML pages', () => {
  it("extracts the article's main text, without navigation, aside or footer", async () => {
    const doc = await fetchPage(`${srv.base}/page`, opts());
    assert.equal(doc.title, 'Coopération militaire');
    assert.equal(doc.date, '2023-11-08');
    assert.equal(doc.lang, 'fr');
    assert.equal(doc.url, `${srv.base}/page`);
    assert.match(doc.text, /^Coopération militaire\n\nLa coopération militaire entre la Russie et la Chine est « de plus en plus importante »/u);
    assert.match(doc.text, /ne créaient « pas un bloc militaire »/u);
    for (const junk of ['Accueil', 'Abonnez-vous', 'Les plus lus', 'Mentions légales', 'Un autre sujet']) assert.ok(!doc.text.includes(junk), junk);
    assert.deepEqual(doc.paragraphs.map((p) => p.role), ['title', 'lead', 'body', 'body']);
    for (const p of doc.paragraphs) assert.equal(doc.text.slice(p.start, p.end).trim(), doc.text.slice(p.start, p.end));
  });

  it('decodes the charset the server declares', async () => {
    const doc = await fetchPage(`${srv.base}/latin1`, opts());
    assert.match(doc.text, /coopération militaire/u);
  });

  it('follows a redirect, and refuses a loop', async () => {
    const doc = await fetchPage(`${srv.base}/redirect`, opts());
    assert.equal(doc.url, `${srv.base}/page`);
    const e = await fetchError('/loop-a');
    assert.equal(e.code, 'E_FETCH');
    assert.match(e.message, /redirect loop/u);
    assert.match((await fetchError('/redirect', { maxRedirects: 0 })).message, /more than 0 redirects/u);
  });

  it('refuses a non-HTML response with a clear message', async () => {
    await assert.rejects(fetchPage(`${srv.base}/png`, opts()), /not an HTML page \(image\/png\)/u);
    const [r] = await read(`${srv.base}/png`);
    assert.ok('error' in r);
    assert.match(r.error.message, /neither an HTML page nor a feed \(image\/png\)/u);
  });

  it('reports a 404', async () => {
    const e = await fetchError('/nothing-here');
    assert.equal(e.code, 'E_FETCH');
    assert.match(e.message, /HTTP 404/u);
    assert.ok(e.message.includes(`${srv.base}/nothing-here`));
  });

  it('gives up on a server that never answers, or stops sending', async () => {
    const t0 = Date.now();
    const e = await fetchError('/never', { timeoutMs: 300 });
    assert.match(e.message, /timed out/u);
    assert.ok(Date.now() - t0 < 1500);
    assert.match((await fetchError('/slow-body', { timeoutMs: 300 })).message, /timed out/u);
  });

  it('stops reading a response larger than maxBytes', async () => {
    const e = await fetchError('/big', { maxBytes: 100_000 });
    assert.equal(e.code, 'E_TOO_LARGE');
    assert.match(e.message, /larger than 0\.1 MB/u);
    assert.equal((await fetchError('/big-declared', { maxBytes: 100_000 })).code, 'E_TOO_LARGE');
    const ok = await fetchResource(`${srv.base}/big`, { maxBytes: 10_000_000 });
    assert.ok(ok.body.length > 3_000_000);
  });

  it('reports a page with no article text', async () => {
    const [r] = await read(`${srv.base}/boilerplate-only`);
    assert.ok('error' in r);
    assert.match(r.error.message, /no article text/u);
  });

  it('refuses other schemes', async () => {
    await assert.rejects(fetchResource('file:///etc/passwd'), /only http and https/u);
  });
});

describe('Feeds', () => {
  it("RSS: fetches each item's page, falls back to the description, reports an item with neither", async () => {
    warnings.length = 0;
    const results = await read(`${srv.base}/rss`);
    assert.equal(results.length, 3);
    const [page, desc, none] = results;
    assert.ok('doc' in page && 'doc' in desc && 'error' in none);
    const p = (page as { doc: Document }).doc;
    assert.match(p.text, /Nos contacts dans le domaine militaire/u);
    assert.equal(p.meta?.feed, `${srv.base}/rss`);
    const d = (desc as { doc: Document }).doc;
    assert.equal(d.title, 'Sommet à Bruxelles');
    assert.equal(d.date, '2023-11-09');
    assert.equal(d.url, `${srv.base}/missing`);
    assert.match(d.text, /se sont réunis jeudi à Bruxelles/u);
    assert.equal(d.meta?.fromDescription, true);
    assert.ok(warnings.some((w) => /HTTP 404.*description/u.test(w)), warnings.join('\n'));
    assert.match((none as { error: VigieError }).error.message, /no link.*no description/u);
  });

  it('Atom: alternate links, HTML summaries when the page is not HTML', async () => {
    const results = await read(`${srv.base}/atom`);
    const docs = results.flatMap((r) => ('doc' in r ? [r.doc] : []));
    assert.equal(docs.length, 2);
    assert.equal(docs[0].url, `${srv.base}/page`);
    assert.equal(docs[1].date, '2023-11-10');
    assert.match(docs[1].text, /^Png entry\n\nThe G7 called on Beijing not to help Moscow/u);
  });

  it('--no-fetch-items stores descriptions without fetching', async () => {
    const results = await read(`${srv.base}/atom`, opts({}, { fetchItems: false }));
    const docs = results.flatMap((r) => ('doc' in r ? [r.doc] : []));
    assert.match(docs[0].text, /Short summary/u);
  });
});
