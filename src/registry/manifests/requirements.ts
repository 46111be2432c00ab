import { normalizePypiName } from './names.js';
import { parseRequirement, pinOf } from './pep508.js';
import { emptyResult, type Dependency, type ManifestResult } from './types.js';

/** pip's requirement-file grammar (pip/_internal/req/req_file.py): options pip accepts in a file. */
const VALUE_OPTIONS = new Map<string, string>([
  ['-r', 'requirement'], ['--requirement', 'requirement'],
  ['-c', 'constraint'], ['--constraint', 'constraint'],
  ['-e', 'editable'], ['--editable', 'editable'],
  ['-i', 'index-url'], ['--index-url', 'index-url'],
  ['--extra-index-url', 'extra-index-url'],
  ['-f', 'other'], ['--find-links', 'other'], ['--trusted-host', 'other'],
  ['--no-binary', 'other'], ['--only-binary', 'other'], ['--use-feature', 'other'],
]);
const FLAG_OPTIONS = new Set(['--no-index', '--pre', '--prefer-binary', '--require-hashes']);
/** Options allowed after a requirement on the same line. */
const PER_REQUIREMENT = new Set(['--hash', '--config-settings', '--global-option', '--build-option', '--install-option']);

/** A `#` at the start or after whitespace begins a comment (a lookbehind keeps it linear on long blank runs). */
const COMMENT_START = /(?<!\S)#/;
/** A marker's `;` needs whitespace before it (PEP 508). */
const MARKER_SEPARATOR = /(?<=\s);/;
const URL_LIKE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|(?:git|hg|svn|bzr)\+|file:)/;
const ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;

interface LogicalLine {
  line: number;
  text: string;
}

/** Joins `\` continuations like pip: the joined line keeps the first physical line's number. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let pending: string[] = [];
  let first = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const isComment = /^\s*#/.test(raw);
    if (raw.endsWith('\\') && !isComment) {
      if (pending.length === 0) first = i + 1;
      pending.push(raw.slice(0, -1));
      return;
    }
    if (pending.length > 0) {
      // A comment line ends the continuation (pip prefixes it with a space so it is stripped).
      pending.push(isComment ? ` ${raw}` : raw);
      out.push({ line: first, text: pending.join('') });
      pending = [];
    } else out.push({ line: i + 1, text: raw });
  });
  if (pending.length > 0) out.push({ line: first, text: pending.join('') });
  return out;
}

/** Splits `--opt=value`, `--opt value`, `-rvalue`, `-r value`. */
function takeOption(tokens: string[], i: number): { opt: string; value?: string; next: number } {
  const tok = tokens[i] ?? '';
  if (tok.startsWith('--')) {
    const eq = tok.indexOf('=');
    if (eq > 0) return { opt: tok.slice(0, eq), value: tok.slice(eq + 1), next: i + 1 };
    if (FLAG_OPTIONS.has(tok)) return { opt: tok, next: i + 1 };
    return { opt: tok, value: tokens[i + 1], next: i + 2 };
  }
  if (tok.length > 2) return { opt: tok.slice(0, 2), value: tok.slice(2).replace(/^=/, ''), next: i + 1 };
  return { opt: tok, value: tokens[i + 1], next: i + 2 };
}

export function readRequirementsTxt(text: string, file: string): ManifestResult {
  const result: ManifestResult = { ...emptyResult(), includes: [] };
  const issue = (line: number, message: string): void => {
    result.issues.push({ file, line, message: `line ${line}: ${message}` });
  };

  for (const { line, text: rawLine } of logicalLines(text)) {
    const commentAt = rawLine.search(COMMENT_START);
    const content = (commentAt < 0 ? rawLine : rawLine.slice(0, commentAt)).trim();
    if (content === '') continue;
    const source = { file, line };
    const tokens = content.split(/\s+/);

    if (content.startsWith('-')) {
      for (let i = 0; i < tokens.length; ) {
        const { opt, value, next } = takeOption(tokens, i);
        i = next;
        const kind = VALUE_OPTIONS.get(opt);
        if (!kind && !FLAG_OPTIONS.has(opt)) {
          issue(line, PER_REQUIREMENT.has(opt) ? `${opt} needs a requirement before it` : `unknown option ${opt}`);
          break;
        }
        if (!kind) continue;
        if (value === undefined || value === '') {
          issue(line, `${opt} needs a value`);
          break;
        }
        if (kind === 'requirement' || kind === 'constraint') result.includes?.push({ kind, path: value, source });
        else if (kind === 'index-url' || kind === 'extra-index-url') result.indexes.push({ url: value, kind, source });
        else if (kind === 'editable') {
          result.dependencies.push({ ...directDependency(value, source), editable: true });
          // pip allows nothing but per-requirement options after an editable target.
          i = tokens.length;
        }
      }
      continue;
    }

    // pip's break_args_options: the requirement ends at the first token starting with '-'.
    const optAt = tokens.findIndex((t) => t.startsWith('-'));
    const reqText = (optAt < 0 ? tokens : tokens.slice(0, optAt)).join(' ');
    for (let i = optAt < 0 ? tokens.length : optAt; i < tokens.length; ) {
      const { opt, next } = takeOption(tokens, i);
      i = next;
      if (!PER_REQUIREMENT.has(opt)) issue(line, `option ${opt} is not allowed after a requirement`);
    }

    if (URL_LIKE.test(reqText) || /^[./~]/.test(reqText) || ARCHIVE.test(reqText.split(/[\s;]/)[0] ?? '')) {
      result.dependencies.push(directDependency(reqText, source));
      continue;
    }
    const parsed = parseRequirement(reqText);
    if (!parsed.ok) {
      issue(line, `invalid requirement: ${parsed.error}`);
      continue;
    }
    const req = parsed.value;
    const version = req.url ? undefined : pinOf(req.specifier);
    const dep: Dependency = {
      ecosystem: 'pypi',
      name: req.name,
      specifier: req.url ?? req.specifier,
      pinned: version !== undefined,
      source,
    };
    if (version !== undefined) dep.version = version;
    if (req.extras.length > 0) dep.extras = req.extras;
    if (req.marker) dep.marker = req.marker;
    if (req.url) dep.direct = true;
    result.dependencies.push(dep);
  }
  return result;
}

/**
 * A URL or path requirement (`-e .`, `git+https://…#egg=x`, `./dist/x-1.0-py3-none-any.whl`). The name comes from
 * `#egg=`, else the last path segment (archive names lose their version); `.` and other nameless paths keep the path.
 */
function directDependency(raw: string, source: { file: string; line: number }): Dependency {
  const semi = raw.search(MARKER_SEPARATOR);
  const target = (semi < 0 ? raw : raw.slice(0, semi)).trim();
  const marker = semi < 0 ? '' : raw.slice(semi + 1).trim();
  let location = target;
  let extras: string[] = [];
  const bracket = trailingExtras(target);
  if (bracket && !URL_LIKE.test(target)) {
    location = target.slice(0, bracket.index);
    extras = bracket.extras.split(',').map((e) => normalizePypiName(e.trim())).filter(Boolean);
  }
  const egg = /[#&]egg=([^&\s[]+)/.exec(location)?.[1];
  let name = egg;
  if (!name) {
    const path = withoutTrailingSlashes(location.replace(/[?#].*$/, ''));
    let last = path.slice(path.lastIndexOf('/') + 1).replace(/@[^@]*$/, '').replace(/\.git$/, '');
    if (/\.whl$/i.test(last)) last = last.split('-')[0] ?? last;
    else if (ARCHIVE.test(last)) {
      last = last.replace(ARCHIVE, '');
      const version = last.search(/-\d/);
      if (version >= 0) last = last.slice(0, version);
    }
    name = last;
  }
  const dep: Dependency = {
    ecosystem: 'pypi',
    name: name && name !== '.' && name !== '..' ? normalizePypiName(name) : location,
    specifier: location,
    pinned: false,
    direct: true,
    source,
  };
  if (extras.length > 0) dep.extras = extras;
  if (marker) dep.marker = marker;
  return dep;
}

/** `path[extra1,extra2]`: the bracket closing the text and the earliest `[` after the `]` before it. */
function trailingExtras(target: string): { index: number; extras: string } | undefined {
  if (!target.endsWith(']')) return undefined;
  const open = target.indexOf('[', target.lastIndexOf(']', target.length - 2) + 1);
  return open < 0 ? undefined : { index: open, extras: target.slice(open + 1, -1) };
}

/** Trailing `/` removed by a loop: `/\/+$/` rescans every run of slashes that is not at the end. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}
