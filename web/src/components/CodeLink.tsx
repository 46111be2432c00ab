/**
 * A link to a finding's lines on GitHub or GitLab at the audited commit (the server builds it from the
 * record: src/server/code-links.ts). Opens in a new tab; only http(s) addresses are ever rendered.
 */
export function CodeLink({ url, where, commit, compact = false }: { url: string | undefined; where: string; commit?: string | undefined; compact?: boolean }) {
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    host = parsed.host;
  } catch {
    return null;
  }
  const at = commit ? ` at ${commit.slice(0, 7)}` : '';
  return (
    <a className="code-link" href={url} target="_blank" rel="noopener noreferrer" aria-label={compact ? `code of ${where} on ${host}${at} (new tab)` : `Open ${where} on ${host}${at} (new tab)`} title={`${where} on ${host}${at}`}>
      {compact ? 'code' : `${host}${at}`}
      {/* Drawn, not a glyph: the arrow character is missing from many fonts. */}
      <svg className="code-link-icon" viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
        <path d="M4 2h6v6M10 2L3 9" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </a>
  );
}
