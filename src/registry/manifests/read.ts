import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { readPackageJson } from './package-json.js';
import { readPackageLock } from './package-lock.js';
import { readPyproject } from './pyproject.js';
import { readPoetryLock, readUvLock } from './python-locks.js';
import { readRequirementsTxt } from './requirements.js';
import type { Dependency, Include, ManifestReader, ManifestResult } from './types.js';

/** Larger files are not manifests a person wrote or a lock worth parsing in one go. */
const MAX_BYTES = 32 * 1024 * 1024;

/** The reader for a file name, or undefined when it is not a manifest this module knows. */
export function readerFor(file: string): ManifestReader | undefined {
  const name = basename(file).toLowerCase();
  if (name === 'pyproject.toml') return readPyproject;
  if (name === 'uv.lock') return readUvLock;
  if (name === 'poetry.lock') return readPoetryLock;
  if (name === 'package.json') return readPackageJson;
  if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') return readPackageLock;
  // requirements.txt, requirements-dev.txt, dev-requirements.txt, pip-tools' requirements.in, requirements/base.txt
  if (/requirements.*\.(?:txt|in)$/.test(name)) return readRequirementsTxt;
  if (/\.(?:txt|in)$/.test(name) && /(?:^|[\\/])requirements$/i.test(dirname(file))) return readRequirementsTxt;
  return undefined;
}

const toPosix = (p: string): string => p.split(sep).join('/');

/**
 * Reads `files` (relative to `root`, or absolute inside it) with the matching readers, following
 * requirements `-r` / `-c` includes relative to the including file. Each file is read once per role
 * (requirement or constraint); a cycle, a missing include, or one leaving the root is an issue.
 */
export function readManifests(root: string, files: readonly string[], options: { texts?: Map<string, string> } = {}): ManifestResult {
  const constraints: Dependency[] = [];
  const out: ManifestResult = { dependencies: [], issues: [], indexes: [], constraints };
  const rootAbs = resolve(root);
  const rootReal = safeRealpath(rootAbs) ?? rootAbs;
  const done = new Set<string>();

  const visit = (abs: string, reader: ManifestReader, asConstraint: boolean, stack: string[], from?: Include): void => {
    const rel = toPosix(relative(rootAbs, abs));
    const at = from ? { file: from.source.file, line: from.source.line } : { file: rel, line: 1 };
    const real = safeRealpath(abs);
    if (real === undefined || !statSync(real).isFile()) {
      out.issues.push({ ...at, message: from ? `line ${at.line}: included file ${from.path} not found` : `${rel} not found` });
      return;
    }
    if (real !== rootReal && !real.startsWith(rootReal + sep)) {
      out.issues.push({ ...at, message: `line ${at.line}: ${from?.path ?? rel} is outside the agent root; not read` });
      return;
    }
    const key = `${asConstraint ? 'c' : 'r'}:${real}`;
    if (stack.includes(real)) {
      const chain = [...stack, real].map((p) => toPosix(relative(rootReal, p))).join(' -> ');
      out.issues.push({ ...at, message: `line ${at.line}: include cycle ${chain}` });
      return;
    }
    if (done.has(key)) return;
    done.add(key);
    // `texts` (absolute path → text) spares reading what the caller already read, and keeps what is read here.
    let text = options.texts?.get(abs);
    if (text === undefined) {
      if (statSync(real).size > MAX_BYTES) {
        out.issues.push({ file: rel, line: 1, message: `${rel} is larger than ${MAX_BYTES} bytes; not read` });
        return;
      }
      try {
        text = readFileSync(real, 'utf8');
      } catch {
        out.issues.push({ ...at, message: `${rel} could not be read` });
        return;
      }
      options.texts?.set(abs, text);
    }
    const result = reader(text, rel);
    const target = asConstraint ? constraints : out.dependencies;
    out.issues.push(...result.issues);
    out.indexes.push(...result.indexes);
    // Included entries go where the include line is, keeping pip's file order.
    let next = 0;
    const upTo = (line: number): void => {
      while (next < result.dependencies.length && (result.dependencies[next]?.source.line ?? 0) < line) target.push(result.dependencies[next++]!);
    };
    for (const inc of result.includes ?? []) {
      upTo(inc.source.line);
      if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(inc.path)) {
        out.issues.push({ ...inc.source, message: `line ${inc.source.line}: remote include ${inc.kind === 'constraint' ? '-c' : '-r'} not followed` });
        continue;
      }
      visit(resolve(dirname(abs), inc.path), readRequirementsTxt, asConstraint || inc.kind === 'constraint', [...stack, real], inc);
    }
    upTo(Infinity);
    constraints.push(...(result.constraints ?? []));
  };

  for (const file of files) {
    const reader = readerFor(file);
    if (!reader) continue;
    visit(isAbsolute(file) ? file : join(rootAbs, file), reader, false, []);
  }
  return out;
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
