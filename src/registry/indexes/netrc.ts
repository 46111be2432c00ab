/**
 * ~/.netrc as Python's netrc module reads it (pip and uv both honour it): whitespace-separated tokens,
 * `machine`/`default` entries with `login`, `password`, `account`; `macdef` bodies run to the next blank line.
 * A later entry for the same machine replaces an earlier one; `default` applies when no machine matches.
 */
export interface NetrcEntry {
  login: string;
  password: string;
}

export interface Netrc {
  machines: Map<string, NetrcEntry>;
  fallback?: NetrcEntry;
}

export class NetrcError extends Error {}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*#/.test(line)) continue;
    const words = line.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
    for (let w = 0; w < words.length; w++) {
      const word = words[w] ?? '';
      if (word === 'macdef') {
        // Skip the macro name and its body, which ends at the first blank line.
        i++;
        while (i < lines.length && (lines[i] ?? '').trim() !== '') i++;
        break;
      }
      tokens.push(word.startsWith('"') && word.endsWith('"') && word.length >= 2 ? word.slice(1, -1).replace(/\\(.)/g, '$1') : word);
    }
  }
  return tokens;
}

export function parseNetrc(text: string): Netrc {
  const result: Netrc = { machines: new Map() };
  const tokens = tokenize(text);
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i++];
    let name: string | undefined;
    if (head === 'machine') {
      name = tokens[i++];
      if (name === undefined) throw new NetrcError('"machine" without a host name');
    } else if (head !== 'default') {
      throw new NetrcError(`unexpected token #${i}`);
    }
    const entry: NetrcEntry = { login: '', password: '' };
    while (i < tokens.length && tokens[i] !== 'machine' && tokens[i] !== 'default') {
      const field = tokens[i++];
      const value = tokens[i++];
      if (value === undefined) throw new NetrcError('keyword without a value at the end of the file');
      if (field === 'login' || field === 'user') entry.login = value;
      else if (field === 'password') entry.password = value;
      // Never echo the token: with an unquoted password containing a space, the "field" is part of the secret.
      else if (field !== 'account') throw new NetrcError('unknown keyword in an entry');
    }
    if (name === undefined) result.fallback = entry;
    else result.machines.set(name.toLowerCase(), entry);
  }
  return result;
}

/** Looks up by host name without port, as requests does. */
export function netrcFor(netrc: Netrc, url: string): NetrcEntry | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return netrc.machines.get(host) ?? netrc.fallback;
}
