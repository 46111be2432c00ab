import type { ReactNode } from 'react';

/**
 * The rule docs are markdown-ish text. This renders the few shapes they use (headings, paragraphs,
 * `code`, **bold**, *emphasis*, bullet lists, http(s) links) as React elements: text stays text,
 * nothing is ever parsed as HTML.
 */
const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*|https?:\/\/[^\s)<>]+)/g;

function inline(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const match of text.matchAll(INLINE)) {
    const token = match[0];
    const at = match.index;
    if (at > cursor) parts.push(text.slice(cursor, at));
    if (token.startsWith('`')) parts.push(<code key={at}>{token.slice(1, -1)}</code>);
    else if (token.startsWith('**')) parts.push(<strong key={at}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('*')) parts.push(<em key={at}>{token.slice(1, -1)}</em>);
    else {
      const url = token.replace(/[.,;:]+$/, '');
      parts.push(
        <a key={at} href={url} rel="noreferrer noopener" target="_blank">
          {url}
        </a>,
      );
      if (url.length < token.length) parts.push(token.slice(url.length));
    }
    cursor = at + token.length;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}

export function RichText({ text }: { text: string }) {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  return (
    <div className="rich-text">
      {blocks.map((block, index) => {
        const trimmed = block.trim();
        if (trimmed === '') return null;
        const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
        if (heading && !trimmed.includes('\n')) return <h4 key={index}>{inline(heading[2]!.replace(/`/g, ''))}</h4>;
        const lines = trimmed.split('\n');
        if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
          return (
            <ul key={index}>
              {lines.map((line, item) => (
                <li key={item}>{inline(line.replace(/^\s*[-*]\s+/, ''))}</li>
              ))}
            </ul>
          );
        }
        if (trimmed.startsWith('```')) return <pre key={index}>{trimmed.replace(/^```\w*\n?/, '').replace(/\n?```$/, '')}</pre>;
        return <p key={index}>{inline(lines.join(' '))}</p>;
      })}
    </div>
  );
}
