import { hasPersonalContext, isBusinessContact, lineEndNear, lineStartNear, type ScanTarget } from './context.js';
import type { PiiMatch } from './types.js';

/**
 * Personal email addresses: any address at a consumer mail provider, or at any other domain when
 * personal context is near. Service mailboxes, reserved and placeholder domains, package metadata,
 * SSH remotes and credentials in URLs are not people.
 */

const EMAIL =
  /(?<![\w.%+\-@/])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24}))(?![\w-]|\.[A-Za-z0-9])/g;

/** Consumer providers whose name is the registrable label under any public suffix: hotmail.co.uk, yahoo.co.jp. */
const CONSUMER_LABEL =
  /^(?:gmail|googlemail|yahoo|ymail|rocketmail|outlook|hotmail|live|msn|icloud|aol|protonmail|gmx|yandex|zoho|tutanota|rediffmail|libero)\.(?:com|net|org|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/**
 * Consumer domains that do not fit the label rule. `mail.com` and `email.com` are real providers but
 * are left out: in source they are what people type for "some address" (`you@email.com`,
 * `test@mail.com`; all 20 addresses at the two domains sampled from public code on 2026-12-04 were
 * stand-ins), so they need personal context like a company domain.
 */
const CONSUMER_DOMAINS = new Set([
  'me.com', 'mac.com', 'aim.com', 'proton.me', 'pm.me', 'tuta.io', 'tutanota.de', 'mail.ru', 'bk.ru', 'inbox.ru',
  'list.ru', 'rambler.ru', 'ya.ru', 'ukr.net', 'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com',
  'sina.cn', 'sohu.com', 'aliyun.com', 'naver.com', 'daum.net', 'hanmail.net', 'web.de', 't-online.de', 'freenet.de',
  'fastmail.com', 'fastmail.fm', 'hey.com', 'gmx.de', 'comcast.net', 'verizon.net', 'att.net',
  'sbcglobal.net', 'bellsouth.net', 'cox.net', 'charter.net', 'earthlink.net', 'btinternet.com', 'sky.com',
  'virginmedia.com', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'virgilio.it', 'seznam.cz',
  'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'uol.com.br', 'bol.com.br', 'terra.com.br', 'rediff.com',
]);

function isConsumerDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return CONSUMER_DOMAINS.has(d) || CONSUMER_LABEL.test(d);
}

/** RFC 2606/6761 reserved names and the domains people type as stand-ins. */
const RESERVED_DOMAIN =
  /(?:^|\.)(?:example\.[a-z.]+|example|test|invalid|localhost|local|internal|localdomain|lan|home\.arpa)$|^example\./;
const PLACEHOLDER_DOMAINS = new Set([
  'domain.com', 'yourdomain.com', 'mydomain.com', 'company.com', 'yourcompany.com', 'mycompany.com', 'acme.com',
  'acme.org', 'acme.io', 'acme.corp', 'foo.com', 'bar.com', 'foobar.com', 'test.com', 'test.org', 'sample.com',
  'website.com', 'yoursite.com', 'mysite.com', 'email.test', 'fake.com', 'dummy.com', 'placeholder.com',
]);

/** `a@b.com`, `x@y.co`: one-letter names are stand-ins. */
const SINGLE_CHAR_LABEL = /^[a-z0-9]\.[a-z]+$/;

/** Generic TLDs we accept besides any two-letter country code; others (`self.weight`, `icon@2x.png`) are code. */
const GENERIC_TLDS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'app', 'dev', 'xyz', 'tech', 'cloud', 'online',
  'site', 'email', 'name', 'pro', 'mobi', 'blog', 'shop', 'store', 'live', 'life', 'world', 'agency', 'digital',
  'solutions', 'systems', 'services', 'network', 'studio', 'design', 'media', 'group', 'global', 'space', 'one',
  'club', 'work', 'today', 'company', 'consulting', 'health', 'care', 'clinic', 'bank', 'finance', 'law', 'legal',
  'school', 'academy', 'university', 'travel', 'family', 'social', 'team', 'page', 'zone', 'tools', 'software',
]);
/** Two-letter "TLDs" that are file extensions in code: `logo@v2.js`, `model@v3.py`. */
const CODE_EXTENSIONS = new Set(['js', 'ts', 'py', 'rb', 'sh', 'md', 'go', 'rs', 'cc', 'hh', 'mm', 'kt', 'gz', 'db']);

/** Service and role mailboxes. */
const ROLE_LOCALS = new Set([
  'noreply', 'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'do_not_reply', 'support', 'help', 'helpdesk',
  'info', 'admin', 'administrator', 'root', 'postmaster', 'hostmaster', 'webmaster', 'abuse', 'security', 'team',
  'hello', 'hi', 'contact', 'sales', 'billing', 'accounts', 'accounting', 'finance', 'privacy', 'legal', 'dpo',
  'compliance', 'press', 'media', 'marketing', 'newsletter', 'news', 'careers', 'jobs', 'hr', 'office', 'service',
  'services', 'notifications', 'notification', 'notify', 'alerts', 'alert', 'bot', 'bots', 'mailer-daemon',
  'feedback', 'dev', 'devs', 'devops', 'ops', 'engineering', 'oncall', 'on-call', 'sre', 'it', 'system', 'sysadmin',
  'bounce', 'bounces', 'reply', 'orders', 'booking', 'bookings', 'reservations', 'partners', 'events', 'community',
  'enquiries', 'inquiries', 'customerservice', 'customer-service', 'customercare', 'customer.care', 'care',
  'mail', 'email', 'git', 'github', 'gitlab', 'ci', 'build', 'deploy', 'release', 'releases', 'maintainers',
]);
const ROLE_PREFIX = /^(?:no-?reply|do-?not-?reply|bounces?[-+.]|notifications?[-+.]|alerts?[-+.])/;

/** Local parts people type when they mean "some address here". */
const PLACEHOLDER_LOCAL =
  /^(?:user(?:name)?\d*|name|your[._-]?(?:name|email|address|mail)|my[._-]?(?:name|email)|first[._-]?(?:name)?[._-]?last(?:name)?|firstname|lastname|someone|somebody|anybody|anyone|nobody|anonymous|me|email|mail|address|(?:john|jane|j)[._-]?doe\d*|foo|bar|baz|qux|foobar|x+|abc|xyz|(?:test|example|sample|demo|dummy|fake|placeholder|tester|testing)(?:[._+-]?\w*)?|([a-z])\1+)$/i;

/** Files whose addresses are authorship metadata, not data about people. */
const METADATA_FILE =
  /(?:^|\/)(?:AUTHORS|CONTRIBUTORS|MAINTAINERS|CODEOWNERS|OWNERS|NOTICE|LICEN[CS]E|COPYING|CHANGELOG|CHANGES|HISTORY|CREDITS|THANKS|ACKNOWLEDG[E]?MENTS|CODE_OF_CONDUCT|CONTRIBUTING|SECURITY|SUPPORT|GOVERNANCE|FUNDING)(?:\.(?:md|markdown|rst|txt|adoc|html))?$|(?:^|\/)(?:\.mailmap|CITATION\.cff)$/i;
/** Package manifests: every address in them is an author, maintainer or bug-report contact. */
const MANIFEST_FILE =
  /(?:^|\/)(?:pyproject\.toml|package\.json|setup\.py|setup\.cfg|Cargo\.toml|composer\.json|pom\.xml|[\w.-]+\.gemspec|[\w.-]+\.nuspec|PKG-INFO|METADATA|DESCRIPTION|Chart\.yaml|galaxy\.yml|pubspec\.yaml|bower\.json|deno\.jsonc?|jsr\.json|tree-sitter\.json|manifest\.json|plugin\.json|\.?zenodo\.json|codemeta\.json)$/i;
/**
 * Credit lines in any file: `# Author:`, reST `:author:`, `__author__`, `@author`, `author_email=`,
 * copyright headers, git trailers, code-of-conduct contacts. A JSON `"author":` key is left alone: chat fixtures use it for the sender.
 */
const CREDIT_LINE =
  /^\s*(?:#+|\/\/|\*|;|--)?\s*:?(?:authors?|maintainers?)\s*:|__(?:author|email|maintainer|credits)__|@author\b|\b(?:author|maintainer)_?e-?mail\b|\b(?:author|maintainer)s?\s*=|copyright|\(c\)\s*\d{4}|©|signed-off-by|co-authored-by|reviewed-by|reported-by|acked-by|tested-by|helped-by|code ?of ?conduct|unacceptable behaviou?r/i;
/**
 * `Jane Roe <jane@…>` is the credit format: in documents, in comments, or after "by" (`Contributed by
 * Ken Schutte <…>`). In a prompt or a fixture it stays data (`From: Dana Whitfield <…>`).
 */
const DOC_FILE = /\.(?:md|markdown|rst|adoc|txt)$/i;
const NAMED_ADDRESS = /[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+ <$/;
const BY_NAMED_ADDRESS = /\bby [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+ <$/;
/** A line that is a comment in Python, shell, YAML, JS/TS, C-style blocks, SQL or HTML. */
const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|--|;|<!--)/;
/** `__author__ = (` a few lines up: the address is part of a multi-line credit. */
const CREDIT_ABOVE = /__(?:author|credits|maintainer)__|^\s*(?:#|\/\/|\*)\s*(?:authors?|maintainers?|copyright|created by|written by)\b/im;

/** Start of the line `count` lines above the one holding `index` (each step bounded). */
function lineStartAbove(text: string, index: number, count: number): number {
  let start = lineStartNear(text, index, 200);
  for (let i = 0; i < count && start > 0; i++) start = lineStartNear(text, start - 1, 200);
  return start;
}

function lineAround(text: string, start: number, end: number): string {
  return text.slice(lineStartNear(text, start, 200), lineEndNear(text, end, 200));
}

/** `postgres://user:pw@db…`, `https://token@github.com/…`: credentials in a URL, a secret's job. */
function insideUrl(text: string, start: number): boolean {
  const from = Math.max(0, start - 300);
  for (let i = start - 1; i >= from; i--) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '"' || ch === "'" || ch === '`' || ch === '<' || ch === '(') {
      return text.slice(i + 1, start).includes('://');
    }
  }
  return text.slice(from, start).includes('://');
}

/** Authorship and maintainer credits: who wrote the code, not who the code is about. */
function isCredit(text: string, start: number, end: number, docs: boolean): boolean {
  const line = lineAround(text, start, end);
  if (CREDIT_LINE.test(line)) return true;
  const from = Math.max(lineStartAbove(text, start, 3), start - 400);
  if (CREDIT_ABOVE.test(text.slice(from, start))) return true;
  if (text[end] !== '>') return false;
  const before = text.slice(Math.max(0, start - 60), start);
  return BY_NAMED_ADDRESS.test(before) || ((docs || COMMENT_LINE.test(line)) && NAMED_ADDRESS.test(before));
}

/** An address at a company (or stand-in) domain is a person's only with personal context, and not as a business contact. */
function companyAddressOfPerson(target: ScanTarget, start: number, end: number): boolean {
  const inComment = COMMENT_LINE.test(lineAround(target.text, start, end));
  return hasPersonalContext(target, start, end, inComment) && !isBusinessContact(target, start, end, 80);
}

export function findEmails(target: ScanTarget): PiiMatch[] {
  const { text, path } = target;
  if (!text.includes('@') || METADATA_FILE.test(path) || MANIFEST_FILE.test(path)) return [];
  const docs = DOC_FILE.test(path);
  const out: PiiMatch[] = [];
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMAIL.exec(text)) !== null) {
    const local = m[1]!;
    const domain = m[2]!.toLowerCase();
    const tld = m[3]!.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (tld.length === 2 ? CODE_EXTENSIONS.has(tld) : !GENERIC_TLDS.has(tld)) continue;
    if (RESERVED_DOMAIN.test(domain) || PLACEHOLDER_DOMAINS.has(domain) || SINGLE_CHAR_LABEL.test(domain)) continue;
    const lowerLocal = local.toLowerCase();
    const base = lowerLocal.split('+')[0]!;
    if (ROLE_LOCALS.has(base) || ROLE_PREFIX.test(lowerLocal) || PLACEHOLDER_LOCAL.test(base)) continue;
    // `git@github.com:org/repo.git` and other scp-style SSH targets.
    if (text[end] === ':' && /[\w/~]/.test(text[end + 1] ?? '')) continue;
    if (insideUrl(text, start)) continue;
    if (isCredit(text, start, end, docs)) continue;
    if (!isConsumerDomain(domain) && !companyAddressOfPerson(target, start, end)) continue;
    out.push({ kind: 'personal-email', start, end, value: m[0] });
  }
  return out;
}
