/** Response headers every answer carries: a strict Content-Security-Policy (no inline script), no sniffing, no framing. */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}

/**
 * Refuses requests whose Host is not one of ours: a page on another site cannot reach a server on
 * 127.0.0.1 by pointing its own host name there (DNS rebinding). Names without port; no list: any host.
 */
export function hostCheck(allowed: readonly string[] | undefined): MiddlewareHandler {
  const hosts = allowed ? new Set(allowed.map((h) => h.toLowerCase())) : null;
  return async (c, next) => {
    if (hosts) {
      // The request URL is built from the Host header by the node server.
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!hosts.has(host)) throw new ApiError(403, 'E_HOST', 'Host', `this server answers to ${[...hosts].join(', ')}, not '${host}'`);
    }
    await next();
  };
}
