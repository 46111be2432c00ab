import { hasSsnContext, hasSsnKeywordBeside, type ScanTarget } from './context.js';
import type { PiiMatch } from './types.js';

/**
 * US Social Security numbers: AAA-GG-SSSS. Dashed ones fire on shape and range alone; the
 * space-separated form needs personal context on the line (`512 64 1024` is a list of sizes), and a
 * bare 9-digit number needs an SSN keyword right beside it.
 */

/** Numbers that are public by accident or on purpose: the Woolworth wallet card, the SSA pamphlet, LifeLock's ad. */
const KNOWN_PUBLIC = new Set(['078051120', '219099999', '123456789', '457555462']);

/** Area 000, 666 and 900–999, group 00 and serial 0000 are never issued (SSA POMS RM 10201.035). */
function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (KNOWN_PUBLIC.has(digits)) return false;
  // 111-11-1111, 111-22-3333 and friends are what people type when they need a fake one.
  return !/^(\d)\1\1(\d)\2(\d)\3\3\3$/.test(digits);
}

const SSN_GROUPED = /(?<![\w.+/$@%\\-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w@])/g;
const SSN_BARE = /(?<![\w.+/$@%\\-])\d{9}(?![\w@])/g;
const SSN_WORD = /ssn|social[ _-]?security/i;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Reject runs that continue past the match: `1 536 22 8041`, `536-22-8041-7`, `536-22-8041.5`. */
function partOfLongerRun(text: string, start: number, end: number, sep: string | undefined): boolean {
  const before = text[start - 1];
  if ((before === ' ' || before === '-') && isDigit(text[start - 2])) return true;
  const after = text[end];
  return (after === '-' || after === '.' || (sep !== undefined && after === sep)) && isDigit(text[end + 1]);
}

export function findSsns(target: ScanTarget): PiiMatch[] {
  const { text } = target;
  const out: PiiMatch[] = [];
  let m: RegExpExecArray | null;
  SSN_GROUPED.lastIndex = 0;
  while ((m = SSN_GROUPED.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const sep = m[2];
    if (partOfLongerRun(text, start, end, sep)) continue;
    if (!ssnValid(`${m[1]}${m[3]}${m[4]}`)) continue;
    if (sep === ' ' && !hasSsnContext(target, start, end)) continue;
    out.push({ kind: 'us-ssn', start, end, value: m[0] });
  }
  if (!SSN_WORD.test(text)) return out;
  SSN_BARE.lastIndex = 0;
  while ((m = SSN_BARE.exec(text)) !== null) {
    const start = m.index;
    const end = start + 9;
    if (partOfLongerRun(text, start, end, undefined)) continue;
    if (!ssnValid(m[0]) || !hasSsnKeywordBeside(text, start, end)) continue;
    out.push({ kind: 'us-ssn', start, end, value: m[0] });
  }
  return out;
}
