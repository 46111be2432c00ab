import { hasPhoneContext, isBusinessContact, type ScanTarget } from './context.js';
import type { PiiMatch } from './types.js';

/**
 * Phone numbers only count next to personal context: a bare `415-555-0132` in code is as likely a
 * build number as a person, and a helpline or an office line belongs to an organisation. Formats:
 * E.164 and international (`+1 415 555 0132`, `+44 20 7946 0xxx`), North American
 * (`(415) 555-0132`, `415.555.0132`) and national trunk-0 (`020 7946 0xxx`).
 */

// Compact E.164, or a country code and groups that each start with a separator (no ambiguous splits to backtrack over).
const INTERNATIONAL = /(?<![\w+])\+(?:\d{7,15}|\d{1,3}(?:[ .-]?\(\d{1,4}\)\d{0,4})?(?:[ .-]\d{1,12}){1,6})(?!\w)/g;
const NORTH_AMERICAN = /(?<![\w+./-])(?:1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\w)/g;
const NATIONAL = /(?<![\w+./-])(?:\(0\d{1,4}\)|0\d{1,4})[ -]\d{3,4}[ -]?\d{3,4}(?!\w)/g;

/** Business lines, not people: toll-free area codes. */
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);
/** Typed stand-ins: counting runs and one digit over and over. */
const STAND_IN = /012345|123456|234567|345678|456789|987654|876543|765432|654321|543210|(\d)\1{6}/;

/**
 * A dialable North American number: area and exchange start 2–9 and are not N11 service codes.
 * 555-0100…0199 are reserved for fiction; area code 555 is what people type as a placeholder; toll-free
 * numbers belong to businesses.
 */
function northAmericanValid(ten: string): boolean {
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(ten)) return false;
  const area = ten.slice(0, 3);
  const exchange = ten.slice(3, 6);
  if (area.slice(1) === '11' || exchange.slice(1) === '11') return false;
  if (area === '555' || TOLL_FREE.has(area)) return false;
  // 555-1212 is directory assistance, the other classic example number.
  return !(exchange === '555' && (ten.slice(6, 8) === '01' || ten.slice(6) === '1212'));
}

/** Plausible number for its format, before any context is considered. */
function phoneShapeValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (STAND_IN.test(digits)) return false;
  if (value.startsWith('+')) {
    if (digits.length < 10 || digits.length > 15 || digits[0] === '0') return false;
    if (digits[0] === '1') return digits.length === 11 && northAmericanValid(digits.slice(1));
    return true;
  }
  if (value.startsWith('0') || value.startsWith('(0')) return digits.length >= 10 && digits.length <= 11;
  if (digits.length === 11 && digits[0] === '1') return northAmericanValid(digits.slice(1));
  return digits.length === 10 && northAmericanValid(digits);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A longer dotted or dashed number around the match: versions, IPs, dates, serials. */
function partOfLongerRun(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if ((before === '-' || before === '.') && isDigit(text[start - 2])) return true;
  const after = text[end];
  return (after === '-' || after === '.' || after === ' ') && isDigit(text[end + 1]);
}

export function findPhones(target: ScanTarget): PiiMatch[] {
  const { text } = target;
  const out: PiiMatch[] = [];
  let coveredUntil = -1;
  const candidates: Array<{ start: number; value: string }> = [];
  for (const pattern of [INTERNATIONAL, NORTH_AMERICAN, NATIONAL]) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) candidates.push({ start: m.index, value: m[0] });
  }
  // Earliest and longest first, so `+1 415 555 0132` wins over the `415 555 0132` inside it.
  candidates.sort((a, b) => a.start - b.start || b.value.length - a.value.length);
  for (const { start, value } of candidates) {
    if (start < coveredUntil) continue;
    const end = start + value.length;
    if (partOfLongerRun(text, start, end) || !phoneShapeValid(value)) continue;
    if (!hasPhoneContext(target, start, end) || isBusinessContact(target, start, end, 40)) continue;
    out.push({ kind: 'phone-number', start, end, value });
    coveredUntil = end;
  }
  return out;
}
