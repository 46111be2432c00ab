import type { PiiMatch } from './types.js';

/**
 * IBANs (ISO 13616): country code, two check digits, then the country's BBAN with its fixed length
 * and character classes, and a mod-97 remainder of 1 (ISO 7064 MOD 97-10).
 */

/**
 * BBAN structure per country from the SWIFT IBAN Registry (release 99, 2024): `n` digits, `a`
 * upper-case letters, `c` letters or digits. The IBAN length is the BBAN length plus 4.
 */
const BBAN_FORMATS: Readonly<Record<string, string>> = {
  AD: '4!n4!n12!c', AE: '3!n16!n', AL: '8!n16!c', AT: '5!n11!n', AZ: '4!a20!c', BA: '3!n3!n8!n2!n',
  BE: '3!n7!n2!n', BG: '4!a4!n2!n8!c', BH: '4!a14!c', BI: '5!n5!n11!n2!n', BR: '8!n5!n10!n1!a1!c',
  BY: '4!c4!n16!c', CH: '5!n12!c', CR: '4!n14!n', CY: '3!n5!n16!c', CZ: '4!n6!n10!n', DE: '8!n10!n',
  DJ: '5!n5!n11!n2!n', DK: '4!n9!n1!n', DO: '4!c20!n', EE: '2!n14!n', EG: '4!n4!n17!n',
  ES: '4!n4!n1!n1!n10!n', FI: '3!n11!n', FK: '2!a12!n', FO: '4!n9!n1!n', FR: '5!n5!n11!c2!n',
  GB: '4!a6!n8!n', GE: '2!a16!n', GI: '4!a15!c', GL: '4!n9!n1!n', GR: '3!n4!n16!c', GT: '4!c20!c',
  HN: '4!a20!n', HR: '7!n10!n', HU: '3!n4!n1!n15!n1!n', IE: '4!a6!n8!n', IL: '3!n3!n13!n',
  IQ: '4!a3!n12!n', IS: '4!n2!n6!n10!n', IT: '1!a5!n5!n12!c', JO: '4!a4!n18!c', KW: '4!a22!c',
  KZ: '3!n13!c', LB: '4!n20!c', LC: '4!a24!c', LI: '5!n12!c', LT: '5!n11!n', LU: '3!n13!c',
  LV: '4!a13!c', LY: '3!n3!n15!n', MC: '5!n5!n11!c2!n', MD: '2!c18!c', ME: '3!n13!n2!n',
  MK: '3!n10!c2!n', MN: '4!n12!n', MR: '5!n5!n11!n2!n', MT: '4!a5!n18!c', MU: '4!a2!n2!n12!n3!n3!a',
  NI: '4!a20!n', NL: '4!a10!n', NO: '4!n6!n1!n', OM: '3!n16!c', PK: '4!a16!c', PL: '8!n16!n',
  PS: '4!a21!c', PT: '4!n4!n11!n2!n', QA: '4!a21!c', RO: '4!a16!c', RS: '3!n13!n2!n',
  RU: '9!n5!n15!c', SA: '2!n18!c', SC: '4!a2!n2!n16!n3!a', SD: '2!n12!n', SE: '3!n16!n1!n',
  SI: '5!n8!n2!n', SK: '4!n6!n10!n', SM: '1!a5!n5!n12!c', SO: '4!n3!n12!n', ST: '4!n4!n11!n2!n',
  SV: '4!a20!n', TL: '3!n14!n2!n', TN: '2!n3!n13!n2!n', TR: '5!n1!n16!c', UA: '6!n19!c',
  VA: '3!n15!n', VG: '4!a16!n', XK: '4!n10!n2!n', YE: '4!a4!n18!c',
};

/** Territories the registry lists under another country's format. */
const TERRITORIES: Readonly<Record<string, string>> = {
  AX: 'FI', GF: 'FR', GP: 'FR', MQ: 'FR', RE: 'FR', PF: 'FR', TF: 'FR', YT: 'FR', NC: 'FR', BL: 'FR',
  MF: 'FR', PM: 'FR', WF: 'FR', IM: 'GB', JE: 'GB', GG: 'GB',
};

interface CountrySpec {
  readonly length: number;
  readonly bban: RegExp;
}

function compileBban(format: string): { length: number; bban: RegExp } {
  let length = 0;
  let source = '';
  for (const [, count, type] of format.matchAll(/(\d+)!([nac])/g)) {
    length += Number(count);
    source += `${type === 'n' ? '[0-9]' : type === 'a' ? '[A-Z]' : '[A-Z0-9]'}{${count}}`;
  }
  return { length: length + 4, bban: new RegExp(`^${source}$`) };
}

const SPECS: ReadonlyMap<string, CountrySpec> = new Map(
  [...Object.entries(BBAN_FORMATS), ...Object.entries(TERRITORIES).map(([code, parent]) => [code, BBAN_FORMATS[parent]!] as const)].map(
    ([code, format]) => [code, compileBban(format)],
  ),
);

/** The IBAN length for a country code, or undefined when the country has no IBAN. */
export function ibanLength(countryCode: string): number | undefined {
  return SPECS.get(countryCode)?.length;
}

/** ISO 7064 MOD 97-10 over the rearranged IBAN (BBAN + country + check), letters as 10–35. */
export function ibanMod97(compact: string): number {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    if (code >= 48 && code <= 57) rest = (rest * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) rest = (rest * 100 + (code - 55)) % 97;
    else return -1;
  }
  return rest;
}

/** Valid IBAN in compact upper-case form: known country, exact length, BBAN structure and checksum. */
export function ibanValid(compact: string): boolean {
  const spec = SPECS.get(compact.slice(0, 2));
  if (spec === undefined || compact.length !== spec.length) return false;
  // Check digits are 98 minus a remainder: 02–98. 00, 01 and 99 pass mod 97 but are never issued.
  const check = compact.slice(2, 4);
  if (!/^[0-9]{2}$/.test(check) || check === '00' || check === '01' || check === '99') return false;
  if (!spec.bban.test(compact.slice(4))) return false;
  return ibanMod97(compact) === 1;
}

/**
 * IBANs printed as examples: the SWIFT registry's sample for every country, and the ones Wikipedia,
 * banks and validator libraries show. Seeing one of these in code means documentation, not a person.
 */
export const DOCUMENTATION_IBANS: ReadonlySet<string> = new Set([
  // SWIFT IBAN Registry examples
  'AD1200012030200359100100', 'AE070331234567890123456', 'AL47212110090000000235698741', 'AT611904300234573201',
  'AZ21NABZ00000000137010001944', 'BA391290079401028494', 'BE68539007547034', 'BG80BNBG96611020345678',
  'BH67BMAG00001299123456', 'BI4210000100010000332045181', 'BR1800360305000010009795493C1',
  'BR9700360305000010009795493P1', 'BY13NBRB3600900000002Z00AB00', 'CH9300762011623852957',
  'CR05015202001026284066', 'CY17002001280000001200527600', 'CZ6508000000192000145399',
  'DE89370400440532013000', 'DK5000400440116243', 'DO28BAGR00000001212453611324', 'EE382200221020145685',
  'EG380019000500000000263180002', 'ES9121000418450200051332', 'FI2112345600000785', 'FO6264600001631634',
  'FR1420041010050500013M02606', 'GB29NWBK60161331926819', 'GE29NB0000000101904917', 'GI75NWBK000000007099453',
  'GL8964710001000206', 'GR1601101250000000012300695', 'GT82TRAJ01020000001210029690', 'HR1210010051863000160',
  'HU42117730161111101800000000', 'IE29AIBK93115212345678', 'IL620108000000099999999', 'IQ98NBIQ850123456789012',
  'IS140159260076545510730339', 'IT60X0542811101000000123456', 'JO94CBJO0010000000000131000302',
  'KW81CBKU0000000000001234560101', 'KZ86125KZT5004100100', 'LB62099900000001001901229114',
  'LC55HEMM000100010012001200023015', 'LI21088100002324013AA', 'LT121000011101001000', 'LU280019400644750000',
  'LV80BANK0000435195001', 'LY83002048000020100120361', 'MC5811222000010123456789030', 'MD24AG000225100013104168',
  'ME25505000012345678951', 'MK07250120000058984', 'MR1300020001010000123456753', 'MT84MALT011000012345MTLCAST001S',
  'MU17BOMM0101101030300200000MUR', 'NL91ABNA0417164300', 'NO9386011117947', 'PK36SCBL0000001123456702',
  'PL61109010140000071219812874', 'PS92PALS000000000400123456702', 'PT50000201231234567890154',
  'QA58DOHB00001234567890ABCDEFG', 'RO49AAAA1B31007593840000', 'RS35260005601001611379', 'SA0380000000608010167519',
  'SC18SSCB11010000000000001497USD', 'SD2129010501234001', 'SE4550000000058398257466', 'SI56263300012039086',
  'SK3112000000198742637541', 'SM86U0322509800000000270100', 'ST23000100010051845310146',
  'SV62CENR00000000000000700025', 'TL380080012345678910157', 'TN5910006035183598478831',
  'TR330006100519786457841326', 'UA213223130000026007233566001', 'VA59001123000012345678',
  'VG96VPVG0000012345678901', 'XK051212012345678906',
  // Wikipedia, bank and library examples
  'GB82WEST12345698765432', 'GB33BUKB20201555555555', 'GB98MIDL07009312345678', 'DE44500105175407324931',
  'DE75512108001245126199', 'DE02120300000000202051', 'DE02500105170137075030', 'BE71096123456769',
  'FR7630006000011234567890189', 'CH5604835012345678009', 'NL02ABNA0123456789', 'ES7921000813610123456789',
  'GR9608100010000001234567890', 'RO09BCYP0000001234567890', 'SA4420000001234567891234', 'DE91100000000123456789',
]);

/** Counting runs (`1234567`) and long zero padding (`TR61 0000 1000 0000 …`) are typed examples. */
const COUNTING = /0123456|1234567|2345678|3456789|0{10}/;

const IBAN_START = /(?<![A-Za-z0-9_])([A-Z]{2})\d{2}(?= ?[A-Z0-9])/g;
const ALNUM_UPPER = /^[A-Z0-9]+$/;
const WORD_CHAR = /[A-Za-z0-9_]/;

/** The IBAN starting at `start`, plain or in groups of four split by single spaces. */
function extract(text: string, start: number, length: number): { end: number; compact: string } | undefined {
  const plain = text.slice(start, start + length);
  if (plain.length === length && ALNUM_UPPER.test(plain)) {
    const after = text[start + length];
    return after !== undefined && WORD_CHAR.test(after) ? undefined : { end: start + length, compact: plain };
  }
  if (text[start + 4] !== ' ') return undefined;
  let compact = text.slice(start, start + 4);
  let i = start + 4;
  while (compact.length < length) {
    if (text[i] !== ' ') return undefined;
    i++;
    const take = Math.min(4, length - compact.length);
    const group = text.slice(i, i + take);
    if (group.length < take || !ALNUM_UPPER.test(group)) return undefined;
    compact += group;
    i += take;
  }
  const after = text[i];
  if (after !== undefined && WORD_CHAR.test(after)) return undefined;
  return { end: i, compact };
}

export function findIbans(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  IBAN_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IBAN_START.exec(text)) !== null) {
    const length = ibanLength(m[1]!);
    if (length === undefined) continue;
    const start = m.index;
    const found = extract(text, start, length);
    if (found === undefined || !ibanValid(found.compact)) continue;
    if (DOCUMENTATION_IBANS.has(found.compact) || COUNTING.test(found.compact)) continue;
    out.push({ kind: 'iban', start, end: found.end, value: text.slice(start, found.end) });
    IBAN_START.lastIndex = found.end;
  }
  return out;
}
