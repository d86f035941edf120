/** A local HTTP server on 127.0.0.1 (port 0) serving pages, feeds and misbehaving responses for the web reader tests. */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ARTICLE_HTML = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Coopération militaire | Le Quotidien</title>
<meta property="article:published_time" content="2023-11-08T09:30:00+01:00"></head>
<body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li><li><a href="/abonnement">Abonnez-vous</a></li></ul></nav>
<header><div class="logo">Le Quotidien</div></header>
<main><article>
<h1>Coopération militaire</h1>
<p>La coopération militaire entre la Russie et la Chine est « de plus en plus importante », s'est réjoui mercredi le président Vladimir Poutine, qui recevait à Moscou le général chinois Zhang Youxia.</p>
<p>« Nos contacts dans le domaine militaire deviennent de plus en plus importants », a affirmé Vladimir Poutine, selon des propos rapportés par le Kremlin lors de cette rencontre.</p>
<p>Le ministre de la Défense Sergueï Choïgou a de son côté assuré que les deux pays ne créaient « pas un bloc militaire », contrairement à certains pays occidentaux.</p>
</article></main>
<aside><h3>Les plus lus</h3><ul><li><a href="/a">Un autre sujet</a></li></ul></aside>
<footer><p>© Le Quotidien 2023 — Mentions légales — Politique de confidentialité</p></footer>
</body></html>`;

const rss = (base: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Le Quotidien — Monde</title>
<item><title>Coopération militaire</title><link>${base}/page</link><pubDate>Wed, 08 Nov 2023 09:30:00 GMT</pubDate><guid>a1</guid>
<description>Résumé court.</description></item>
<item><title>Sommet à Bruxelles</title><link>${base}/missing</link><pubDate>Thu, 09 Nov 2023 10:00:00 GMT</pubDate>
<description><![CDATA[<p>Les dirigeants européens se sont réunis jeudi à Bruxelles pour discuter de l'aide à l'Ukraine.</p>]]></description></item>
<item><title>Sans lien ni résumé</title></item>
</channel></rss>`;

const atom = (base: string): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Daily — World</title>
<entry><title>Military cooperation</title><link rel="alternate" href="${base}/page"/><id>urn:1</id><published>2023-11-08T09:30:00Z</published>
<summary>Short summary.</summary></entry>
<entry><title>Png entry</title><link href="${base}/png"/><id>urn:2</id><updated>2023-11-10T00:00:00Z</updated>
<summary type="html">&lt;p&gt;The G7 called on Beijing not to help Moscow in the war, ministers said on Friday.&lt;/p&gt;</summary></entry>
</feed>`;

type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

const routes: Record<string, Handler> = {
  '/page': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(ARTICLE_HTML); },
  '/latin1': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }); res.end(Buffer.from(ARTICLE_HTML.replace(/[«»—©]/gu, '"'), 'latin1')); },
  '/rss': (_q, res, base) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(rss(base)); },
  '/atom': (_q, res, base) => { res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' }); res.end(atom(base)); },
  '/redirect': (_q, res) => { res.writeHead(302, { location: '/page' }); res.end(); },
  '/loop-a': (_q, res) => { res.writeHead(301, { location: '/loop-b' }); res.end(); },
  '/loop-b': (_q, res) => { res.writeHead(301, { location: '/loop-a' }); res.end(); },
  '/png': (_q, res) => { res.writeHead(200, { 'content-type': 'image/png' }); res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])); },
  '/never': () => { /* never answers */ },
  '/slow-body': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.write('<html><body><p>'); },
  '/big': (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = '<p>' + 'x'.repeat(16 * 1024) + '</p>';
    let sent = 0;
    const push = (): void => {
      let more = true;
      while (sent < 200 && more) { more = res.write(chunk); sent++; }
      if (sent >= 200) res.end(); else res.once('drain', push);
    };
    push();
  },
  '/big-declared': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }); res.write('<p>'); },
  '/boilerplate-only': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html><body><nav></nav></body></html>'); },
};

export interface TestServer { base: string; close(): Promise<void> }

export async function startServer(): Promise<TestServer> {
  let base = '';
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const route = routes[new URL(req.url ?? '/', base).pathname];
    if (route) route(req, res, base);
    else { res.writeHead(404, { 'content-type': 'text/html' }); res.end('<h1>Not found</h1>'); }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () => new Promise<void>((resolve) => {
      for (const r of open) r.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
