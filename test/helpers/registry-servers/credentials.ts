import { createHash, randomBytes } from 'node:crypto';

/** A fresh password per server: nothing key-like is committed, and two runs never share one. */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * An htpasswd line in the RFC 2307 `{SHA}` scheme, the one Verdaccio's htpasswd plugin reads.
 * Weak by today's standards, fine for a throwaway server.
 */
export function htpasswdLine(username: string, password: string): string {
  return `${username}:{SHA}${createHash('sha1').update(password).digest('base64')}\n`;
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
