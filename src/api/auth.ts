/** Bearer-token check for the write endpoints: 401 without a token, 403 with a wrong one (compared in constant time). */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization');
    const m = header ? /^Bearer[ ]+(\S+)\s*$/iu.exec(header) : null;
    if (!m) throw new ApiError(401, 'E_AUTH', 'Authorization', 'this endpoint needs "Authorization: Bearer <token>" (the token vigie serve printed, or VIGIE_TOKEN)');
    if (!timingSafeEqual(digest(m[1]), expected)) throw new ApiError(403, 'E_FORBIDDEN', 'Authorization', 'wrong token');
    await next();
  };
}
