/**
 * `node --import tsx scripts/screenshots.ts [BASE_URL]`: screenshots of the dashboard for the README
 * (docs/screenshot-article.png, docs/screenshot-dyad.png) with Debian's Chromium. Without a URL it
 * starts `vigie serve --ingest examples <seed>` on a temporary store.
 */
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, ensureWebBuild, serveStore } from '../test/web/server.js';

const SEED = join(ROOT, '..', 'shared', 'corpus', 'seed.txt');

ensureWebBuild();
const served = process.argv[2] ? { url: process.argv[2].replace(/\/?$/u, '/'), stop: async () => {} } : await serveStore([join(ROOT, 'examples'), SEED]);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'fr-FR', deviceScaleFactor: 1 });
  const docs = (await (await fetch(`${served.url}api/documents?limit=1000`)).json()) as { items: { id: number; title: string | null }[] };
  const seed = docs.items.find((d) => /Chine-Russie/u.test(d.title ?? ''));
  if (!seed) throw new Error('the seed article is not in the store');
  await page.goto(`${served.url}#/doc/${seed.id}`);
  await page.locator('.items.quotes button', { hasText: 'Nos contacts' }).click();
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-article.png') });
  await page.goto(`${served.url}#/dyad/RUS/CHN`);
  await page.locator('#dyad-line').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot-dyad.png') });
  process.stdout.write('docs/screenshot-article.png, docs/screenshot-dyad.png\n');
} finally {
  await browser.close();
  await served.stop();
}
