/**
 * CODEOWNERS, as GitHub and GitLab read it: who owns a path. GitHub: the last matching line wins. GitLab: the
 * same within each `[Section]`, and the owners of every section that matches are combined; a section heading
 * may name default owners for its lines that name none. Patterns follow gitignore rules with GitHub's
 * exceptions: no `!` negation and no `[...]` ranges, and `docs/*` owns the files directly in docs/ only.
 *
 * https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners
 * https://docs.gitlab.com/user/project/codeowners/reference/
 */

/** Where GitHub and GitLab look, in GitHub's order; the first that exists is the file. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'] as const;

interface OwnerRule {
  readonly pattern: RegExp;
  readonly owners: readonly string[];
}

interface Section {
  readonly name: string;
  readonly rules: OwnerRule[];
}

export interface Codeowners {
  /** The owners of a POSIX path relative to the repository root (no leading slash); empty when nobody owns it. */
  ownersOf(path: string): string[];
}

/** A line's pattern as a regular expression over a repository-relative path, or undefined for what GitHub ignores. */
export function patternRegExp(raw: string): RegExp | undefined {
  let pattern = raw.replace(/\\#/g, '#').replace(/\\ /g, ' ');
  if (pattern.startsWith('!') || /\[[^\]]*\]/.test(pattern)) return undefined;
  const directoryOnly = pattern.endsWith('/');
  if (directoryOnly) pattern = pattern.slice(0, -1);
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  pattern = pattern.replace(/^\//, '');
  if (pattern === '' || pattern === '**') return /^.*$/;
  let body = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*' && pattern[index + 1] === '*') {
      const slashAfter = pattern[index + 2] === '/';
      body += slashAfter ? '(?:.*/)?' : '.*';
      index += slashAfter ? 2 : 1;
    } else if (char === '*') body += '[^/]*';
    else if (char === '?') body += '[^/]';
    else body += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const lastSegment = pattern.slice(pattern.lastIndexOf('/') + 1);
  // A folder owns what is inside it; `docs/*` owns only the files directly in docs/ (GitHub's documented exception).
  const contents = directoryOnly ? '/.*' : /[*?]/.test(lastSegment) ? '' : '(?:/.*)?';
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${contents}$`);
}

const SECTION = /^\^?\[([^\]]+)\](?:\[\d+\])?\s*(.*)$/;

/** Parses a CODEOWNERS file; lines it cannot use are skipped, as GitHub and GitLab skip them. */
export function parseCodeowners(text: string): Codeowners {
  const sections: Section[] = [{ name: '', rules: [] }];
  let current = sections[0]!;
  let defaults: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const heading = SECTION.exec(line);
    if (heading && !line.includes('/', line.indexOf(']'))) {
      const name = heading[1]!.trim().toLowerCase();
      defaults = ownersIn(heading[2] ?? '');
      // Sections of the same name (any case) are one section: a second heading adds to the first.
      const existing = sections.find((section) => section.name === name);
      current = existing ?? { name, rules: [] };
      if (!existing) sections.push(current);
      continue;
    }
    const [pattern = '', ...rest] = splitUnescaped(line);
    const regex = patternRegExp(pattern);
    if (!regex) continue;
    const owners = ownersIn(rest.join(' '));
    current.rules.push({ pattern: regex, owners: owners.length > 0 ? owners : defaults });
  }
  return {
    ownersOf(path: string): string[] {
      const found: string[] = [];
      for (const section of sections) {
        const last = section.rules.findLast((rule) => rule.pattern.test(path));
        for (const owner of last?.owners ?? []) if (!found.includes(owner)) found.push(owner);
      }
      return found;
    },
  };
}

/** `@user`, `@org/team`, `@@role` (GitLab) and e-mail addresses; a `#` starts a comment (GitHub). */
function ownersIn(text: string): string[] {
  const beforeComment = text.split(/\s#/)[0] ?? '';
  return beforeComment.split(/\s+/).filter((word) => /^@{1,2}[\w.-]+(\/[\w.-]+)*$|^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(word));
}

/** Splits on whitespace not escaped with a backslash (`docs/my\ file.md`). */
function splitUnescaped(line: string): string[] {
  return line.split(/(?<!\\)\s+/).filter(Boolean);
}
