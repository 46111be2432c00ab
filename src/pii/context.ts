/**
 * Personal context: the words around a value that say it belongs to a person. Phone numbers and
 * emails at ordinary domains only count as PII next to such words, which keeps build numbers, ports
 * and service mailboxes out of the findings; business words right beside them (a helpline, an
 * office, a clinic) say they belong to an organisation instead.
 */

/** What every detector needs to know about the file besides its text. */
export interface ScanTarget {
  readonly text: string;
  readonly path: string;
  /** The header row of a CSV/TSV file: `name,phone,email` is the context of every row below it. */
  readonly csvHeader: string | undefined;
}

const CSV_FILE = /\.(?:csv|tsv)$/i;

export function scanTarget(text: string, filePath: string): ScanTarget {
  let csvHeader: string | undefined;
  if (CSV_FILE.test(filePath)) {
    const newline = text.indexOf('\n');
    csvHeader = text.slice(0, newline < 0 ? Math.min(text.length, 1000) : Math.min(newline, 1000));
  }
  return { text, path: filePath, csvHeader };
}

/**
 * Start of the line holding `index`, or `index - reach` if the line starts further back. Every line
 * lookup is bounded: a minified bundle is one line, and an unbounded search per candidate is quadratic.
 */
export function lineStartNear(text: string, index: number, reach: number): number {
  const stop = Math.max(0, index - reach);
  for (let i = index - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/** End of the line holding `index` (the newline's offset), or `index + reach` if it ends further on. */
export function lineEndNear(text: string, index: number, reach: number): number {
  const stop = Math.min(text.length, index + reach);
  for (let i = index; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop;
}

/** How far along one line context is looked for. */
const LINE_REACH = 150;

/**
 * The text around [start, end) without the value itself: the same line (up to LINE_REACH chars
 * each way) and `radius` chars each way across line breaks, whichever reaches further.
 */
function around(text: string, start: number, end: number, radius: number): string {
  const from = Math.max(0, Math.min(start - radius, lineStartNear(text, start, LINE_REACH)));
  const to = Math.min(text.length, Math.max(end + radius, lineEndNear(text, end, LINE_REACH)));
  // A newline between the halves stops a word being assembled across the value.
  return `${text.slice(from, start)}\n${text.slice(end, to)}`;
}

/** Words that make the data about a person. Long enough to match inside identifiers (customerPhone). */
const PERSON_WORDS =
  /customer|patient|card[ _-]?holder|account[ _-]?holder|policy[ _-]?holder|beneficiary|applicant|employee|passenger|next[ _-]?of[ _-]?kin|social[ _-]?security|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthday|(?:home|street|postal|mailing|billing|shipping|residential)[ _-]?address|(?:first|last|full|given|family|maiden)[ _-]?name|user'?s[ _-]?(?:e-?mail|phone|address)|user[ _-]?(?:e-?mail|phone)|personal[ _-]?(?:e-?mail|phone|data|info)|\bmy[ _-](?:e-?mail|phone|number|cell|mobile|address)\b/i;
/** `contact` names a person in data (`emergency_contact`), but in a comment it is usually a maintainer. */
const CONTACT = /contact/i;

/** Short person words only at a word edge (camelCase aware): `dob`, `customerSsn`, but not `adobe`. */
const PERSON_SHORT = /(?<![A-Za-z])(?:dob|DOB|Dob|ssn|SSN|Ssn|mrn|MRN)(?![a-z])|(?<=[a-z])(?:Dob|Ssn|SSN|DOB)(?![a-z])/;

/**
 * `name: Jane Roe`, `"name": "Jane Roe"`: a key called name whose value is two capitalised words
 * (case-sensitive on purpose: `name: research agent` is an agent). John and Jane Doe are stand-ins.
 */
const NAME_VALUE = /\b(?:[Nn]ame|NAME)["']?\s*[:=]\s*["']?(?!(?:John|Jane) Doe\b)([A-Z][a-z]+(?: [A-Z][a-z'-]+){1,4})/g;

/** `address: "12 Main St"`: an address whose value starts with a street number. */
const ADDRESS_VALUE = /\baddress["']?\s*[:=]\s*["']?\d+ [A-Za-z]/i;

const PHONE_WORDS =
  /phone|mobile|whatsapp|telephone|landline|msisdn|caller|emergency|call[ _-]?(?:me|us|at|back)\b|text[ _-]?me\b|reach[ _-]?me\b/i;
const PHONE_SHORT = /(?<![A-Za-z])(?:tel|Tel|TEL|cell|Cell|CELL|sms|Sms|SMS|fax|Fax|FAX|mob|Mob|ph|Ph|PH)(?![a-z])/;

/** A name field holding a person's name; `name: Northwind Clinic` is an organisation's. */
function personNameValue(window: string): boolean {
  for (const match of window.matchAll(NAME_VALUE)) if (!BUSINESS_WORDS.test(asWords(match[1]!))) return true;
  return false;
}

function personal(window: string, withContact = true): boolean {
  return (
    PERSON_WORDS.test(window) ||
    PERSON_SHORT.test(window) ||
    personNameValue(window) ||
    ADDRESS_VALUE.test(window) ||
    (withContact && CONTACT.test(window))
  );
}

/**
 * Personal context for an email at an ordinary domain. `inComment`: the address sits in a code
 * comment, where "contact" means who maintains the code, so only stronger words count.
 */
export function hasPersonalContext(target: ScanTarget, start: number, end: number, inComment = false): boolean {
  if (personal(around(target.text, start, end, 80), !inComment)) return true;
  return target.csvHeader !== undefined && personal(target.csvHeader);
}

/** Phone context: phone words or personal words, on the line or within about 40 chars. */
export function hasPhoneContext(target: ScanTarget, start: number, end: number): boolean {
  const window = around(target.text, start, end, 40);
  if (PHONE_WORDS.test(window) || PHONE_SHORT.test(window) || personal(window)) return true;
  const header = target.csvHeader;
  return header !== undefined && (PHONE_WORDS.test(header) || PHONE_SHORT.test(header) || personal(header));
}

/**
 * How an organisation is reached: helplines, offices, desks, "call us", a service or an institution by
 * name. Matched on words (`supportPhone` and `SUPPORT_PHONE` read as `support phone`).
 */
const BUSINESS_WORDS =
  /\b(?:help ?lines?|hot ?lines?|desk|support|customer (?:service|care|success|relations)|(?:call|contact|reach|email|write to|text) us|our (?:team|store|shop|practice|number|line)|offices?|reception|switchboard|headquarters|main (?:line|number)|toll ?free|freephone|enquiries|inquiries|reservations?|sales|advisory|services?|department|dept|clinic|hospital|pharmacy|embassy|consulate|hotel|airlines?|airport|bank|inc|llc|ltd|gmbh|corp|plc)\b/;

/** `customer service`, `patient helpline`, `employeeHelpline`: a person word that names a business channel. */
const CHANNEL_FOR_PEOPLE =
  /(?:customer|patient|passenger|member|client|guest|employee|user|visitor|student)s?[ _-]?(?:services?|support|care|relations|experience|success|help ?lines?|hot ?lines?|help|desk|portal|cent(?:re|er)|advice|advisory)/gi;

/** What makes a line a person's even next to business words: their mobile, a caller, "call me", "her office number". */
const PERSONAL_LINE =
  /mobile(?![ _-]?(?:apps?|application|site|web|banking|devices?|version|sdk|client))|(?<![A-Za-z])cell(?:phone|ular)?(?![a-z])|\bcaller\b|home[ _-]?(?:phone|number)|call[ _-]?me\b|text[ _-]?me\b|reach[ _-]?me\b|\bmy[ _-](?:phone|number|cell|mobile)|\b(?:his|her|their)[ _-](?:\w+[ _-])?(?:phone|number|cell|mobile|line)\b/i;

/** `supportPhone`, `SUPPORT_PHONE`, `support-phone` → `support phone`. */
function asWords(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}

/**
 * A business or public line rather than a person's (issue 3: public business numbers are not
 * blocking): business words right beside the value (60 chars before, 25 after) and nothing personal
 * in the usual context window: `the clinic's travel advisory service at …`, `SUPPORT_PHONE = …`.
 */
export function isBusinessContact(target: ScanTarget, start: number, end: number, radius: number): boolean {
  const { text } = target;
  const beside = `${text.slice(Math.max(0, start - 60), start)}\n${text.slice(end, end + 25)}`;
  if (!BUSINESS_WORDS.test(asWords(beside))) return false;
  const window = around(text, start, end, radius).replace(CHANNEL_FOR_PEOPLE, ' ');
  return !personal(window, false) && !PERSONAL_LINE.test(window);
}

/** An SSN keyword right before (or right after) a bare 9-digit number: `ssn: 5xx22xxxx`, `"customer_ssn": "…"`. */
const SSN_BEFORE =
  /(?:(?<![A-Za-z])(?:ssn|SSN|Ssn)|(?<=[a-z])(?:Ssn|SSN)|(?:[Ss]ocial[ _-]?[Ss]ecurity|SOCIAL[ _-]?SECURITY)(?:[ _-]?(?:[Nn]umber|NUMBER|[Nn]o|NO))?)[\w#.]*["']?\s*(?:[:=]|is|#|[Nn]o\.?)?\s*["']?$/;
const SSN_AFTER = /^["']?\s*[(,]?\s*(?:ssn|social security)\b/i;

export function hasSsnKeywordBeside(text: string, start: number, end: number): boolean {
  return SSN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SSN_AFTER.test(text.slice(end, end + 24));
}

/** Any SSN or personal word on the line: needed for the space-separated `AAA GG SSSS` form. */
export function hasSsnContext(target: ScanTarget, start: number, end: number): boolean {
  const window = around(target.text, start, end, 40);
  return /social[ _-]?security/i.test(window) || personal(window);
}
