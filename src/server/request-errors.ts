import type { Context } from 'hono';
import { redactQuoted } from '../config/shown-text.js';
import { redactText } from '../secrets/sensitive-spans.js';

/**
 * The API's own error messages that quote the request (a parameter, a URL path): masked by the
 * audit's redaction and kept to one readable line, since they go back to whoever sent them.
 */

/** A parse failure as one line: the first issue, named by the parameter it is about. */
export function validationMessage(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const where = issue.path.map(String).join('.');
  return shownInput(where ? `${where}: ${issue.message}` : issue.message);
}

/**
 * Text that may quote what the client sent (a URL path, a parameter): secrets and personal data
 * masked by the audit's own redaction, key-shaped runs too, and cut to a readable length.
 */
function shownInput(text: string): string {
  return redactQuoted(redactText(text), 200);
}

/** A URL path as a 404 shows it: each segment redacted on its own, so the route around a key stays readable. */
function shownPath(pathname: string): string {
  // Decoding may turn `%0a` into a line break: control characters would break the one-line message.
  const shown = redactText(pathname.replace(/[\u0000-\u001f\u007f]/g, '?'))
    .split('/')
    .map((segment) => redactQuoted(segment))
    .join('/');
  return shown.length > 200 ? `${shown.slice(0, 199)}…` : shown;
}

/** The request's path as the client typed it: a key sent percent-encoded is still found and masked. */
function decodedPath(c: Context): string {
  const pathname = new URL(c.req.url).pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

export function isApiPath(c: Context): boolean {
  const pathname = new URL(c.req.url).pathname;
  return pathname === '/api' || pathname.startsWith('/api/');
}

/** The 404 of an unknown API path: the method and the path as the client typed it, redacted. */
export function unknownEndpointMessage(c: Context): string {
  return `no such endpoint: ${c.req.method} ${shownPath(decodedPath(c))}`;
}
