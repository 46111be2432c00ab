import { createHash, randomBytes } from 'node:crypto';

/** A fresh password per server: nothing key-like is committed, and two runs never share one. */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * An htpasswd line in an RFC 2307 scheme: nginx's auth_basic reads `{SSHA}` (salted SHA-1) and `{SHA}`,
 * Verdaccio's htpasswd plugin only `{SHA}` of the two. Weak by today's standards, fine for a throwaway server.
 */
export function htpasswdLine(username: string, password: string, scheme: 'SSHA' | 'SHA' = 'SSHA'): string {
  if (scheme === 'SHA') return `${username}:{SHA}${createHash('sha1').update(password).digest('base64')}\n`;
  const salt = randomBytes(8);
  const digest = createHash('sha1').update(password).update(salt).digest();
  return `${username}:{SSHA}${Buffer.concat([digest, salt]).toString('base64')}\n`;
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
