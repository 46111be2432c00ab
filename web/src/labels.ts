import type { Persona, Severity, Verdict } from './api/types.js';

/** Persona names come from the text report's labels (a plain module: nothing of the server is bundled). */
export { PERSONA_LABELS } from '../../src/report/labels.js';
export const PERSONAS: readonly Persona[] = ['secops', 'architecture', 'sre', 'finops', 'governance', 'ux'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];
export const VERDICTS: readonly Verdict[] = ['pass', 'security-block', 'policy-block', 'failed'];

export const VERDICT_LABELS: Record<Verdict, string> = {
  pass: 'Pass',
  'security-block': 'Security block',
  'policy-block': 'Policy block',
  failed: 'Failed',
};

export const VERDICT_DESCRIPTIONS: Record<Verdict, string> = {
  pass: 'no blocking findings',
  'security-block': 'secrets or personal data found (exit 1)',
  'policy-block': 'architecture or policy violation (exit 2)',
  failed: 'the audit could not be completed (exit 3)',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', note: 'Note' };

export { plural } from '../../src/util/plural.js';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A finding's age in words, from the API's whole days ("less than a day", "1 day", "12 days"). */
export function formatAge(days: number): string {
  return days < 1 ? 'less than a day' : days === 1 ? '1 day' : `${days} days`;
}

/** The time between two instants in words: minutes, hours, then whole days (how long a finding took to fix). */
export function formatDuration(fromIso: string, toIso: string): string {
  const minutes = Math.max(0, Math.floor((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  if (!Number.isFinite(minutes)) return '?';
  if (minutes < 60) return minutes <= 1 ? 'a minute or less' : `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
  return formatAge(Math.floor(hours / 24));
}

/** A roll-up folder as shown: the root agent and the repository entry sit at `.`, said in words. */
export function folderLabel(folder: string): string {
  return folder === '.' ? '. (repository root)' : folder;
}
