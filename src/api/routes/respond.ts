/** CSV responses: the next page's cursor travels in a header, since CSV has no room for it. */
import type { Context } from 'hono';

export function sendCsv(c: Context, body: string, next: string | null, filename: string): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
  if (next) c.header('X-Next-Cursor', next);
  return c.body(body);
}
