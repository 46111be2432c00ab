import type { SourceFile } from '../../source/read-sources.js';
import type { RuleMeta } from '../types.js';

/** Fields every reliability rule shares. */
export const RELIABILITY_BASE = { persona: 'sre', category: 'reliability' } as const satisfies Pick<RuleMeta, 'persona' | 'category'>;

export function isPython(file: SourceFile): boolean {
  return file.language === 'python';
}

export function isScript(file: SourceFile): boolean {
  return file.language === 'typescript' || file.language === 'javascript';
}

export function isYaml(file: SourceFile): boolean {
  return /\.ya?ml$/i.test(file.path);
}

/** The last dotted segment: `client.chat.completions.create` → `create`. */
export function lastSegment(name: string): string {
  const index = name.lastIndexOf('.');
  return index === -1 ? name : name.slice(index + 1);
}

/** Short, stable text for a node in messages and fingerprints (never long code). */
export function brief(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
