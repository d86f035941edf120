/**
 * The dashboard in real Chromium (Debian's, through playwright-core) against `vigie serve` on
 * 127.0.0.1: the seed's article view, the RUS–CHN dyad chart, accent-insensitive search, and an
 * article full of markup that must show as text and run nothing. Skipped when Chromium is absent.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureWebBuild, serveStore, type Served } from './server.js';
import { SEED } from '../api/helpers.js';

const SKIP = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium); browser tests skipped`;

const HOSTILE = ` date 2024-01-15 Un article <script>window.__pwned = 'title'</script> piégé

Le texte contient <script>window.__pwned = 'script'</script> et <img src=x onerror="window.__pwned = 'img'"> au milieu.

"Nous refusons <img src=y onerror=window.__pwned=1>", a déclaré Vladimir Poutine.
`;

let served: Served;
let browser: Browser;
let dir: string;
const cspViolations: string[] = [];

before(async () => {
  if (SKIP) return;
  ensureWebBuild();
  dir = mkdtempSync(join(tmpdir(), 'vigie-web-in-'));
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
  served = await serveStore([SEED, join(dir, 'hostile.txt')]);
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await served?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(hash: string, locale = 'fr-FR'): Promise<Page> {
  const page = await browser.newPage({ locale, viewport: { width: 1366, height: 850 } });
  page.on('console', (m) => { if (/Content Security Policy/iu.test(m.text())) cspViolations.push(m.text()); });
  await page.goto(`${served.url}${hash}`);
  return page;
}

async function docId(title: RegExp): Promise<number> {
  const res = await fetch(`${served.url}api/documents?limit=100`);
  const docs = (await res.json()) as { items: { id: number; title: string | null }[] };
  const d = docs.items.find((x) => title.test(x.title ?? ''));
  assert.ok(d, `no document titled ${title}`);
  return d.id;
}

test("the seed's article view highlights Putin's quotes and names him as their speaker", { skip: SKIP }, async () => {
  const page = await open(`#/doc/${await docId(/Chine-Russie/u)}`);
  await page.locator('.doc-text .hl-quote').first().waitFor();
  const quotes = await page.locator('.doc-text .hl-quote').allTextContents();
  assert.ok(quotes.join('').includes('Nos contacts dans le domaine militaire'), quotes.join(' | '));
  assert.ok((await page.locator('.doc-text .hl-actor', { hasText: 'Vladimir Poutine' }).count()) >= 2);
  await page.locator('.items.quotes button', { hasText: 'Nos contacts' }).click();
  const details = page.locator('.details.quote');
  await details.waitFor();
  assert.match(await details.textContent() ?? '', /Locuteur\s*Vladimir Poutine/u);
  assert.match(await details.textContent() ?? '', /affirmer/u);
  await page.locator('.items.events button').first().click();
  assert.match(await page.locator('.details.event').textContent() ?? '', /Code CAMEO\s*0\d\d – /u);
  await page.close();
});

test('the RUS–CHN dyad page draws its charts', { skip: SKIP }, async () => {
  const page = await open('#/dyad/RUS/CHN', 'en-US');
  await page.locator('#dyad-line').waitFor();
  await page.waitForFunction(() => {
    const c = document.querySelector<HTMLCanvasElement>('#dyad-line');
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !c.width) return false;
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
    return painted > 500;
  }, undefined, { timeout: 10_000 });
  assert.match(await page.locator('h1').textContent() ?? '', /Dyad RUS – CHN/u);
  assert.ok((await page.locator('.event-list li').count()) >= 2);
  assert.ok(await page.locator('#dyad-roots').isVisible());
  await page.close();
});

test("searching 'defense' finds 'défense'", { skip: SKIP }, async () => {
  const page = await open('#/');
  await page.locator('#search-input').fill('defense');
  await page.keyboard.press('Enter');
  await page.locator('.hits li').first().waitFor();
  const marks = await page.locator('.hits mark').allTextContents();
  assert.ok(marks.some((m) => /^d[ée]fense$/iu.test(m) && m.toLowerCase() === 'défense'), marks.join(', '));
  assert.equal(await page.locator('#search-button').textContent(), 'Rechercher', 'French labels for a French browser');
  await page.close();
});

test('an article with <script> and <img onerror> in its text shows it as text and runs nothing', { skip: SKIP }, async () => {
  const page = await open(`#/doc/${await docId(/piégé/u)}`);
  await page.locator('.doc-text').waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  const text = await page.locator('.doc-text').textContent() ?? '';
  assert.ok(text.includes("<script>window.__pwned = 'script'</script>"), text);
  assert.ok(text.includes('<img src=x onerror="window.__pwned = \'img\'">'));
  assert.ok(await page.getByText('<img src=x onerror', { exact: false }).first().isVisible());
  assert.equal(await page.locator('.doc-text script, .doc-text img, h1 script').count(), 0);
  await page.goto(`${served.url}#/search/refusons`);
  await page.locator('.hits li').first().waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  await page.close();
});

test('the pages break no Content-Security-Policy rule', { skip: SKIP }, async () => {
  const page = await open('#/network');
  await page.locator('#network-graph canvas').first().waitFor();
  await page.goto(`${served.url}#/actor/${encodeURIComponent('Vladimir Poutine')}`);
  await page.locator('#actor-quotes').waitFor();
  await page.close();
  assert.deepEqual(cspViolations, []);
});
