// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as isTestCodePath, t as languageOf } from "./chunk-file-kinds.js";
// src/pii/redact.ts
/**
* Redacted forms for reports. Each keeps just enough to find the value again in the file (PCI DSS
* allows first 6 / last 4 of a card; we show 4 and 4) and never the value itself.
*/
function redactPii(kind, value) {
	switch (kind) {
		case "credit-card": {
			const digits = value.replace(/\D/g, "");
			return `${digits.slice(0, 4)}…${digits.slice(-4)} (${digits.length} digits)`;
		}
		case "us-ssn": return `***-**-${value.replace(/\D/g, "").slice(-4)}`;
		case "iban": {
			const compact = value.replace(/\s/g, "");
			return `${compact.slice(0, 2)}…(${compact.length} chars)`;
		}
		case "phone-number": return redactPhone(value);
		case "personal-email": {
			const at = value.lastIndexOf("@");
			return `${value.slice(0, 1)}…${value.slice(at)}`;
		}
	}
}
/** `+1 415 555 0132` → `+1 415 …(12 chars)`: the country and area prefix only, at most 4 digits. */
function redactPhone(value) {
	const compact = value.replace(/[^\d+]/g, "");
	const keep = value.startsWith("+") ? 4 : 3;
	let seen = 0;
	let cut = 0;
	for (let i = 0; i < value.length && seen < keep; i++) {
		if (value[i] >= "0" && value[i] <= "9") seen++;
		cut = i + 1;
	}
	return `${value.slice(0, cut) + (value[cut] === ")" ? ")" : "")} …(${compact.length} chars)`;
}
// src/pii/luhn.ts
/**
* Luhn (mod 10) check over a string of ASCII digits. Anything else in the string makes it invalid,
* so callers strip separators first.
*/
function luhnValid(digits) {
	if (digits.length < 2) return false;
	let sum = 0;
	let double = false;
	for (let i = digits.length - 1; i >= 0; i--) {
		let d = digits.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return false;
		if (double) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
		double = !double;
	}
	return sum % 10 === 0;
}
// src/pii/cards.ts
/** The brand whose prefix (IIN range) and length fit the digits, if any. */
function cardBrand(digits) {
	const n = digits.length;
	const p2 = Number(digits.slice(0, 2));
	const p3 = Number(digits.slice(0, 3));
	const p4 = Number(digits.slice(0, 4));
	if (digits[0] === "4") return n === 13 || n === 16 || n === 19 ? "visa" : void 0;
	if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) return n === 16 ? "mastercard" : void 0;
	if (p2 === 34 || p2 === 37) return n === 15 ? "amex" : void 0;
	if (p4 === 6011 || p3 >= 644 && p3 <= 649 || p2 === 65) return n >= 16 && n <= 19 ? "discover" : void 0;
	if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19 ? "jcb" : void 0;
	if (p3 >= 300 && p3 <= 305 || p2 === 36 || p2 === 38) return n === 14 || n === 16 ? "diners" : void 0;
	if (p2 === 62) return n >= 16 && n <= 19 ? "unionpay" : void 0;
}
/**
* Test numbers published by Stripe, Braintree, Adyen, Checkout.com, Authorize.Net, PayPal and
* friends. The shape heuristics in `looksSynthetic` catch most of the rest (4242…, 4000 0000 …).
*/
var PUBLISHED_TEST_CARDS = /* @__PURE__ */ new Set([
	"4242424242424242",
	"4000056655665556",
	"5555555555554444",
	"2223003122003222",
	"5200828282828210",
	"5105105105105100",
	"378282246310005",
	"371449635398431",
	"6011111111111117",
	"6011000990139424",
	"6011981111111113",
	"3056930009020004",
	"36227206271667",
	"30569309025904",
	"38520000023237",
	"3566002020360505",
	"3530111333300000",
	"6200000000000005",
	"6200000000000047",
	"6205500000000000004",
	"6555900000604105",
	"4000002500003155",
	"4000002760003184",
	"4000003800000446",
	"4000000000003220",
	"4000008400001629",
	"4000000000009995",
	"4000000000000002",
	"5200000000000007",
	"4012888888881881",
	"4111111111111111",
	"4009348888881881",
	"4500600000000061",
	"4217651111111119",
	"4012000033330026",
	"4012000077777777",
	"4005519200000004",
	"2223000048400011",
	"6304000000000000",
	"36259600000004",
	"6011000991300009",
	"6243030000000001",
	"6221261111117766",
	"6223164991230014",
	"378734493671000",
	"4000111111111115",
	"4000111111111511",
	"2222400070000005",
	"5101180000000007",
	"4917610000000000003",
	"370000000000002",
	"4111111145551142",
	"5100081112223332",
	"5100290029002909",
	"5577000055770004",
	"5136333333333335",
	"5585558555855583",
	"5555444433331111",
	"5500000000000004",
	"5424000000000015",
	"4988438843884305",
	"4166676667666746",
	"4646464646464644",
	"4444333322221111",
	"4400000000000008",
	"4977949494949497",
	"4001919257537193",
	"4035501000000008",
	"4360000001000005",
	"4543474002249996",
	"5436031030606378",
	"345678901234564",
	"374245455400126",
	"4222222222222",
	"4007000000027",
	"4012888818888",
	"38000000000006",
	"6011000000000012",
	"3088000000000017",
	"341111111111111",
	"5431111111111111",
	"6011601160116611",
	"3566111111111113",
	"5454545454545454",
	"343434343434343",
	"5403879999999997",
	"4000000760000002",
	"4000001240000000",
	"4000004840008001"
]);
/**
* Made-up numbers people type: a digit repeated six times (4111 1111 …, 4000 0000 …), a short
* pattern repeated (4242 4242 …, 5105 1051 0510 …), or a counting run (1234567).
*/
function looksSynthetic(digits) {
	let run = 1;
	for (let i = 1; i < digits.length; i++) {
		run = digits[i] === digits[i - 1] ? run + 1 : 1;
		if (run >= 6) return true;
	}
	for (let period = 2; period <= 4; period++) {
		let same = 0;
		for (let i = period; i < digits.length; i++) {
			same = digits[i] === digits[i - period] ? same + 1 : 0;
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
var CARD_CANDIDATE = /(?<![\w.+/#$@%\\])(?:\d{13,19}|\d{4}([ -])(?:\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}\1\d{5}|\d{6}\1\d{4,5}))/g;
var GROUP_SHAPES = {
	13: ["4-4-5"],
	14: ["4-6-4"],
	15: ["4-6-5"],
	16: ["4-4-4-4"],
	17: ["4-4-4-4-1"],
	18: ["4-4-4-4-2"],
	19: ["4-4-4-4-3"]
};
var WORDISH = /[\w@]/;
function isDigit$2(ch) {
	return ch !== void 0 && ch >= "0" && ch <= "9";
}
/** True when the number sits inside a URL (`/orders/4929…`, `?id=…`): an id, not a card. */
function insideUrl$1(text, start) {
	const from = Math.max(0, start - 300);
	for (let i = start - 1; i >= from; i--) {
		const ch = text[i];
		if (ch === " " || ch === "\n" || ch === "	" || ch === "\"" || ch === "'" || ch === "`" || ch === "(" || ch === "<") {
			const token = text.slice(i + 1, start);
			return token.includes("://") || token.startsWith("www.");
		}
	}
	return false;
}
/** A real-looking card: issuer prefix and length, Luhn, and not a published or made-up test number. */
function isCard(digits) {
	return cardBrand(digits) !== void 0 && luhnValid(digits) && !PUBLISHED_TEST_CARDS.has(digits) && !looksSynthetic(digits);
}
function findCards(text) {
	const out = [];
	CARD_CANDIDATE.lastIndex = 0;
	let m;
	while ((m = CARD_CANDIDATE.exec(text)) !== null) {
		const value = m[0];
		const start = m.index;
		const end = start + value.length;
		const sep = m[1];
		const before = text[start - 1];
		if ((before === " " || before === "-") && isDigit$2(text[start - 2])) continue;
		const after = text[end];
		if (after !== void 0) {
			if (WORDISH.test(after)) continue;
			if ((after === sep || after === "-") && isDigit$2(text[end + 1])) continue;
			if ((after === "." || after === ":") && isDigit$2(text[end + 1])) continue;
		}
		let digits = sep === void 0 ? value : value.split(sep).join("");
		let cardEnd = end;
		if (sep !== void 0) {
			const groups = value.split(sep);
			const shape = groups.map((group) => group.length).join("-");
			if (!GROUP_SHAPES[digits.length]?.includes(shape)) continue;
			if (groups.length === 5 && !isCard(digits)) {
				digits = digits.slice(0, 16);
				cardEnd = start + 19;
			}
		}
		if (!isCard(digits) || insideUrl$1(text, start)) continue;
		out.push({
			kind: "credit-card",
			start,
			end: cardEnd,
			value: text.slice(start, cardEnd)
		});
	}
	return out;
}
// src/pii/context.ts
var CSV_FILE = /\.(?:csv|tsv)$/i;
function scanTarget(text, filePath) {
	let csvHeader;
	if (CSV_FILE.test(filePath)) {
		const newline = text.indexOf("\n");
		csvHeader = text.slice(0, newline < 0 ? Math.min(text.length, 1e3) : Math.min(newline, 1e3));
	}
	return {
		text,
		path: filePath,
		csvHeader
	};
}
/**
* Start of the line holding `index`, or `index - reach` if the line starts further back. Every line
* lookup is bounded: a minified bundle is one line, and an unbounded search per candidate is quadratic.
*/
function lineStartNear(text, index, reach) {
	const stop = Math.max(0, index - reach);
	for (let i = index - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
	return stop;
}
/** End of the line holding `index` (the newline's offset), or `index + reach` if it ends further on. */
function lineEndNear(text, index, reach) {
	const stop = Math.min(text.length, index + reach);
	for (let i = index; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
	return stop;
}
/** How far along one line context is looked for. */
var LINE_REACH$1 = 150;
/**
* The text around [start, end) without the value itself: the same line (up to LINE_REACH chars
* each way) and `radius` chars each way across line breaks, whichever reaches further.
*/
function around(text, start, end, radius) {
	const from = Math.max(0, Math.min(start - radius, lineStartNear(text, start, LINE_REACH$1)));
	const to = Math.min(text.length, Math.max(end + radius, lineEndNear(text, end, LINE_REACH$1)));
	return `${text.slice(from, start)}\n${text.slice(end, to)}`;
}
/** Words that make the data about a person. Long enough to match inside identifiers (customerPhone). */
var PERSON_WORDS = /customer|patient|card[ _-]?holder|account[ _-]?holder|policy[ _-]?holder|beneficiary|applicant|employee|passenger|next[ _-]?of[ _-]?kin|social[ _-]?security|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthday|(?:home|street|postal|mailing|billing|shipping|residential)[ _-]?address|(?:first|last|full|given|family|maiden)[ _-]?name|user'?s[ _-]?(?:e-?mail|phone|address)|user[ _-]?(?:e-?mail|phone)|personal[ _-]?(?:e-?mail|phone|data|info)|\bmy[ _-](?:e-?mail|phone|number|cell|mobile|address)\b/i;
/** `contact` names a person in data (`emergency_contact`), but in a comment it is usually a maintainer. */
var CONTACT = /contact/i;
/** Short person words only at a word edge (camelCase aware): `dob`, `customerSsn`, but not `adobe`. */
var PERSON_SHORT = /(?<![A-Za-z])(?:dob|DOB|Dob|ssn|SSN|Ssn|mrn|MRN)(?![a-z])|(?<=[a-z])(?:Dob|Ssn|SSN|DOB)(?![a-z])/;
/**
* `name: Jane Roe`, `"name": "Jane Roe"`: a key called name whose value is two capitalised words
* (case-sensitive on purpose: `name: research agent` is an agent). John and Jane Doe are stand-ins.
*/
var NAME_VALUE = /\b(?:[Nn]ame|NAME)["']?\s*[:=]\s*["']?(?!(?:John|Jane) Doe\b)([A-Z][a-z]+(?: [A-Z][a-z'-]+){1,4})/g;
/** `address: "12 Main St"`: an address whose value starts with a street number. */
var ADDRESS_VALUE = /\baddress["']?\s*[:=]\s*["']?\d+ [A-Za-z]/i;
var PHONE_WORDS = /phone|mobile|whatsapp|telephone|landline|msisdn|caller|emergency|call[ _-]?(?:me|us|at|back)\b|text[ _-]?me\b|reach[ _-]?me\b/i;
var PHONE_SHORT = /(?<![A-Za-z])(?:tel|Tel|TEL|cell|Cell|CELL|sms|Sms|SMS|fax|Fax|FAX|mob|Mob|ph|Ph|PH)(?![a-z])/;
/** A name field holding a person's name; `name: Northwind Clinic` is an organisation's. */
function personNameValue(window) {
	for (const match of window.matchAll(NAME_VALUE)) if (!BUSINESS_WORDS.test(asWords(match[1]))) return true;
	return false;
}
function personal(window, withContact = true) {
	return PERSON_WORDS.test(window) || PERSON_SHORT.test(window) || personNameValue(window) || ADDRESS_VALUE.test(window) || withContact && CONTACT.test(window);
}
/**
* Personal context for an email at an ordinary domain. `inComment`: the address sits in a code
* comment, where "contact" means who maintains the code, so only stronger words count.
*/
function hasPersonalContext(target, start, end, inComment = false) {
	if (personal(around(target.text, start, end, 80), !inComment)) return true;
	return target.csvHeader !== void 0 && personal(target.csvHeader);
}
/** Phone context: phone words or personal words, on the line or within about 40 chars. */
function hasPhoneContext(target, start, end) {
	const window = around(target.text, start, end, 40);
	if (PHONE_WORDS.test(window) || PHONE_SHORT.test(window) || personal(window)) return true;
	const header = target.csvHeader;
	return header !== void 0 && (PHONE_WORDS.test(header) || PHONE_SHORT.test(header) || personal(header));
}
/**
* How an organisation is reached: helplines, offices, desks, "call us", a service or an institution by
* name. Matched on words (`supportPhone` and `SUPPORT_PHONE` read as `support phone`).
*/
var BUSINESS_WORDS = /\b(?:help ?lines?|hot ?lines?|desk|support|customer (?:service|care|success|relations)|(?:call|contact|reach|email|write to|text) us|our (?:team|store|shop|practice|number|line)|offices?|reception|switchboard|headquarters|main (?:line|number)|toll ?free|freephone|enquiries|inquiries|reservations?|sales|advisory|services?|department|dept|clinic|hospital|pharmacy|embassy|consulate|hotel|airlines?|airport|bank|inc|llc|ltd|gmbh|corp|plc)\b/;
/** `customer service`, `patient helpline`, `employeeHelpline`: a person word that names a business channel. */
var CHANNEL_FOR_PEOPLE = /(?:customer|patient|passenger|member|client|guest|employee|user|visitor|student)s?[ _-]?(?:services?|support|care|relations|experience|success|help ?lines?|hot ?lines?|help|desk|portal|cent(?:re|er)|advice|advisory)/gi;
/** What makes a line a person's even next to business words: their mobile, a caller, "call me", "her office number". */
var PERSONAL_LINE = /mobile(?![ _-]?(?:apps?|application|site|web|banking|devices?|version|sdk|client))|(?<![A-Za-z])cell(?:phone|ular)?(?![a-z])|\bcaller\b|home[ _-]?(?:phone|number)|call[ _-]?me\b|text[ _-]?me\b|reach[ _-]?me\b|\bmy[ _-](?:phone|number|cell|mobile)|\b(?:his|her|their)[ _-](?:\w+[ _-])?(?:phone|number|cell|mobile|line)\b/i;
/** `supportPhone`, `SUPPORT_PHONE`, `support-phone` → `support phone`. */
function asWords(text) {
	return text.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
}
/**
* A business or public line rather than a person's (issue 3: public business numbers are not
* blocking): business words right beside the value (60 chars before, 25 after) and nothing personal
* in the usual context window: `the clinic's travel advisory service at …`, `SUPPORT_PHONE = …`.
*/
function isBusinessContact(target, start, end, radius) {
	const { text } = target;
	const beside = `${text.slice(Math.max(0, start - 60), start)}\n${text.slice(end, end + 25)}`;
	if (!BUSINESS_WORDS.test(asWords(beside))) return false;
	const window = around(text, start, end, radius).replace(CHANNEL_FOR_PEOPLE, " ");
	return !personal(window, false) && !PERSONAL_LINE.test(window);
}
/** An SSN keyword right before (or right after) a bare 9-digit number: `ssn: 5xx22xxxx`, `"customer_ssn": "…"`. */
var SSN_BEFORE = /(?:(?<![A-Za-z])(?:ssn|SSN|Ssn)|(?<=[a-z])(?:Ssn|SSN)|(?:[Ss]ocial[ _-]?[Ss]ecurity|SOCIAL[ _-]?SECURITY)(?:[ _-]?(?:[Nn]umber|NUMBER|[Nn]o|NO))?)[\w#.]*["']?\s*(?:[:=]|is|#|[Nn]o\.?)?\s*["']?$/;
var SSN_AFTER = /^["']?\s*[(,]?\s*(?:ssn|social security)\b/i;
function hasSsnKeywordBeside(text, start, end) {
	return SSN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || SSN_AFTER.test(text.slice(end, end + 24));
}
/** Any SSN or personal word on the line: needed for the space-separated `AAA GG SSSS` form. */
function hasSsnContext(target, start, end) {
	const window = around(target.text, start, end, 40);
	return /social[ _-]?security/i.test(window) || personal(window);
}
// src/pii/email.ts
/**
* Personal email addresses: any address at a consumer mail provider, or at any other domain when
* personal context is near. Service mailboxes, reserved and placeholder domains, package metadata,
* SSH remotes and credentials in URLs are not people.
*/
var EMAIL$1 = /(?<![\w.%+\-@/])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24}))(?![\w-]|\.[A-Za-z0-9])/g;
/** Consumer providers whose name is the registrable label under any public suffix: hotmail.co.uk, yahoo.co.jp. */
var CONSUMER_LABEL = /^(?:gmail|googlemail|yahoo|ymail|rocketmail|outlook|hotmail|live|msn|icloud|aol|protonmail|gmx|yandex|zoho|tutanota|rediffmail|libero)\.(?:com|net|org|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;
/**
* Consumer domains that do not fit the label rule. `mail.com` and `email.com` are real providers but
* are left out: in source they are what people type for "some address" (`you@email.com`,
* `test@mail.com`; all 20 addresses at the two domains sampled from public code on 2026-12-04 were
* stand-ins), so they need personal context like a company domain.
*/
var CONSUMER_DOMAINS = /* @__PURE__ */ new Set([
	"me.com",
	"mac.com",
	"aim.com",
	"proton.me",
	"pm.me",
	"tuta.io",
	"tutanota.de",
	"mail.ru",
	"bk.ru",
	"inbox.ru",
	"list.ru",
	"rambler.ru",
	"ya.ru",
	"ukr.net",
	"qq.com",
	"foxmail.com",
	"163.com",
	"126.com",
	"yeah.net",
	"sina.com",
	"sina.cn",
	"sohu.com",
	"aliyun.com",
	"naver.com",
	"daum.net",
	"hanmail.net",
	"web.de",
	"t-online.de",
	"freenet.de",
	"fastmail.com",
	"fastmail.fm",
	"hey.com",
	"gmx.de",
	"comcast.net",
	"verizon.net",
	"att.net",
	"sbcglobal.net",
	"bellsouth.net",
	"cox.net",
	"charter.net",
	"earthlink.net",
	"btinternet.com",
	"sky.com",
	"virginmedia.com",
	"orange.fr",
	"wanadoo.fr",
	"free.fr",
	"laposte.net",
	"sfr.fr",
	"virgilio.it",
	"seznam.cz",
	"wp.pl",
	"o2.pl",
	"interia.pl",
	"onet.pl",
	"uol.com.br",
	"bol.com.br",
	"terra.com.br",
	"rediff.com"
]);
function isConsumerDomain(domain) {
	const d = domain.toLowerCase();
	return CONSUMER_DOMAINS.has(d) || CONSUMER_LABEL.test(d);
}
/** RFC 2606/6761 reserved names and the domains people type as stand-ins. */
var RESERVED_DOMAIN = /(?:^|\.)(?:example\.[a-z.]+|example|test|invalid|localhost|local|internal|localdomain|lan|home\.arpa)$|^example\./;
var PLACEHOLDER_DOMAINS = /* @__PURE__ */ new Set([
	"domain.com",
	"yourdomain.com",
	"mydomain.com",
	"company.com",
	"yourcompany.com",
	"mycompany.com",
	"acme.com",
	"acme.org",
	"acme.io",
	"acme.corp",
	"foo.com",
	"bar.com",
	"foobar.com",
	"test.com",
	"test.org",
	"sample.com",
	"website.com",
	"yoursite.com",
	"mysite.com",
	"email.test",
	"fake.com",
	"dummy.com",
	"placeholder.com"
]);
/** `a@b.com`, `x@y.co`: one-letter names are stand-ins. */
var SINGLE_CHAR_LABEL = /^[a-z0-9]\.[a-z]+$/;
/** Generic TLDs we accept besides any two-letter country code; others (`self.weight`, `icon@2x.png`) are code. */
var GENERIC_TLDS = /* @__PURE__ */ new Set([
	"com",
	"net",
	"org",
	"edu",
	"gov",
	"mil",
	"int",
	"info",
	"biz",
	"app",
	"dev",
	"xyz",
	"tech",
	"cloud",
	"online",
	"site",
	"email",
	"name",
	"pro",
	"mobi",
	"blog",
	"shop",
	"store",
	"live",
	"life",
	"world",
	"agency",
	"digital",
	"solutions",
	"systems",
	"services",
	"network",
	"studio",
	"design",
	"media",
	"group",
	"global",
	"space",
	"one",
	"club",
	"work",
	"today",
	"company",
	"consulting",
	"health",
	"care",
	"clinic",
	"bank",
	"finance",
	"law",
	"legal",
	"school",
	"academy",
	"university",
	"travel",
	"family",
	"social",
	"team",
	"page",
	"zone",
	"tools",
	"software"
]);
/** Two-letter "TLDs" that are file extensions in code: `logo@v2.js`, `model@v3.py`. */
var CODE_EXTENSIONS = /* @__PURE__ */ new Set([
	"js",
	"ts",
	"py",
	"rb",
	"sh",
	"md",
	"go",
	"rs",
	"cc",
	"hh",
	"mm",
	"kt",
	"gz",
	"db"
]);
/** Service and role mailboxes. */
var ROLE_LOCALS = /* @__PURE__ */ new Set([
	"noreply",
	"no-reply",
	"no_reply",
	"donotreply",
	"do-not-reply",
	"do_not_reply",
	"support",
	"help",
	"helpdesk",
	"info",
	"admin",
	"administrator",
	"root",
	"postmaster",
	"hostmaster",
	"webmaster",
	"abuse",
	"security",
	"team",
	"hello",
	"hi",
	"contact",
	"sales",
	"billing",
	"accounts",
	"accounting",
	"finance",
	"privacy",
	"legal",
	"dpo",
	"compliance",
	"press",
	"media",
	"marketing",
	"newsletter",
	"news",
	"careers",
	"jobs",
	"hr",
	"office",
	"service",
	"services",
	"notifications",
	"notification",
	"notify",
	"alerts",
	"alert",
	"bot",
	"bots",
	"mailer-daemon",
	"feedback",
	"dev",
	"devs",
	"devops",
	"ops",
	"engineering",
	"oncall",
	"on-call",
	"sre",
	"it",
	"system",
	"sysadmin",
	"bounce",
	"bounces",
	"reply",
	"orders",
	"booking",
	"bookings",
	"reservations",
	"partners",
	"events",
	"community",
	"enquiries",
	"inquiries",
	"customerservice",
	"customer-service",
	"customercare",
	"customer.care",
	"care",
	"mail",
	"email",
	"git",
	"github",
	"gitlab",
	"ci",
	"build",
	"deploy",
	"release",
	"releases",
	"maintainers"
]);
var ROLE_PREFIX = /^(?:no-?reply|do-?not-?reply|bounces?[-+.]|notifications?[-+.]|alerts?[-+.])/;
/** Local parts people type when they mean "some address here". */
var PLACEHOLDER_LOCAL = /^(?:user(?:name)?\d*|name|your[._-]?(?:name|email|address|mail)|my[._-]?(?:name|email)|first[._-]?(?:name)?[._-]?last(?:name)?|firstname|lastname|someone|somebody|anybody|anyone|nobody|anonymous|me|email|mail|address|(?:john|jane|j)[._-]?doe\d*|foo|bar|baz|qux|foobar|x+|abc|xyz|(?:test|example|sample|demo|dummy|fake|placeholder|tester|testing)(?:[._+-]?\w*)?|([a-z])\1+)$/i;
/** Files whose addresses are authorship metadata, not data about people. */
var METADATA_FILE = /(?:^|\/)(?:AUTHORS|CONTRIBUTORS|MAINTAINERS|CODEOWNERS|OWNERS|NOTICE|LICEN[CS]E|COPYING|CHANGELOG|CHANGES|HISTORY|CREDITS|THANKS|ACKNOWLEDG[E]?MENTS|CODE_OF_CONDUCT|CONTRIBUTING|SECURITY|SUPPORT|GOVERNANCE|FUNDING)(?:\.(?:md|markdown|rst|txt|adoc|html))?$|(?:^|\/)(?:\.mailmap|CITATION\.cff)$/i;
/** Package manifests: every address in them is an author, maintainer or bug-report contact. */
var MANIFEST_FILE = /(?:^|\/)(?:pyproject\.toml|package\.json|setup\.py|setup\.cfg|Cargo\.toml|composer\.json|pom\.xml|[\w.-]+\.gemspec|[\w.-]+\.nuspec|PKG-INFO|METADATA|DESCRIPTION|Chart\.yaml|galaxy\.yml|pubspec\.yaml|bower\.json|deno\.jsonc?|jsr\.json|tree-sitter\.json|manifest\.json|plugin\.json|\.?zenodo\.json|codemeta\.json)$/i;
/**
* Credit lines in any file: `# Author:`, reST `:author:`, `__author__`, `@author`, `author_email=`,
* copyright headers, git trailers, code-of-conduct contacts. A JSON `"author":` key is left alone: chat fixtures use it for the sender.
*/
var CREDIT_LINE = /^\s*(?:#+|\/\/|\*|;|--)?\s*:?(?:authors?|maintainers?)\s*:|__(?:author|email|maintainer|credits)__|@author\b|\b(?:author|maintainer)_?e-?mail\b|\b(?:author|maintainer)s?\s*=|copyright|\(c\)\s*\d{4}|©|signed-off-by|co-authored-by|reviewed-by|reported-by|acked-by|tested-by|helped-by|code ?of ?conduct|unacceptable behaviou?r/i;
/**
* `Jane Roe <jane@…>` is the credit format: in documents, in comments, or after "by" (`Contributed by
* Ken Schutte <…>`). In a prompt or a fixture it stays data (`From: Dana Whitfield <…>`).
*/
var DOC_FILE = /\.(?:md|markdown|rst|adoc|txt)$/i;
var NAMED_ADDRESS = /[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+ <$/;
var BY_NAMED_ADDRESS = /\bby [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+ <$/;
/** A line that is a comment in Python, shell, YAML, JS/TS, C-style blocks, SQL or HTML. */
var COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|--|;|<!--)/;
/** `__author__ = (` a few lines up: the address is part of a multi-line credit. */
var CREDIT_ABOVE = /__(?:author|credits|maintainer)__|^\s*(?:#|\/\/|\*)\s*(?:authors?|maintainers?|copyright|created by|written by)\b/im;
/** Start of the line `count` lines above the one holding `index` (each step bounded). */
function lineStartAbove(text, index, count) {
	let start = lineStartNear(text, index, 200);
	for (let i = 0; i < count && start > 0; i++) start = lineStartNear(text, start - 1, 200);
	return start;
}
function lineAround(text, start, end) {
	return text.slice(lineStartNear(text, start, 200), lineEndNear(text, end, 200));
}
/** `postgres://user:pw@db…`, `https://token@github.com/…`: credentials in a URL, a secret's job. */
function insideUrl(text, start) {
	const from = Math.max(0, start - 300);
	for (let i = start - 1; i >= from; i--) {
		const ch = text[i];
		if (ch === " " || ch === "\n" || ch === "	" || ch === "\"" || ch === "'" || ch === "`" || ch === "<" || ch === "(") return text.slice(i + 1, start).includes("://");
	}
	return text.slice(from, start).includes("://");
}
/** Authorship and maintainer credits: who wrote the code, not who the code is about. */
function isCredit(text, start, end, docs) {
	const line = lineAround(text, start, end);
	if (CREDIT_LINE.test(line)) return true;
	const from = Math.max(lineStartAbove(text, start, 3), start - 400);
	if (CREDIT_ABOVE.test(text.slice(from, start))) return true;
	if (text[end] !== ">") return false;
	const before = text.slice(Math.max(0, start - 60), start);
	return BY_NAMED_ADDRESS.test(before) || (docs || COMMENT_LINE.test(line)) && NAMED_ADDRESS.test(before);
}
/** An address at a company (or stand-in) domain is a person's only with personal context, and not as a business contact. */
function companyAddressOfPerson(target, start, end) {
	return hasPersonalContext(target, start, end, COMMENT_LINE.test(lineAround(target.text, start, end))) && !isBusinessContact(target, start, end, 80);
}
function findEmails(target) {
	const { text, path } = target;
	if (!text.includes("@") || METADATA_FILE.test(path) || MANIFEST_FILE.test(path)) return [];
	const docs = DOC_FILE.test(path);
	const out = [];
	EMAIL$1.lastIndex = 0;
	let m;
	while ((m = EMAIL$1.exec(text)) !== null) {
		const local = m[1];
		const domain = m[2].toLowerCase();
		const tld = m[3].toLowerCase();
		const start = m.index;
		const end = start + m[0].length;
		if (tld.length === 2 ? CODE_EXTENSIONS.has(tld) : !GENERIC_TLDS.has(tld)) continue;
		if (RESERVED_DOMAIN.test(domain) || PLACEHOLDER_DOMAINS.has(domain) || SINGLE_CHAR_LABEL.test(domain)) continue;
		const lowerLocal = local.toLowerCase();
		const base = lowerLocal.split("+")[0];
		if (ROLE_LOCALS.has(base) || ROLE_PREFIX.test(lowerLocal) || PLACEHOLDER_LOCAL.test(base)) continue;
		if (text[end] === ":" && /[\w/~]/.test(text[end + 1] ?? "")) continue;
		if (insideUrl(text, start)) continue;
		if (isCredit(text, start, end, docs)) continue;
		if (!isConsumerDomain(domain) && !companyAddressOfPerson(target, start, end)) continue;
		out.push({
			kind: "personal-email",
			start,
			end,
			value: m[0]
		});
	}
	return out;
}
// src/pii/iban.ts
/**
* IBANs (ISO 13616): country code, two check digits, then the country's BBAN with its fixed length
* and character classes, and a mod-97 remainder of 1 (ISO 7064 MOD 97-10).
*/
/**
* BBAN structure per country from the SWIFT IBAN Registry (release 99, 2024): `n` digits, `a`
* upper-case letters, `c` letters or digits. The IBAN length is the BBAN length plus 4.
*/
var BBAN_FORMATS = {
	AD: "4!n4!n12!c",
	AE: "3!n16!n",
	AL: "8!n16!c",
	AT: "5!n11!n",
	AZ: "4!a20!c",
	BA: "3!n3!n8!n2!n",
	BE: "3!n7!n2!n",
	BG: "4!a4!n2!n8!c",
	BH: "4!a14!c",
	BI: "5!n5!n11!n2!n",
	BR: "8!n5!n10!n1!a1!c",
	BY: "4!c4!n16!c",
	CH: "5!n12!c",
	CR: "4!n14!n",
	CY: "3!n5!n16!c",
	CZ: "4!n6!n10!n",
	DE: "8!n10!n",
	DJ: "5!n5!n11!n2!n",
	DK: "4!n9!n1!n",
	DO: "4!c20!n",
	EE: "2!n14!n",
	EG: "4!n4!n17!n",
	ES: "4!n4!n1!n1!n10!n",
	FI: "3!n11!n",
	FK: "2!a12!n",
	FO: "4!n9!n1!n",
	FR: "5!n5!n11!c2!n",
	GB: "4!a6!n8!n",
	GE: "2!a16!n",
	GI: "4!a15!c",
	GL: "4!n9!n1!n",
	GR: "3!n4!n16!c",
	GT: "4!c20!c",
	HN: "4!a20!n",
	HR: "7!n10!n",
	HU: "3!n4!n1!n15!n1!n",
	IE: "4!a6!n8!n",
	IL: "3!n3!n13!n",
	IQ: "4!a3!n12!n",
	IS: "4!n2!n6!n10!n",
	IT: "1!a5!n5!n12!c",
	JO: "4!a4!n18!c",
	KW: "4!a22!c",
	KZ: "3!n13!c",
	LB: "4!n20!c",
	LC: "4!a24!c",
	LI: "5!n12!c",
	LT: "5!n11!n",
	LU: "3!n13!c",
	LV: "4!a13!c",
	LY: "3!n3!n15!n",
	MC: "5!n5!n11!c2!n",
	MD: "2!c18!c",
	ME: "3!n13!n2!n",
	MK: "3!n10!c2!n",
	MN: "4!n12!n",
	MR: "5!n5!n11!n2!n",
	MT: "4!a5!n18!c",
	MU: "4!a2!n2!n12!n3!n3!a",
	NI: "4!a20!n",
	NL: "4!a10!n",
	NO: "4!n6!n1!n",
	OM: "3!n16!c",
	PK: "4!a16!c",
	PL: "8!n16!n",
	PS: "4!a21!c",
	PT: "4!n4!n11!n2!n",
	QA: "4!a21!c",
	RO: "4!a16!c",
	RS: "3!n13!n2!n",
	RU: "9!n5!n15!c",
	SA: "2!n18!c",
	SC: "4!a2!n2!n16!n3!a",
	SD: "2!n12!n",
	SE: "3!n16!n1!n",
	SI: "5!n8!n2!n",
	SK: "4!n6!n10!n",
	SM: "1!a5!n5!n12!c",
	SO: "4!n3!n12!n",
	ST: "4!n4!n11!n2!n",
	SV: "4!a20!n",
	TL: "3!n14!n2!n",
	TN: "2!n3!n13!n2!n",
	TR: "5!n1!n16!c",
	UA: "6!n19!c",
	VA: "3!n15!n",
	VG: "4!a16!n",
	XK: "4!n10!n2!n",
	YE: "4!a4!n18!c"
};
/** Territories the registry lists under another country's format. */
var TERRITORIES = {
	AX: "FI",
	GF: "FR",
	GP: "FR",
	MQ: "FR",
	RE: "FR",
	PF: "FR",
	TF: "FR",
	YT: "FR",
	NC: "FR",
	BL: "FR",
	MF: "FR",
	PM: "FR",
	WF: "FR",
	IM: "GB",
	JE: "GB",
	GG: "GB"
};
function compileBban(format) {
	let length = 0;
	let source = "";
	for (const [, count, type] of format.matchAll(/(\d+)!([nac])/g)) {
		length += Number(count);
		source += `${type === "n" ? "[0-9]" : type === "a" ? "[A-Z]" : "[A-Z0-9]"}{${count}}`;
	}
	return {
		length: length + 4,
		bban: new RegExp(`^${source}$`)
	};
}
var SPECS = new Map([...Object.entries(BBAN_FORMATS), ...Object.entries(TERRITORIES).map(([code, parent]) => [code, BBAN_FORMATS[parent]])].map(([code, format]) => [code, compileBban(format)]));
/** The IBAN length for a country code, or undefined when the country has no IBAN. */
function ibanLength(countryCode) {
	return SPECS.get(countryCode)?.length;
}
/** ISO 7064 MOD 97-10 over the rearranged IBAN (BBAN + country + check), letters as 10–35. */
function ibanMod97(compact) {
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
function ibanValid(compact) {
	const spec = SPECS.get(compact.slice(0, 2));
	if (spec === void 0 || compact.length !== spec.length) return false;
	const check = compact.slice(2, 4);
	if (!/^[0-9]{2}$/.test(check) || check === "00" || check === "01" || check === "99") return false;
	if (!spec.bban.test(compact.slice(4))) return false;
	return ibanMod97(compact) === 1;
}
/**
* IBANs printed as examples: the SWIFT registry's sample for every country, and the ones Wikipedia,
* banks and validator libraries show. Seeing one of these in code means documentation, not a person.
*/
var DOCUMENTATION_IBANS = /* @__PURE__ */ new Set([
	"AD1200012030200359100100",
	"AE070331234567890123456",
	"AL47212110090000000235698741",
	"AT611904300234573201",
	"AZ21NABZ00000000137010001944",
	"BA391290079401028494",
	"BE68539007547034",
	"BG80BNBG96611020345678",
	"BH67BMAG00001299123456",
	"BI4210000100010000332045181",
	"BR1800360305000010009795493C1",
	"BR9700360305000010009795493P1",
	"BY13NBRB3600900000002Z00AB00",
	"CH9300762011623852957",
	"CR05015202001026284066",
	"CY17002001280000001200527600",
	"CZ6508000000192000145399",
	"DE89370400440532013000",
	"DK5000400440116243",
	"DO28BAGR00000001212453611324",
	"EE382200221020145685",
	"EG380019000500000000263180002",
	"ES9121000418450200051332",
	"FI2112345600000785",
	"FO6264600001631634",
	"FR1420041010050500013M02606",
	"GB29NWBK60161331926819",
	"GE29NB0000000101904917",
	"GI75NWBK000000007099453",
	"GL8964710001000206",
	"GR1601101250000000012300695",
	"GT82TRAJ01020000001210029690",
	"HR1210010051863000160",
	"HU42117730161111101800000000",
	"IE29AIBK93115212345678",
	"IL620108000000099999999",
	"IQ98NBIQ850123456789012",
	"IS140159260076545510730339",
	"IT60X0542811101000000123456",
	"JO94CBJO0010000000000131000302",
	"KW81CBKU0000000000001234560101",
	"KZ86125KZT5004100100",
	"LB62099900000001001901229114",
	"LC55HEMM000100010012001200023015",
	"LI21088100002324013AA",
	"LT121000011101001000",
	"LU280019400644750000",
	"LV80BANK0000435195001",
	"LY83002048000020100120361",
	"MC5811222000010123456789030",
	"MD24AG000225100013104168",
	"ME25505000012345678951",
	"MK07250120000058984",
	"MR1300020001010000123456753",
	"MT84MALT011000012345MTLCAST001S",
	"MU17BOMM0101101030300200000MUR",
	"NL91ABNA0417164300",
	"NO9386011117947",
	"PK36SCBL0000001123456702",
	"PL61109010140000071219812874",
	"PS92PALS000000000400123456702",
	"PT50000201231234567890154",
	"QA58DOHB00001234567890ABCDEFG",
	"RO49AAAA1B31007593840000",
	"RS35260005601001611379",
	"SA0380000000608010167519",
	"SC18SSCB11010000000000001497USD",
	"SD2129010501234001",
	"SE4550000000058398257466",
	"SI56263300012039086",
	"SK3112000000198742637541",
	"SM86U0322509800000000270100",
	"ST23000100010051845310146",
	"SV62CENR00000000000000700025",
	"TL380080012345678910157",
	"TN5910006035183598478831",
	"TR330006100519786457841326",
	"UA213223130000026007233566001",
	"VA59001123000012345678",
	"VG96VPVG0000012345678901",
	"XK051212012345678906",
	"GB82WEST12345698765432",
	"GB33BUKB20201555555555",
	"GB98MIDL07009312345678",
	"DE44500105175407324931",
	"DE75512108001245126199",
	"DE02120300000000202051",
	"DE02500105170137075030",
	"BE71096123456769",
	"FR7630006000011234567890189",
	"CH5604835012345678009",
	"NL02ABNA0123456789",
	"ES7921000813610123456789",
	"GR9608100010000001234567890",
	"RO09BCYP0000001234567890",
	"SA4420000001234567891234",
	"DE91100000000123456789"
]);
/** Counting runs (`1234567`) and long zero padding (`TR61 0000 1000 0000 …`) are typed examples. */
var COUNTING = /0123456|1234567|2345678|3456789|0{10}/;
var IBAN_START = /(?<![A-Za-z0-9_])([A-Z]{2})\d{2}(?= ?[A-Z0-9])/g;
var ALNUM_UPPER = /^[A-Z0-9]+$/;
var WORD_CHAR = /[A-Za-z0-9_]/;
/** The IBAN starting at `start`, plain or in groups of four split by single spaces. */
function extract(text, start, length) {
	const plain = text.slice(start, start + length);
	if (plain.length === length && ALNUM_UPPER.test(plain)) {
		const after = text[start + length];
		return after !== void 0 && WORD_CHAR.test(after) ? void 0 : {
			end: start + length,
			compact: plain
		};
	}
	if (text[start + 4] !== " ") return void 0;
	let compact = text.slice(start, start + 4);
	let i = start + 4;
	while (compact.length < length) {
		if (text[i] !== " ") return void 0;
		i++;
		const take = Math.min(4, length - compact.length);
		const group = text.slice(i, i + take);
		if (group.length < take || !ALNUM_UPPER.test(group)) return void 0;
		compact += group;
		i += take;
	}
	const after = text[i];
	if (after !== void 0 && WORD_CHAR.test(after)) return void 0;
	return {
		end: i,
		compact
	};
}
function findIbans(text) {
	const out = [];
	IBAN_START.lastIndex = 0;
	let m;
	while ((m = IBAN_START.exec(text)) !== null) {
		const length = ibanLength(m[1]);
		if (length === void 0) continue;
		const start = m.index;
		const found = extract(text, start, length);
		if (found === void 0 || !ibanValid(found.compact)) continue;
		if (DOCUMENTATION_IBANS.has(found.compact) || COUNTING.test(found.compact)) continue;
		out.push({
			kind: "iban",
			start,
			end: found.end,
			value: text.slice(start, found.end)
		});
		IBAN_START.lastIndex = found.end;
	}
	return out;
}
// src/pii/phone.ts
/**
* Phone numbers only count next to personal context: a bare `415-555-0132` in code is as likely a
* build number as a person, and a helpline or an office line belongs to an organisation. Formats:
* E.164 and international (`+1 415 555 0132`, `+44 20 7946 0xxx`), North American
* (`(415) 555-0132`, `415.555.0132`) and national trunk-0 (`020 7946 0xxx`).
*/
var INTERNATIONAL = /(?<![\w+])\+(?:\d{7,15}|\d{1,3}(?:[ .-]?\(\d{1,4}\)\d{0,4})?(?:[ .-]\d{1,12}){1,6})(?!\w)/g;
var NORTH_AMERICAN = /(?<![\w+./-])(?:1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\w)/g;
var NATIONAL = /(?<![\w+./-])(?:\(0\d{1,4}\)|0\d{1,4})[ -]\d{3,4}[ -]?\d{3,4}(?!\w)/g;
/** Business lines, not people: toll-free area codes. */
var TOLL_FREE = /* @__PURE__ */ new Set([
	"800",
	"833",
	"844",
	"855",
	"866",
	"877",
	"888"
]);
/** Typed stand-ins: counting runs and one digit over and over. */
var STAND_IN = /012345|123456|234567|345678|456789|987654|876543|765432|654321|543210|(\d)\1{6}/;
/**
* A dialable North American number: area and exchange start 2–9 and are not N11 service codes.
* 555-0100…0199 are reserved for fiction; area code 555 is what people type as a placeholder; toll-free
* numbers belong to businesses.
*/
function northAmericanValid(ten) {
	if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(ten)) return false;
	const area = ten.slice(0, 3);
	const exchange = ten.slice(3, 6);
	if (area.slice(1) === "11" || exchange.slice(1) === "11") return false;
	if (area === "555" || TOLL_FREE.has(area)) return false;
	return !(exchange === "555" && (ten.slice(6, 8) === "01" || ten.slice(6) === "1212"));
}
/** Plausible number for its format, before any context is considered. */
function phoneShapeValid(value) {
	const digits = value.replace(/\D/g, "");
	if (STAND_IN.test(digits)) return false;
	if (value.startsWith("+")) {
		if (digits.length < 10 || digits.length > 15 || digits[0] === "0") return false;
		if (digits[0] === "1") return digits.length === 11 && northAmericanValid(digits.slice(1));
		return true;
	}
	if (value.startsWith("0") || value.startsWith("(0")) return digits.length >= 10 && digits.length <= 11;
	if (digits.length === 11 && digits[0] === "1") return northAmericanValid(digits.slice(1));
	return digits.length === 10 && northAmericanValid(digits);
}
function isDigit$1(ch) {
	return ch !== void 0 && ch >= "0" && ch <= "9";
}
/** A longer dotted or dashed number around the match: versions, IPs, dates, serials. */
function partOfLongerRun$1(text, start, end) {
	const before = text[start - 1];
	if ((before === "-" || before === ".") && isDigit$1(text[start - 2])) return true;
	const after = text[end];
	return (after === "-" || after === "." || after === " ") && isDigit$1(text[end + 1]);
}
function findPhones(target) {
	const { text } = target;
	const out = [];
	let coveredUntil = -1;
	const candidates = [];
	for (const pattern of [
		INTERNATIONAL,
		NORTH_AMERICAN,
		NATIONAL
	]) {
		pattern.lastIndex = 0;
		let m;
		while ((m = pattern.exec(text)) !== null) candidates.push({
			start: m.index,
			value: m[0]
		});
	}
	candidates.sort((a, b) => a.start - b.start || b.value.length - a.value.length);
	for (const { start, value } of candidates) {
		if (start < coveredUntil) continue;
		const end = start + value.length;
		if (partOfLongerRun$1(text, start, end) || !phoneShapeValid(value)) continue;
		if (!hasPhoneContext(target, start, end) || isBusinessContact(target, start, end, 40)) continue;
		out.push({
			kind: "phone-number",
			start,
			end,
			value
		});
		coveredUntil = end;
	}
	return out;
}
// src/pii/ssn.ts
/**
* US Social Security numbers: AAA-GG-SSSS. Dashed ones fire on shape and range alone; the
* space-separated form needs personal context on the line (`512 64 1024` is a list of sizes), and a
* bare 9-digit number needs an SSN keyword right beside it.
*/
/** Numbers that are public by accident or on purpose: the Woolworth wallet card, the SSA pamphlet, LifeLock's ad. */
var KNOWN_PUBLIC = /* @__PURE__ */ new Set([
	"078051120",
	"219099999",
	"123456789",
	"457555462"
]);
/** Area 000, 666 and 900–999, group 00 and serial 0000 are never issued (SSA POMS RM 10201.035). */
function ssnValid(digits) {
	if (!/^\d{9}$/.test(digits)) return false;
	const area = digits.slice(0, 3);
	if (area === "000" || area === "666" || area[0] === "9") return false;
	if (digits.slice(3, 5) === "00" || digits.slice(5) === "0000") return false;
	if (KNOWN_PUBLIC.has(digits)) return false;
	return !/^(\d)\1\1(\d)\2(\d)\3\3\3$/.test(digits);
}
var SSN_GROUPED = /(?<![\w.+/$@%\\-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w@])/g;
var SSN_BARE = /(?<![\w.+/$@%\\-])\d{9}(?![\w@])/g;
var SSN_WORD = /ssn|social[ _-]?security/i;
function isDigit(ch) {
	return ch !== void 0 && ch >= "0" && ch <= "9";
}
/** Reject runs that continue past the match: `1 536 22 8041`, `536-22-8041-7`, `536-22-8041.5`. */
function partOfLongerRun(text, start, end, sep) {
	const before = text[start - 1];
	if ((before === " " || before === "-") && isDigit(text[start - 2])) return true;
	const after = text[end];
	return (after === "-" || after === "." || sep !== void 0 && after === sep) && isDigit(text[end + 1]);
}
function findSsns(target) {
	const { text } = target;
	const out = [];
	let m;
	SSN_GROUPED.lastIndex = 0;
	while ((m = SSN_GROUPED.exec(text)) !== null) {
		const start = m.index;
		const end = start + m[0].length;
		const sep = m[2];
		if (partOfLongerRun(text, start, end, sep)) continue;
		if (!ssnValid(`${m[1]}${m[3]}${m[4]}`)) continue;
		if (sep === " " && !hasSsnContext(target, start, end)) continue;
		out.push({
			kind: "us-ssn",
			start,
			end,
			value: m[0]
		});
	}
	if (!SSN_WORD.test(text)) return out;
	SSN_BARE.lastIndex = 0;
	while ((m = SSN_BARE.exec(text)) !== null) {
		const start = m.index;
		const end = start + 9;
		if (partOfLongerRun(text, start, end, void 0)) continue;
		if (!ssnValid(m[0]) || !hasSsnKeywordBeside(text, start, end)) continue;
		out.push({
			kind: "us-ssn",
			start,
			end,
			value: m[0]
		});
	}
	return out;
}
// src/pii/location.ts
/** Source code; any other file in a test folder is data the tests read (fixtures, cassettes, transcripts). */
var CODE_FILE = /\.(?:py|pyi|[cm]?[jt]sx?|go|rb|java|kt|kts|scala|rs|cs|php|swift|sh|bash|ipynb)$/i;
var DOCS_DIR = /(?:^|\/)(?:docs?|documentation)\//i;
var DOCS_FILE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)$/i;
/** READMEs and changelogs are documentation whatever their extension. */
var README = /(?:^|\/)(?:readme|changelog|changes|history)(?:\.(?:md|mdx|markdown|rst|adoc|txt))?$/i;
/**
* Markdown the model reads: prompt and instruction files, agent skills, agent briefs. These ship
* (a skill or a system prompt in Markdown is sent to the model as is).
*/
var PROMPT_DOC = /(?:^|\/)(?:prompts?|instructions?|skills?|personas?)\/[^/]*$|(?:^|\/)[^/]*(?:prompt|instruction|persona)[^/]*$|(?:^|\/)(?:skill|agents?|claude|gemini)\.md$/i;
/**
* Files named as samples or recordings: `post_booking_sample.md`, `chat_transcript.json`,
* `example_output.txt`, cassettes and snapshots. A word of its own in the name (`counterexample` is not one).
*/
var SAMPLE_NAME = /(?:^|\/)(?:[^/]*[^a-z/])?(?:samples?|transcripts?|examples?|fixtures?|recordings?|recorded|cassettes?|snapshots?|golden|mocks?|fakes?|dummy|demos?)(?:[^a-z/][^/]*)?$/i;
/** Data sets: tables and records. Under data and sample folders they are sample data, not configuration. */
var DATA_SET_FILE = /\.(?:csv|tsv|json|jsonl|ndjson|xml)$/i;
/** Sample folders only: a plain `data/` folder may hold the records an agent really serves (a RAG corpus). */
var DATA_DIR = /(?:^|\/)(?:sample[_-]?data|samples?|examples?|demos?)\//i;
/** Where a POSIX path (relative to the audited root or the agent) sits for personal data. */
function piiLocation(filePath, codeKind) {
	if (codeKind === void 0 ? isTestCodePath(filePath) : codeKind === "test" || codeKind === "fixture") return CODE_FILE.test(filePath) ? "test-code" : "reference";
	if (DOCS_DIR.test(filePath)) return "reference";
	if (CODE_FILE.test(filePath)) return "ships";
	if (README.test(filePath)) return "reference";
	if (PROMPT_DOC.test(filePath)) return "ships";
	if (DOCS_FILE.test(filePath) || SAMPLE_NAME.test(filePath)) return "reference";
	if (DATA_SET_FILE.test(filePath) && DATA_DIR.test(filePath)) return "reference";
	return "ships";
}
// src/pii/test-data.ts
/**
* Obviously fake data in test code stays silent: a test file full of `fake_ssn = "…"` is the
* scanner's own kind of fixture, not a leak. Real-looking structured values (cards, SSNs, IBANs) in
* test code with no marker still fire (see location.ts).
*/
/** Words and Faker-style names that say a value is made up. */
var FAKE_MARKER = /fake|dummy|mock|sample|example|test|placeholder|faker|lorem|fixture|stub|synthetic|fictional|fictitious|(?<![a-z])(?:doe|foo|bar|baz|qux|acme)(?![a-z])/i;
var LINE_REACH = 200;
/** True when the value, its line or the line before carries a fake-data marker. */
function nearFakeMarker(text, start, end) {
	const lineStart = lineStartNear(text, start, LINE_REACH);
	const from = lineStart > 0 ? lineStartNear(text, lineStart - 1, LINE_REACH) : lineStart;
	return FAKE_MARKER.test(text.slice(from, lineEndNear(text, end, LINE_REACH)));
}
// src/pii/scan.ts
/** When two detectors claim overlapping text, the stricter format wins. */
var PRIORITY = {
	"credit-card": 0,
	iban: 1,
	"us-ssn": 2,
	"personal-email": 3,
	"phone-number": 4
};
/** A run of 13+ digits, possibly split by spaces or dashes: nothing shorter can be a card. */
var CARD_PREFILTER = /\d(?:[ -]?\d){12}/;
/** Two capitals and two digits: every IBAN starts that way. */
var IBAN_PREFILTER = /[A-Z]{2}\d{2}/;
/** Digit pairs around a separator, a 9-digit run or `+digit`: a shape every SSN and phone number has. */
var DIGIT_GROUPS = /\d{2}[ .)-]{1,2}\d{2}|\d{9}|\+\d/;
/**
* All hardcoded personal data in one file's text, sorted by start, without overlaps, wherever the file
* sits: what snippets, excerpts and diffs mask. `filePath` is POSIX and relative: it tells CSV headers,
* package manifests and documents apart. What blocks is `scanShippedPii`.
*/
function scanPii(text, filePath) {
	const target = scanTarget(text, filePath);
	let found = [];
	if (CARD_PREFILTER.test(text)) found = found.concat(findCards(text));
	if (IBAN_PREFILTER.test(text)) found = found.concat(findIbans(text));
	if (DIGIT_GROUPS.test(text)) found = found.concat(findSsns(target), findPhones(target));
	found = found.concat(findEmails(target));
	if (found.length === 0) return found;
	found.sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - a.end);
	const result = [];
	for (const match of found) {
		const last = result[result.length - 1];
		if (last !== void 0 && match.start < last.end) {
			if (PRIORITY[match.kind] < PRIORITY[last.kind]) result[result.length - 1] = match;
			continue;
		}
		result.push(match);
	}
	return result;
}
/** Formats with a structure (issuer and Luhn, SSA ranges, mod-97): in test code only these can be a real record. */
var STRUCTURED = /* @__PURE__ */ new Set([
	"credit-card",
	"us-ssn",
	"iban"
]);
/**
* The personal data that blocks a release: everything `scanPii` finds in files that ship; in test code
* only structured values no fake-data marker explains; nothing in docs, recordings and sample data sets
* (see location.ts).
*/
function scanShippedPii(text, filePath, codeKind) {
	switch (piiLocation(filePath, codeKind)) {
		case "ships": return scanPii(text, filePath);
		case "test-code": return scanPii(text, filePath).filter((match) => STRUCTURED.has(match.kind) && !nearFakeMarker(text, match.start, match.end));
		case "reference": return [];
	}
}
// src/secrets/placeholders.ts
/**
* The global allowlist: values that are shaped like secrets but are documentation, templates or test
* fixtures. Every detector's candidate goes through `isPlaceholder`; a CI gate that cries wolf gets
* switched off, so this errs towards silence for anything that says what it is.
*/
/** Long marker words: matched anywhere, any case (too long to appear by chance in random text). */
var MARKER_WORDS = /example|placeholder|redacted|change[-_]?me|replace[-_]?me|not[-_]?real|sample|dummy|test[-_]?(?:key|token|secret|password)|your(?:[-_]?api)?[-_]?(?:key|token|secret|password)|insert[-_]?(?:your|key|token|here)|[-_]here$/i;
/**
* Short marker words only count at a word edge: `fake-key`, `YOUR_TOKEN`, `myFakeToken`, but not
* the `fake` that a long random token contains one time in a thousand.
*/
var SHORT_WORD_EDGE = /(?<![A-Za-z])(?:fake|your|todo|fixme|mock|tbd)(?![a-z])/i;
var SHORT_WORD_CAMEL = /(?<=[a-z0-9])(?:Fake|Your|Todo|Mock)(?![a-z])/;
/**
* Masks and elisions: `xxxx`, `****`, `...`, `…`, `<token>`, six identical characters in a row.
* Runs of `A` are exempt: they are zero bytes in base64, and real OpenSSH and DER keys are full of them.
*/
var MASKS = /x{4,}|X{4,}|\*{3,}|\.\.\.|…|#{4,}|<[^<>]{0,60}>|([^A])\1{5,}/;
/** Keyboard walks and counting sequences that people type as a stand-in. */
var SEQUENCES = /0123456789|123456789|abcdefghij|ABCDEFGHIJ|qwertyuiop/;
/** References to a value held elsewhere: `${VAR}`, `$VAR`, `{{ secrets.X }}`, `%(x)s`, `{name}`, env reads. */
var TEMPLATE = /\$\{|\$\(|\{\{|\}\}|%\(|%[sd](?![A-Za-z0-9])|#\{|<%|^\$[A-Za-z_]|^\{[A-Za-z_][\w.]*\}$|process\.env|os\.environ|getenv|import\.meta\.env/;
/** Whole values that are a type name, a keyword or a default, never a credential. */
var EXACT = /* @__PURE__ */ new Set([
	"none",
	"null",
	"nil",
	"undefined",
	"true",
	"false",
	"string",
	"str",
	"bytes",
	"secretstr",
	"optional",
	"password",
	"passwd",
	"pass",
	"secret",
	"token",
	"apikey",
	"api_key",
	"api-key",
	"key",
	"changeme",
	"admin",
	"root",
	"default",
	"empty",
	"required",
	"hidden",
	"masked",
	"unset",
	"test",
	"testing",
	"example",
	"sample",
	"dummy",
	"fake",
	"mock",
	"todo",
	"tbd"
]);
/**
* Keys published in vendor documentation that still work only against emulators: the Azurite storage
* emulator's account key (AWS's documented keys are caught by the word EXAMPLE).
*/
var DOCUMENTED_KEYS = ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="];
/** Stripe test-mode keys and publishable keys are meant to be shared; they are not findings. */
var PUBLIC_OR_TEST_PREFIX = /^(?:sk|rk|pk)_test_|^pk_live_/;
/** `user/password` or `user:password` (NEO4J_AUTH, basic auth pairs): the password part decides. */
var CREDENTIAL_PAIR = /^[\w.@-]{1,64}[/:]([^/:\s]{1,64})$/;
/**
* What says "stand-in" in any kind of value, random-looking or not: a whole value that is a type name or
* default, a marker word, or a typed sequence. Both allowlists below start from it.
*/
function namesAStandIn(value) {
	return EXACT.has(value.toLowerCase()) || MARKER_WORDS.test(value) || SHORT_WORD_EDGE.test(value) || SHORT_WORD_CAMEL.test(value) || SEQUENCES.test(value);
}
/** True when the value is a placeholder, a documented example, a test value or a template. */
function isPlaceholder(value) {
	if (namesAStandIn(value)) return true;
	const pair = CREDENTIAL_PAIR.exec(value);
	if (pair && isCommonPassword(pair[1])) return true;
	return MASKS.test(value) || TEMPLATE.test(value) || PUBLIC_OR_TEST_PREFIX.test(value) || DOCUMENTED_KEYS.some((key) => value.includes(key));
}
/** A whole value that is a reference or an elision: `${X}`, `{{ x }}`, `<%= ENV["X"] %>`, `<key>`, `$VAR`. */
var WHOLE_TEMPLATE = /^(?:\$\{.*\}|\$\(.*\)|\{\{.*\}\}|<%.*%>|%\(\w+\)s|<[^<>]*>|\$[A-Za-z_]\w*|\{[A-Za-z_][\w.]*\})$/s;
/** Elisions at an end (`abc...`, `...`), masks and long runs of one character. */
var ELIDED = /^(?:\.{3}|…)|(?:\.{3}|…)$|x{4,}|X{4,}|\*{4,}|(.)\1{7,}/;
/**
* `isPlaceholder` for secrets that are random printable text (WordPress salts, Django keys, crypt
* hashes): their `<…>`, `$(`, `%(` and `...` come by chance, so only words that say what the value
* is, a whole-value template, an elision at an end and long runs of one character count.
*/
function isPlaceholderText(value) {
	const trimmed = value.trim();
	return namesAStandIn(trimmed) || WHOLE_TEMPLATE.test(trimmed) || ELIDED.test(trimmed);
}
/** Passwords from tutorials and breach top lists; they mark a sample, and a real one would be cracked anyway. */
var COMMON_PASSWORDS = /* @__PURE__ */ new Set([
	"password",
	"passwort",
	"admin",
	"administrator",
	"root",
	"toor",
	"changeme",
	"secret",
	"letmein",
	"welcome",
	"qwerty",
	"iloveyou",
	"monkey",
	"dragon",
	"master",
	"login",
	"guest",
	"default",
	"test",
	"user",
	"pass",
	"hunter",
	"abc",
	"mypassword",
	"yourpassword",
	"supersecret",
	"topsecret",
	"secretpassword",
	"pwd",
	"postgres"
]);
var LEET = {
	"@": "a",
	"4": "a",
	"3": "e",
	"1": "i",
	"!": "i",
	"0": "o",
	"5": "s",
	$: "s",
	"7": "t"
};
/**
* True for a well-known weak or sample password, also in leetspeak and with digits or symbols tacked
* on: `P@55w0rd!`, `Password123`, `admin2024`, `changeme!`.
*/
function isCommonPassword(value) {
	const core = value.toLowerCase().replace(/[\d!@#$%^&*._-]+$/, "");
	if (COMMON_PASSWORDS.has(core)) return true;
	const plain = value.toLowerCase().replace(/[@4310!5$7]/g, (c) => LEET[c] ?? c).replace(/[^a-z]+$/, "");
	return COMMON_PASSWORDS.has(plain) || COMMON_PASSWORDS.has(plain.replace(/i+$/, ""));
}
/**
* True when the value reads as words (`AccessTokenValue`, `no-password-required`,
* `CUSTOMER_MANAGED_KMS_KEY`): names, labels and enum values, not random strings. Random strings split
* into short, vowel-poor fragments, so at most a few of their letters land in word-like parts.
*/
function looksLikeWords(value) {
	if (/\d/.test(value)) return false;
	const parts = value.split(/[^A-Za-z]+/).flatMap((chunk) => chunk.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []);
	if (parts.length === 0) return false;
	let letters = 0;
	let wordy = 0;
	for (const part of parts) {
		letters += part.length;
		const vowels = part.replace(/[^aeiouyAEIOUY]/g, "").length;
		if (part.length >= 3 && vowels / part.length >= .2 && vowels < part.length) wordy += part.length;
	}
	return letters / parts.length >= 3 && wordy / letters >= .75;
}
// src/secrets/catalog/patterns.ts
/**
* Regex fragments shared by the catalog. Detectors stay data; these only keep the edges and the
* assignment grammar identical everywhere, so a fix to one applies to all.
*/
/**
* Left edge of a standalone token: not glued to a word character or a dash (so `AKIA` inside a
* base64 blob does not count), but a JSON-escaped `\n` right before it is fine (notebooks).
* Written as ONE negative lookbehind on purpose: V8 keeps its fast literal scan for a regex that
* starts with a single lookbehind, but an alternation of lookbehinds made token regexes ~25x slower.
*/
var LEFT = String.raw`(?<![\w-](?<!\\[nrt]))`;
/** Right edge: the token does not go on. */
var RIGHT = String.raw`(?![\w-])`;
/**
* From the end of a name to the start of its value: an optional closing quote (JSON keys, escaped
* in notebooks) or `]` (`environ["X"] = `), then an operator — `=`, `:`, `:=`, `=>`, `??=`, a type
* annotation `: str =`, or `,` / `(` for call arguments — then an optional opening quote.
* Every repetition is bounded, so a near miss costs a few dozen steps at most.
*/
var ASSIGN = String.raw`(?:\\{0,3}["'\x60])?\]?\s{0,4}(?::\s{0,4}[A-Za-z_][\w.\[\]|, ]{0,30}?\s{0,4}=(?!=)|:=|=>|\?\?=|=(?!=)|:|,|\()\s{0,4}(?:[bru]?\\{0,3}["'\x60])?`;
/** A token that stands on its own: `body` with clean edges, global. */
function tokenRegex(body, flags = "") {
	return new RegExp(`${LEFT}${body}${RIGHT}`, `g${flags}`);
}
/**
* A value assigned to a name that mentions the provider (`MISTRAL_API_KEY=...`, `mistral_key: "..."`,
* `Mistral(api_key="...")`): for formats too plain to find on their own. Case-insensitive.
*/
function keyedRegex(name, value) {
	return new RegExp(`(?:${name})[\\w.()-]{0,30}?${ASSIGN}(?<secret>${value})${RIGHT}`, "gi");
}
/**
* `verify` for keyed detectors: their formats have no prefix, so a value that reads as words
* (`agentDashboardProduction`) is a name or label next to the provider's name, not its key.
*/
var NOT_WORDS = (secret) => !looksLikeWords(secret);
var UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/**
* Prefixes that only a provider's own tokens start with (regex sources). A value that starts with one
* but was not accepted by that provider's detector is truncated or made up (`sk-ant-oat01-short`),
* so the generic detector leaves it alone; redaction shows these prefixes.
*/
var PROVIDER_PREFIXES = [
	"sk-ant-(?:api|admin|oat|ort)\\d\\d-",
	"sk-(?:proj|svcacct|admin|None)-",
	"sk-or-v1-",
	"(?:sk|rk)_live_",
	"whsec_",
	"github_pat_",
	"gh[pousr]_",
	"glpat-",
	"gl(?:ptt|dt|rt|cbt|soat|ffct|ft|imt|agent|oas)-",
	"GR1348941",
	"xox[bpaers]-",
	"xapp-",
	"hf_",
	"api_org_",
	"gsk_",
	"xai-",
	"pplx-",
	"r8_",
	"pcsk_",
	"lsv2_(?:pt|sk)_",
	"tvly-(?:dev-|prod-)?",
	"A(?:KIA|SIA|BIA|CCA)",
	"AIza",
	"GOCSPX-",
	"SG\\.",
	"npm_",
	"pypi-",
	"dckr_pat_",
	"shp(?:at|ca|pa|ss)_",
	"do[por]_v1_",
	"dp\\.(?:pt|st|sa|ct|scim|audit)\\.",
	"lin_api_",
	"ntn_",
	"hv[sb]\\.",
	"sbp_",
	"sb_secret_",
	"HRKU-",
	"ATATT3",
	"PMAK-",
	"NRAK-",
	"glsa_",
	"glc_",
	"sntry[su]_"
];
// src/secrets/redact.ts
/**
* Redaction for anything shown or stored: a short, recognisable prefix and the length, never enough
* of the secret to use or to brute-force.
*/
/** Provider prefixes, plus a few that are too generic for the catalog's use but still safe to show. */
var KNOWN_PREFIX = new RegExp(`^(?:${[
	...PROVIDER_PREFIXES,
	"dapi",
	"secret_",
	"eyJ",
	"key-",
	"sk-"
].join("|")})`);
/** The first line of a key block names its kind and nothing of the key: shown whole. */
var PEM_HEADER = /^(?:-----BEGIN [A-Z0-9 ]{1,40}-----|---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----|PuTTY-User-Key-File-[23]: [\w@.-]{1,40})/;
/** `scheme://user:password@rest`: only the password goes. */
var URL_WITH_PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)([^\s@/]+)(@.*)$/is;
function elided(shown, length) {
	return `${shown}…(${length} chars)`;
}
/**
* `sk-proj-…(164 chars)`, `ghp_…(40 chars)`, `-----BEGIN RSA PRIVATE KEY-----…(1675 chars)`,
* `postgres://app:…(18 chars)@db.internal:5432/prod`. Shows the provider's prefix when there is one,
* else at most 4 characters, and never more than a quarter of the secret.
*/
function redactSecret(secret) {
	const length = secret.length;
	const url = URL_WITH_PASSWORD.exec(secret);
	if (url) return `${url[1]}${elided("", url[2].length)}${url[3]}`;
	const header = PEM_HEADER.exec(secret)?.[0];
	if (header !== void 0 && header.length <= length / 4) return elided(header, length);
	const prefix = KNOWN_PREFIX.exec(secret)?.[0];
	if (prefix !== void 0 && prefix.length <= length / 4) return elided(prefix, length);
	return elided(secret.slice(0, Math.min(4, Math.floor(length / 4))), length);
}
/** `text` with each span replaced, spans sorted by start; a span overlapping one already replaced is skipped. */
function replaceSpans(text, spans) {
	let result = "";
	let cursor = 0;
	for (const span of spans) {
		if (span.start < cursor) continue;
		result += text.slice(cursor, span.start) + span.replacement;
		cursor = span.end;
	}
	return result + text.slice(cursor);
}
// src/secrets/catalog/sample-tokens.ts
/**
* Deterministic random-looking strings for detector samples. Samples are built at load time instead
* of being written out, so the repository never contains a literal that looks like a live credential
* (other scanners and push protection would flag it), and every run sees the same strings.
*/
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
var UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var HEX = "0123456789abcdef";
var DIGITS = "0123456789";
var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var B64 = `${ALNUM}+/`;
var B64URL = `${ALNUM}-_`;
/** The alphabet of crypt(3) salts and hashes (bcrypt, md5-crypt, sha-crypt). */
var CRYPT64 = `./${DIGITS}${LETTERS}`;
/** FNV-1a, to turn a seed label into a PRNG state. */
function hash(label) {
	let h = 2166136261;
	for (let i = 0; i < label.length; i++) {
		h ^= label.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return h >>> 0;
}
/** `length` characters from `alphabet`, fixed by `seed` (mulberry32). */
function rand(seed, length, alphabet = ALNUM) {
	let state = hash(seed);
	let out = "";
	for (let i = 0; i < length; i++) {
		state = state + 1831565813 >>> 0;
		let t = state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		const r = ((t ^ t >>> 14) >>> 0) / 4294967296;
		out += alphabet[Math.floor(r * alphabet.length)];
	}
	return out;
}
/** Base64url without padding, for building JWT samples. */
function b64url(text) {
	return Buffer.from(text, "utf8").toString("base64").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}
/** A PEM block with a random body wrapped at 64 columns. */
function pem(seed, label, bodyLength, newline = "\n") {
	const body = rand(seed, bodyLength, B64);
	const lines = [];
	for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
	return [
		`-----BEGIN ${label}-----`,
		...lines,
		`-----END ${label}-----`
	].join(newline);
}
/** Base64 wrapped at `width` columns. */
function wrapped(seed, length, width) {
	const body = rand(seed, length, B64);
	const lines = [];
	for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
	return lines;
}
/** A PuTTY .ppk key file (format 2 or 3, unencrypted) with random public and private blobs. */
function ppk(seed, version, algorithm = "ssh-rsa", newline = "\n") {
	const publicLines = wrapped(`${seed}-pub`, 372, 64);
	const privateLines = wrapped(`${seed}-priv`, 888, 64);
	return [
		`PuTTY-User-Key-File-${version}: ${algorithm}`,
		"Encryption: none",
		`Comment: rsa-key-${rand(`${seed}-date`, 8, DIGITS)}`,
		`Public-Lines: ${publicLines.length}`,
		...publicLines,
		`Private-Lines: ${privateLines.length}`,
		...privateLines,
		`Private-MAC: ${rand(`${seed}-mac`, version === 2 ? 40 : 64, HEX)}`
	].join(newline);
}
// src/secrets/catalog/ai-providers.ts
/** Model and AI-tooling providers: the keys an agent codebase is most likely to leak. */
var OPENAI_MARKER = "T3BlbkFJ";
var openaiKey = (kind, seed) => `sk-${kind}-${rand(`${seed}a`, 74, B64URL)}${OPENAI_MARKER}${rand(`${seed}b`, 74, B64URL)}`;
var anthropicKey = (kind, seed) => `sk-ant-${kind}-${rand(seed, 93, B64URL)}AA`;
var proj1 = openaiKey("proj", "oa-proj-1");
var proj2 = openaiKey("proj", "oa-proj-2");
var svc1 = openaiKey("svcacct", "oa-svc-1");
var svc2 = openaiKey("svcacct", "oa-svc-2");
var admin1 = `sk-admin-${rand("oa-admin-1a", 58, B64URL)}${OPENAI_MARKER}${rand("oa-admin-1b", 58, B64URL)}`;
var admin2 = `sk-admin-${rand("oa-admin-2a", 58, B64URL)}${OPENAI_MARKER}${rand("oa-admin-2b", 58, B64URL)}`;
var legacy1 = `sk-${rand("oa-legacy-1a", 20)}${OPENAI_MARKER}${rand("oa-legacy-1b", 20)}`;
var legacy2 = `sk-${rand("oa-legacy-2", 48)}`;
var AI_PROVIDER_DETECTORS = [
	{
		id: "openai-project-key",
		title: "OpenAI project API key",
		description: "A project-scoped OpenAI key (sk-proj-); it spends the project budget and reads its files, batches and fine-tunes.",
		regex: tokenRegex("sk-proj-[A-Za-z0-9_-]{40,250}"),
		keywords: ["sk-proj-"],
		minEntropy: 3.5,
		remediation: "Revoke the key in the OpenAI dashboard (API keys) and read it from OPENAI_API_KEY at run time.",
		samples: {
			fire: [
				`OPENAI_API_KEY=${proj1}`,
				`client = OpenAI(api_key="${proj2}")`,
				`  openai_api_key: '${proj1}'`
			],
			silent: [
				"client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])",
				"OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
				"const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });"
			]
		}
	},
	{
		id: "openai-service-account-key",
		title: "OpenAI service account key",
		description: "An OpenAI service-account key (sk-svcacct-), not tied to a person and often left unrotated for years.",
		regex: tokenRegex("sk-svcacct-[A-Za-z0-9_-]{40,250}"),
		keywords: ["sk-svcacct-"],
		minEntropy: 3.5,
		remediation: "Delete the service account key in the OpenAI project settings and issue a new one from a secret manager.",
		samples: {
			fire: [`export OPENAI_API_KEY="${svc1}"`, `llm = ChatOpenAI(model="gpt-4o", api_key="${svc2}")`],
			silent: ["OPENAI_API_KEY=\"sk-svcacct-...\"", "api_key: ${{ secrets.OPENAI_SVC_KEY }}"]
		}
	},
	{
		id: "openai-admin-key",
		title: "OpenAI admin API key",
		description: "An OpenAI organization admin key (sk-admin-) that can manage users, projects, keys and billing.",
		regex: tokenRegex("sk-admin-[A-Za-z0-9_-]{40,250}"),
		keywords: ["sk-admin-"],
		minEntropy: 3.5,
		remediation: "Revoke it under Organization settings → Admin keys at once; admin keys should live only in a vault.",
		samples: {
			fire: [`OPENAI_ADMIN_KEY=${admin1}`, `headers = {"Authorization": "Bearer ${admin2}"}`],
			silent: ["OPENAI_ADMIN_KEY=<your-admin-key>", "admin_key = os.getenv(\"OPENAI_ADMIN_KEY\")"]
		}
	},
	{
		id: "openai-legacy-key",
		title: "OpenAI user API key (legacy format)",
		description: "An OpenAI key in the pre-project format (sk- followed by 48 characters, or sk-None-), scoped to a whole user.",
		regex: tokenRegex(`sk-(?:[A-Za-z0-9]{20}${OPENAI_MARKER}[A-Za-z0-9]{20}|[A-Za-z0-9]{48}|None-[A-Za-z0-9_-]{40,250})`),
		keywords: ["sk-"],
		minEntropy: 3.5,
		remediation: "Revoke the key in the OpenAI dashboard and replace it with a project key read from the environment.",
		samples: {
			fire: [`openai.api_key = "${legacy1}"`, `OPENAI_API_KEY: ${legacy2}`],
			silent: [
				"openai.api_key = \"sk-...\"",
				`ticket_ref = "risk-${rand("oa-legacy-decoy", 48)}"`,
				"openai.api_key = os.getenv(\"OPENAI_API_KEY\")"
			]
		}
	},
	{
		id: "anthropic-api-key",
		title: "Anthropic API key",
		description: "An Anthropic Claude API key (sk-ant-api03-); it spends the workspace credit and reads its batches and files.",
		regex: tokenRegex("sk-ant-api\\d{2}-[A-Za-z0-9_-]{80,120}"),
		keywords: ["sk-ant-api"],
		minEntropy: 3.5,
		remediation: "Disable the key in the Anthropic Console (API keys) and read it from ANTHROPIC_API_KEY.",
		samples: {
			fire: [`ANTHROPIC_API_KEY=${anthropicKey("api03", "ant-api-1")}`, `client = anthropic.Anthropic(api_key="${anthropicKey("api03", "ant-api-2")}")`],
			silent: ["client = anthropic.Anthropic(api_key=os.environ[\"ANTHROPIC_API_KEY\"])", "ANTHROPIC_API_KEY=sk-ant-api03-your-key-here"]
		}
	},
	{
		id: "anthropic-admin-key",
		title: "Anthropic admin API key",
		description: "An Anthropic Admin API key (sk-ant-admin01-) that manages members, workspaces and API keys.",
		regex: tokenRegex("sk-ant-admin\\d{2}-[A-Za-z0-9_-]{80,120}"),
		keywords: ["sk-ant-admin"],
		minEntropy: 3.5,
		remediation: "Revoke it in the Anthropic Console (Admin keys); keep admin keys out of application code entirely.",
		samples: {
			fire: [`ANTHROPIC_ADMIN_KEY="${anthropicKey("admin01", "ant-admin-1")}"`, `const adminKey = '${anthropicKey("admin01", "ant-admin-2")}';`],
			silent: ["ANTHROPIC_ADMIN_KEY=sk-ant-admin01-****", "admin_key = os.environ.get(\"ANTHROPIC_ADMIN_KEY\")"]
		}
	},
	{
		id: "anthropic-oauth-token",
		title: "Anthropic OAuth token",
		description: "A Claude subscription OAuth access or refresh token (sk-ant-oat01- / sk-ant-ort01-) that acts as the account.",
		regex: tokenRegex("sk-ant-o(?:at|rt)\\d{2}-[A-Za-z0-9_-]{40,250}"),
		keywords: ["sk-ant-oat", "sk-ant-ort"],
		minEntropy: 3.5,
		remediation: "Sign out of the session that issued it (this revokes the token) and use an API key from a secret store instead.",
		samples: {
			fire: [`CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${rand("ant-oat-1", 95, B64URL)}`, `"refresh_token": "sk-ant-ort01-${rand("ant-ort-1", 95, B64URL)}"`],
			silent: ["CLAUDE_CODE_OAUTH_TOKEN=${{ secrets.CLAUDE_CODE_OAUTH_TOKEN }}", "token = \"sk-ant-oat01-short\""]
		}
	},
	{
		id: "google-api-key",
		title: "Google API key (Gemini, Maps, Firebase)",
		description: "A Google Cloud API key (AIza...), used for Gemini and other Google APIs; it bills to the owning project.",
		regex: tokenRegex("AIza[0-9A-Za-z_-]{35}"),
		keywords: ["aiza"],
		minEntropy: 3.5,
		remediation: "Delete or restrict the key in Google Cloud Console (APIs & Services → Credentials) and read it from GOOGLE_API_KEY.",
		samples: {
			fire: [
				`genai.configure(api_key="AIza${rand("gapi-1", 35, B64URL)}")`,
				`GEMINI_API_KEY=AIza${rand("gapi-2", 35, B64URL)}`,
				`  apiKey: "AIza${rand("gapi-3", 35, B64URL)}",`
			],
			silent: ["genai.configure(api_key=os.environ[\"GEMINI_API_KEY\"])", "GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]
		}
	},
	{
		id: "huggingface-token",
		title: "Hugging Face access token",
		description: "A Hugging Face user or organization token (hf_...) that can read private models and datasets and, with write scope, push to them.",
		regex: tokenRegex("(?:hf_[A-Za-z0-9]{34,40}|api_org_[A-Za-z0-9]{34})"),
		keywords: ["hf_", "api_org_"],
		minEntropy: 3.5,
		remediation: "Invalidate the token under Hugging Face Settings → Access Tokens and use HF_TOKEN from the environment.",
		samples: {
			fire: [`HF_TOKEN=hf_${rand("hf-1", 34, LETTERS)}`, `login(token="hf_${rand("hf-2", 34, LETTERS)}")`],
			silent: [
				"login(token=os.environ[\"HF_TOKEN\"])",
				"path = hf_hub_download(repo_id=\"org/model\", filename=\"config.json\")",
				"HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
			]
		}
	},
	{
		id: "groq-api-key",
		title: "Groq API key",
		description: "A Groq inference API key (gsk_...); it spends the account quota on Groq-hosted models.",
		regex: tokenRegex("gsk_[A-Za-z0-9]{48,56}"),
		keywords: ["gsk_"],
		minEntropy: 3.5,
		remediation: "Delete the key in the Groq console and read it from GROQ_API_KEY.",
		samples: {
			fire: [`GROQ_API_KEY=gsk_${rand("groq-1", 52)}`, `client = Groq(api_key="gsk_${rand("groq-2", 52)}")`],
			silent: ["GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "client = Groq(api_key=os.environ.get(\"GROQ_API_KEY\"))"]
		}
	},
	{
		id: "xai-api-key",
		title: "xAI (Grok) API key",
		description: "An xAI API key (xai-...) for the Grok models, billed to the team that created it.",
		regex: tokenRegex("xai-[A-Za-z0-9]{70,90}"),
		keywords: ["xai-"],
		minEntropy: 3.5,
		remediation: "Revoke the key in the xAI console and read it from XAI_API_KEY.",
		samples: {
			fire: [`XAI_API_KEY=xai-${rand("xai-1", 80)}`, `client = OpenAI(base_url="https://api.x.ai/v1", api_key="xai-${rand("xai-2", 80)}")`],
			silent: ["XAI_API_KEY=xai-...", "model = \"xai-grok-2-latest\""]
		}
	},
	{
		id: "perplexity-api-key",
		title: "Perplexity API key",
		description: "A Perplexity API key (pplx-...) for the Sonar search-augmented models.",
		regex: tokenRegex("pplx-[A-Za-z0-9]{40,60}"),
		keywords: ["pplx-"],
		minEntropy: 3.5,
		remediation: "Regenerate the key in Perplexity API settings and read it from PERPLEXITY_API_KEY.",
		samples: {
			fire: [`PERPLEXITY_API_KEY=pplx-${rand("pplx-1", 48)}`, `pplx = Perplexity(api_key='pplx-${rand("pplx-2", 48)}')`],
			silent: ["PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "api_key = os.getenv(\"PERPLEXITY_API_KEY\")"]
		}
	},
	{
		id: "replicate-api-token",
		title: "Replicate API token",
		description: "A Replicate API token (r8_...) that runs models and trainings billed to the account.",
		regex: tokenRegex("r8_[A-Za-z0-9]{37}"),
		keywords: ["r8_"],
		minEntropy: 3.5,
		remediation: "Revoke the token on the Replicate account page and read it from REPLICATE_API_TOKEN.",
		samples: {
			fire: [`REPLICATE_API_TOKEN=r8_${rand("r8-1", 37)}`, `os.environ["REPLICATE_API_TOKEN"] = "r8_${rand("r8-2", 37)}"`],
			silent: ["REPLICATE_API_TOKEN=r8_<your-token>", "token = os.environ[\"REPLICATE_API_TOKEN\"]"]
		}
	},
	{
		id: "mistral-api-key",
		title: "Mistral AI API key",
		description: "A Mistral AI key: 32 characters with no prefix, so it is only recognized next to a Mistral name.",
		regex: keyedRegex("mistral", "[A-Za-z0-9]{32}"),
		verify: NOT_WORDS,
		keywords: ["mistral"],
		minEntropy: 3.5,
		remediation: "Revoke the key in Mistral La Plateforme (API keys) and read it from MISTRAL_API_KEY.",
		samples: {
			fire: [
				`MISTRAL_API_KEY=${rand("mistral-1", 32)}`,
				`client = Mistral(api_key="${rand("mistral-2", 32)}")`,
				`mistral_api_key: str = "${rand("mistral-3", 32)}"`
			],
			silent: [
				"client = Mistral(api_key=os.environ[\"MISTRAL_API_KEY\"])",
				"model = \"mistral-large-latest\"",
				"MISTRAL_API_KEY=your-mistral-api-key"
			]
		}
	},
	{
		id: "cohere-api-key",
		title: "Cohere API key",
		description: "A Cohere key: 40 characters with no prefix, recognized next to a Cohere name.",
		regex: keyedRegex("cohere|co_api_key", "[A-Za-z0-9]{40}"),
		verify: NOT_WORDS,
		keywords: ["cohere", "co_api_key"],
		minEntropy: 3.5,
		remediation: "Delete the key in the Cohere dashboard and read it from CO_API_KEY.",
		samples: {
			fire: [
				`COHERE_API_KEY=${rand("cohere-1", 40)}`,
				`co = cohere.ClientV2(api_key="${rand("cohere-2", 40)}")`,
				`CO_API_KEY: "${rand("cohere-3", 40)}"`
			],
			silent: ["co = cohere.ClientV2(api_key=os.environ[\"CO_API_KEY\"])", "COHERE_API_KEY=<COHERE_API_KEY>"]
		}
	},
	{
		id: "pinecone-api-key",
		title: "Pinecone API key",
		description: "A Pinecone API key (pcsk_...) with read and write access to the project indexes.",
		regex: tokenRegex("pcsk_[A-Za-z0-9_]{50,110}"),
		keywords: ["pcsk_"],
		minEntropy: 3.5,
		remediation: "Delete the key in the Pinecone console (API keys) and read it from PINECONE_API_KEY.",
		samples: {
			fire: [`PINECONE_API_KEY=pcsk_${rand("pc-1a", 6)}_${rand("pc-1b", 64)}`, `pc = Pinecone(api_key="pcsk_${rand("pc-2a", 6)}_${rand("pc-2b", 64)}")`],
			silent: ["pc = Pinecone(api_key=os.environ.get(\"PINECONE_API_KEY\"))", "PINECONE_API_KEY=pcsk_..."]
		}
	},
	{
		id: "pinecone-legacy-key",
		title: "Pinecone API key (legacy UUID format)",
		description: "An older Pinecone key, a bare UUID, recognized next to a Pinecone name.",
		regex: keyedRegex("pinecone", UUID),
		verify: NOT_WORDS,
		keywords: ["pinecone"],
		minEntropy: 3,
		remediation: "Delete the key in the Pinecone console and issue a new pcsk_ key read from PINECONE_API_KEY.",
		samples: {
			fire: [`PINECONE_API_KEY=${rand("pcl-1a", 8, HEX)}-${rand("pcl-1b", 4, HEX)}-4${rand("pcl-1c", 3, HEX)}-a${rand("pcl-1d", 3, HEX)}-${rand("pcl-1e", 12, HEX)}`, `pinecone.init(api_key="${rand("pcl-2a", 8, HEX)}-${rand("pcl-2b", 4, HEX)}-4${rand("pcl-2c", 3, HEX)}-b${rand("pcl-2d", 3, HEX)}-${rand("pcl-2e", 12, HEX)}", environment="us-west1-gcp")`],
			silent: ["pinecone.init(api_key=os.environ[\"PINECONE_API_KEY\"], environment=\"us-west1-gcp\")", `request_id = "${rand("pcl-3a", 8, HEX)}-${rand("pcl-3b", 4, HEX)}-4${rand("pcl-3c", 3, HEX)}-a${rand("pcl-3d", 3, HEX)}-${rand("pcl-3e", 12, HEX)}"`]
		}
	},
	{
		id: "langsmith-api-key",
		title: "LangSmith (LangChain) API key",
		description: "A LangSmith personal or service key (lsv2_pt_ / lsv2_sk_) that reads every traced prompt and completion.",
		regex: tokenRegex("lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"),
		keywords: ["lsv2_"],
		minEntropy: 3,
		remediation: "Delete the key in LangSmith Settings → API Keys and read it from LANGSMITH_API_KEY.",
		samples: {
			fire: [`LANGCHAIN_API_KEY=lsv2_pt_${rand("ls-1a", 32, HEX)}_${rand("ls-1b", 10, HEX)}`, `os.environ["LANGSMITH_API_KEY"] = "lsv2_sk_${rand("ls-2a", 32, HEX)}_${rand("ls-2b", 10, HEX)}"`],
			silent: ["LANGCHAIN_API_KEY=lsv2_pt_...", "os.environ[\"LANGCHAIN_TRACING_V2\"] = \"true\""]
		}
	},
	{
		id: "tavily-api-key",
		title: "Tavily API key",
		description: "A Tavily search API key (tvly-...), common in agent tool configs; it spends the search credits.",
		regex: tokenRegex("tvly-(?:dev-|prod-)?[A-Za-z0-9]{28,48}"),
		keywords: ["tvly-"],
		minEntropy: 3.5,
		remediation: "Rotate the key in the Tavily dashboard and read it from TAVILY_API_KEY.",
		samples: {
			fire: [`TAVILY_API_KEY=tvly-${rand("tvly-1", 32)}`, `tavily = TavilyClient(api_key="tvly-dev-${rand("tvly-2", 32)}")`],
			silent: ["tavily = TavilyClient(api_key=os.getenv(\"TAVILY_API_KEY\"))", "apiKey: process.env.TAVILY_API_KEY || 'tvly-YOUR_API_KEY'"]
		}
	},
	{
		id: "openrouter-api-key",
		title: "OpenRouter API key",
		description: "An OpenRouter key (sk-or-v1-...) that routes requests to many model vendors on the owner’s credit.",
		regex: tokenRegex("sk-or-v1-[a-f0-9]{64}"),
		keywords: ["sk-or-v1-"],
		minEntropy: 3,
		remediation: "Delete the key in OpenRouter Settings → Keys and read it from OPENROUTER_API_KEY.",
		samples: {
			fire: [`OPENROUTER_API_KEY=sk-or-v1-${rand("or-1", 64, HEX)}`, `api_key="sk-or-v1-${rand("or-2", 64, HEX)}",`],
			silent: ["OPENROUTER_API_KEY=sk-or-v1-<key>", "base_url=\"https://openrouter.ai/api/v1\", api_key=os.environ[\"OPENROUTER_API_KEY\"]"]
		}
	}
];
// src/secrets/catalog/cloud.ts
/** Cloud platforms, infrastructure and secret managers. */
var AWS_SECRET_CHARS = `${ALNUM}/+`;
var uuid = (seed) => `${rand(`${seed}a`, 8, HEX)}-${rand(`${seed}b`, 4, HEX)}-4${rand(`${seed}c`, 3, HEX)}-9${rand(`${seed}d`, 3, HEX)}-${rand(`${seed}e`, 12, HEX)}`;
var AZ_SECRET_CHARS = `${ALNUM}~._-`;
var CLOUD_DETECTORS = [
	{
		id: "aws-access-key-id",
		title: "AWS access key ID",
		description: "An AWS access key ID (AKIA long-term, ASIA temporary); with its secret key it signs requests as the IAM identity.",
		regex: tokenRegex("(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}"),
		keywords: [
			"akia",
			"asia",
			"abia",
			"acca"
		],
		minEntropy: 3,
		remediation: "Deactivate and delete the key in IAM, check CloudTrail for its use, and move to roles or SSO credentials.",
		samples: {
			fire: [
				`aws_access_key_id = AKIA${rand("akia-1", 16, BASE32)}`,
				`  AWS_ACCESS_KEY_ID: "ASIA${rand("akia-2", 16, BASE32)}"`,
				`s3 = boto3.client("s3", aws_access_key_id="AKIA${rand("akia-3", 16, BASE32)}")`
			],
			silent: [
				"aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
				"AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}",
				"region_group = \"ASIA-PACIFIC\""
			]
		}
	},
	{
		id: "aws-secret-access-key",
		title: "AWS secret access key",
		description: "The 40-character secret half of an AWS access key, recognized next to an AWS secret name.",
		regex: keyedRegex("aws[\\w.-]{0,20}?secret|secret_access_key", "[A-Za-z0-9/+]{40}"),
		verify: NOT_WORDS,
		keywords: ["aws", "secret_access_key"],
		minEntropy: 4,
		remediation: "Deactivate the access key in IAM at once, review CloudTrail, and use roles or a credentials provider instead.",
		samples: {
			fire: [
				`aws_secret_access_key = ${rand("aws-sk-1", 40, AWS_SECRET_CHARS)}`,
				`AWS_SECRET_ACCESS_KEY="${rand("aws-sk-2", 40, AWS_SECRET_CHARS)}"`,
				`    aws_secret_access_key="${rand("aws-sk-3", 40, AWS_SECRET_CHARS)}",`
			],
			silent: [
				"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
				"AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
				"secret = session.get_credentials().secret_key"
			]
		}
	},
	{
		id: "gcp-service-account-key",
		title: "Google Cloud service account private key",
		description: "The private_key of a GCP service-account JSON file; it authenticates as that service account until the key is deleted.",
		regex: new RegExp(String.raw`\\{0,3}"private_key\\{0,3}"\s{0,4}:\s{0,4}\\{0,3}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\{1,3}n|\r?\n)[A-Za-z0-9+/=\\\r\n]{64,12000}?-----END (?:RSA )?PRIVATE KEY-----)`, "g"),
		keywords: ["private_key"],
		remediation: "Delete the key under IAM → Service accounts → Keys, and use workload identity or a secret manager instead of key files.",
		samples: {
			fire: [`  "private_key": "${pem("gcp-sa-1", "PRIVATE KEY", 1600, "\\n")}\\n",`, `SA_JSON = '{"type": "service_account", "private_key": "${pem("gcp-sa-2", "PRIVATE KEY", 1200, "\\\\n")}\\\\n"}'`],
			silent: [
				"  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n\",",
				`  "private_key_id": "${rand("gcp-sa-id", 40, HEX)}",`,
				"creds = service_account.Credentials.from_service_account_file(\"service-account.json\")"
			]
		}
	},
	{
		id: "gcp-oauth-client-secret",
		title: "Google OAuth client secret",
		description: "A Google OAuth 2.0 client secret (GOCSPX-...), which lets anyone impersonate the app in OAuth flows.",
		regex: tokenRegex("GOCSPX-[A-Za-z0-9_-]{28}"),
		keywords: ["gocspx-"],
		minEntropy: 3.5,
		remediation: "Reset the client secret in Google Cloud Console → Credentials and load it from the environment.",
		samples: {
			fire: [`GOOGLE_CLIENT_SECRET=GOCSPX-${rand("gocspx-1", 28, B64URL)}`, `    "client_secret": "GOCSPX-${rand("gocspx-2", 28, B64URL)}",`],
			silent: ["    \"client_secret\": \"GOCSPX-<client-secret>\",", "client_secret = os.environ[\"GOOGLE_CLIENT_SECRET\"]"]
		}
	},
	{
		id: "azure-storage-account-key",
		title: "Azure storage account key",
		description: "A storage account key inside a connection string (AccountKey=...); it has full control of every blob, queue and table.",
		regex: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
		keywords: ["accountkey="],
		minEntropy: 4,
		remediation: "Rotate the key under Storage account → Access keys and switch to Entra ID auth or a SAS from Key Vault.",
		samples: {
			fire: [`AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=agentlogs;AccountKey=${rand("az-st-1", 86, `${ALNUM}+/`)}==;EndpointSuffix=core.windows.net"`, `  connection_string: DefaultEndpointsProtocol=https;AccountName=vectors;AccountKey=${rand("az-st-2", 86, `${ALNUM}+/`)}==`],
			silent: [
				"AZURE_STORAGE_CONNECTION_STRING=\"UseDevelopmentStorage=true\"",
				"conn = \"DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;\"",
				"conn = f\"DefaultEndpointsProtocol=https;AccountName={name};AccountKey={key}\""
			]
		}
	},
	{
		id: "azure-openai-key",
		title: "Azure OpenAI / Cognitive Services key",
		description: "An Azure AI services key (32 hex characters, or the newer 84-character form), recognized next to an Azure name.",
		regex: keyedRegex("azure|cognitive", "[a-f0-9]{32}|[A-Za-z0-9]{84}"),
		verify: NOT_WORDS,
		keywords: ["azure", "cognitive"],
		minEntropy: 3,
		remediation: "Regenerate the key under the resource’s Keys and Endpoint page and prefer Entra ID (managed identity) auth.",
		samples: {
			fire: [
				`AZURE_OPENAI_API_KEY=${rand("az-oai-1", 32, HEX)}`,
				`client = AzureOpenAI(api_key="${rand("az-oai-2", 32, HEX)}", api_version="2024-10-21")`,
				`azure_ai_key: ${rand("az-oai-3", 84)}`
			],
			silent: ["client = AzureOpenAI(api_key=os.getenv(\"AZURE_OPENAI_API_KEY\"), azure_endpoint=endpoint)", "AZURE_OPENAI_API_KEY=<your-azure-openai-key>"]
		}
	},
	{
		id: "azure-ad-client-secret",
		title: "Azure AD (Entra ID) client secret",
		description: "An app registration client secret (…Q~…); with the client ID it signs in as the application.",
		regex: /(?<![\w~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])/g,
		keywords: ["q~"],
		minEntropy: 3,
		remediation: "Delete the secret under App registrations → Certificates & secrets; prefer certificates or federated credentials.",
		samples: {
			fire: [`AZURE_CLIENT_SECRET=${rand("az-ad-1a", 3)}8Q~${rand("az-ad-1b", 34, AZ_SECRET_CHARS)}`, `  "clientSecret": "${rand("az-ad-2a", 3)}7Q~${rand("az-ad-2b", 34, AZ_SECRET_CHARS)}",`],
			silent: ["AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}", "client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
		}
	},
	{
		id: "azure-sas-token",
		title: "Azure shared access signature",
		description: "The signature (sig=) of an Azure SAS URL; until it expires it grants the listed permissions on the storage resource.",
		regex: /\bsv=20\d{2}-\d{2}-\d{2}&[^\s"'<>\\]{0,400}?\bsig=(?<secret>[A-Za-z0-9%+/=]{40,120})/g,
		keywords: ["sig="],
		minEntropy: 3.5,
		remediation: "Rotate the account key that signed it (or revoke the stored access policy) and issue short-lived SAS tokens at run time.",
		samples: {
			fire: [`BLOB_SAS_URL="https://agentdata.blob.core.windows.net/runs?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=${rand("az-sas-1", 43)}%3D"`, `  sas_url: https://evals.blob.core.windows.net/out?sp=racw&st=2024-05-01T10:00:00Z&se=2025-05-01T18:00:00Z&sv=2022-11-02&sr=c&sig=${rand("az-sas-2", 43)}%3D`],
			silent: ["url = f\"{container_url}?sv=2022-11-02&sp=r&sig={signature}\"", "BLOB_SAS_URL=\"https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=<signature>\""]
		}
	},
	{
		id: "digitalocean-token",
		title: "DigitalOcean token",
		description: "A DigitalOcean personal access, OAuth or refresh token (dop_v1_ / doo_v1_ / dor_v1_) with control of droplets and databases.",
		regex: tokenRegex("do[por]_v1_[a-f0-9]{64}"),
		keywords: [
			"dop_v1_",
			"doo_v1_",
			"dor_v1_"
		],
		minEntropy: 3,
		remediation: "Delete the token under API → Tokens in the DigitalOcean control panel.",
		samples: {
			fire: [`DIGITALOCEAN_TOKEN=dop_v1_${rand("do-1", 64, HEX)}`, `do_token = "doo_v1_${rand("do-2", 64, HEX)}"`],
			silent: ["DIGITALOCEAN_TOKEN=dop_v1_...", "token = os.environ[\"DIGITALOCEAN_TOKEN\"]"]
		}
	},
	{
		id: "cloudflare-api-token",
		title: "Cloudflare API token or global key",
		description: "A Cloudflare API token (40 characters) or global API key (37 hex), recognized next to a Cloudflare name.",
		regex: keyedRegex("cloudflare|cf_api|cf_token|cf_key|cf_auth", "[A-Za-z0-9_-]{40}|[a-f0-9]{37}"),
		verify: NOT_WORDS,
		keywords: [
			"cloudflare",
			"cf_api",
			"cf_token",
			"cf_key",
			"cf_auth"
		],
		minEntropy: 3.5,
		remediation: "Roll the token in the Cloudflare dashboard (My Profile → API Tokens); retire global API keys.",
		samples: {
			fire: [`CLOUDFLARE_API_TOKEN=${rand("cf-1", 40, ALNUM)}`, `  CF_API_KEY: "${rand("cf-2", 37, HEX)}"`],
			silent: ["CLOUDFLARE_API_TOKEN=${CLOUDFLARE_API_TOKEN}", `cloudflare_zone_id = "${rand("cf-zone", 32, HEX)}"`]
		}
	},
	{
		id: "heroku-api-key",
		title: "Heroku API key",
		description: "A Heroku platform API key (HRKU-... or a UUID next to a Heroku name) with control of the account’s apps.",
		regex: new RegExp(`${LEFT}HRKU-AA[0-9A-Za-z_-]{58}${RIGHT}|heroku[\\w.()-]{0,30}?${ASSIGN}(?<secret>${UUID})${RIGHT}`, "gi"),
		keywords: ["hrku-", "heroku"],
		minEntropy: 3,
		remediation: "Regenerate the API key in Heroku Account settings (or revoke the authorization) and use HEROKU_API_KEY from CI secrets.",
		samples: {
			fire: [`HEROKU_API_KEY=${uuid("heroku-1")}`, `heroku_token: "HRKU-AA${rand("heroku-2", 58, B64URL)}"`],
			silent: ["HEROKU_API_KEY=$(heroku auth:token)", "heroku_app_name = \"agent-console-staging\""]
		}
	},
	{
		id: "vercel-token",
		title: "Vercel access token",
		description: "A Vercel access token (24 characters), recognized next to a Vercel name; it deploys and reads env vars.",
		regex: keyedRegex("vercel", "[A-Za-z0-9]{24}"),
		verify: NOT_WORDS,
		keywords: ["vercel"],
		minEntropy: 3.5,
		remediation: "Delete the token under Vercel Account Settings → Tokens and use the CI secret store.",
		samples: {
			fire: [`VERCEL_TOKEN=${rand("vercel-1", 24)}`, `  vercel_token: "${rand("vercel-2", 24)}"`],
			silent: ["VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}", "vercel_project_name = \"agent-dashboard-web\""]
		}
	},
	{
		id: "supabase-secret-key",
		title: "Supabase access token or secret key",
		description: "A Supabase management access token (sbp_) or project secret key (sb_secret_) that bypasses row-level security.",
		regex: tokenRegex("(?:sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{31,64})"),
		keywords: ["sbp_", "sb_secret_"],
		minEntropy: 3,
		remediation: "Revoke it in the Supabase dashboard (Account → Access tokens, or Project → API keys) and keep it server-side only.",
		samples: {
			fire: [`SUPABASE_ACCESS_TOKEN=sbp_${rand("sbp-1", 40, HEX)}`, `SUPABASE_SECRET_KEY="sb_secret_${rand("sbp-2", 31, B64URL)}"`],
			silent: ["SUPABASE_ACCESS_TOKEN=sbp_...", `SUPABASE_PUBLISHABLE_KEY=sb_publishable_${rand("sbp-3", 31, B64URL)}`]
		}
	},
	{
		id: "firebase-fcm-server-key",
		title: "Firebase Cloud Messaging server key",
		description: "A legacy FCM server key (AAAA…:APA91b…) that can push notifications to every installed app instance.",
		regex: tokenRegex("AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}"),
		keywords: ["apa91b"],
		minEntropy: 3.5,
		remediation: "Delete the server key in Firebase Console → Cloud Messaging and migrate to the HTTP v1 API with a service account.",
		samples: {
			fire: [`FCM_SERVER_KEY=AAAA${rand("fcm-1a", 7, B64URL)}:APA91b${rand("fcm-1b", 134, B64URL)}`, `headers = {"Authorization": "key=AAAA${rand("fcm-2a", 7, B64URL)}:APA91b${rand("fcm-2b", 134, B64URL)}"}`],
			silent: ["FCM_SERVER_KEY=AAAA...:APA91b...", "headers = {\"Authorization\": \"key=\" + os.environ[\"FCM_SERVER_KEY\"]}"]
		}
	},
	{
		id: "databricks-token",
		title: "Databricks personal access token",
		description: "A Databricks token (dapi...) that runs jobs and reads data in the workspace as its owner.",
		regex: tokenRegex("dapi[a-f0-9]{32}(?:-\\d)?"),
		keywords: ["dapi"],
		minEntropy: 3,
		remediation: "Revoke the token in Databricks User Settings → Developer → Access tokens; prefer OAuth machine-to-machine auth.",
		samples: {
			fire: [`DATABRICKS_TOKEN=dapi${rand("dapi-1", 32, HEX)}`, `  token: "dapi${rand("dapi-2", 32, HEX)}-2"`],
			silent: ["DATABRICKS_TOKEN={{ secrets.databricks_token }}", "host = \"https://adb-1234567890123456.7.azuredatabricks.net\""]
		}
	},
	{
		id: "doppler-token",
		title: "Doppler token",
		description: "A Doppler personal, service, CLI or SCIM token (dp.pt. / dp.st. / …) that reads every secret it is scoped to.",
		regex: tokenRegex("dp\\.(?:pt|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}|dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}"),
		keywords: [
			"dp.pt.",
			"dp.st.",
			"dp.sa.",
			"dp.ct.",
			"dp.scim.",
			"dp.audit."
		],
		minEntropy: 3.5,
		remediation: "Revoke the token in the Doppler dashboard (Access tokens or the config’s Service tokens).",
		samples: {
			fire: [`DOPPLER_TOKEN=dp.pt.${rand("dp-1", 43)}`, `  doppler_token: "dp.st.prd.${rand("dp-2", 43)}"`],
			silent: ["DOPPLER_TOKEN=dp.st.xxxx", "doppler run -- python agent.py"]
		}
	},
	{
		id: "hashicorp-vault-token",
		title: "HashiCorp Vault token",
		description: "A Vault service or batch token (hvs. / hvb.) that reads whatever secrets its policies allow.",
		regex: tokenRegex("(?:hvs\\.[A-Za-z0-9_-]{90,200}|hvb\\.[A-Za-z0-9_-]{138,300})"),
		keywords: ["hvs.", "hvb."],
		minEntropy: 3.5,
		remediation: "Revoke it with `vault token revoke` and authenticate workloads with an auth method (AppRole, Kubernetes, OIDC).",
		samples: {
			fire: [`VAULT_TOKEN=hvs.CAESI${rand("hvs-1", 86, B64URL)}`, `client = hvac.Client(url=VAULT_ADDR, token="hvb.AAAAAQ${rand("hvb-1", 140, B64URL)}")`],
			silent: ["VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx", "client = hvac.Client(url=os.environ[\"VAULT_ADDR\"], token=os.environ[\"VAULT_TOKEN\"])"]
		}
	},
	{
		id: "terraform-cloud-token",
		title: "Terraform Cloud / HCP Terraform API token",
		description: "A Terraform Cloud user, team or organization token (….atlasv1.…) that can plan and apply infrastructure.",
		regex: tokenRegex("[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}"),
		keywords: ["atlasv1"],
		minEntropy: 3.5,
		remediation: "Revoke the token in Terraform Cloud (User or Organization settings → Tokens).",
		samples: {
			fire: [`TF_TOKEN_app_terraform_io=${rand("tfc-1a", 14)}.atlasv1.${rand("tfc-1b", 67, B64URL)}`, `  token = "${rand("tfc-2a", 14)}.atlasv1.${rand("tfc-2b", 67, B64URL)}"`],
			silent: ["TF_TOKEN_app_terraform_io=${{ secrets.TF_API_TOKEN }}", "  token = \"xxxxxxxxxxxxxx.atlasv1.xxxxxxxx\""]
		}
	}
];
// src/secrets/catalog/code-hosting.ts
/** Source hosting, CI and package registries: tokens that let an attacker push code or packages. */
var CODE_HOSTING_DETECTORS = [
	{
		id: "github-pat",
		title: "GitHub personal access token (classic)",
		description: "A classic GitHub PAT (ghp_...) with every scope its owner ticked, often repo and workflow.",
		regex: tokenRegex("ghp_[A-Za-z0-9]{36}"),
		keywords: ["ghp_"],
		minEntropy: 3.5,
		remediation: "Delete the token under GitHub Settings → Developer settings → Tokens and use a fine-grained token or GITHUB_TOKEN.",
		samples: {
			fire: [
				`GITHUB_TOKEN=ghp_${rand("ghp-1", 36)}`,
				`git clone https://ghp_${rand("ghp-2", 36)}@github.com/acme/agents.git`,
				`  token: ghp_${rand("ghp-3", 36)}`
			],
			silent: [
				"GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
				"token = os.environ[\"GH_TOKEN\"]",
				"GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
			]
		}
	},
	{
		id: "github-fine-grained-pat",
		title: "GitHub fine-grained personal access token",
		description: "A fine-grained GitHub PAT (github_pat_...) scoped to chosen repositories and permissions.",
		regex: tokenRegex("github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
		keywords: ["github_pat_"],
		minEntropy: 3.5,
		remediation: "Revoke the token under GitHub Settings → Developer settings → Fine-grained tokens.",
		samples: {
			fire: [`GH_TOKEN=github_pat_${rand("ghfg-1a", 22)}_${rand("ghfg-1b", 59)}`, `g = Github(auth=Auth.Token("github_pat_${rand("ghfg-2a", 22)}_${rand("ghfg-2b", 59)}"))`],
			silent: ["g = Github(auth=Auth.Token(os.environ[\"GH_TOKEN\"]))", "GH_TOKEN=github_pat_..."]
		}
	},
	{
		id: "github-oauth-token",
		title: "GitHub OAuth access token",
		description: "A GitHub OAuth app user token (gho_...) acting as the user who authorized the app.",
		regex: tokenRegex("gho_[A-Za-z0-9]{36}"),
		keywords: ["gho_"],
		minEntropy: 3.5,
		remediation: "Revoke the authorization (Settings → Applications) or reset the OAuth app’s tokens.",
		samples: {
			fire: [`  "access_token": "gho_${rand("gho-1", 36)}",`, `GH_OAUTH_TOKEN=gho_${rand("gho-2", 36)}`],
			silent: ["  \"access_token\": \"gho_<token>\",", "access_token = session[\"github_token\"]"]
		}
	},
	{
		id: "github-app-token",
		title: "GitHub App installation or user token",
		description: "A GitHub App token (ghs_ installation, ghu_ user-to-server); short-lived, but valid for an hour wherever it leaked.",
		regex: tokenRegex("gh[us]_[A-Za-z0-9]{36}"),
		keywords: ["ghs_", "ghu_"],
		minEntropy: 3.5,
		remediation: "Revoke the installation token via the API or uninstall/re-key the app; never persist these tokens.",
		samples: {
			fire: [`token = "ghs_${rand("ghs-1", 36)}"`, `curl -H "Authorization: token ghu_${rand("ghu-1", 36)}" https://api.github.com/user`],
			silent: ["token = app.get_access_token(installation_id).token", "GITHUB_APP_TOKEN=ghs_..."]
		}
	},
	{
		id: "github-refresh-token",
		title: "GitHub refresh token",
		description: "A GitHub App refresh token (ghr_...) that mints new user-to-server tokens for months.",
		regex: tokenRegex("ghr_[A-Za-z0-9]{36,76}"),
		keywords: ["ghr_"],
		minEntropy: 3.5,
		remediation: "Revoke the user authorization for the GitHub App so the refresh token stops working.",
		samples: {
			fire: [`refresh_token=ghr_${rand("ghr-1", 76)}`, `  "refresh_token": "ghr_${rand("ghr-2", 76)}"`],
			silent: ["  \"refresh_token\": \"ghr_****\"", "refresh_token = tokens.get(\"refresh_token\")"]
		}
	},
	{
		id: "gitlab-pat",
		title: "GitLab personal, project or group access token",
		description: "A GitLab access token (glpat-...) that calls the API and, with write_repository, pushes code.",
		regex: tokenRegex("glpat-[A-Za-z0-9_-]{20,80}(?:\\.[A-Za-z0-9_.-]{2,40})?"),
		keywords: ["glpat-"],
		minEntropy: 3.5,
		remediation: "Revoke the token in GitLab (User settings → Access tokens, or the project/group settings).",
		samples: {
			fire: [`GITLAB_TOKEN=glpat-${rand("glpat-1", 20, B64URL)}`, `gl = gitlab.Gitlab("https://gitlab.acme.dev", private_token="glpat-${rand("glpat-2", 20, B64URL)}")`],
			silent: ["gl = gitlab.Gitlab(url, private_token=os.environ[\"GITLAB_TOKEN\"])", "GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx"]
		}
	},
	{
		id: "gitlab-token",
		title: "GitLab runner, deploy, pipeline or other token",
		description: "A GitLab non-personal token: runner (glrt-), pipeline trigger (glptt-), deploy (gldt-), feed, agent or OAuth secrets.",
		regex: tokenRegex("(?:glptt-[a-f0-9]{40}|gl(?:dt|rt|cbt|soat|ffct|ft|imt|agent|oas)-[A-Za-z0-9_-]{20,80}|GR1348941[A-Za-z0-9_-]{20})"),
		keywords: [
			"glptt-",
			"gldt-",
			"glrt-",
			"glcbt-",
			"glsoat-",
			"glffct-",
			"glft-",
			"glimt-",
			"glagent-",
			"gloas-",
			"gr1348941"
		],
		minEntropy: 3.5,
		remediation: "Revoke or reset the token in the owning project, group or runner settings in GitLab.",
		samples: {
			fire: [`CI_RUNNER_TOKEN=glrt-${rand("glrt-1", 20, B64URL)}`, `curl -X POST --form token=glptt-${rand("glptt-1", 40, HEX)} --form ref=main https://gitlab.acme.dev/api/v4/projects/7/trigger/pipeline`],
			silent: ["CI_RUNNER_TOKEN=glrt-<runner-token>", "curl --form token=$CI_JOB_TOKEN --form ref=main \"$TRIGGER_URL\""]
		}
	},
	{
		id: "npm-token",
		title: "npm access token",
		description: "An npm access token (npm_...) that can publish new versions of every package its owner maintains.",
		regex: tokenRegex("npm_[A-Za-z0-9]{36}"),
		keywords: ["npm_"],
		minEntropy: 3.5,
		remediation: "Revoke the token with `npm token revoke` (or on the registry website) and publish from CI with provenance.",
		samples: {
			fire: [`//npm.pkg.internal.acme/:_authToken=npm_${rand("npm-1", 36)}`, `NPM_TOKEN=npm_${rand("npm-2", 36)}`],
			silent: ["//npm.pkg.internal.acme/:_authToken=${NPM_TOKEN}", "NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
		}
	},
	{
		id: "pypi-token",
		title: "PyPI API token",
		description: "A PyPI upload token (pypi-AgEIcHlwaS5vcmc...) that can publish releases of the projects in its scope.",
		regex: tokenRegex("pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,400}"),
		keywords: ["pypi-ageichlwas5vcmc"],
		minEntropy: 3.5,
		remediation: "Remove the token in PyPI Account settings → API tokens and switch to trusted publishing.",
		samples: {
			fire: [`password = pypi-AgEIcHlwaS5vcmc${rand("pypi-1", 150, B64URL)}`, `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc${rand("pypi-2", 150, B64URL)}`],
			silent: ["TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}", "password = pypi-AgEIcHlwaS5vcmc..."]
		}
	},
	{
		id: "docker-hub-token",
		title: "Docker Hub personal access token",
		description: "A Docker Hub access token (dckr_pat_...) that can push images under the account.",
		regex: tokenRegex("dckr_pat_[A-Za-z0-9_-]{27}"),
		keywords: ["dckr_pat_"],
		minEntropy: 3.5,
		remediation: "Delete the token under Docker Hub Account settings → Personal access tokens.",
		samples: {
			fire: [`DOCKERHUB_TOKEN=dckr_pat_${rand("dckr-1", 27, B64URL)}`, `echo "dckr_pat_${rand("dckr-2", 27, B64URL)}" | docker login -u ci-bot --password-stdin`],
			silent: ["echo \"$DOCKERHUB_TOKEN\" | docker login -u ci-bot --password-stdin", "DOCKERHUB_TOKEN=dckr_pat_<token>"]
		}
	}
];
// src/secrets/entropy.ts
/** Shannon entropy of a string in bits per character (0 for the empty string). */
function shannonEntropy(value) {
	const length = value.length;
	if (length === 0) return 0;
	const ascii = /* @__PURE__ */ new Uint32Array(128);
	let wide;
	for (let i = 0; i < length; i++) {
		const code = value.charCodeAt(i);
		if (code < 128) ascii[code] += 1;
		else {
			wide ??= /* @__PURE__ */ new Map();
			wide.set(code, (wide.get(code) ?? 0) + 1);
		}
	}
	let bits = 0;
	const add = (count) => {
		const p = count / length;
		bits -= p * Math.log2(p);
	};
	for (let c = 0; c < 128; c++) if (ascii[c] > 0) add(ascii[c]);
	if (wide) for (const count of wide.values()) add(count);
	return bits;
}
/** How many of lower case, upper case, digits and symbols the value uses (0 to 4). */
function characterClasses(value) {
	const lower = /[a-z]/.test(value) ? 1 : 0;
	const upper = /[A-Z]/.test(value) ? 1 : 0;
	const digit = /[0-9]/.test(value) ? 1 : 0;
	const symbol = /[^A-Za-z0-9]/.test(value) ? 1 : 0;
	return lower + upper + digit + symbol;
}
// src/secrets/catalog/password-checks.ts
/**
* When a password written next to its user and host is a real credential: shared by the URL
* detectors and the credential files (.netrc, .pgpass, .git-credentials, docker and npm auth).
*/
/** Hosts that only exist on a developer machine or inside a compose network. */
var LOCAL_HOSTS = /* @__PURE__ */ new Set([
	"localhost",
	"127.0.0.1",
	"0.0.0.0",
	"host.docker.internal",
	"db",
	"database",
	"postgres",
	"postgresql",
	"pg",
	"mysql",
	"mariadb",
	"mongo",
	"mongodb",
	"redis",
	"cache",
	"rabbitmq",
	"rabbit",
	"amqp",
	"broker",
	"queue"
]);
/** Passwords that ship as defaults in docker images and tutorials. */
var DEFAULT_PASSWORDS = /* @__PURE__ */ new Set([
	"password",
	"postgres",
	"root",
	"admin",
	"pass",
	"secret",
	"changeme",
	"example",
	"mysql",
	"mariadb",
	"redis",
	"guest",
	"rabbitmq",
	"mongo",
	"mongodb",
	"user",
	"test",
	"dev",
	"development",
	"local",
	"docker",
	"toor",
	"123456",
	"password123",
	"postgrespw"
]);
/** Hosts that are the word "host" in documentation, not a machine. */
var DOC_HOSTS = /* @__PURE__ */ new Set([
	"host",
	"hostname",
	"server",
	"myhost",
	"your-host",
	"dbhost",
	"db_host",
	"domain"
]);
function isLocalHost(host) {
	const h = host.toLowerCase();
	return LOCAL_HOSTS.has(h) || h.startsWith("127.") || h.endsWith(".local") || h.endsWith(".localhost");
}
/**
* False for placeholders (`{password}`, `${DB_PASSWORD}`, `changeme`), hosts from documentation
* (`host`, `db.example.com`) and the local-dev convention: a default password on a local or compose
* host (`postgres:postgres@localhost`) is a throwaway container credential, not a leak. The same
* password on any other host is reported.
*
* Sample passwords (`P@ssw0rd`, `pass123`) mark a tutorial wherever a password can appear, but not in
* a tool's own credential file (`.netrc`, `.pgpass`, `.git-credentials`): that file exists only to
* hold working credentials, so `inCredentialFile` reports weak ones too.
*/
function passwordIsReal(password, user, host, inCredentialFile = false) {
	if (password === "" || isPlaceholder(password)) return false;
	if (!inCredentialFile && isCommonPassword(password)) return false;
	const pw = password.toLowerCase();
	if (isLocalHost(host) && (DEFAULT_PASSWORDS.has(pw) || pw === user.toLowerCase())) return false;
	const h = host.toLowerCase();
	return !DOC_HOSTS.has(h) && !isPlaceholder(h);
}
// src/secrets/catalog/yaml-scope.ts
/**
* The top-level YAML key a value sits under (`development` for a `secret_key_base` indented below
* `development:`, `users` for a kubeconfig token). Undefined when the value's own line is not
* indented, or the line heading its block is not a plain `key:` (a `---` document boundary, a scalar).
*/
/** Column-0 lines that open a block: anything but blanks, comments and list items (`- name: x` under `users:`). */
var BLOCK_HEAD = /^(?:---|[^\s#-]).*$/gm;
var KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t].*)?\r?$/;
/** One-entry memo: a file's many matches ask about the same text, and a pass over it is linear. */
var memoText;
var memoHeads = {
	starts: [],
	keys: []
};
function blockHeads(text) {
	if (text === memoText) return memoHeads;
	const heads = {
		starts: [],
		keys: []
	};
	for (const m of text.matchAll(BLOCK_HEAD)) {
		heads.starts.push(m.index);
		heads.keys.push(KEY_LINE.exec(m[0])?.[1]);
	}
	memoText = text;
	memoHeads = heads;
	return heads;
}
function topLevelYamlKey(text, index) {
	const lineStart = text.lastIndexOf("\n", index - 1) + 1;
	if (!/[ \t]/.test(text[lineStart] ?? "")) return void 0;
	const { starts, keys } = blockHeads(text);
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if (starts[mid] < lineStart) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 ? keys[lo - 1] : void 0;
}
// src/secrets/catalog/credential-files.ts
/**
* The files where command-line tools keep credentials: netrc, pgpass, pypirc, npmrc, docker and
* kubectl configs, git's credential store, htpasswd and shadow files. Where the format is plain
* (`host:port:db:user:password`), the detector runs only on files with the tool's own name.
*/
function decodeBase64(value) {
	const text = Buffer.from(value, "base64").toString("utf8");
	return /^[\x20-\x7e]+$/.test(text) ? text : void 0;
}
/**
* `user:password` in base64 (npm `_auth`, docker `auth`). Test suites and guides fill these with
* `joejoe:hello` and `user:password`, so outside the tool's own file the password must be neither a
* sample nor a word; inside it (`.npmrc`, `.docker/config.json`) any non-placeholder counts.
*/
function basicAuthIsReal(encoded, host, inCredentialFile) {
	const decoded = decodeBase64(encoded);
	const colon = decoded?.indexOf(":") ?? -1;
	if (decoded === void 0 || colon < 0) return false;
	const user = decoded.slice(0, colon);
	const password = decoded.slice(colon + 1);
	if (!inCredentialFile && (password.length < 6 || looksLikeWords(password))) return false;
	return passwordIsReal(password, user, host, inCredentialFile);
}
/** A bearer token written as free text: long enough, random enough, not words. */
function tokenIsReal(token) {
	return token.length >= 16 && shannonEntropy(token) >= 3 && !looksLikeWords(token) && !isPlaceholder(token);
}
var NETRC_FILE = /(?:^|\/)[._]?netrc$/;
function netrcPasswordIsReal(secret, match, _text, path) {
	const login = match.groups?.["login"] ?? "";
	if (login.toLowerCase() === "anonymous") return false;
	const inNetrc = path !== void 0 && NETRC_FILE.test(path);
	return passwordIsReal(secret, login, match.groups?.["host"] ?? "", inNetrc);
}
var PGPASS_FIELD = String.raw`(?:[^:\\\r\n]|\\.)*`;
function pgpassPasswordIsReal(secret, match) {
	const unescape = (field) => field.replace(/\\(.)/g, "$1");
	return passwordIsReal(unescape(secret), unescape(match.groups?.["user"] ?? ""), unescape(match.groups?.["host"] ?? ""), true);
}
var PASSWORD_HASH$1 = String.raw`\$apr1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}|\{SHA\}[A-Za-z0-9+/]{27}=|\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}` + String.raw`|\$[156]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}|\$y\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{1,64}\$[./A-Za-z0-9]{43}` + String.raw`|[./0-9A-Za-z]{13}`;
/** A hash made of one repeated character or of `x`, `0` runs is a template line, not an account. */
function hashIsReal(secret) {
	return !isPlaceholderText(secret.replace(/^\$\w+\$|^\{SHA\}/, "")) && shannonEntropy(secret) >= 3;
}
var NPMRC_FILE = /(?:^|\/)\.npmrc$/;
/** `//registry.corp.internal/:` right before the field: npm's registry scope. */
var REGISTRY_SCOPE = /\/\/[^\s"'=]+:$/;
/**
* A field scoped to a registry (`//host/:_authToken=`) is npm's anywhere; unscoped `_auth = …` (npm's
* legacy form) only at the start of a line of an .npmrc, or of a file that reads as one.
*/
function inNpmrc(match, text, path) {
	const window = text.slice(Math.max(0, match.index - 300), match.index);
	const before = window.slice(window.lastIndexOf("\n") + 1);
	if (REGISTRY_SCOPE.test(before)) return true;
	if (!/^[ \t]*$/.test(before)) return false;
	return path !== void 0 && NPMRC_FILE.test(path) || /^\s*(?:registry|always-auth|email)\s*=/m.test(text);
}
function npmrcValueIsReal(secret, match, _text, path) {
	const field = match.groups?.["field"] ?? "";
	const inNpmrcFile = path !== void 0 && NPMRC_FILE.test(path);
	if (field === "_auth") return basicAuthIsReal(secret, "", inNpmrcFile);
	if (field === "_password") {
		const password = decodeBase64(secret);
		return password !== void 0 && passwordIsReal(password, "", "", inNpmrcFile);
	}
	return tokenIsReal(secret);
}
var DOCKER_CONFIG_FILE = /(?:^|\/)\.dockercfg$|(?:^|\/)\.docker\/config\.json$/;
function inDockerConfig(_match, text, path) {
	return text.includes("\"auths\"") || text.includes("\\\"auths\\\"") || path !== void 0 && DOCKER_CONFIG_FILE.test(path);
}
/** The registry an `auths` entry belongs to: the last `"host": {` opened shortly before the match. */
function registryHost(text, index) {
	const before = text.slice(Math.max(0, index - 300), index);
	let host = "";
	for (const m of before.matchAll(/"([^"\\\s]{1,253})\\{0,3}"\s*:\s*\{/g)) host = m[1];
	return host.replace(/^[a-z]+:\/\//, "").replace(/[:/].*$/, "");
}
function dockerAuthIsReal(secret, match, text, path) {
	if (match.groups?.["field"] !== "auth") return tokenIsReal(secret);
	return basicAuthIsReal(secret, registryHost(text, match.index), path !== void 0 && DOCKER_CONFIG_FILE.test(path));
}
/** One-entry memo: a file's many `password:` lines all ask whether it is a kubeconfig. */
var lastText;
var lastIsKubeconfig = false;
function isKubeconfig(text) {
	if (text !== lastText) {
		lastText = text;
		lastIsKubeconfig = /^kind:[ \t]*["']?Config["']?[ \t]*$/m.test(text) || /^clusters:/m.test(text) && /^contexts:/m.test(text) && /^users:/m.test(text);
	}
	return lastIsKubeconfig;
}
function inKubeconfigUsers(match, text) {
	return isKubeconfig(text) && topLevelYamlKey(text, match.index) === "users";
}
function kubeconfigCredentialIsReal(secret, match) {
	const field = match.groups?.["field"] ?? "";
	if (field === "client-key-data") {
		const decoded = Buffer.from(secret, "base64").toString("utf8");
		return decoded.startsWith("-----BEGIN") && decoded.includes("PRIVATE KEY");
	}
	if (field === "password") return !isPlaceholder(secret) && !isCommonPassword(secret);
	return tokenIsReal(secret);
}
function gitCredentialIsReal(_url, match) {
	const raw = match.groups?.["pw"] ?? "";
	let password = raw;
	try {
		password = decodeURIComponent(raw);
	} catch {}
	return passwordIsReal(password, match.groups?.["user"] ?? "", match.groups?.["host"] ?? "", true);
}
var pw$1 = (seed, length = 18) => rand(seed, length, ALNUM);
var b64 = (text) => Buffer.from(text, "utf8").toString("base64");
var crypt = (seed, length) => rand(seed, length, CRYPT64);
var kubeClientKey = b64(`${pem("kube-key", "RSA PRIVATE KEY", 1600)}\n`);
var kubeconfig = (user) => [
	"apiVersion: v1",
	"kind: Config",
	"clusters:",
	"- cluster:",
	`    certificate-authority-data: ${rand("kube-ca", 120, B64)}`,
	"    server: https://k8s.prod.internal:6443",
	"  name: prod",
	"contexts:",
	"- context:",
	"    cluster: prod",
	"    user: deployer",
	"  name: prod",
	"current-context: prod",
	"users:",
	"- name: deployer",
	"  user:",
	user
].join("\n");
var CREDENTIAL_FILE_DETECTORS = [
	{
		id: "netrc-password",
		title: "netrc password",
		description: "A `machine … login … password …` entry of a .netrc file (used by curl, git, pip, ftp): the password for that host in clear text.",
		regex: /(?<![\w-])(?:machine[ \t]+(?<host>[^\s"'`\\]{1,253})|default)(?:\s+(?:login[ \t]+(?<login>[^\s"'`\\]{1,128})|(?:account|port)[ \t]+[^\s"'`\\]{1,128})){0,3}\s+password[ \t]+(?<secret>[^\s"'`\\]{1,256})/g,
		keywords: [
			"machine",
			"default login",
			"default password"
		],
		skipInTestsAndDocs: true,
		verify: netrcPasswordIsReal,
		remediation: "Change the password or token for that host, delete the .netrc from the repository (and history), and give CI its credentials through the secret store.",
		samples: {
			fire: [
				`machine git.corp.internal login ci-bot password ${pw$1("netrc-1")}`,
				{
					path: ".netrc",
					text: `machine pypi.corp.internal\n  login deploy\n  password ${pw$1("netrc-2")}\n`
				},
				`RUN echo "machine api.corp.internal login svc password ${pw$1("netrc-3")}" > /root/.netrc`,
				{
					path: "home/ops/.netrc",
					text: "machine imap.corp.internal login ops password pass123\n"
				}
			],
			silent: [
				"machine github.com login x-access-token password $GITHUB_TOKEN",
				"machine api.corp.internal login svc password <token>",
				"machine ftp.gnu.org login anonymous password me@corp.internal",
				"machine localhost login postgres password postgres",
				"machine db.example.com login user password Tr0ub4dor3x",
				"machine imap.corp.internal login ops password pass123"
			]
		}
	},
	{
		id: "pgpass-password",
		title: "PostgreSQL password file entry",
		description: "A `hostname:port:database:username:password` line of a .pgpass (pgpass.conf) file: the database password in clear text.",
		regex: new RegExp(String.raw`^(?!#)(?<host>${PGPASS_FIELD}):(?:\d{1,5}|\*):${PGPASS_FIELD}:(?<user>${PGPASS_FIELD}):(?<secret>(?:[^\\\r\n]|\\.)+?)[ \t]*\r?$`, "gm"),
		keywords: [],
		skipInTestsAndDocs: true,
		paths: /(?:^|\/)(?:\.pgpass|pgpass\.conf)$/,
		verify: pgpassPasswordIsReal,
		remediation: "Change the database password, remove the .pgpass from the repository, and provide it through PGPASSFILE or a secret manager at run time.",
		samples: {
			fire: [
				{
					path: ".pgpass",
					text: `# hostname:port:database:username:password\ndb.prod.internal:5432:agents:app:${pw$1("pgpass-1")}\n`
				},
				{
					path: "ops/pgpass.conf",
					text: `*:*:*:replicator:${pw$1("pgpass-2", 12)}\\:x`
				},
				{
					path: "deploy/.pgpass",
					text: "reports.corp.internal:5432:reports:analyst:Summer2024!\n"
				}
			],
			silent: [
				{
					path: ".pgpass",
					text: "localhost:5432:*:postgres:postgres\n"
				},
				{
					path: ".pgpass",
					text: "#hostname:port:database:username:password\n"
				},
				{
					path: "notes.txt",
					text: `db.prod.internal:5432:agents:app:${pw$1("pgpass-3")}`
				},
				{
					path: ".pgpass",
					text: "db.prod.internal:5432:agents:app:<password>"
				},
				{
					path: ".pgpass",
					text: "db.prod.internal:5432:agents:app:password"
				}
			]
		}
	},
	{
		id: "htpasswd-hash",
		title: "Password hash in an htpasswd or shadow file",
		description: "A `user:hash` entry of an htpasswd, shadow or ftpd passwd file (apr1, SHA, bcrypt, crypt): fast hashes fall to offline cracking, and the file says which accounts exist.",
		regex: new RegExp(String.raw`^(?<user>[^:\s#]{1,64}):(?<secret>${PASSWORD_HASH$1})(?=[:\s]|$)`, "gm"),
		keywords: [],
		skipInTestsAndDocs: true,
		paths: /(?:^|\/)(?:\.?htpasswd[\w.-]*|[\w.-]*\.htpasswd|[\w.-]*passwd|g?shadow-?)$/,
		verify: hashIsReal,
		ownPlaceholderCheck: true,
		remediation: "Change the passwords of the listed accounts, delete the file from the repository, and generate it at deploy time from a secret store.",
		samples: {
			fire: [
				{
					path: "deploy/nginx/.htpasswd",
					text: `admin:$apr1$${crypt("htp-1a", 8)}$${crypt("htp-1b", 22)}\n`
				},
				{
					path: "htpasswd",
					text: `ops:$2y$10$${crypt("htp-2", 53)}\nci:{SHA}${rand("htp-3", 27, B64)}=\n`
				},
				{
					path: "etc/shadow",
					text: `daemon:*:19000:0:99999:7:::\nops:$6$${crypt("htp-4a", 16)}$${crypt("htp-4b", 86)}:19000:0:99999:7:::\n`
				}
			],
			silent: [
				{
					path: "etc/shadow",
					text: "root::19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\nsshd:!:19000::::::\n"
				},
				{
					path: "README.md",
					text: `admin:$apr1$${crypt("htp-5a", 8)}$${crypt("htp-5b", 22)}`
				},
				{
					path: ".htpasswd",
					text: "admin:$apr1$xxxxxxxx$xxxxxxxxxxxxxxxxxxxxxx\n"
				},
				{
					path: "etc/passwd",
					text: "root:x:0:0:root:/root:/bin/bash\n"
				}
			]
		}
	},
	{
		id: "pypirc-password",
		title: ".pypirc password",
		description: "A `password =` entry of a .pypirc file: the account password or API token twine uploads with.",
		regex: /^[ \t]*password[ \t]*[=:][ \t]*(?<secret>[^\s].*?)[ \t]*\r?$/gm,
		keywords: [],
		skipInTestsAndDocs: true,
		paths: /(?:^|\/)\.pypirc$/,
		verify: (secret) => secret.length >= 4,
		remediation: "Change the password or delete the token on the index, remove the .pypirc from the repository, and publish with trusted publishing or a CI secret.",
		samples: {
			fire: [{
				path: ".pypirc",
				text: `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pkgs.corp.internal/simple\nusername = deploy\npassword = ${pw$1("pypirc-1")}\n`
			}, {
				path: "release/.pypirc",
				text: `[staging]\nusername = __token__\npassword: ${rand("pypirc-2", 40, B64URL)}`
			}],
			silent: [
				{
					path: ".pypirc",
					text: "[pypi]\nusername = __token__\npassword = <your PyPI token>\n"
				},
				{
					path: ".pypirc",
					text: "[pypi]\nusername = deploy\npassword = ${PYPI_PASSWORD}\n"
				},
				{
					path: "setup.cfg",
					text: `[internal]\npassword = ${rand("pypirc-3", 9, LOWER_ALNUM)}`
				},
				{
					path: ".pypirc",
					text: "[pypi]\nusername = deploy\npassword = changeme\n"
				}
			]
		}
	},
	{
		id: "npmrc-auth",
		title: "npm registry credential (.npmrc)",
		description: "An .npmrc `_authToken`, `_auth` (base64 user:password) or `_password` entry: it installs and publishes packages as its owner on that registry.",
		regex: /(?<![\w$.])(?<field>_authToken|_auth|_password)[ \t]*=[ \t]*["']?(?<secret>[^\s"'#;]+)/g,
		keywords: ["_auth", "_password"],
		skipInTestsAndDocs: true,
		context: inNpmrc,
		verify: npmrcValueIsReal,
		remediation: "Revoke the token (`npm token revoke`) or change the registry password, and write the .npmrc line as `${NPM_TOKEN}` filled from the environment.",
		samples: {
			fire: [
				`//npm.pkg.corp.internal/:_authToken=${rand("npmrc-1", 8, HEX)}-${rand("npmrc-2", 4, HEX)}-4${rand("npmrc-3", 3, HEX)}-9${rand("npmrc-4", 3, HEX)}-${rand("npmrc-5", 12, HEX)}`,
				{
					path: ".npmrc",
					text: `registry=https://npm.corp.internal/\nalways-auth=true\n_auth = ${b64(`deploy:${pw$1("npmrc-6")}`)}\n`
				},
				`//npm.corp.internal:4873/:_password="${b64(pw$1("npmrc-7"))}"`
			],
			silent: [
				"//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
				{
					path: ".npmrc",
					text: `_auth = ${b64("admin:admin")}\n`
				},
				"//npm.corp.internal/:_authToken=<your-token>"
			]
		}
	},
	{
		id: "docker-config-auth",
		title: "Docker registry credential (config.json)",
		description: "An `auths` entry of a docker config.json or .dockercfg: base64 of `user:password` (or an identity token) for pushing and pulling images.",
		regex: /"(?<field>auth|identitytoken|registrytoken)\\{0,3}"\s*:\s*\\{0,3}"(?<secret>[A-Za-z0-9+/=_.-]{8,4000})\\{0,3}"/g,
		keywords: [
			"\"auth",
			"\"identitytoken",
			"\"registrytoken"
		],
		skipInTestsAndDocs: true,
		context: inDockerConfig,
		verify: dockerAuthIsReal,
		remediation: "Change the registry password or revoke the token, delete the config from the repository, and log in from CI with `docker login --password-stdin` or a credential helper.",
		samples: {
			fire: [
				`{"auths": {"registry.corp.internal": {"auth": "${b64(`ci-bot:${pw$1("docker-1")}`)}"}}}`,
				{
					path: ".docker/.dockercfg",
					text: `{\n  "https://index.docker.io/v1/": {\n    "auth": "${b64(`deploy:${pw$1("docker-2")}`)}",\n    "email": "ops@corp.internal"\n  }\n}`
				},
				`{"auths": {"registry.corp.internal": {"identitytoken": "${rand("docker-3", 48, B64URL)}"}}}`
			],
			silent: [
				"{\"auths\": {\"registry.corp.internal\": {}}, \"credsStore\": \"desktop\"}",
				`{"auths": {"localhost:5000": {"auth": "${b64("admin:password")}"}}}`,
				"{\"auths\": {\"ghcr.io\": {\"auth\": \"${GHCR_AUTH}\"}}}"
			]
		}
	},
	{
		id: "git-credentials",
		title: "Git credential store entry",
		description: "A line of a .git-credentials file (git credential-store): a URL with the user's password or token for that host, unencrypted.",
		regex: /^[ \t]*(?<secret>[a-z][a-z0-9+.-]*:\/\/(?<user>[^\s:@/]*):(?<pw>[^\s@/]+)@(?<host>[^\s/:@]+))/gm,
		keywords: [],
		skipInTestsAndDocs: true,
		paths: /(?:^|\/)(?:\.git-credentials|git\/credentials)$/,
		verify: gitCredentialIsReal,
		remediation: "Revoke the token or change the password at the host, delete the file from the repository, and use a credential helper that keeps secrets in the OS keychain.",
		samples: {
			fire: [{
				path: ".git-credentials",
				text: `https://ci-bot:${pw$1("gitcred-1", 12)}@git.corp.internal\n`
			}, {
				path: "home/.config/git/credentials",
				text: `https://deploy:${pw$1("gitcred-2", 8)}%21@gitlab.corp.internal\n`
			}],
			silent: [
				{
					path: ".git-credentials",
					text: "https://user:password@github.com\n"
				},
				{
					path: ".git-credentials",
					text: "https://ci-bot:${GIT_TOKEN}@git.corp.internal\n"
				},
				{
					path: "notes.md",
					text: `https://ci-bot:${pw$1("gitcred-3", 5)}@git.corp.internal`
				}
			]
		}
	},
	{
		id: "kubeconfig-credential",
		title: "Kubernetes kubeconfig user credential",
		description: "A token, password, client key or auth-provider secret under `users:` of a kubeconfig: kubectl access to the cluster as that user.",
		regex: /^[ \t]+(?<field>token|password|client-key-data|client-secret|id-token|refresh-token)[ \t]*:[ \t]*["']?(?<secret>[^\s"'#]{8,20000})/gm,
		keywords: ["current-context", "kind: config"],
		skipInTestsAndDocs: true,
		context: inKubeconfigUsers,
		verify: kubeconfigCredentialIsReal,
		remediation: "Revoke the token or certificate (delete the service-account token secret, rotate the client certificate), remove the kubeconfig from the repository, and let CI get short-lived credentials.",
		samples: {
			fire: [
				{
					path: "deploy/kubeconfig",
					text: kubeconfig(`    token: ${rand("kube-token", 64, ALNUM)}`)
				},
				{
					path: ".kube/config",
					text: kubeconfig(`    client-certificate-data: ${rand("kube-cert", 200, B64)}\n    client-key-data: ${kubeClientKey}`)
				},
				{
					path: "ci/prod.kubeconfig.yaml",
					text: kubeconfig(`    username: admin\n    password: ${pw$1("kube-pw", 20)}`)
				}
			],
			silent: [
				kubeconfig("    token: ${KUBE_TOKEN}"),
				kubeconfig("    client-certificate: /etc/kubernetes/pki/admin.crt\n    client-key: /etc/kubernetes/pki/admin.key"),
				kubeconfig("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [\"eks\", \"get-token\", \"--cluster-name\", \"prod\"]"),
				kubeconfig("    username: admin\n    password: changeme"),
				kubeconfig("    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n    token: REDACTED")
			]
		}
	}
];
// src/secrets/catalog/crypto-and-urls.ts
/** Key material, bearer tokens and credentials embedded in URLs. */
/** Armor and PuTTY header lines (`Proc-Type: 4,ENCRYPTED`, `Comment: "…"`, `Private-Lines: 14`): metadata, not key material. */
var HEADER_LINE = /^[A-Za-z][\w-]*:(?:[ \t].*)?$/;
/** Words that mark a key block as documentation; long enough never to turn up in random base64. */
var KEY_BODY_MARKERS = /example|placeholder|redacted|sample|dummy|insert|replace|your[_-]?(?:private[_-]?)?key/i;
/**
* The base64 of a key block: BEGIN/END markers, header lines, string escapes and the quotes,
* commas, `+` and whitespace of a key written as a string literal in code all removed.
*/
function keyBody(secret) {
	return secret.replace(/^-{4,5} ?BEGIN [^-]{1,60}-{4,5}|-{4,5} ?END [^-]{1,60}-{4,5}$/g, "").split(/\\r\\n|\\n|\r?\n/).map((line) => line.trim().replace(/^["'+]+|["',+)]+$/g, "").trim()).filter((line) => !HEADER_LINE.test(line)).join("").replace(/["'+,\s]/g, "");
}
/**
* A key block is real when its body is base64 with long runs and a random spread. Code between a
* BEGIN and an END marker (a parser) is not mostly base64; an elided body (`...`, `<key>`), a
* marker word or a long run of one character is documentation. The global placeholder check is
* skipped for key blocks: a 1,600-character random body contains `xxxx` or `-tbd-`-like runs by chance.
*/
function keyBlockIsReal(secret) {
	const body = keyBody(secret);
	if (body.length < 40 || !/[A-Za-z0-9+/]{40}/.test(body)) return false;
	if (body.replace(/[^A-Za-z0-9+/=]/g, "").length / body.length < .95) return false;
	if (/\.\.\.|…|[<>]/.test(body) || KEY_BODY_MARKERS.test(body) || /([^A])\1{9,}/.test(body)) return false;
	return shannonEntropy(body) >= 4.5;
}
function decodeSegment(segment) {
	try {
		return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
	} catch {
		return;
	}
}
/**
* A signed JWT whose header really is a JOSE header. Unsigned (`alg: none`) tokens, Supabase `anon`
* keys (public by design) and the well-known jwt.io demo token are not secrets.
*/
function isLiveJwt(secret) {
	const [head, body] = secret.split(".");
	const header = decodeSegment(head ?? "");
	if (typeof header !== "object" || header === null) return false;
	const alg = header["alg"];
	if (typeof alg !== "string" || alg.toLowerCase() === "none") return false;
	const payload = decodeSegment(body ?? "");
	if (typeof payload !== "object" || payload === null) return false;
	const claims = payload;
	if (claims["role"] === "anon") return false;
	if (claims["sub"] === "1234567890" && claims["name"] === "John Doe") return false;
	return true;
}
/**
* A URL's password, judged like any password next to its user and host (see password-checks.ts);
* `scheme://host:8080@...` is a port typed in the wrong place, not a password.
*/
function urlPasswordIsReal(_url, match) {
	const password = match.groups?.["pw"] ?? "";
	if (/^\d{1,5}$/.test(password)) return false;
	return passwordIsReal(password, match.groups?.["user"] ?? "", match.groups?.["host"] ?? "");
}
/**
* For any-scheme URLs, documentation is the usual source (`https://a:b@host`, MDN's
* `anonymous:flabada@`), so the password must also look like one: 6+ characters and two classes.
*/
function webUrlPasswordIsReal(url, match) {
	const password = match.groups?.["pw"] ?? "";
	if ((match.groups?.["user"] ?? "").toLowerCase() === "anonymous") return false;
	if (password.length < 6 || characterClasses(password) < 2 && password.length < 12) return false;
	return urlPasswordIsReal(url, match);
}
/**
* Both URL detectors start on a known scheme (a literal alternation V8 scans quickly, ~550 MB/s) and
* report the whole URL, so the redaction can keep user and host and hide only the password.
* Left edge as in patterns.ts: not inside a longer word, a notebook's `\n` escape allowed.
*/
var URL_LEFT = String.raw`(?<![\w+.-](?<!\\[nrt]))`;
var DB_SCHEMES = "postgres(?:ql)?|pgsql|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|neo4j|couchdb";
var WEB_SCHEMES = "https?|s?ftps?|ssh|git(?:\\+(?:https?|ssh))?|svn(?:\\+ssh)?|smtps?|imaps?|pop3s?|ldaps?|wss?|socks[45]h?|rtsp|nntp|webdavs?";
/** Userinfo and host after `://`; the password stops at `@`, `/`, quotes and a JSON escape. */
var userinfo = (minUser) => String.raw`(?<user>[^\s:@\/"'<>\\]{${minUser},64}):(?<pw>[^\s@\/"'<>\\,;]{1,128})@(?<host>[A-Za-z0-9._-]{1,253})(?::\d{1,5})?`;
var pw = (seed) => rand(seed, 18, ALNUM);
/** An SSH.com key block: PEM-like, but four dashes and spaces around the label. */
var ssh2Key = (seed, length, ...headers) => [
	"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----",
	...headers,
	...pem(seed, "KEY", length).split("\n").slice(1, -1),
	"---- END SSH2 ENCRYPTED PRIVATE KEY ----"
].join("\n");
var jwtHeader = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
var jwt = (payload, seed) => `${jwtHeader}.${b64url(payload)}.${rand(seed, 43, B64URL)}`;
var CRYPTO_AND_URL_DETECTORS = [
	{
		id: "private-key",
		title: "Private key (PEM block)",
		description: "A PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted or PGP); whoever has it can sign, decrypt or log in as its owner.",
		regex: /-----BEGIN (?<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){40,16000}?-----END \k<kind>PRIVATE KEY(?: BLOCK)?-----/g,
		keywords: ["private key"],
		verify: keyBlockIsReal,
		ownPlaceholderCheck: true,
		remediation: "Treat the key as compromised: revoke or replace it wherever it is trusted, and load keys from a secret store or KMS.",
		samples: {
			fire: [
				pem("pem-rsa", "RSA PRIVATE KEY", 1600),
				pem("pem-openssh", "OPENSSH PRIVATE KEY", 380),
				`SIGNING_KEY = "${pem("pem-pkcs8", "PRIVATE KEY", 220, "\\n")}"`,
				pem("pem-ec", "EC PRIVATE KEY", 160),
				pem("pem-enc", "ENCRYPTED PRIVATE KEY", 900),
				pem("pem-pgp", "PGP PRIVATE KEY BLOCK", 700),
				pem("pem-pgp-armor", "PGP PRIVATE KEY BLOCK", 700).replace("-----\n", "-----\nVersion: GnuPG v2\nComment: Release signing <release@corp.internal>\n\n"),
				pem("pem-dsa", "DSA PRIVATE KEY", 900).replace("-----\n", "-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0F1E2D3C4B5A69788796A5B4C3D2E1F0\n\n"),
				`KEY = (\n    "${pem("pem-concat", "RSA PRIVATE KEY", 640).split("\n").join("\\n\"\n    \"")}"\n)`
			],
			silent: [
				"-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
				pem("pem-public", "PUBLIC KEY", 390),
				"if pem.startswith(\"-----BEGIN OPENSSH PRIVATE KEY-----\"):",
				`-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${rand("pem-elided", 40, B64)}...\n-----END PRIVATE KEY-----`,
				`-----BEGIN OPENSSH PRIVATE KEY-----\n${"A".repeat(64)}\n${"A".repeat(64)}\n-----END OPENSSH PRIVATE KEY-----`,
				"if line == \"-----BEGIN RSA PRIVATE KEY-----\":\n    in_key = True  # collect body lines until the end marker appears\nelif line == \"-----END RSA PRIVATE KEY-----\":"
			]
		}
	},
	{
		id: "putty-private-key",
		title: "PuTTY private key (.ppk)",
		description: "A PuTTY key file (PuTTY-User-Key-File-2/-3 with Private-Lines): the SSH private key that logs in wherever its public half is authorized.",
		regex: /PuTTY-User-Key-File-[23]: [^\r\n\\]{1,80}(?:[^P]|P(?!rivate-MAC:|uTTY-User-Key-File-)){40,20000}?Private-MAC:[ \t]?[0-9a-fA-F]{40,64}/g,
		keywords: ["putty-user-key-file-"],
		verify: (secret) => secret.includes("Private-Lines:") && keyBlockIsReal(secret),
		ownPlaceholderCheck: true,
		remediation: "Remove the public key from every authorized_keys it was added to, generate a new key pair, and keep .ppk files out of the repository.",
		samples: {
			fire: [
				ppk("ppk-2", 2),
				ppk("ppk-3", 3, "ssh-ed25519"),
				ppk("ppk-crlf", 2, "ssh-rsa", "\r\n")
			],
			silent: ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: <comment>\nPublic-Lines: 2\n...\nPrivate-Lines: 1\n...\nPrivate-MAC: <mac>", "if header.startswith(\"PuTTY-User-Key-File-\"):"]
		}
	},
	{
		id: "ssh-com-private-key",
		title: "SSH.com (SSH2) private key",
		description: "An SSH.com-format private key block (---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----), as Tectia and PuTTYgen write it.",
		regex: /---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:[^-]|-(?!---)){40,16000}?---- END SSH2 ENCRYPTED PRIVATE KEY ----/g,
		keywords: ["begin ssh2 encrypted private key"],
		verify: keyBlockIsReal,
		ownPlaceholderCheck: true,
		remediation: "Remove the public key from every authorized_keys it was added to, generate a new key pair, and keep key files out of the repository.",
		samples: {
			fire: [ssh2Key("ssh2-1", 900, "Comment: \"rsa-key-20240101\""), ssh2Key("ssh2-2", 700)],
			silent: ["---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----", "---- BEGIN SSH2 PUBLIC KEY ----"]
		}
	},
	{
		id: "jwt",
		title: "JSON Web Token",
		description: "A signed JWT (header.payload.signature); until it expires it is a bearer credential for whatever the claims allow.",
		regex: new RegExp(`${LEFT}eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{16,1000}${RIGHT}`, "g"),
		keywords: ["eyj"],
		minEntropy: 3.5,
		verify: isLiveJwt,
		remediation: "Revoke the session or rotate the signing key that issued it; never commit tokens, fetch them at run time.",
		samples: {
			fire: [`Authorization: Bearer ${jwt("{\"sub\":\"svc-agent-runner\",\"scope\":\"tools:write\",\"iat\":1718000000,\"exp\":1900000000}", "jwt-1")}`, `SUPABASE_SERVICE_ROLE_KEY=${jwt("{\"iss\":\"supabase\",\"ref\":\"qwhzkpbmtrvxnyac\",\"role\":\"service_role\",\"iat\":1700000000,\"exp\":2015000000}", "jwt-2")}`],
			silent: [
				`SUPABASE_ANON_KEY=${jwt("{\"iss\":\"supabase\",\"ref\":\"qwhzkpbmtrvxnyac\",\"role\":\"anon\",\"iat\":1700000000,\"exp\":2015000000}", "jwt-3")}`,
				`const demo = "${jwt("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}", "jwt-4")}";`,
				`partial = "${jwtHeader}.${b64url("{\"sub\":\"42\"}")}"`
			]
		}
	},
	{
		id: "database-url-password",
		title: "Database connection URL with a password",
		description: "A database or broker URL (postgres, mysql, mongodb, redis, amqp, …) that carries its password inline.",
		regex: new RegExp(String.raw`${URL_LEFT}(?:${DB_SCHEMES})(?:\+[A-Za-z0-9]{1,20})?:\/\/${userinfo(0)}(?:\/[\w.-]{1,64})?`, "g"),
		keywords: [
			"postgres://",
			"postgresql://",
			"postgres+",
			"postgresql+",
			"pgsql://",
			"mysql://",
			"mysql+",
			"mariadb://",
			"mariadb+",
			"mongodb://",
			"mongodb+",
			"redis://",
			"rediss://",
			"redis+",
			"amqp://",
			"amqps://",
			"mssql://",
			"mssql+",
			"sqlserver://",
			"cockroachdb://",
			"cockroachdb+",
			"clickhouse://",
			"clickhouse+",
			"neo4j://",
			"neo4j+",
			"couchdb://"
		],
		verify: urlPasswordIsReal,
		remediation: "Change the database password, then build the URL at run time from DATABASE_URL or a secret manager.",
		samples: {
			fire: [
				`DATABASE_URL=postgresql://app_user:${pw("db-1")}@db.internal:5432/prod`,
				`engine = create_engine("mysql+pymysql://svc:${pw("db-2")}@mysql-primary.prod.internal/app")`,
				`MONGO_URI="mongodb+srv://api:${pw("db-3")}@cluster0.ab1cd.mongodb.net/agents?retryWrites=true"`,
				`REDIS_URL=redis://:${pw("db-4")}@cache.prod.internal:6379/0`,
				`  broker_url: amqp://worker:${pw("db-5")}@rabbit.prod.internal:5672/`
			],
			silent: [
				"DATABASE_URL=postgres://postgres:postgres@localhost:5432/app",
				"DATABASE_URL=postgresql://user:${DB_PASSWORD}@db:5432/app",
				"url = \"postgres://app@localhost/db\"",
				"url = f\"postgresql://{user}:{password}@{host}:{port}/{db}\"",
				"MONGO_URI=\"mongodb+srv://<username>:<password>@cluster0.mongodb.net\"",
				"REDIS_URL=redis://:redis@redis:6379/0"
			]
		}
	},
	{
		id: "basic-auth-url-password",
		title: "URL with embedded credentials",
		description: "A user:password@host URL over HTTP(S), git, FTP/SFTP, SSH, SMTP, IMAP, LDAP, WebSocket or SOCKS (proxies, package indexes, remotes).",
		regex: new RegExp(String.raw`${URL_LEFT}(?:${WEB_SCHEMES}):\/\/${userinfo(1)}`, "g"),
		keywords: ["://"],
		verify: webUrlPasswordIsReal,
		fallback: true,
		remediation: "Rotate the password or token, and pass credentials through a credential helper, netrc or environment variables.",
		samples: {
			fire: [
				`HTTPS_PROXY=http://proxyuser:${pw("url-1")}@proxy.corp.internal:3128`,
				`pip install --index-url https://deploy:${pw("url-2")}@pkgs.corp.internal/simple agent-tools`,
				`git remote add origin https://ci-bot:${pw("url-3")}@git.corp.internal/team/repo.git`
			],
			silent: [
				"git clone https://user@git.corp.internal/team/repo.git",
				"git remote add origin https://ci-bot:${GIT_TOKEN}@git.corp.internal/team/repo.git",
				"HTTP_PROXY=http://username:password@proxy:8080",
				"see http://localhost:8080/@admin for details"
			]
		}
	}
];
// src/secrets/catalog/frameworks.ts
/**
* Web-framework secret keys: they carry no provider prefix, so each detector keys on the framework's
* own setting name (or file) and judges the value by length and entropy. Whoever holds one can forge
* sessions and cookies or decrypt the framework's encrypted data.
*/
/**
* Rails and Phoenix generate development and test keys into committed files on purpose (Rails 5.1
* `secrets.yml`, Phoenix `config/dev.exs`); those only sign cookies on a developer machine.
*/
var DEV_OR_TEST_FILE = /(?:^|\/)config\/(?:dev|test)\.exs$|(?:^|\/)config\/environments\/(?:development|test)\.rb$/;
function inDevelopmentOrTestScope(text, index, path) {
	if (path !== void 0 && DEV_OR_TEST_FILE.test(path)) return true;
	const section = topLevelYamlKey(text, index);
	return section === "development" || section === "test";
}
function railsKeyIsReal(secret, match, text, path) {
	return NOT_WORDS(secret) && !inDevelopmentOrTestScope(text, match.index, path);
}
/** A framework key written as free text: its own placeholder check, never a phrase made of words. */
function randomText(secret) {
	return !isPlaceholderText(secret) && !looksLikeWords(secret);
}
var DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
var DJANGO_INSECURE = "django-insecure-";
/** Markers of a Django settings module, for keys written without the `django-insecure-` prefix. */
var DJANGO_SETTINGS = /\bdjango\b|INSTALLED_APPS|ROOT_URLCONF|DJANGO_SETTINGS_MODULE/;
/** A `django-insecure-` key anywhere, else a SECRET_KEY in a file that reads as Django settings (Flask's is the generic detector's). */
function inDjangoSettings(match, text) {
	return (match.groups?.["secret"] ?? "").startsWith(DJANGO_INSECURE) || DJANGO_SETTINGS.test(text);
}
function djangoKeyIsReal(secret) {
	if (secret.startsWith(DJANGO_INSECURE)) {
		const rest = secret.slice(16);
		return rest.length >= 20 && shannonEntropy(rest) >= 3.5 && randomText(rest);
	}
	return secret.length >= 32 && shannonEntropy(secret) >= 4 && randomText(secret);
}
var WP_NAMES = "(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)";
var djangoKey = (seed) => rand(seed, 50, DJANGO_ALPHABET);
var WP_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|";
var wpSalt = (seed) => rand(seed, 64, WP_ALPHABET);
var hex = (seed, length) => rand(seed, length, HEX);
var laravelKey = (seed) => `${rand(seed, 43, B64)}=`;
var FRAMEWORK_DETECTORS = [
	{
		id: "rails-master-key",
		title: "Rails master key file",
		description: "config/master.key (or config/credentials/<env>.key): the 32-hex-character key that decrypts the Rails encrypted credentials, and so every secret in them.",
		regex: /^\s*(?<secret>[0-9a-f]{32})\s*$/g,
		keywords: [],
		skipInTestsAndDocs: true,
		paths: /(?:^|\/)config\/(?:master|credentials\/[\w-]+)\.key$/,
		minEntropy: 3,
		remediation: "Remove the key file from the repository (Rails ignores it by default), rotate the credentials with `bin/rails credentials:edit` under a new key, and pass RAILS_MASTER_KEY from a secret store.",
		samples: {
			fire: [{
				path: "config/master.key",
				text: `${hex("rails-mk-1", 32)}\n`
			}, {
				path: "api/config/credentials/production.key",
				text: hex("rails-mk-2", 32)
			}],
			silent: [
				{
					path: "config/master.key",
					text: "00000000000000000000000000000000\n"
				},
				{
					path: "docs/master.key.txt",
					text: `${hex("rails-mk-3", 32)}\n`
				},
				`${hex("rails-mk-4", 32)}`
			]
		}
	},
	{
		id: "rails-master-key-variable",
		title: "Rails master key in a variable",
		description: "RAILS_MASTER_KEY set to the 32-hex-character key that decrypts the Rails encrypted credentials.",
		regex: keyedRegex("RAILS_MASTER_KEY", "[0-9a-f]{32}"),
		keywords: ["rails_master_key"],
		skipInTestsAndDocs: true,
		minEntropy: 3,
		verify: NOT_WORDS,
		remediation: "Rotate the credentials under a new master key and inject RAILS_MASTER_KEY from the deployment secret store.",
		samples: {
			fire: [
				`RAILS_MASTER_KEY=${hex("rails-mkv-1", 32)}`,
				`ENV RAILS_MASTER_KEY=${hex("rails-mkv-2", 32)}`,
				`      RAILS_MASTER_KEY: "${hex("rails-mkv-3", 32)}"`
			],
			silent: [
				"      RAILS_MASTER_KEY: ${{ secrets.RAILS_MASTER_KEY }}",
				"RAILS_MASTER_KEY=$(cat config/master.key)",
				"RAILS_MASTER_KEY="
			]
		}
	},
	{
		id: "rails-secret-key-base",
		title: "Rails or Phoenix secret_key_base",
		description: "A secret_key_base (Rails secrets.yml or credentials, SECRET_KEY_BASE, Phoenix endpoint config): it signs and encrypts sessions and cookies, so whoever has it can forge them.",
		regex: keyedRegex("secret_key_base", "[0-9a-f]{64,256}|[A-Za-z0-9+/_-]{40,200}={0,2}"),
		keywords: ["secret_key_base"],
		skipInTestsAndDocs: true,
		minEntropy: 3.3,
		verify: railsKeyIsReal,
		remediation: "Generate a new key (`bin/rails secret`, `mix phx.gen.secret`), keep it in encrypted credentials or SECRET_KEY_BASE in the environment, and expect existing sessions to end.",
		samples: {
			fire: [
				`production:\n  secret_key_base: ${hex("rails-skb-1", 128)}`,
				`SECRET_KEY_BASE=${hex("rails-skb-2", 128)}`,
				`config :agent_web, AgentWeb.Endpoint,\n  secret_key_base: "${rand("phx-skb-1", 64, B64)}"`,
				{
					path: "config/environments/production.rb",
					text: `  config.secret_key_base = "${hex("rails-skb-3", 128)}"`
				}
			],
			silent: [
				`development:\n  secret_key_base: ${hex("rails-skb-4", 128)}\n\ntest:\n  secret_key_base: ${hex("rails-skb-5", 128)}`,
				"production:\n  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>",
				{
					path: "config/dev.exs",
					text: `config :agent_web, AgentWeb.Endpoint,\n  secret_key_base: "${rand("phx-skb-2", 64, B64)}"`
				},
				"config.secret_key_base = ENV.fetch(\"SECRET_KEY_BASE\")",
				`secret_key_base: ${"0".repeat(128)}`
			]
		}
	},
	{
		id: "django-secret-key",
		title: "Django SECRET_KEY",
		description: "A Django SECRET_KEY in settings (including the `django-insecure-` keys startproject writes, and defaults passed to an environment lookup): it signs sessions, password-reset links and messages.",
		regex: /(?<![\w.])SECRET_KEY\s*=\s*(?:(?:os\.environ\.get|os\.getenv|env(?:\.str)?|config)\(\s*['"]\w+['"]\s*,\s*(?:default\s*=\s*)?)?[rbu]?(?<q>['"])(?<secret>[^'"\\\s]{30,200})\k<q>/g,
		keywords: ["secret_key"],
		skipInTestsAndDocs: true,
		context: inDjangoSettings,
		verify: djangoKeyIsReal,
		ownPlaceholderCheck: true,
		remediation: "Generate a new key (django.core.management.utils.get_random_secret_key), read it from the environment in settings, and expect sessions and reset links to be invalidated.",
		samples: {
			fire: [
				`SECRET_KEY = '${DJANGO_INSECURE}${djangoKey("dj-1")}'`,
				`# Django settings for the agent console\nINSTALLED_APPS = ["django.contrib.auth"]\nSECRET_KEY = "${djangoKey("dj-2")}"`,
				`SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${DJANGO_INSECURE}${djangoKey("dj-3")}")`,
				`SECRET_KEY = env("DJANGO_SECRET_KEY", default="${DJANGO_INSECURE}${djangoKey("dj-4")}")`
			],
			silent: [
				"SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]",
				"SECRET_KEY = env(\"DJANGO_SECRET_KEY\", default=\"!!!SET DJANGO_SECRET_KEY!!!\")",
				"SECRET_KEY = 'django-insecure-change-me-before-going-to-production'",
				`SECRET_KEY = "${"x".repeat(50)}"`,
				"SECRET_KEY = 'your-secret-key-goes-in-the-environment'"
			]
		}
	},
	{
		id: "wordpress-secret-key",
		title: "WordPress authentication key or salt",
		description: "One of the eight wp-config.php keys and salts (AUTH_KEY … NONCE_SALT): with it, login cookies and nonces can be forged.",
		regex: new RegExp(String.raw`(?:define\(\s*['"]${WP_NAMES}['"]\s*,\s*|^[ \t]*(?:-[ \t]*)?(?:export[ \t]+)?(?:WORDPRESS_|WP_)?${WP_NAMES}[ \t]*[=:][ \t]*)(?<q>['"])(?<secret>[^'"\\\r\n]{16,200})\k<q>`, "gm"),
		keywords: [
			"auth_key",
			"logged_in_key",
			"nonce_key",
			"auth_salt",
			"logged_in_salt",
			"nonce_salt"
		],
		skipInTestsAndDocs: true,
		minEntropy: 4,
		verify: (secret) => secret.length >= 24 && randomText(secret),
		ownPlaceholderCheck: true,
		remediation: "Generate new keys and salts (https://api.wordpress.org/secret-key/1.1/salt/ or `wp config shuffle-salts`), load them from the environment, and expect every user to log in again.",
		samples: {
			fire: [
				`define( 'AUTH_KEY',         '${wpSalt("wp-1")}' );`,
				`define('NONCE_SALT', '${wpSalt("wp-2")}');`,
				`SECURE_AUTH_KEY='${wpSalt("wp-3")}'`,
				`      WORDPRESS_LOGGED_IN_SALT: "${wpSalt("wp-4")}"`
			],
			silent: [
				"define( 'AUTH_KEY',         'put your unique phrase here' );",
				"define( 'SECURE_AUTH_KEY', getenv( 'SECURE_AUTH_KEY' ) );",
				"AUTH_KEY='generateme'",
				"define('LOGGED_IN_KEY', '${LOGGED_IN_KEY}');"
			]
		}
	},
	{
		id: "laravel-app-key",
		title: "Laravel APP_KEY",
		description: "A Laravel application key (APP_KEY=base64:…): it encrypts cookies and every value passed to Crypt, so whoever has it can read and forge them.",
		regex: /(?<![\w])APP_KEY(?:\\?['"]\s*,\s*|\s*[=:]\s*)\\?['"]?base64:(?<secret>[A-Za-z0-9+/]{40,88}={0,2})(?![\w+/=])/g,
		keywords: ["app_key"],
		skipInTestsAndDocs: true,
		minEntropy: 4,
		verify: (secret) => !isPlaceholderText(secret),
		ownPlaceholderCheck: true,
		remediation: "Run `php artisan key:generate` for a new key kept out of the repository (APP_PREVIOUS_KEYS lets old data still decrypt), and rotate anything encrypted with the old one.",
		samples: {
			fire: [
				`APP_KEY=base64:${laravelKey("lara-1")}`,
				`'key' => env('APP_KEY', 'base64:${laravelKey("lara-2")}'),`,
				`  APP_KEY: "base64:${laravelKey("lara-3")}"`
			],
			silent: [
				"APP_KEY=",
				"'key' => env('APP_KEY'),",
				"APP_KEY=base64:${APP_KEY}",
				`APP_KEY=base64:${"A".repeat(43)}=`
			]
		}
	}
];
// src/secrets/catalog/generic.ts
/**
* The generic detector: a secret-looking name assigned a high-entropy literal, in code (Python,
* TS/JS, Go), .env, YAML, JSON, TOML, Dockerfile and shell. The regex starts on the last word of the
* name (`key`, `token`, `secret`, `password`, …) so it can skip ahead cheaply; what a regex cannot
* judge — the whole name, quoting, code references, strength — is checked in `verify`.
*/
var WORD = String.raw`(?<word>key|token|secret|passw(?:or)?d|passphrase|pwd|pass|credentials?|auth(?:orization)?)`;
/** Closing quote of a JSON/dict key (maybe escaped, as in notebooks) and `]` of `environ["X"]`. */
var NAME_END = String.raw`(?:\\{0,3}["'\x60])?\]?`;
/** `=`, `:`, `:=`, `=>`, `??=`, `||=` or an annotated `: str =`; never `==` or `::`. Spaces kept to tell .env from code. */
var OP = String.raw`(?<op>[ \t]{0,4}(?::[ \t]{0,4}[A-Za-z_][\w.\[\]|, ]{0,30}?[ \t]{0,4}=(?!=)|:=|=>|\?\?=|\|\|=|=(?!=)|:(?![:=]))[ \t]{0,4})`;
/** Optional string prefix and opening quote, then an optional auth scheme (`"Bearer …"`). */
var OPEN = String.raw`(?:[bru]?(?<oq>\\{0,3}["'\x60]))?(?:(?:bearer|basic|token)[ ]{1,4})?`;
/**
* The literal: right after a quote, or unquoted (not glued to a quote or word). Neither form allows
* whitespace, so prose (`"Enter your password"`) never matches. The `(?=(…))\k<secret>` wrapper is an
* atomic group: every terminator is outside the value's character class, so giving characters back
* could never succeed, and without it `key=key=key=…` cost 300 steps per `key`. Whether a quoted value
* really ends on its closing quote is checked in `verify`.
*/
var VALUE = String.raw`(?=(?<secret>(?<=["'\x60]|["'\x60](?:bearer|basic|token)[ ]{1,4})[^\s"'\x60\\]{8,300}|(?<![\w"'\x60])[^\s"'\x60\\;,&#()\[\]{}<>$]{8,300}))\k<secret>(?=[\s;,&#)\]}\\"'\x60]|$)`;
var GENERIC_REGEX = new RegExp(WORD + NAME_END + OP + OPEN + VALUE, "gi");
/** Parts of the name before a bare `key` that make it a credential (`api_key`, `secretKey`, `APIKEY`). */
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
	"api",
	"access",
	"secret",
	"private",
	"signing",
	"sign",
	"encryption",
	"encrypt",
	"master",
	"auth",
	"client",
	"app",
	"application",
	"license",
	"licence",
	"subscription",
	"service",
	"admin",
	"consumer",
	"session",
	"webhook",
	"hmac",
	"jwt",
	"crypto",
	"cipher",
	"aes",
	"ssh",
	"account",
	"storage",
	"shared",
	"bot",
	"deploy",
	"server",
	"management",
	"mgmt",
	"sdk",
	"write",
	"ingest",
	"secure",
	"security",
	"cookie",
	"token",
	"developer",
	"dev"
]);
/** Qualifiers that say the value is not a credential: DB/cache keys, tokenizer tokens, pagination, public keys. */
var DENY_QUALIFIERS = /* @__PURE__ */ new Set([
	"public",
	"publishable",
	"pub",
	"site",
	"anon",
	"primary",
	"foreign",
	"sort",
	"partition",
	"cache",
	"lookup",
	"idempotency",
	"object",
	"row",
	"range",
	"index",
	"map",
	"dict",
	"hash",
	"hashed",
	"next",
	"page",
	"pagination",
	"continuation",
	"cursor",
	"csrf",
	"xsrf",
	"eos",
	"bos",
	"pad",
	"unk",
	"sep",
	"cls",
	"mask",
	"special",
	"start",
	"end",
	"stop",
	"device",
	"push",
	"max",
	"min",
	"num",
	"total",
	"count",
	"routing",
	"message",
	"i18n",
	"translation",
	"label",
	"dedup",
	"group",
	"field",
	"column",
	"attr",
	"attribute",
	"property",
	"prop",
	"meta",
	"redis",
	"s3",
	"bucket",
	"invalid",
	"wrong",
	"bad",
	"sync",
	"registration",
	"update",
	"request",
	"change"
]);
/** Name parts that mark the whole assignment as a decoy or as public. */
var DENY_ANYWHERE = /* @__PURE__ */ new Set([
	"public",
	"publishable",
	"example",
	"sample",
	"dummy",
	"fake",
	"mock",
	"placeholder"
]);
/** Words that only count as their own name part (`db_pass`, not `bypass`; `api_key`, not `monkey`). */
var NEEDS_EDGE = /* @__PURE__ */ new Set([
	"key",
	"pass",
	"pwd",
	"auth",
	"authorization",
	"credential",
	"credentials"
]);
var PASSWORD_WORDS = /* @__PURE__ */ new Set([
	"password",
	"passwd",
	"passphrase",
	"pwd",
	"pass"
]);
/** `a.b`, `a?.b`, `a!.b`, `A::b`, `a->b`: member access, i.e. code. */
var CODE_EXPR = /^[A-Za-z_$][\w$]*(?:(?:\??\.|!\.|::|->)[A-Za-z_$][\w$]*)+[!?]?$/;
/** Operators and prefixes that only appear in expressions, never inside a credential written unquoted. */
var EXPR_SYNTAX = /^[!@*&]|\?\.|\?\?|\|\||&&|=>|->|::/;
/** A declaration keyword before the name: `const token = …` is code, so the value must be quoted. */
var DECLARATION = /(?:^|[\s;{(])(?:const|let|var|val|final|def|fn|func|auto|static)\s+[\w$.]*$/;
var IDENT = /^[A-Za-z_$][\w$]*$/;
/** `DEFAULT_SECRET_2`, `auth_token_value`: each segment in one case, unlike a random token that contains `_`. */
var SNAKE_CASE = /^(?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]*)(?:_+(?:[a-z0-9]+|[A-Z0-9]+))+$/;
var DOTTED_IDENT = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
var URL_OR_PATH = /^[a-z][a-z0-9+.-]*:\/\/|^(?:\.{1,2}|~)?\/(?:[a-z0-9_.-]+\/?)+$|^[A-Za-z]:\\|\.(?:pem|key|json|txt|ya?ml|env|crt|cer|p12|pfx|jks|ini|cfg|conf|toml|pub|gpg|asc|der)$/i;
var EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
var PROVIDER_PREFIX = new RegExp(`^(?:${PROVIDER_PREFIXES.join("|")})`);
/** `OPENAI_API_KEY` → [openai, api, key]; `apiKey` → [api, key]; `APIKey` → [api, key]. */
function splitIdentifier(name) {
	const parts = [];
	for (const chunk of name.split(/[^A-Za-z0-9]+/)) for (const m of chunk.matchAll(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g)) parts.push(m[0].toLowerCase());
	return parts;
}
/** `team/prod/openai`, `AKID/20240101/us-east-1/s3/aws4_request`: a path or scope, not base64 (whose segments mix case). */
function looksLikePath(value) {
	const segments = value.split("/");
	return segments.length >= 3 && segments.filter((s) => /^[a-z0-9_.-]{3,}$/.test(s)).length >= 2;
}
/** Password hashes (bcrypt, argon2, crypt, Django): stored verifiers, not the password. */
var PASSWORD_HASH = /^(?:\$(?:2[abxy]|argon2(?:id|i|d)|pbkdf2[-\w]*|scrypt|[156])\$|(?:pbkdf2_sha\d+|bcrypt|argon2)\$)/;
/** Algorithm and scheme names that sit where a secret could (`Authorization: AWS4-HMAC-SHA256 …`). */
var ALGORITHM = /^(?:AWS4-HMAC-SHA256|HMAC-?SHA-?\d+|SHA-?\d+|AES-?\d+(?:-[A-Z]+)?|[RHEP]S\d{3}|EdDSA)$/i;
function isSecretName(name, word) {
	const parts = splitIdentifier(name);
	if (parts.some((p) => DENY_ANYWHERE.has(p))) return false;
	const last = parts.at(-1) ?? "";
	let qualifier;
	if (last === word) qualifier = parts.at(-2) ?? "";
	else if (last.endsWith(word)) {
		qualifier = last.slice(0, -word.length);
		if (NEEDS_EDGE.has(word) && !KEY_QUALIFIERS.has(qualifier)) return false;
	} else return false;
	if (DENY_QUALIFIERS.has(qualifier)) return false;
	if (word === "key") {
		const envStyle = /^[A-Z][A-Z0-9_]*$/.test(name.split(".").at(-1) ?? "");
		return KEY_QUALIFIERS.has(qualifier) || envStyle && qualifier !== "";
	}
	return true;
}
function isSecretValue(value, name, word, quoted, codeStyle) {
	const squash = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
	if (squash(value) === squash(name.split(".").at(-1) ?? "")) return false;
	if (ALGORITHM.test(value) || PASSWORD_HASH.test(value)) return false;
	if (DOTTED_IDENT.test(value) && (!quoted || !/\d/.test(value))) return false;
	if (!quoted) {
		if (CODE_EXPR.test(value) || EXPR_SYNTAX.test(value)) return false;
		if (IDENT.test(value) && (SNAKE_CASE.test(value) || looksLikeWords(value.replace(/\d+/g, "-")))) return false;
		if (codeStyle && IDENT.test(value) && shannonEntropy(value) < 3.5) return false;
	}
	if (URL_OR_PATH.test(value) || EMAIL.test(value) || looksLikePath(value)) return false;
	if (PROVIDER_PREFIX.test(value)) return false;
	if (/^\d+$/.test(value)) return false;
	const classes = characterClasses(value);
	if (PASSWORD_WORDS.has(word)) {
		if (isCommonPassword(value) || looksLikeWords(value)) return false;
		return value.length >= 8 && classes >= 2 && (classes >= 3 || value.length >= 10) && shannonEntropy(value) >= 2.5;
	}
	return value.length >= 12 && shannonEntropy(value) >= 3 && !looksLikeWords(value);
}
/** Identifier characters of a name, including `.` (`self.api_key`), `-` (`x-api-key`) and `$` (`$token`). */
function isNameChar(code) {
	return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95 || code === 46 || code === 45 || code === 36;
}
function verifyAssignment(secret, match, text) {
	const quoted = match.groups?.["oq"] !== void 0;
	if (quoted && !/["'\x60\\]/.test(text[match.indices?.groups?.["secret"]?.[1] ?? 0] ?? "")) return false;
	if (!quoted && (DOTTED_IDENT.test(secret) || CODE_EXPR.test(secret) || EXPR_SYNTAX.test(secret))) return false;
	const rawWord = match.groups?.["word"] ?? "";
	const word = rawWord.toLowerCase();
	let nameStart = match.index;
	while (nameStart > 0 && isNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
	const name = text.slice(nameStart, match.index + rawWord.length).replace(/^[$.]+/, "");
	if (!isSecretName(name, word)) return false;
	if (!quoted && DECLARATION.test(text.slice(Math.max(0, nameStart - 40), nameStart))) return false;
	const op = match.groups?.["op"] ?? "";
	return isSecretValue(secret, name, word, quoted, /^[ \t]+=|=[ \t]+$/.test(op) && !op.includes(":"));
}
var v = (seed, length = 32) => rand(seed, length, ALNUM);
var GENERIC_DETECTORS = [{
	id: "generic-secret-assignment",
	title: "Hardcoded secret assigned to a credential name",
	description: "A high-entropy literal assigned to a name such as api_key, token, client_secret or password, in code or configuration.",
	regex: GENERIC_REGEX,
	keywords: [
		"key",
		"token",
		"secret",
		"pass",
		"pwd",
		"auth",
		"credential"
	],
	verify: verifyAssignment,
	fallback: true,
	remediation: "Move the value to the environment or a secret manager, read it at run time, and rotate it: it is in the history.",
	samples: {
		fire: [
			`api_key = "${v("gen-1")}"`,
			`    api_key: str = '${v("gen-2")}'`,
			`const authToken = "${v("gen-3", 40)}";`,
			`const client = new Client({ apiKey: "${v("gen-4")}" });`,
			`llm = make_llm(model="big", api_key="${v("gen-5")}")`,
			`settings = dict(client_secret="${v("gen-6")}")`,
			`SERVICE_TOKEN=${v("gen-7")}`,
			`SESSION_SECRET=${v("gen-17", 12)}_${v("gen-18", 20)}`,
			`export INTERNAL_API_KEY=${v("gen-8")}`,
			`  client_secret: ${v("gen-9", 40)}`,
			`  "access_token": "${rand("gen-10", 40, HEX)}",`,
			`webhook_secret = "${v("gen-11", 24)}"`,
			`ENV APP_SECRET=${v("gen-12")}`,
			`ARG DEPLOY_TOKEN=${v("gen-13")}`,
			"DB_PASSWORD=Tr0ub4dor!3horse",
			`[database]\npassword = "Qm4!vT8zLp2#"  # config.toml`,
			`auth_token = ${v("gen-16", 40)}`,
			"  password: \"k9#Lm2!xQv8Z\"",
			`def connect(host: str, password: str = "Zq7!pR2m#Xw9") -> Conn:`,
			`os.environ["VENDOR_API_KEY"] = "${v("gen-14")}"`,
			`headers = {"Authorization": "Bearer ${v("gen-15", 40)}"}`,
			`Server=db01;Database=agents;User Id=svc;Password=Vb7!tq2LmZ9w;`,
			"      - NEO4J_AUTH=neo4j/Vb7tq2LmZ9wQ4xKd"
		],
		silent: [
			"password: str",
			"      - NEO4J_AUTH=neo4j/password",
			"BASIC_AUTH: \"admin:changeme\"",
			"def get_token(self) -> str:",
			"token_url = \"https://auth.acme.dev/oauth/token\"",
			"api_key_header = \"X-API-Key\"",
			"password_field = \"password\"",
			"api_key = os.environ[\"OPENAI_API_KEY\"]",
			"api_key = os.getenv(\"OPENAI_API_KEY\")",
			"token = os.environ.get(\"SERVICE_TOKEN\", \"\")",
			"const apiKey = process.env.OPENAI_API_KEY;",
			"const apiKey = process.env[\"OPENAI_API_KEY\"];",
			"SECRET_KEY=${SECRET_KEY}",
			"SECRET_KEY=$SECRET_KEY",
			"api_key: {{ secrets.API_KEY }}",
			"password = \"%(db_password)s\"",
			"API_KEY=your-api-key-here",
			"api_key = \"<YOUR_KEY>\"",
			"API_KEY=YOUR_API_KEY",
			"token = \"xxxxxxxxxxxxxxxxxxxxxxxx\"",
			"password = \"****************\"",
			"password = \"changeme\"",
			"secret = \"replace-me-before-deploy\"",
			"api_key = \"TODO\"",
			"token = \"<token>\"",
			"api_key = \"...\"",
			"api_key = \"dummy-key-1234567890abc\"",
			"api_key = \"fake_api_key_1234567890\"",
			"token = \"not-real-token-9f8e7d6c\"",
			"api_key = \"test-key-4f9a8b7c6d5e\"",
			"SECRET = \"sample-secret-value-123\"",
			"api_key = \"placeholder-8c7b6a5f4e3d\"",
			"password = \"REDACTED-2024\"",
			"token = self.config.auth.token",
			"token: Optional[str] = None",
			"password: str = Field(..., description=\"Database password\")",
			"primary_key = \"id_user_account_ref\"",
			"cache_key = f\"user:{user_id}:profile\"",
			"eos_token = \"<|endoftext|>\"",
			"monkey = \"Xk29vPq8Lm3nRt7w\"",
			"max_tokens = 4096",
			"  \"password\": \"Enter your password\",",
			"sort_key = \"createdAt\"",
			"NEXT_PUBLIC_API_KEY=pk_4b8f0c2e9a7d6b5c",
			"private_key = \"keys/service-account.pem\"",
			"secret_name = \"prod/agents/openai\"",
			"if token == \"Bearer abcdefghijklmnop\":",
			"password = hashed_password",
			"token = DEFAULT_TOKEN_2",
			"password = \"$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\"",
			"{ password: userPassword1, email }"
		]
	}
}];
// src/secrets/catalog/saas.ts
/** Messaging, payments, observability and productivity SaaS that agents call as tools. */
var slackId = (seed, length) => rand(seed, length, DIGITS).replace(/^0/, "7");
var SAAS_DETECTORS = [
	{
		id: "slack-bot-token",
		title: "Slack bot token",
		description: "A Slack bot token (xoxb-...) that posts and reads in every channel the app was added to.",
		regex: tokenRegex("xoxb-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{20,40}"),
		keywords: ["xoxb-"],
		minEntropy: 3,
		remediation: "Revoke the token (auth.revoke) or reinstall the Slack app with rotated credentials.",
		samples: {
			fire: [`SLACK_BOT_TOKEN=xoxb-${slackId("xoxb-1a", 12)}-${slackId("xoxb-1b", 13)}-${rand("xoxb-1c", 24)}`, `client = WebClient(token="xoxb-${slackId("xoxb-2a", 12)}-${slackId("xoxb-2b", 13)}-${rand("xoxb-2c", 24)}")`],
			silent: ["SLACK_BOT_TOKEN=xoxb-your-bot-token", "client = WebClient(token=os.environ[\"SLACK_BOT_TOKEN\"])"]
		}
	},
	{
		id: "slack-user-token",
		title: "Slack user token",
		description: "A Slack user token (xoxp-...) that acts as the person: reads their DMs and private channels.",
		regex: tokenRegex("xoxp-\\d{8,14}-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{28,40}"),
		keywords: ["xoxp-"],
		minEntropy: 3,
		remediation: "Revoke the token (auth.revoke) and have the user re-authorize the app.",
		samples: {
			fire: [`SLACK_USER_TOKEN=xoxp-${slackId("xoxp-1a", 12)}-${slackId("xoxp-1b", 12)}-${slackId("xoxp-1c", 13)}-${rand("xoxp-1d", 32, HEX)}`, `  slack_token: "xoxp-${slackId("xoxp-2a", 11)}-${slackId("xoxp-2b", 12)}-${slackId("xoxp-2c", 13)}-${rand("xoxp-2d", 32, HEX)}"`],
			silent: ["SLACK_USER_TOKEN=xoxp-...", "token = slack_tokens[\"xoxp\"]"]
		}
	},
	{
		id: "slack-other-token",
		title: "Slack app-level, legacy or refresh token",
		description: "A Slack app-level token (xapp-), workspace/legacy token (xoxa-, xoxs-) or refresh token (xoxr-).",
		regex: tokenRegex("(?:xox[ars]-(?:\\d-)?[A-Za-z0-9-]{20,200}|xapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{60,70})"),
		keywords: [
			"xoxa-",
			"xoxr-",
			"xoxs-",
			"xapp-"
		],
		minEntropy: 3,
		remediation: "Revoke the token in the Slack app’s settings (Basic Information → App-Level Tokens) or via auth.revoke.",
		samples: {
			fire: [`SLACK_APP_TOKEN=xapp-1-A${rand("xapp-1a", 10, UPPER_ALNUM)}-${slackId("xapp-1b", 13)}-${rand("xapp-1c", 64, HEX)}`, `refresh_token = "xoxr-${rand("xoxr-1", 60)}"`],
			silent: ["SLACK_APP_TOKEN=xapp-...", "handler = SocketModeHandler(app, os.environ[\"SLACK_APP_TOKEN\"])"]
		}
	},
	{
		id: "slack-webhook-url",
		title: "Slack incoming webhook URL",
		description: "A Slack incoming-webhook URL; anyone holding it can post messages into the channel.",
		regex: /hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<secret>T[A-Z0-9]{8,12}\/[A-Za-z0-9_/-]{20,120})(?![\w/-])/g,
		keywords: ["hooks.slack.com"],
		minEntropy: 3.5,
		remediation: "Remove the webhook in the Slack app’s Incoming Webhooks page and create a new one kept in a secret store.",
		samples: {
			fire: [`SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T${rand("swh-1a", 10, UPPER_ALNUM)}/B${rand("swh-1b", 10, UPPER_ALNUM)}/${rand("swh-1c", 24)}`, `requests.post("https://hooks.slack.com/services/T${rand("swh-2a", 10, UPPER_ALNUM)}/B${rand("swh-2b", 10, UPPER_ALNUM)}/${rand("swh-2c", 24)}", json={"text": msg})`],
			silent: ["SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "requests.post(os.environ[\"SLACK_WEBHOOK_URL\"], json={\"text\": msg})"]
		}
	},
	{
		id: "stripe-secret-key",
		title: "Stripe live secret key",
		description: "A Stripe live-mode secret key (sk_live_...) with full access to charges, refunds and customer data.",
		regex: tokenRegex("sk_live_[A-Za-z0-9]{24,247}"),
		keywords: ["sk_live_"],
		minEntropy: 3.5,
		remediation: "Roll the key in the Stripe Dashboard (Developers → API keys); use restricted keys for agents.",
		samples: {
			fire: [`STRIPE_SECRET_KEY=sk_live_${rand("stripe-1", 99)}`, `stripe.api_key = "sk_live_${rand("stripe-2", 24)}"`],
			silent: [
				`stripe.api_key = "sk_test_${rand("stripe-3", 24)}"`,
				`STRIPE_PUBLISHABLE_KEY=pk_live_${rand("stripe-4", 24)}`,
				"stripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]"
			]
		}
	},
	{
		id: "stripe-restricted-key",
		title: "Stripe live restricted key",
		description: "A Stripe live-mode restricted key (rk_live_...) with the permissions chosen when it was created.",
		regex: tokenRegex("rk_live_[A-Za-z0-9]{24,247}"),
		keywords: ["rk_live_"],
		minEntropy: 3.5,
		remediation: "Roll or delete the restricted key in the Stripe Dashboard (Developers → API keys).",
		samples: {
			fire: [`STRIPE_RESTRICTED_KEY=rk_live_${rand("rk-1", 99)}`, `const stripe = new Stripe('rk_live_${rand("rk-2", 32)}');`],
			silent: [`const stripe = new Stripe('rk_test_${rand("rk-3", 32)}');`, "const stripe = new Stripe(process.env.STRIPE_KEY!);"]
		}
	},
	{
		id: "stripe-webhook-secret",
		title: "Stripe webhook signing secret",
		description: "A webhook signing secret (whsec_...); with it anyone can forge events that the endpoint will trust.",
		regex: tokenRegex("whsec_[A-Za-z0-9+/=]{32,64}"),
		keywords: ["whsec_"],
		minEntropy: 3.5,
		remediation: "Roll the endpoint’s signing secret in the Stripe Dashboard (Developers → Webhooks).",
		samples: {
			fire: [`STRIPE_WEBHOOK_SECRET=whsec_${rand("whsec-1", 32)}`, `endpoint_secret = 'whsec_${rand("whsec-2", 32)}'`],
			silent: ["endpoint_secret = os.environ[\"STRIPE_WEBHOOK_SECRET\"]", "STRIPE_WEBHOOK_SECRET=whsec_..."]
		}
	},
	{
		id: "sendgrid-api-key",
		title: "SendGrid API key",
		description: "A Twilio SendGrid key (SG.xxx.yyy) that sends mail from the account’s verified domains.",
		regex: tokenRegex("SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"),
		keywords: ["sg."],
		minEntropy: 3.5,
		remediation: "Delete the key in SendGrid Settings → API Keys and read it from SENDGRID_API_KEY.",
		samples: {
			fire: [`SENDGRID_API_KEY=SG.${rand("sg-1a", 22, B64URL)}.${rand("sg-1b", 43, B64URL)}`, `sg = SendGridAPIClient("SG.${rand("sg-2a", 22, B64URL)}.${rand("sg-2b", 43, B64URL)}")`],
			silent: ["sg = SendGridAPIClient(os.environ.get(\"SENDGRID_API_KEY\"))", "SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
		}
	},
	{
		id: "twilio-api-key",
		title: "Twilio API key SID",
		description: "A Twilio API key SID (SK + 32 hex); with its secret it calls the Twilio API for the account.",
		regex: tokenRegex("SK[0-9a-f]{32}"),
		keywords: ["sk"],
		minEntropy: 3,
		remediation: "Delete the API key in the Twilio Console (Account → API keys & tokens) and read keys from the environment.",
		samples: {
			fire: [`TWILIO_API_KEY=SK${rand("tw-sk-1", 32, HEX)}`, `client = Client("SK${rand("tw-sk-2", 32, HEX)}", api_secret, account_sid)`],
			silent: ["TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", `TASK_ID = "TASK${rand("tw-sk-3", 32, HEX)}"`]
		}
	},
	{
		id: "twilio-auth-token",
		title: "Twilio auth token",
		description: "A Twilio account auth token (32 hex) next to an auth-token name in a file that uses Twilio; it is the account password for the API.",
		regex: keyedRegex("auth[_-]?token|twilio[\\w.-]{0,20}?(?:token|secret)", "[a-f0-9]{32}"),
		verify: NOT_WORDS,
		keywords: ["twilio"],
		minEntropy: 3,
		remediation: "Rotate the auth token in the Twilio Console (promote the secondary token) and use API keys in code.",
		samples: {
			fire: [`TWILIO_AUTH_TOKEN=${rand("tw-at-1", 32, HEX)}`, `  twilio_auth_token: "${rand("tw-at-2", 32, HEX)}"`],
			silent: ["TWILIO_AUTH_TOKEN=your_auth_token", `TWILIO_ACCOUNT_SID=AC${rand("tw-at-3", 32, HEX)}`]
		}
	},
	{
		id: "mailgun-api-key",
		title: "Mailgun API key",
		description: "A Mailgun private API key (key-... or the newer hex-hex-hex form) in a file that uses Mailgun.",
		regex: tokenRegex("(?:key-[a-f0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})"),
		keywords: ["mailgun"],
		minEntropy: 3,
		remediation: "Delete the key in Mailgun (API Security) and read it from MAILGUN_API_KEY.",
		samples: {
			fire: [`MAILGUN_API_KEY=key-${rand("mg-1", 32, HEX)}`, `auth=("api", "${rand("mg-2a", 32, HEX)}-${rand("mg-2b", 8, HEX)}-${rand("mg-2c", 8, HEX)}")  # mailgun`],
			silent: ["MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "MAILGUN_DOMAIN=mg.acme.io"]
		}
	},
	{
		id: "mailchimp-api-key",
		title: "Mailchimp API key",
		description: "A Mailchimp marketing API key (32 hex + data-center suffix such as -us21) with access to audiences and campaigns.",
		regex: tokenRegex("[a-f0-9]{32}-us\\d{1,2}"),
		keywords: ["mailchimp"],
		minEntropy: 3,
		remediation: "Disable the key in Mailchimp Account → Extras → API keys.",
		samples: {
			fire: [`MAILCHIMP_API_KEY=${rand("mc-1", 32, HEX)}-us21`, `mailchimp.set_config({"api_key": "${rand("mc-2", 32, HEX)}-us6", "server": "us6"})`],
			silent: ["MAILCHIMP_API_KEY=<api-key>-us21", "MAILCHIMP_SERVER_PREFIX=us21"]
		}
	},
	{
		id: "datadog-api-key",
		title: "Datadog API or application key",
		description: "A Datadog API key (32 hex) or application key (40 hex) next to a Datadog name; app keys read dashboards and logs.",
		regex: keyedRegex("(?:datadog|dd)[_-]?(?:api|app(?:lication)?)[_-]?key|datadog", "[a-f0-9]{40}|[a-f0-9]{32}"),
		verify: NOT_WORDS,
		keywords: [
			"datadog",
			"dd_api",
			"dd_app",
			"dd-api",
			"dd-app"
		],
		minEntropy: 3,
		remediation: "Revoke the key in Datadog Organization settings (API keys / Application keys).",
		samples: {
			fire: [
				`DD_API_KEY=${rand("dd-1", 32, HEX)}`,
				`  DD_APP_KEY: "${rand("dd-2", 40, HEX)}"`,
				`datadog_api_key = "${rand("dd-3", 32, HEX)}"`
			],
			silent: ["DD_API_KEY=${DD_API_KEY}", "DD_SITE=datadoghq.eu"]
		}
	},
	{
		id: "shopify-token",
		title: "Shopify access token or shared secret",
		description: "A Shopify Admin API access token (shpat_), custom-app (shpca_), private-app (shppa_) token or shared secret (shpss_).",
		regex: tokenRegex("shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"),
		keywords: [
			"shpat_",
			"shpca_",
			"shppa_",
			"shpss_"
		],
		minEntropy: 3,
		remediation: "Uninstall/reinstall the custom app or rotate the token in the Shopify admin (Apps → Develop apps).",
		samples: {
			fire: [`SHOPIFY_ACCESS_TOKEN=shpat_${rand("shp-1", 32, HEX)}`, `headers = {"X-Shopify-Access-Token": "shpat_${rand("shp-2", 32, HEX)}"}`],
			silent: ["SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "headers = {\"X-Shopify-Access-Token\": os.environ[\"SHOPIFY_TOKEN\"]}"]
		}
	},
	{
		id: "discord-bot-token",
		title: "Discord bot token",
		description: "A Discord bot token (three dot-separated base64 parts) in a file that uses Discord; it logs in as the bot.",
		regex: tokenRegex("[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}"),
		keywords: ["discord"],
		minEntropy: 3.5,
		remediation: "Reset the token in the Discord Developer Portal (Bot → Reset Token).",
		samples: {
			fire: [`DISCORD_TOKEN=MT${rand("dc-1a", 24)}.${rand("dc-1b", 6, B64URL)}.${rand("dc-1c", 38, B64URL)}`, `client.run("MT${rand("dc-2a", 24)}.${rand("dc-2b", 6, B64URL)}.${rand("dc-2c", 38, B64URL)}")  # discord.py`],
			silent: ["client.run(os.environ[\"DISCORD_TOKEN\"])  # discord.py", "DISCORD_TOKEN=your-discord-bot-token"]
		}
	},
	{
		id: "discord-webhook-url",
		title: "Discord webhook URL",
		description: "A Discord webhook URL; whoever has it can post into the channel as the webhook.",
		regex: /discord(?:app)?\.com\/api\/webhooks\/(?<secret>\d{17,20}\/[A-Za-z0-9_-]{60,70})(?![\w-])/g,
		keywords: ["discord.com/api/webhooks", "discordapp.com/api/webhooks"],
		minEntropy: 3.5,
		remediation: "Delete the webhook in the channel’s Integrations settings and create a new one kept in a secret store.",
		samples: {
			fire: [`DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/1${rand("dwh-1a", 18, DIGITS)}/${rand("dwh-1b", 68, B64URL)}`, `requests.post("https://discordapp.com/api/webhooks/9${rand("dwh-2a", 17, DIGITS)}/${rand("dwh-2b", 68, B64URL)}", json=payload)`],
			silent: ["url = f\"https://discord.com/api/webhooks/{webhook_id}/{webhook_token}\"", "DISCORD_WEBHOOK_URL=os.getenv(\"DISCORD_WEBHOOK_URL\")"]
		}
	},
	{
		id: "telegram-bot-token",
		title: "Telegram bot token",
		description: "A Telegram Bot API token (bot id, colon, 35 characters starting AA) in a file that uses Telegram.",
		regex: /(?<![\w-](?<!bot|\\[nrt]))\d{8,10}:AA[A-Za-z0-9_-]{33}(?![\w-])/g,
		keywords: [
			"telegram",
			"telebot",
			"aiogram",
			"bot_token",
			"bottoken"
		],
		minEntropy: 3.5,
		remediation: "Revoke the token with @BotFather (/revoke) and read it from TELEGRAM_BOT_TOKEN.",
		samples: {
			fire: [
				`TELEGRAM_BOT_TOKEN=7${rand("tg-1a", 9, DIGITS)}:AA${rand("tg-1b", 33, B64URL)}`,
				`bot = telebot.TeleBot("6${rand("tg-2a", 9, DIGITS)}:AA${rand("tg-2b", 33, B64URL)}")`,
				`url = f"https://api.telegram.org/bot5${rand("tg-3a", 9, DIGITS)}:AA${rand("tg-3b", 33, B64URL)}/sendMessage"`
			],
			silent: ["bot = telebot.TeleBot(os.environ[\"TELEGRAM_BOT_TOKEN\"])", "TELEGRAM_BOT_TOKEN=123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ"]
		}
	},
	{
		id: "notion-token",
		title: "Notion integration token",
		description: "A Notion internal integration token (ntn_... or the older secret_...) that reads and edits the shared pages.",
		regex: tokenRegex("(?:secret_[A-Za-z0-9]{43}|ntn_\\d{11}[A-Za-z0-9]{35})"),
		keywords: ["secret_", "ntn_"],
		minEntropy: 3.5,
		remediation: "Refresh the integration secret under Notion Settings → Integrations and read it from NOTION_TOKEN.",
		samples: {
			fire: [`NOTION_TOKEN=secret_${rand("notion-1", 43)}`, `notion = Client(auth="ntn_${rand("notion-2a", 11, DIGITS)}${rand("notion-2b", 35)}")`],
			silent: ["notion = Client(auth=os.environ[\"NOTION_TOKEN\"])", "secret_manager = secretmanager.SecretManagerServiceClient()"]
		}
	},
	{
		id: "linear-api-key",
		title: "Linear API key",
		description: "A Linear personal API key (lin_api_...) that reads and writes issues as its owner.",
		regex: tokenRegex("lin_api_[A-Za-z0-9]{40}"),
		keywords: ["lin_api_"],
		minEntropy: 3.5,
		remediation: "Revoke the key in Linear Settings → Security & access → Personal API keys.",
		samples: {
			fire: [`LINEAR_API_KEY=lin_api_${rand("lin-1", 40)}`, `const linear = new LinearClient({ apiKey: "lin_api_${rand("lin-2", 40)}" });`],
			silent: ["const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });", "LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
		}
	},
	{
		id: "atlassian-api-token",
		title: "Atlassian (Jira, Confluence) API token",
		description: "An Atlassian API token (ATATT3..., or 24 characters next to a Jira/Confluence name) that acts as the user.",
		regex: new RegExp(`${LEFT}ATATT3[A-Za-z0-9_=-]{180,200}${RIGHT}|(?:jira|confluence|atlassian)[\\w.()-]{0,30}?${ASSIGN}(?<secret>[A-Za-z0-9]{24})${RIGHT}`, "gi"),
		keywords: [
			"atatt3",
			"jira",
			"confluence",
			"atlassian"
		],
		verify: NOT_WORDS,
		minEntropy: 3.5,
		remediation: "Revoke the token at the Atlassian account security page (API tokens).",
		samples: {
			fire: [`JIRA_API_TOKEN=ATATT3xFfGF0${rand("atl-1a", 170, B64URL)}=${rand("atl-1b", 8, HEX).toUpperCase()}`, `  confluence_token: "${rand("atl-2", 24)}"`],
			silent: ["JIRA_API_TOKEN=<atlassian-api-token>", "jira_url = \"https://acme.atlassian.net\""]
		}
	},
	{
		id: "sentry-auth-token",
		title: "Sentry auth token",
		description: "A Sentry organization (sntrys_) or user (sntryu_) auth token that uploads releases and reads issues.",
		regex: tokenRegex("(?:sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64})"),
		keywords: ["sntrys_", "sntryu_"],
		minEntropy: 3.5,
		remediation: "Revoke the token in Sentry Settings → Auth Tokens (or Organization Tokens).",
		samples: {
			fire: [`SENTRY_AUTH_TOKEN=sntrys_eyJ${rand("sentry-1", 150, B64URL)}`, `sentry_token = "sntryu_${rand("sentry-2", 64, HEX)}"`],
			silent: [`SENTRY_DSN=https://${rand("sentry-3", 32, HEX)}@o450123.ingest.sentry.io/4504`, "SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}"]
		}
	},
	{
		id: "postman-api-key",
		title: "Postman API key",
		description: "A Postman API key (PMAK-...) with access to the owner’s collections, environments and their stored secrets.",
		regex: tokenRegex("PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
		keywords: ["pmak-"],
		minEntropy: 3,
		remediation: "Revoke the key in Postman Settings → API keys.",
		samples: {
			fire: [`POSTMAN_API_KEY=PMAK-${rand("pmak-1a", 24, HEX)}-${rand("pmak-1b", 34, HEX)}`, `headers = {"X-Api-Key": "PMAK-${rand("pmak-2a", 24, HEX)}-${rand("pmak-2b", 34, HEX)}"}`],
			silent: ["POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "collection = \"api.postman_collection.json\""]
		}
	},
	{
		id: "newrelic-user-key",
		title: "New Relic user API key",
		description: "A New Relic user key (NRAK-...) that queries and configures the account through NerdGraph.",
		regex: tokenRegex("NRAK-[A-Z0-9]{27}"),
		keywords: ["nrak-"],
		minEntropy: 3,
		remediation: "Delete the key in New Relic (API keys UI) and create a new one stored as a secret.",
		samples: {
			fire: [`NEW_RELIC_API_KEY=NRAK-${rand("nrak-1", 27, UPPER_ALNUM)}`, `  newrelic_user_key: "NRAK-${rand("nrak-2", 27, UPPER_ALNUM)}"`],
			silent: ["NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}", "NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX"]
		}
	},
	{
		id: "grafana-token",
		title: "Grafana service account or Cloud token",
		description: "A Grafana service-account token (glsa_) or Grafana Cloud access-policy token (glc_) for dashboards and data sources.",
		regex: tokenRegex("(?:glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}|glc_eyJ[A-Za-z0-9+/=_-]{60,400})"),
		keywords: ["glsa_", "glc_"],
		minEntropy: 3.5,
		remediation: "Delete the token in Grafana (Administration → Service accounts) or the Grafana Cloud access policy.",
		samples: {
			fire: [`GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_${rand("glsa-1a", 32)}_${rand("glsa-1b", 8, HEX)}`, `  grafana_cloud_token: "glc_eyJ${rand("glc-1", 120, B64URL)}"`],
			silent: ["GRAFANA_TOKEN=glsa_...", "GRAFANA_URL=http://localhost:3000"]
		}
	}
];
// src/secrets/catalog/index.ts
/**
* Every detector, most specific first. Order is precedence: when two findings overlap, the one
* listed earlier wins (a GCP service-account key beats the bare PEM block inside it, a database URL
* beats the generic URL rule, anything beats the generic assignment rule). Framework keys and
* credential files come after the provider formats (an `npm_` token in an .npmrc is an npm token)
* and before the key, JWT and URL detectors (a kubeconfig token is reported as a kubeconfig
* credential, a .git-credentials line as a git credential).
*/
var SECRET_DETECTORS = [
	...AI_PROVIDER_DETECTORS,
	...CLOUD_DETECTORS,
	...CODE_HOSTING_DETECTORS,
	...SAAS_DETECTORS,
	...FRAMEWORK_DETECTORS,
	...CREDENTIAL_FILE_DETECTORS,
	...CRYPTO_AND_URL_DETECTORS,
	...GENERIC_DETECTORS
];
// src/secrets/concatenation.ts
function concatLanguageOf(path) {
	if (path === void 0) return void 0;
	const language = languageOf(path);
	return language === "python" ? "python" : language === "other" ? void 0 : "js";
}
var PYTHON_PLAIN_PREFIXES = /* @__PURE__ */ new Set([
	"",
	"r",
	"u"
]);
var PYTHON_PREFIXES = /* @__PURE__ */ new Set([
	"",
	"r",
	"u",
	"b",
	"f",
	"br",
	"rb",
	"fr",
	"rf"
]);
function isIdentifierChar(code) {
	return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 36 || code > 127;
}
/** End (one past the closing quote) of a one-line literal opened at `open`, or -1 when it is unterminated. */
function closeOfLine(text, open, quote) {
	for (let i = open + 1; i < text.length; i++) {
		const c = text[i];
		if (c === "\\") i++;
		else if (c === quote) return i + 1;
		else if (c === "\n") return -1;
	}
	return -1;
}
/** End of a literal that may span lines (triple quotes, template literals), or the text's end. */
function closeOfBlock(text, from, closer) {
	for (let i = from; i < text.length; i++) if (text[i] === "\\") i++;
	else if (text.startsWith(closer, i)) return i + closer.length;
	return text.length;
}
/**
* Every run of two or more plain literals joined by `+` (or, in Python, by nothing but space,
* line breaks and comments). Literals with interpolation (f-strings, `${}` templates), bytes and
* triple-quoted blocks break a run; so does a literal that is the operand of something tighter
* than `+` (`"b".upper()`, `"b" * 3`, `"b"[0]`).
*/
function concatenatedRuns(text, language) {
	const runs = [];
	let run = [];
	let afterPiece = false;
	let sawPlus = false;
	const flush = () => {
		if (run.length >= 2) {
			runs.push(run);
			run = [];
		} else if (run.length > 0) run.length = 0;
		afterPiece = false;
		sawPlus = false;
	};
	const addPiece = (piece) => {
		if (!(afterPiece && (sawPlus || language === "python"))) flush();
		run.push(piece);
		afterPiece = true;
		sawPlus = false;
	};
	/** A token that is not a plain literal; a tighter operator right after a literal takes it out of the run. */
	const other = (c) => {
		if (afterPiece && !sawPlus && (c === "." || c === "[" || c === "(" || c === "*" || c === "%" || c === "@")) run.pop();
		flush();
	};
	let i = 0;
	const n = text.length;
	while (i < n) {
		const c = text[i];
		const code = text.charCodeAt(i);
		if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "\f" || c === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
			i += c === "\\" ? 2 : 1;
			continue;
		}
		if (c === "+") {
			if (afterPiece && !sawPlus && text[i + 1] !== "=" && text[i + 1] !== "+") sawPlus = true;
			else flush();
			i++;
			continue;
		}
		if (language === "python" && c === "#") {
			const newline = text.indexOf("\n", i);
			i = newline < 0 ? n : newline;
			continue;
		}
		if (language === "js" && c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
			const close = text[i + 1] === "/" ? text.indexOf("\n", i) : text.indexOf("*/", i + 2);
			i = close < 0 ? n : text[i + 1] === "/" ? close : close + 2;
			continue;
		}
		if (isIdentifierChar(code)) {
			let j = i + 1;
			while (j < n && isIdentifierChar(text.charCodeAt(j))) j++;
			const prefix = language === "python" && (text[j] === "\"" || text[j] === "'") ? text.slice(i, j).toLowerCase() : void 0;
			if (prefix !== void 0 && PYTHON_PREFIXES.has(prefix)) i = pythonLiteral(i, j, prefix);
			else {
				other(c);
				i = j;
			}
			continue;
		}
		if (c === "\"" || c === "'") {
			i = language === "python" ? pythonLiteral(i, i, "") : jsQuoted(i);
			continue;
		}
		if (c === "`" && language === "js") {
			const end = closeOfBlock(text, i + 1, "`");
			const body = text.slice(i + 1, end - 1);
			if (end - 1 > i && text[end - 1] === "`" && !body.includes("${")) addPiece({
				start: i,
				end,
				contentStart: i + 1,
				contentEnd: end - 1
			});
			else other(c);
			i = end;
			continue;
		}
		other(c);
		i++;
	}
	flush();
	return runs;
	/** A Python literal whose prefix starts at `start` and quote at `open`; returns where to go on. */
	function pythonLiteral(start, open, prefix) {
		const quote = text[open];
		if (text.startsWith(quote.repeat(3), open)) {
			other(quote);
			return closeOfBlock(text, open + 3, quote.repeat(3));
		}
		const end = closeOfLine(text, open, quote);
		if (end < 0) {
			other(quote);
			return lineEnd(open);
		}
		if (PYTHON_PLAIN_PREFIXES.has(prefix)) addPiece({
			start,
			end,
			contentStart: open + 1,
			contentEnd: end - 1
		});
		else other(quote);
		return end;
	}
	/** An unterminated literal ends at its line, as the language's own tokenizer decides; never rescan the line. */
	function lineEnd(from) {
		const newline = text.indexOf("\n", from);
		return newline < 0 ? n : newline;
	}
	function jsQuoted(open) {
		const end = closeOfLine(text, open, text[open]);
		if (end < 0) {
			other(text[open]);
			return lineEnd(open);
		}
		addPiece({
			start: open,
			end,
			contentStart: open + 1,
			contentEnd: end - 1
		});
		return end;
	}
}
// src/secrets/prefilter.ts
/**
* Keyword prefilter: one pass over the text tells which detector keywords occur, so only those
* detectors' regexes run. Aho-Corasick compiled to a DFA over ASCII, with case folding built into the
* transition table, so the text is never lower-cased or copied.
*
* Measured on 22 MB of ordinary JS/TS/JSON/Markdown in 20 KB files, 149 keywords (Node 20, the shared
* 2-core box under load, best of 5; the ratios held across runs):
*   - this automaton (Uint16 table):                       ~300-390 MB/s
*   - toLowerCase() + one combined /kw1|kw2|…/g exec loop:  ~60 MB/s (`key`, `token`, `sk` match
*     thousands of times per file, and each exec allocates a result)
*   - one combined /…/gi on the raw text:                   ~40-60 MB/s
*   - toLowerCase() + String#includes per keyword:          ~8 MB/s (149 passes over the text)
*/
var KeywordPrefilter = class {
	/** Full transition table: `delta[state * 128 + asciiCode]`. */
	delta;
	/** Keyword ids ending at each state (failure links followed): `outIds[outStart[s] .. outStart[s + 1])`. */
	outStart;
	outIds;
	/** 1 for states with any output; copied per scan and cleared once a state's keywords are all seen. */
	hasOutput;
	keywordCount;
	constructor(keywords) {
		this.keywordCount = keywords.length;
		const goto = [/* @__PURE__ */ new Map()];
		const out = [[]];
		keywords.forEach((keyword, id) => {
			let state = 0;
			for (const ch of keyword.toLowerCase()) {
				const code = ch.charCodeAt(0);
				if (code >= 128) throw new Error(`prefilter keywords must be ASCII: ${keyword}`);
				let next = goto[state].get(code);
				if (next === void 0) {
					next = goto.length;
					goto.push(/* @__PURE__ */ new Map());
					out.push([]);
					goto[state].set(code, next);
				}
				state = next;
			}
			out[state].push(id);
		});
		const states = goto.length;
		const fail = new Int32Array(states);
		if (states > 65535) throw new Error("prefilter: too many keyword states");
		const delta = new Uint16Array(states * 128);
		const queue = [];
		for (let c = 0; c < 128; c++) {
			const next = goto[0].get(c);
			if (next !== void 0) {
				delta[c] = next;
				queue.push(next);
			}
		}
		for (let head = 0; head < queue.length; head++) {
			const state = queue[head];
			const f = fail[state];
			out[state] = [...out[state], ...out[f]];
			delta.copyWithin(state * 128, f * 128, f * 128 + 128);
			for (const [c, next] of goto[state]) {
				fail[next] = delta[f * 128 + c];
				delta[state * 128 + c] = next;
				queue.push(next);
			}
		}
		for (let state = 0; state < states; state++) for (let c = 65; c <= 90; c++) delta[state * 128 + c] = delta[state * 128 + (c | 32)];
		this.delta = delta;
		this.outStart = new Int32Array(states + 1);
		const flat = [];
		this.hasOutput = new Uint8Array(states);
		for (let state = 0; state < states; state++) {
			this.outStart[state] = flat.length;
			flat.push(...out[state]);
			if (out[state].length > 0) this.hasOutput[state] = 1;
		}
		this.outStart[states] = flat.length;
		this.outIds = Int32Array.from(flat);
	}
	/** Which keywords (by index in the constructor's list) occur in `text`, case-insensitively. */
	scan(text) {
		const found = new Uint8Array(this.keywordCount);
		const { delta, outStart, outIds } = this;
		const pending = this.hasOutput.slice();
		let remaining = this.keywordCount;
		let state = 0;
		for (let i = 0, n = text.length; i < n; i++) {
			const c = text.charCodeAt(i);
			if (c >= 128) {
				state = 0;
				continue;
			}
			state = delta[state << 7 | c];
			if (pending[state] === 1) {
				pending[state] = 0;
				for (let j = outStart[state], end = outStart[state + 1]; j < end; j++) {
					const id = outIds[j];
					if (found[id] === 0) {
						found[id] = 1;
						if (--remaining === 0) return found;
					}
				}
			}
		}
		return found;
	}
};
// src/secrets/scan.ts
var COMPILED = SECRET_DETECTORS.map((detector, rank) => {
	const flags = detector.regex.flags;
	if (!flags.includes("g")) throw new Error(`secret detector ${detector.id}: regex needs the g flag`);
	return {
		detector,
		rank,
		regex: new RegExp(detector.regex.source, flags.includes("d") ? flags : `${flags}d`)
	};
});
/** Detectors scoped to credential files by name: they skip the keyword pass. */
var PATH_SCOPED = COMPILED.filter((c) => c.detector.paths !== void 0);
for (const { detector } of PATH_SCOPED) if (detector.keywords.length > 0) throw new Error(`secret detector ${detector.id}: a detector scoped by paths takes no keywords`);
var KEYWORDS = [...new Set(COMPILED.flatMap((c) => c.detector.keywords))];
var DETECTORS_BY_KEYWORD = KEYWORDS.map((keyword) => COMPILED.filter((c) => c.detector.keywords.includes(keyword)).map((c) => c.rank));
var PREFILTER = new KeywordPrefilter(KEYWORDS);
/** Ranks of the detectors that only guess: skipped by `structuredOnly` scans. */
var GUESSING = new Uint8Array(COMPILED.map(({ detector }) => detector.fallback || detector.skipInTestsAndDocs ? 1 : 0));
/** Ranks of the detectors whose keywords occur in `text` or whose `paths` name the file, in catalog order. */
function activeDetectors(text, path, structuredOnly) {
	const found = PREFILTER.scan(text);
	const active = new Uint8Array(COMPILED.length);
	for (let k = 0; k < found.length; k++) if (found[k] === 1) for (const rank of DETECTORS_BY_KEYWORD[k]) active[rank] = 1;
	if (path !== void 0) {
		for (const { detector, rank } of PATH_SCOPED) if (detector.paths.test(path)) active[rank] = 1;
	}
	const ranks = [];
	for (let rank = 0; rank < active.length; rank++) if (active[rank] && !(structuredOnly && GUESSING[rank])) ranks.push(rank);
	return ranks;
}
function accepted(detector, secret, match, text, path) {
	if (detector.minEntropy !== void 0 && shannonEntropy(secret) < detector.minEntropy) return false;
	if (detector.allowlist?.some((re) => re.test(secret))) return false;
	if (detector.verify && !detector.verify(secret, match, text, path)) return false;
	return detector.ownPlaceholderCheck === true || !isPlaceholder(secret);
}
/** Index of the first span whose start is >= `start` (spans sorted by start). */
function lowerBound(spans, start) {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = lo + hi >>> 1;
		if (spans[mid][0] < start) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/** Non-overlapping spans kept sorted by start, so an overlap test only looks at the two neighbours. */
var DisjointSpans = class {
	spans = [];
	tryAdd(start, end) {
		const i = lowerBound(this.spans, start);
		const before = this.spans[i - 1];
		const after = this.spans[i];
		if (before && before[1] > start || after && after[0] < end) return false;
		this.spans.splice(i, 0, [start, end]);
		return true;
	}
};
/** Spans that may overlap each other; answers "does anything overlap [start, end)?". */
function overlapIndex(spans) {
	spans.sort((a, b) => a[0] - b[0]);
	const maxEnd = [];
	let running = -1;
	for (const span of spans) maxEnd.push(running = Math.max(running, span[1]));
	return (start, end) => {
		const i = lowerBound(spans, end) - 1;
		return i >= 0 && maxEnd[i] > start;
	};
}
/**
* Every hardcoded secret in `text`, sorted by start offset, without duplicates or overlaps. When
* two detectors claim overlapping text the more specific one (earlier in the catalog) wins, and a
* fallback detector stays silent where a specific one matched and rejected the value. `path` is the
* file's POSIX path relative to the audited root; without it, detectors scoped to credential files
* by name do not run.
*/
function scanSecrets(text, path, options = {}) {
	const structuredOnly = options.structuredOnly === true;
	const direct = scanLiteralText(text, path, structuredOnly);
	const joined = joinedSecrets(text, path, structuredOnly);
	if (joined.length === 0) return direct;
	const covered = overlapIndex(joined.map((match) => [match.start, match.end]));
	return [...direct.filter((match) => !covered(match.start, match.end)), ...joined].sort((a, b) => a.start - b.start);
}
/** A joined value shorter than this holds no credential worth scanning for. */
var MIN_JOINED_LENGTH = 16;
/** How much of the line before a run is kept, so name-keyed detectors (`api_key = ...`) still see the name. */
var MAX_JOINED_CONTEXT = 80;
/**
* Secrets split over concatenated literals (`"sk-proj-" + "…"`). Every run is rebuilt as one line
* `<context before the run>"<joined value>"`, all runs are scanned in one pass, and a match counts
* only when it crosses a literal boundary (inside one literal the direct scan already judged it).
*/
function joinedSecrets(text, path, structuredOnly) {
	const language = concatLanguageOf(path);
	if (language === void 0 || !text.includes("+") && language !== "python") return [];
	const segments = [];
	let synthetic = "";
	for (const pieces of concatenatedRuns(text, language)) {
		let length = 0;
		for (const piece of pieces) length += piece.contentEnd - piece.contentStart;
		if (length < MIN_JOINED_LENGTH) continue;
		const first = pieces[0];
		const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
		const context = text.slice(Math.max(lineStart, first.start - MAX_JOINED_CONTEXT), first.start).replace(/\r/g, " ");
		const offsets = [];
		let value = "";
		for (const piece of pieces) {
			offsets.push(value.length);
			value += text.slice(piece.contentStart, piece.contentEnd);
		}
		synthetic += `${context}"`;
		segments.push({
			valueStart: synthetic.length,
			pieces,
			offsets
		});
		synthetic += `${value.replace(/[\r\n]/g, " ")}"\n`;
	}
	if (segments.length === 0) return [];
	const results = [];
	let s = 0;
	for (const match of scanLiteralText(synthetic, path, structuredOnly)) {
		while (s + 1 < segments.length && segments[s + 1].valueStart <= match.start) s++;
		const { valueStart, pieces, offsets } = segments[s];
		const from = match.start - valueStart;
		const to = match.end - valueStart;
		if (from < 0) continue;
		const first = pieceAt(offsets, from);
		const last = pieceAt(offsets, to - 1);
		if (first === last) continue;
		const lastPiece = pieces[last];
		if (to > offsets[last] + (lastPiece.contentEnd - lastPiece.contentStart)) continue;
		results.push({
			...match,
			start: pieces[first].start,
			end: lastPiece.end,
			joinedPieces: last - first + 1
		});
	}
	return results;
}
/** Index of the piece holding joined offset `offset` (offsets sorted, first is 0). */
function pieceAt(offsets, offset) {
	let lo = 0;
	let hi = offsets.length - 1;
	while (lo < hi) {
		const mid = lo + hi + 1 >>> 1;
		if (offsets[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}
/** The catalog over `text` as it is. */
function scanLiteralText(text, path, structuredOnly) {
	if (text.length === 0) return [];
	const candidates = [];
	const vetoes = [];
	for (const rank of activeDetectors(text, path, structuredOnly)) {
		const { detector, regex } = COMPILED[rank];
		regex.lastIndex = 0;
		let match;
		while ((match = regex.exec(text)) !== null) {
			if (match[0].length === 0) {
				regex.lastIndex++;
				continue;
			}
			if (detector.context && !detector.context(match, text, path)) continue;
			const [start, end] = match.indices?.groups?.["secret"] ?? match.indices?.[0] ?? [match.index, match.index + match[0].length];
			const secret = text.slice(start, end);
			if (accepted(detector, secret, match, text, path)) candidates.push({
				detectorId: detector.id,
				start,
				end,
				secret,
				rank,
				fallback: detector.fallback === true
			});
			else if (!detector.fallback) vetoes.push([start, end]);
		}
	}
	if (candidates.length === 0) return [];
	const vetoed = overlapIndex(vetoes);
	candidates.sort((a, b) => a.rank - b.rank || a.start - b.start);
	const taken = new DisjointSpans();
	const results = [];
	for (const c of candidates) {
		if (c.fallback && vetoed(c.start, c.end)) continue;
		if (!taken.tryAdd(c.start, c.end)) continue;
		results.push({
			detectorId: c.detectorId,
			start: c.start,
			end: c.end,
			secret: c.secret
		});
	}
	return results.sort((a, b) => a.start - b.start);
}
export { replaceSpans as a, redactPii as c, redactSecret as i, SECRET_DETECTORS as n, scanPii as o, shannonEntropy as r, scanShippedPii as s, scanSecrets as t };
