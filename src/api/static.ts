/**
 * The dashboard's files from web/dist: a path is resolved inside that folder only; any other page
 * path gets index.html (the dashboard routes in the browser). Without a build, a page says how to make one.
 */
import type { Hono } from 'hono';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { notFound } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json',
};

export const MISSING_BUILD = 'The dashboard is not built: run `npm run build:web` (or `npx vite build web`) in the vigie folder, then start `vigie serve` again. The API is at /api/.';

function fileIn(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}

export function staticRoutes(app: Hono, webDir: string | null | undefined): void {
  const root = webDir && existsSync(join(webDir, 'index.html')) ? normalize(webDir) : null;
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') throw notFound(`endpoint ${c.req.path}`);
    if (!root) return c.text(MISSING_BUILD, 503);
    const file = c.req.path === '/' ? null : fileIn(root, c.req.path);
    if (!file && extname(c.req.path)) throw notFound(`file ${c.req.path}`);
    const path = file ?? join(root, 'index.html');
    c.header('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
    c.header('Cache-Control', path.includes(`${sep}assets${sep}`) ? 'max-age=31536000, immutable' : 'no-cache');
    return c.body(readFileSync(path));
  });
}
