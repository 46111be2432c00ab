/**
 * Personal context: the words around a value that say it belongs to a person. Phone numbers and
 * emails at ordinary domains only count as PII next to such words, which keeps build numbers, ports
 * and service mailboxes out of the findings.
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

/** A line can be a whole minified bundle: never look further than this along it. */
const LINE_REACH = 150;

/**
 * The text around [start, end) without the value itself: the same line (up to LINE_REACH chars
 * each way) and `radius` chars each way across line breaks, whichever reaches further.
 */
export function around(text: string, start: number, end: number, radius: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const from = Math.max(0, Math.min(start - radius, Math.max(lineStart, start - LINE_REACH)));
  const to = Math.min(text.length, Math.max(end + radius, Math.min(lineEnd, end + LINE_REACH)));
  // A newline between the halves stops a word being assembled across the value.
  return `${text.slice(from, start)}\n${text.slice(end, to)}`;
}

/** Words that make the data about a person. Long enough to match inside identifiers (customerPhone). */
const PERSON_WORDS =
  /customer|patient|card[ _-]?holder|account[ _-]?holder|policy[ _-]?holder|beneficiary|applicant|employee|passenger|next[ _-]?of[ _-]?kin|social[ _-]?security|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthday|(?:home|street|postal|mailing|billing|shipping|residential)[ _-]?address|(?:first|last|full|given|family|maiden)[ _-]?name|user'?s[ _-]?(?:e-?mail|phone|address)|user[ _-]?(?:e-?mail|phone)|personal[ _-]?(?:e-?mail|phone|data|info)|\bmy[ _-](?:e-?mail|phone|number|cell|mobile|address)\b|contact/i;

/** Short person words only at a word edge (camelCase aware): `dob`, `customerSsn`, but not `adobe`. */
const PERSON_SHORT = /(?<![A-Za-z])(?:dob|DOB|Dob|ssn|SSN|Ssn|mrn|MRN)(?![a-z])|(?<=[a-z])(?:Dob|Ssn|SSN|DOB)(?![a-z])/;

/** `name: Jane Roe`, `"name": "Jane Roe"`: a key called name whose value looks like a person's name. */
const NAME_VALUE = /\bname["']?\s*[:=]\s*["']?[A-Z][a-z]+ [A-Z][a-z'-]+/i;

/** `address: "12 Main St"`: an address whose value starts with a street number. */
const ADDRESS_VALUE = /\baddress["']?\s*[:=]\s*["']?\d+ [A-Za-z]/i;

const PHONE_WORDS =
  /phone|mobile|whatsapp|telephone|landline|msisdn|caller|emergency|call[ _-]?(?:me|us|at|back)\b|text[ _-]?me\b|reach[ _-]?me\b/i;
const PHONE_SHORT = /(?<![A-Za-z])(?:tel|Tel|TEL|cell|Cell|CELL|sms|Sms|SMS|fax|Fax|FAX|mob|Mob|ph|Ph|PH)(?![a-z])/;

function personal(window: string): boolean {
  return PERSON_WORDS.test(window) || PERSON_SHORT.test(window) || NAME_VALUE.test(window) || ADDRESS_VALUE.test(window);
}

/** Personal context for an email at an ordinary domain. */
export function hasPersonalContext(target: ScanTarget, start: number, end: number): boolean {
  if (personal(around(target.text, start, end, 80))) return true;
  return target.csvHeader !== undefined && personal(target.csvHeader);
}

/** Phone context: phone words or personal words, on the line or within about 40 chars. */
export function hasPhoneContext(target: ScanTarget, start: number, end: number): boolean {
  const window = around(target.text, start, end, 40);
  if (PHONE_WORDS.test(window) || PHONE_SHORT.test(window) || personal(window)) return true;
  const header = target.csvHeader;
  return header !== undefined && (PHONE_WORDS.test(header) || PHONE_SHORT.test(header) || personal(header));
}

/** An SSN keyword right before (or right after) a bare 9-digit number: `ssn: 536228041`, `"customer_ssn": "…"`. */
const SSN_BEFORE =
  /(?:(?<![A-Za-z])(?:ssn|SSN|Ssn)|(?<=[a-z])(?:Ssn|SSN)|(?:[Ss]ocial[ _-]?[Ss]ecurity|SOCIAL[ _-]?SECURITY)(?:[ _-]?(?:[Nn]umber|NUMBER|[Nn]o|NO))?)[\w#.]*["']?\s*(?:[:=]|is|#|[Nn]o\.?)?\s*["']?$/;
const SSN_AFTER = /^["']?\s*[(,]?\s*(?:ssn|social security)\b/i;

export function hasSsnKeywordBeside(text: string, start: number, end: number): boolean {
  return SSN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SSN_AFTER.test(text.slice(end, end + 24));
}

/** Any SSN or personal word on the line: needed for the space-separated `536 22 8041` form. */
export function hasSsnContext(target: ScanTarget, start: number, end: number): boolean {
  const window = around(target.text, start, end, 40);
  return /social[ _-]?security/i.test(window) || personal(window);
}
