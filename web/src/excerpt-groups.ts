import type { AgentDetail, Finding } from './api/types.js';
import type { ExcerptMark } from './components/CodeExcerpt.js';

type ExcerptGroup = AgentDetail['excerptGroups'][number];

/** Findings shown against one excerpt: several when their lines overlap, one otherwise. */
export interface ShownGroup {
  key: string;
  findings: Finding[];
  excerpt?: { file: string; startLine: number; lines: string[]; hitLines: Array<[number, number]>; marks: ExcerptMark[] };
}

function markLabel(finding: Finding): string {
  return `${finding.title} (${finding.ruleId})`;
}

/**
 * One persona's findings (in the page's order: worst first) as the excerpts to show: findings that
 * share an excerpt group of the server are shown once, together, in order of position, at the place
 * of the group's first finding. The server merges windows across personas; here the excerpt is cut
 * back to the lines these findings need, and only their spans are marked.
 */
export function shownGroups(findings: readonly Finding[], groups: readonly ExcerptGroup[]): ShownGroup[] {
  const groupOf = new Map<string, ExcerptGroup>();
  for (const group of groups) for (const entry of group.findings) groupOf.set(entry.fingerprint, group);
  const members = new Map<ExcerptGroup | string, Finding[]>();
  for (const finding of findings) {
    const key = groupOf.get(finding.fingerprint) ?? finding.fingerprint;
    members.set(key, [...(members.get(key) ?? []), finding]);
  }
  return [...members].map(([key, list]) => {
    if (typeof key === 'string') return { key, findings: list };
    const ordered = [...list].sort((a, b) => a.region.startLine - b.region.startLine || a.region.startColumn - b.region.startColumn);
    const wanted = new Map(ordered.map((finding) => [finding.fingerprint, finding]));
    // The lines these findings need: the union of their own windows, as the server cut them.
    const own = key.findings.filter((entry) => wanted.has(entry.fingerprint));
    const first = Math.max(key.startLine, Math.min(...own.map((entry) => entry.first)));
    const end = Math.min(key.startLine + key.lines.length - 1, Math.max(...own.map((entry) => entry.last)));
    const marks = key.findings.flatMap((entry) => {
      const finding = wanted.get(entry.fingerprint);
      return finding ? entry.marks.map((mark) => ({ ...mark, id: finding.fingerprint, label: markLabel(finding) })) : [];
    });
    return {
      key: `${key.file}:${key.startLine}:${ordered[0]!.fingerprint}`,
      findings: ordered,
      excerpt: {
        file: key.file,
        startLine: first,
        lines: key.lines.slice(first - key.startLine, end - key.startLine + 1),
        hitLines: ordered.map((finding) => [finding.region.startLine, Math.max(finding.region.startLine, finding.region.endLine)] as [number, number]),
        marks,
      },
    };
  });
}
