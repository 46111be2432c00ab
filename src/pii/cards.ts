import { luhnValid } from './luhn.js';
import type { PiiMatch } from './types.js';

/**
 * Payment card numbers (PANs): a real issuer prefix with its length, a valid Luhn digit, written
 * plain or in the usual groups, and not one of the test numbers payment providers publish.
 */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'unionpay';

/** The brand whose prefix (IIN range) and length fit the digits, if any. */
export function cardBrand(digits: string): CardBrand | undefined {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19 ? 'visa' : undefined;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16 ? 'mastercard' : undefined;
  if (p2 === 34 || p2 === 37) return n === 15 ? 'amex' : undefined;
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return n >= 16 && n <= 19 ? 'discover' : undefined;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19 ? 'jcb' : undefined;
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38) return n === 14 || n === 16 ? 'diners' : undefined;
  if (p2 === 62) return n >= 16 && n <= 19 ? 'unionpay' : undefined;
  return undefined;
}

/**
 * Test numbers published by Stripe, Braintree, Adyen, Checkout.com, Authorize.Net, PayPal and
 * friends. The shape heuristics in `looksSynthetic` catch most of the rest (4242…, 4000 0000 …).
 */
export const PUBLISHED_TEST_CARDS: ReadonlySet<string> = new Set([
  // Stripe
  '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210',
  '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424',
  '6011981111111113', '3056930009020004', '36227206271667', '30569309025904', '38520000023237',
  '3566002020360505', '3530111333300000', '6200000000000005', '6200000000000047', '6205500000000000004',
  '6555900000604105', '4000002500003155', '4000002760003184', '4000003800000446', '4000000000003220',
  '4000008400001629', '4000000000009995', '4000000000000002', '5200000000000007', '4012888888881881',
  // Braintree
  '4111111111111111', '4009348888881881', '4500600000000061', '4217651111111119', '4012000033330026',
  '4012000077777777', '4005519200000004', '2223000048400011', '6304000000000000', '36259600000004',
  '6011000991300009', '6243030000000001', '6221261111117766', '6223164991230014', '378734493671000',
  '4000111111111115', '4000111111111511',
  // Adyen
  '2222400070000005', '5101180000000007', '4917610000000000003', '370000000000002', '4111111145551142',
  '5100081112223332', '5100290029002909', '5577000055770004', '5136333333333335', '5585558555855583',
  '5555444433331111', '5500000000000004', '5424000000000015', '4988438843884305', '4166676667666746',
  '4646464646464644', '4444333322221111', '4400000000000008', '4977949494949497', '4001919257537193',
  '4035501000000008', '4360000001000005',
  // Checkout.com, Authorize.Net, PayPal, Recurly and card-validation libraries
  '4543474002249996', '5436031030606378', '345678901234564', '374245455400126', '4222222222222',
  '4007000000027', '4012888818888', '38000000000006', '6011000000000012', '3088000000000017',
  '341111111111111', '5431111111111111', '6011601160116611', '3566111111111113', '5454545454545454',
  '343434343434343', '5403879999999997', '4000000760000002', '4000001240000000', '4000004840008001',
]);

/**
 * Made-up numbers people type: a digit repeated six times (4111 1111 …, 4000 0000 …), a short
 * pattern repeated (4242 4242 …, 5105 1051 0510 …), or a counting run (1234567).
 */
export function looksSynthetic(digits: string): boolean {
  let run = 1;
  for (let i = 1; i < digits.length; i++) {
    run = digits[i] === digits[i - 1] ? run + 1 : 1;
    if (run >= 6) return true;
  }
  for (let period = 2; period <= 4; period++) {
    let same = 0;
    for (let i = period; i < digits.length; i++) {
      same = digits[i] === digits[i - period] ? same + 1 : 0;
      // `same + period` characters repeat with this period.
      if (same + period >= 10) return true;
    }
  }
  return /0123456|1234567|2345678|3456789|9876543|8765432|7654321|6543210/.test(digits);
}

/**
 * Candidate runs: 13–19 plain digits, or groups split by one consistent space or dash: 4-4-4-4
 * (plus a short 5th group for 17–19 digits), 4-4-5 (13), 4-6-4 (Diners 14) and 4-6-5 (Amex 15).
 * The lookbehind keeps us off identifiers, hex, decimals, paths and `+` phone prefixes.
 */
const CARD_CANDIDATE =
  /(?<![\w.+/#$@%\\])(?:\d{13,19}|\d{4}([ -])(?:\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}\1\d{5}|\d{6}\1\d{4,5}))/g;

const GROUP_SHAPES: Readonly<Record<number, readonly string[]>> = {
  13: ['4-4-5'],
  14: ['4-6-4'],
  15: ['4-6-5'],
  16: ['4-4-4-4'],
  17: ['4-4-4-4-1'],
  18: ['4-4-4-4-2'],
  19: ['4-4-4-4-3'],
};

const WORDISH = /[\w@]/;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True when the number sits inside a URL (`/orders/4929…`, `?id=…`): an id, not a card. */
function insideUrl(text: string, start: number): boolean {
  const from = Math.max(0, start - 300);
  for (let i = start - 1; i >= from; i--) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '"' || ch === "'" || ch === '`' || ch === '(' || ch === '<') {
      const token = text.slice(i + 1, start);
      return token.includes('://') || token.startsWith('www.');
    }
  }
  return false;
}

/** A real-looking card: issuer prefix and length, Luhn, and not a published or made-up test number. */
export function isCard(digits: string): boolean {
  return cardBrand(digits) !== undefined && luhnValid(digits) && !PUBLISHED_TEST_CARDS.has(digits) && !looksSynthetic(digits);
}

export function findCards(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  CARD_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CARD_CANDIDATE.exec(text)) !== null) {
    const value = m[0];
    const start = m.index;
    const end = start + value.length;
    const sep = m[1];
    // Part of a longer run: `12-4929…`, `… 4295 1234`, `4929…-7`, decimals and hex around it.
    const before = text[start - 1];
    if ((before === ' ' || before === '-') && isDigit(text[start - 2])) continue;
    const after = text[end];
    if (after !== undefined) {
      if (WORDISH.test(after)) continue;
      if ((after === sep || after === '-') && isDigit(text[end + 1])) continue;
      if ((after === '.' || after === ':') && isDigit(text[end + 1])) continue;
    }
    let digits = sep === undefined ? value : value.split(sep).join('');
    let cardEnd = end;
    if (sep !== undefined) {
      const groups = value.split(sep);
      const shape = groups.map((group) => group.length).join('-');
      if (!GROUP_SHAPES[digits.length]?.includes(shape)) continue;
      // `4929 3813 … 4295 123`: a 16-digit card and its CVV read as one 19-digit run.
      if (groups.length === 5 && !isCard(digits)) {
        digits = digits.slice(0, 16);
        cardEnd = start + 19;
      }
    }
    if (!isCard(digits) || insideUrl(text, start)) continue;
    out.push({ kind: 'credit-card', start, end: cardEnd, value: text.slice(start, cardEnd) });
  }
  return out;
}
