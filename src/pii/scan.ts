import type { CodeKind } from '../source/code-kind.js';
import { findCards } from './cards.js';
import { scanTarget } from './context.js';
import { findEmails } from './email.js';
import { findIbans } from './iban.js';
import { findPhones } from './phone.js';
import { findSsns } from './ssn.js';
import { piiLocation } from './location.js';
import { nearFakeMarker } from './test-data.js';
import type { PiiKind, PiiMatch } from './types.js';

/** When two detectors claim overlapping text, the stricter format wins. */
const PRIORITY: Readonly<Record<PiiKind, number>> = {
  'credit-card': 0,
  iban: 1,
  'us-ssn': 2,
  'personal-email': 3,
  'phone-number': 4,
};

/** A run of 13+ digits, possibly split by spaces or dashes: nothing shorter can be a card. */
const CARD_PREFILTER = /\d(?:[ -]?\d){12}/;
/** Two capitals and two digits: every IBAN starts that way. */
const IBAN_PREFILTER = /[A-Z]{2}\d{2}/;
/** Digit pairs around a separator, a 9-digit run or `+digit`: a shape every SSN and phone number has. */
const DIGIT_GROUPS = /\d{2}[ .)-]{1,2}\d{2}|\d{9}|\+\d/;

/**
 * All hardcoded personal data in one file's text, sorted by start, without overlaps, wherever the file
 * sits: what snippets, excerpts and diffs mask. `filePath` is POSIX and relative: it tells CSV headers,
 * package manifests and documents apart. What blocks is `scanShippedPii`.
 */
export function scanPii(text: string, filePath: string): PiiMatch[] {
  const target = scanTarget(text, filePath);
  // concat, not push(...spread): a data file can hold more matches than the call stack has room for.
  let found: PiiMatch[] = [];
  if (CARD_PREFILTER.test(text)) found = found.concat(findCards(text));
  if (IBAN_PREFILTER.test(text)) found = found.concat(findIbans(text));
  if (DIGIT_GROUPS.test(text)) found = found.concat(findSsns(target), findPhones(target));
  found = found.concat(findEmails(target));
  if (found.length === 0) return found;

  found.sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - a.end);
  const result: PiiMatch[] = [];
  for (const match of found) {
    const last = result[result.length - 1];
    if (last !== undefined && match.start < last.end) {
      // Overlap: keep the higher-priority one of the two.
      if (PRIORITY[match.kind] < PRIORITY[last.kind]) result[result.length - 1] = match;
      continue;
    }
    result.push(match);
  }
  return result;
}

/** Formats with a structure (issuer and Luhn, SSA ranges, mod-97): in test code only these can be a real record. */
const STRUCTURED: ReadonlySet<PiiKind> = new Set(['credit-card', 'us-ssn', 'iban']);

/**
 * The personal data that blocks a release: everything `scanPii` finds in files that ship; in test code
 * only structured values no fake-data marker explains; nothing in docs, recordings and sample data sets
 * (see location.ts).
 */
export function scanShippedPii(text: string, filePath: string, codeKind?: CodeKind): PiiMatch[] {
  switch (piiLocation(filePath, codeKind)) {
    case 'ships':
      return scanPii(text, filePath);
    case 'test-code':
      return scanPii(text, filePath).filter((match) => STRUCTURED.has(match.kind) && !nearFakeMarker(text, match.start, match.end));
    case 'reference':
      return [];
  }
}
