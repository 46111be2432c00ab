import { inspect } from 'node:util';
import { redactUrl } from './redact.js';

export type Ecosystem = 'pypi' | 'npm';
type IndexRole = 'primary' | 'extra' | 'scoped' | 'mirror';
/** Which tool's configuration produced the entry; pip and uv read different files for the same ecosystem. */
type IndexTool = 'pip' | 'uv' | 'npm' | 'cockpit' | 'default';

export interface IndexSetting {
  ecosystem: Ecosystem;
  role: IndexRole;
  /** npm scope such as `@acme`, only for role 'scoped'. */
  scope?: string;
  /** Index URL with any userinfo removed. */
  url: string;
  hasCredentials: boolean;
  /** Where the secret came from: 'url', '.netrc', 'project .npmrc _authToken', 'env UV_INDEX_FOO_PASSWORD' … */
  credentialSource?: string;
  /** Where the URL was configured: 'flag --index-url', '/home/u/.config/pip/pip.conf [global] index-url' … */
  origin: string;
  tool: IndexTool;
}

export type Credential =
  | { kind: 'basic'; username: string; password?: string; source: string }
  | { kind: 'bearer'; token: string; source: string };

export interface RedactedCredential {
  ecosystem: Ecosystem;
  url: string;
  kind: Credential['kind'];
  source: string;
  username?: string;
}

const key = (s: Pick<IndexSetting, 'ecosystem' | 'url'>): string => `${s.ecosystem} ${s.url}`;

/**
 * Secrets for discovered indexes, kept apart from IndexSetting so settings can be logged and serialised freely.
 * The map lives in a #private field: JSON.stringify, util.inspect and structuredClone cannot see it.
 */
export class Credentials {
  readonly #byIndex = new Map<string, Credential>();

  /** First writer wins: callers add in precedence order. */
  set(index: Pick<IndexSetting, 'ecosystem' | 'url'>, credential: Credential): void {
    if (!this.#byIndex.has(key(index))) this.#byIndex.set(key(index), credential);
  }

  get(index: Pick<IndexSetting, 'ecosystem' | 'url'>): Credential | undefined {
    return this.#byIndex.get(key(index));
  }

  /** Value for an HTTP Authorization header, or undefined when the index has no credentials. */
  authorizationHeader(index: Pick<IndexSetting, 'ecosystem' | 'url'>): string | undefined {
    const c = this.get(index);
    if (!c) return undefined;
    if (c.kind === 'bearer') return `Bearer ${c.token}`;
    return `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
  }

  get size(): number {
    return this.#byIndex.size;
  }

  toJSON(): RedactedCredential[] {
    return [...this.#byIndex.entries()].map(([k, c]) => {
      const space = k.indexOf(' ');
      const out: RedactedCredential = {
        ecosystem: k.slice(0, space) as Ecosystem,
        url: k.slice(space + 1),
        kind: c.kind,
        source: c.source,
      };
      // A username without a password is usually a token (https://TOKEN@host), so only show it beside a password.
      if (c.kind === 'basic' && c.password !== undefined) out.username = c.username;
      return out;
    });
  }

  toString(): string {
    return `Credentials(${this.size} redacted)`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

export interface DiscoverOptions {
  cwd: string;
  home: string;
  env: NodeJS.ProcessEnv;
  flags?: { indexUrl?: string; extraIndexUrls?: string[]; npmRegistry?: string };
  cockpitRegistries?: Record<string, unknown>;
  virtualEnv?: string;
  /** Stands in for `/etc` (pip.conf, xdg, uv); tests point it at a temp folder. */
  systemConfigDir?: string;
}

export interface DiscoveryResult {
  indexes: IndexSetting[];
  /** Asked in order when an index refuses, fails or answers a broken document; the public registries unless cockpit.yaml `registries.mirrors` says otherwise. */
  mirrors: Record<Ecosystem, IndexSetting[]>;
  credentials: Credentials;
  warnings: string[];
  /** cockpit.yaml `registries.private`: patterns of names never sent to a public index. */
  privateNames: string[];
  /** cockpit.yaml `registries.best-effort`. */
  bestEffort: boolean;
}

/** An index URL as found, before credentials are split off. Internal to the discovery modules. */
export interface Candidate {
  role: IndexRole;
  scope?: string;
  rawUrl: string;
  origin: string;
  tool: IndexTool;
  /** Credentials that come from somewhere other than the URL (npm auth keys, UV_INDEX_*_PASSWORD). */
  credential?: Credential;
}

export const DEFAULT_PYPI = 'https://pypi.org/simple';
export const DEFAULT_NPM = 'https://registry.npmjs.org/';

/** What may be shown of an index setting: the redacted URL and where it and its credential came from, never the credential. */
export function describeIndex(index: IndexSetting): Pick<IndexSetting, 'role' | 'url' | 'origin' | 'hasCredentials'> & { scope?: string; credentialSource?: string } {
  return {
    role: index.role,
    ...(index.scope ? { scope: index.scope } : {}),
    url: redactUrl(index.url),
    origin: index.origin,
    hasCredentials: index.hasCredentials,
    ...(index.credentialSource ? { credentialSource: index.credentialSource } : {}),
  };
}
