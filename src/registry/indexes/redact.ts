/** Scheme plus userinfo; greedy so an unencoded '@' in a password still ends at the last '@' of the authority. */
const USERINFO = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*)@/;

export interface SplitUrl {
  url: string;
  username?: string;
  password?: string;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Separates `https://user:pass@host/x` into the bare URL and its (decoded) userinfo. Keeps the rest of the string as written. */
export function splitUrlCredentials(raw: string): SplitUrl {
  const m = USERINFO.exec(raw);
  if (!m) return { url: raw };
  const info = m[2] ?? '';
  const url = (m[1] ?? '') + raw.slice(m[0].length);
  const colon = info.indexOf(':');
  if (colon < 0) return info ? { url, username: decode(info) } : { url };
  return { url, username: decode(info.slice(0, colon)), password: decode(info.slice(colon + 1)) };
}

/**
 * `https://user:****@host/path`. A username with no password is masked too: in URLs such as
 * `https://ghp_xxx@host` the "username" is the token.
 */
export function redactUrl(raw: string): string {
  const m = USERINFO.exec(raw);
  if (!m) return raw;
  const info = m[2] ?? '';
  const colon = info.indexOf(':');
  const shown = colon < 0 ? '****' : `${info.slice(0, colon)}:****`;
  return `${m[1] ?? ''}${shown}@${raw.slice(m[0].length)}`;
}
