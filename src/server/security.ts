import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * Safe by default: the server binds a loopback address and then only answers requests addressed to a
 * loopback name (so a web page cannot reach it through DNS rebinding); any other address needs a
 * token that every API request must carry. State-changing requests must be JSON from the same
 * origin, which a cross-site form or `no-cors` fetch cannot send.
 */

/** A host name or address that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return bare === 'localhost' || bare === '::1' || /^127(?:\.\d{1,3}){3}$/.test(bare) || bare.endsWith('.localhost');
}

/**
 * Constant-time comparison: both sides are hashed first, so the comparison always runs over two
 * equal-length digests and neither the length nor a prefix of the token leaks through timing.
 */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export { MIN_TOKEN_LENGTH } from './token-length.js';

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // Vite inlines small images and fonts as data: URLs.
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
};

/** Without a token, only requests addressed to a loopback name are answered (DNS rebinding). */
export function loopbackOnly(): MiddlewareHandler {
  return async (c, next) => {
    const host = new URL(c.req.url).hostname;
    if (!isLoopbackHost(host)) {
      return c.json({ error: `host '${host}' is not a loopback name; open the dashboard at 127.0.0.1 or localhost` }, 403);
    }
    return next();
  };
}

/** Every API request carries `Authorization: Bearer <token>`. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !tokensMatch(match[1]!, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="cockpit"');
      return c.json({ error: header ? 'the token is not valid' : 'this server needs a token: send Authorization: Bearer <OPS_SERVER_TOKEN>' }, 401);
    }
    return next();
  };
}

/** `Origin: null` (sandboxed frames, file pages) and unparsable origins count as foreign. */
function sameHost(origin: string, url: string): boolean {
  try {
    return new URL(origin).host === new URL(url).host;
  } catch {
    return false;
  }
}

/**
 * POST and friends: JSON only, and from this origin when the browser says where it comes from.
 * A JSON content type cannot be sent cross-site without a CORS preflight, which this server never grants.
 */
export function sameOriginJson(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return c.json({ error: 'send the request body as application/json' }, 415);
    const origin = c.req.header('Origin');
    if (origin !== undefined && !sameHost(origin, c.req.url)) return c.json({ error: 'cross-origin requests are not accepted' }, 403);
    return next();
  };
}
