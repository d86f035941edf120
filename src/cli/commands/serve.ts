/**
 * `vigie serve`: the REST API and the dashboard over a store, on 127.0.0.1 by default. Writes need
 * the bearer token printed at start (or VIGIE_TOKEN). `--ingest examples` stores a corpus first.
 */
import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadVigie, type Vigie } from '../../pipeline/load.js';
import { loadCameoOntology } from '../../cameo/ontology.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { ingest } from '../../store/ingest.js';
import { readSources, type SourceOptions } from '../../sources/urls.js';
import { VigieError } from '../../model/errors.js';
import { packageRoot, defaultDataDir } from '../../paths.js';
import { createApp } from '../../api/app.js';
import { once } from '../../api/deps.js';
import { newToken } from '../../api/auth.js';
import { isLoopback, listen, loopbackHosts } from '../../api/server.js';
import { dataOption } from '../options.js';
import { dbOption, openExistingStore } from '../store-options.js';

interface ServeOpts { db: string; port: string; host: string; allowPrivate?: boolean; ingest?: string[]; web: string; data?: string }

const say = (line: string): void => { process.stdout.write(`vigie serve: ${line}\n`); };

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new VigieError('E_USAGE', '--port', `expected a port from 0 to 65535, got '${v}'`);
  return n;
}

async function ingestFirst(sources: string[], store: Store, vigie: Vigie): Promise<void> {
  const missing = sources.filter((s) => !/^https?:\/\//iu.test(s) && !existsSync(s));
  if (missing.length) throw new VigieError('E_NOT_FOUND', missing[0], 'nothing to ingest here');
  const opts: SourceOptions = { calendars: vigie.calendars, fetch: {} };
  const counts = await ingest(readSources(sources, opts), store, (d) => vigie.pipeline.analyze(d), {
    onFailure: (source, e) => process.stderr.write(`vigie serve: ${e.where ? e.message : `${source}: ${e.message}`}\n`),
  });
  say(`ingested ${sources.join(', ')}: ${counts.read} read, ${counts.stored} stored, ${counts.unchanged} already there, ${counts.failed} failed`);
}

/** Resolves when the server has stopped (SIGINT or SIGTERM). */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function registerServe(program: Command): void {
  program.command('serve')
    .description('serve the REST API (/api/) and the dashboard (/) over the store; read endpoints are open, writes need the printed token')
    .addOption(dbOption())
    .addOption(new Option('--port <n>', 'port to listen on (0: any free port)').default('8765'))
    .addOption(new Option('--host <address>', 'address to listen on; anything but loopback exposes the store to the network').default('127.0.0.1'))
    .option('--allow-private', 'let POST /api/ingest fetch URLs on loopback and private networks')
    .option('--ingest <sources...>', 'first ingest these files, directories or URLs (what is already stored is skipped), e.g. --ingest examples')
    .addOption(new Option('--web <dir>', 'the built dashboard').default(join(packageRoot, 'web', 'dist')))
    .addOption(dataOption())
    .action(async (o: ServeOpts) => {
      const p = port(o.port);
      const dataDir = o.data ?? defaultDataDir;
      const knowledge = once(() => loadVigie(dataDir));
      const store = o.ingest ? openStore(o.db) : openExistingStore(o.db);
      try {
        if (o.ingest) await ingestFirst(o.ingest, store, knowledge());
        const fromEnv = Boolean(process.env.VIGIE_TOKEN);
        const token = process.env.VIGIE_TOKEN || newToken();
        const hasWeb = existsSync(join(o.web, 'index.html'));
        const app = createApp({
          store, token, knowledge, cameo: once(() => loadCameoOntology(dataDir)), allowPrivate: o.allowPrivate,
          webDir: hasWeb ? o.web : null, allowedHosts: loopbackHosts(o.host),
        });
        const server = await listen(app, o.host, p);
        const stats = await store.stats();
        say(`store ${store.location}: ${stats.documents} documents, ${stats.events} events, ${stats.quotes} quotes`);
        if (!hasWeb) say(`the dashboard is not built (no ${join(o.web, 'index.html')}): run \`npm run build:web\`; serving the API only`);
        if (!isLoopback(o.host)) say(`warning: listening on ${o.host}: anyone who can reach it can read the store`);
        say(fromEnv ? 'write token: from VIGIE_TOKEN' : `write token: ${token}  (Authorization: Bearer …; set VIGIE_TOKEN to choose it)`);
        say(`listening on ${server.url}  (API: ${server.url}api/, description: ${server.url}api/openapi.json; Ctrl-C stops)`);
        await untilStopped();
        await server.close();
      } finally {
        await store.close();
      }
    });
}
