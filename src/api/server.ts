/** Listens on a host and port with @hono/node-server; resolves with the address once listening. */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { VigieError } from '../model/errors.js';

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export const isLoopback = (host: string): boolean => LOOPBACK.has(host) || /^127\./u.test(host);

/** The host names a loopback server answers to (none checked for other hosts). */
export function loopbackHosts(host: string): string[] | undefined {
  if (!isLoopback(host)) return undefined;
  return ['127.0.0.1', 'localhost', '[::1]', host.includes(':') ? `[${host}]` : host];
}

export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  return new Promise((resolve, reject) => {
    let server: ServerType;
    const fail = (e: NodeJS.ErrnoException): void => {
      const why = e.code === 'EADDRINUSE' ? 'the port is in use (try --port 0 for any free port)' : e.code === 'EACCES' ? 'permission denied' : e.message;
      reject(new VigieError('E_USAGE', `${host}:${port}`, `cannot listen: ${why}`));
    };
    try {
      server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
        server.off('error', fail);
        const h = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${h}:${info.port}/`, port: info.port,
          close: () => new Promise((done) => { server.close(() => done()); }),
        });
      });
      server.once('error', fail);
    } catch (e) {
      fail(e as NodeJS.ErrnoException);
    }
  });
}
