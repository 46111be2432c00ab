import type { Region } from '../findings/model.js';
import type { LakeRecord } from '../lake/record.js';

/**
 * Links from a finding to its lines on the forge, at the commit the record was audited at:
 * GitHub `https://host/o/r/blob/<sha>/<path>#L10-L12`, GitLab `https://host/g/p/-/blob/<sha>/<path>#L10-12`.
 * Only when the record names the repository's address and the commit; a remote the forge cannot be
 * told from, or anything malformed, gives no link rather than a wrong one.
 */

type Forge = 'github' | 'gitlab';
type Source = NonNullable<LakeRecord['source']>;

const SEGMENT = /^[A-Za-z0-9_.~-]+$/;
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
const COMMIT = /^[0-9a-f]{7,64}$/i;

/** `origin` (scheme, host, port) and repository path of a remote, or undefined. */
function parseRemote(remote: string): { origin: string; host: string; path: string } | undefined {
  const text = remote.trim();
  if (text === '' || /[\s\u0000-\u001f\u007f]/.test(text)) return undefined;
  let scheme: string;
  let host: string;
  let port = '';
  let repositoryPath: string;
  const scp = /^(?:[^@/:]+@)?([^@/:]{2,}):(?!\/\/)(.+)$/.exec(text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    const protocol = url.protocol.toLowerCase();
    if (protocol === 'https:' || protocol === 'http:') {
      scheme = protocol.slice(0, -1);
      port = url.port;
    } else if (protocol === 'ssh:' || protocol === 'git:' || protocol === 'git+ssh:' || protocol === 'ssh+git:') {
      // The forge's web pages are https; an ssh port says nothing about them.
      scheme = 'https';
    } else {
      return undefined;
    }
    host = url.hostname.toLowerCase();
    try {
      repositoryPath = decodeURIComponent(url.pathname);
    } catch {
      return undefined;
    }
  } else if (scp) {
    scheme = 'https';
    host = scp[1]!.toLowerCase();
    repositoryPath = scp[2]!;
  } else {
    return undefined;
  }
  if (!HOST.test(host)) return undefined;
  const segments = repositoryPath.replace(/\/+$/, '').replace(/\.git$/i, '').split('/').filter((segment) => segment !== '');
  if (segments.length < 2 || segments.some((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..')) return undefined;
  return { origin: `${scheme}://${host}${port ? `:${port}` : ''}`, host, path: segments.join('/') };
}

/** GitHub (github.com, GitHub Enterprise Cloud `*.ghe.com`, hosts named `github.*`) or GitLab (`gitlab.com`, hosts named `gitlab.*`). */
function forgeOfHost(host: string): Forge | undefined {
  if (host === 'github.com' || host.endsWith('.ghe.com') || /(^|\.)github\./.test(host)) return 'github';
  if (host === 'gitlab.com' || /(^|\.)gitlab\./.test(host)) return 'gitlab';
  return undefined;
}

/** The path of a report file under the repository's top, each segment percent-encoded; undefined for anything that would leave it. */
function encodedFilePath(root: string | undefined, file: string): string | undefined {
  const joined = [root ?? '', file].filter((part) => part !== '' && part !== '.').join('/');
  const segments = joined.split('/');
  if (joined === '' || joined.startsWith('/') || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined;
  return segments.map((segment) => encodeURIComponent(segment)).join('/');
}

/** A function from a finding's file and lines to its link, or undefined when this source cannot give links. */
export function codeLinker(source: Source | undefined): ((file: string, region: Pick<Region, 'startLine' | 'endLine'>) => string | undefined) | undefined {
  if (!source?.remote || !source.commit || !COMMIT.test(source.commit)) return undefined;
  const remote = parseRemote(source.remote);
  if (!remote) return undefined;
  const forge = source.forge ?? forgeOfHost(remote.host);
  if (!forge) return undefined;
  const commit = source.commit.toLowerCase();
  const base = forge === 'github' ? `${remote.origin}/${remote.path}/blob/${commit}` : `${remote.origin}/${remote.path}/-/blob/${commit}`;
  return (file, { startLine, endLine }) => {
    const encoded = encodedFilePath(source.root, file);
    if (!encoded) return undefined;
    const lines = endLine > startLine ? (forge === 'github' ? `L${startLine}-L${endLine}` : `L${startLine}-${endLine}`) : `L${startLine}`;
    return `${base}/${encoded}#${lines}`;
  };
}

/** Links by finding fingerprint, for every finding of a record that has one. */
export function codeLinks(record: LakeRecord): Record<string, string> {
  const link = codeLinker(record.source);
  const links: Record<string, string> = {};
  if (!link) return links;
  for (const finding of [...record.agent.findings, ...record.agent.suppressed]) {
    const url = link(finding.file, finding.region);
    if (url) links[finding.fingerprint] = url;
  }
  return links;
}
