/**
 * The Hono application of `vigie serve`: security headers, host check, read endpoints open, write
 * endpoints behind the bearer token, the dashboard's files, and one error handler for all.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiOptions } from './deps.js';
import { ApiError, handleError, notFound } from './errors.js';
import { hostCheck, securityHeaders } from './security.js';
import { documentRoutes } from './routes/documents.js';
import { actorRoutes } from './routes/actors.js';
import { quoteRoutes } from './routes/quotes.js';
import { eventRoutes } from './routes/events.js';
import { dyadRoutes } from './routes/dyads.js';
import { networkRoutes } from './routes/network.js';
import { searchRoutes } from './routes/search.js';
import { metaRoutes } from './routes/meta.js';
import { writeRoutes } from './routes/write.js';
import { staticRoutes } from './static.js';

const DEFAULT_MAX_BODY = 10 * 1024 * 1024;

export function createApp(o: ApiOptions): Hono {
  const app = new Hono();
  app.onError(handleError);
  app.notFound((c) => handleError(notFound(`endpoint ${c.req.method} ${c.req.path}`), c));
  app.use('*', securityHeaders());
  app.use('*', hostCheck(o.allowedHosts));
  app.use('/api/*', bodyLimit({
    maxSize: o.maxBodyBytes ?? DEFAULT_MAX_BODY,
    onError: () => { throw new ApiError(413, 'E_BODY', null, `the body is larger than ${o.maxBodyBytes ?? DEFAULT_MAX_BODY} bytes`); },
  }));
  metaRoutes(app, o);
  documentRoutes(app, o.store);
  actorRoutes(app, o.store);
  quoteRoutes(app, o.store);
  eventRoutes(app, o.store);
  dyadRoutes(app, o.store);
  networkRoutes(app, o.store);
  searchRoutes(app, o.store);
  writeRoutes(app, o);
  staticRoutes(app, o.webDir);
  return app;
}
