/**
 * `text` as an absolute http: or https: URL; undefined for anything else (malformed, relative, file:, git+ssh:…).
 * The one check before a registry address, a tarball's origin or a proxy target is taken apart.
 */
export function parseHttpUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}
