import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import type { PlannedFix } from '../audit/audit-agent.js';
import { parseSource } from '../source/parse.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { CockpitError, errorMessage } from '../util/errors.js';
import { redactPii } from '../pii/redact.js';
import { scanPii } from '../pii/scan.js';
import { redactSecret } from '../secrets/redact.js';
import { scanSecrets } from '../secrets/scan.js';
import { planFile } from './plan.js';

/**
 * Heal: merge every one-click fix into one plan per file, prove each edited file still parses, show
 * the exact diffs (dry run) or write them (apply), within a blast radius of `maxFixFiles` files.
 */
export interface HealFileChange {
  /** The agent's path relative to the audited root (`.` for a single agent). */
  agent: string;
  /** Report path (relative to the audited root). */
  file: string;
  absolutePath: string;
  diff: string;
  fixes: Array<{ ruleId: string; fingerprint: string; description: string }>;
  dropped: Array<{ ruleId: string; description: string; reason: string }>;
  /** Why the file is left untouched, if it is. */
  skipped?: string;
  updated: string;
}

export interface HealPlan {
  files: HealFileChange[];
  totals: { fixes: number; files: number; dropped: number; skippedFiles: number };
}

export interface HealSource {
  /** Absolute path of the agent root (where `.env.example` lives). */
  agentRoot: string;
  /** The agent root relative to the audited root (`.` for a single agent). */
  agentPath: string;
  fixes: readonly PlannedFix[];
}

const execFileAsync = promisify(execFile);

/**
 * A diff shows the lines a fix removes, and its context lines: both can hold a secret or personal
 * data. Every one found in the diff text is replaced by its redaction before the diff goes anywhere.
 */
export function redactDiff(diff: string, file: string): string {
  const spans = [
    ...scanSecrets(diff).map((match) => ({ start: match.start, end: match.end, text: redactSecret(match.secret) })),
    ...scanPii(diff, file).map((match) => ({ start: match.start, end: match.end, text: redactPii(match.kind, match.value) })),
  ].sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    result += diff.slice(cursor, span.start) + span.text;
    cursor = span.end;
  }
  return result + diff.slice(cursor);
}

function unifiedDiff(file: string, before: string, after: string): string {
  return redactDiff(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, '', '', { context: 3 }), file);
}

function posix(relative: string): string {
  return relative.split(path.sep).join('/');
}

async function readOrEmpty(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
}

async function breaksSyntax(language: PlannedFix['language'], file: string, before: string, after: string): Promise<boolean> {
  if (language === 'other') return false;
  const [old, updated] = await Promise.all([parseSource(language, file, before), parseSource(language, file, after)]);
  return Boolean(updated?.rootNode.hasError) && !old?.rootNode.hasError;
}

export async function buildHealPlan(sources: readonly HealSource[]): Promise<HealPlan> {
  const files: HealFileChange[] = [];
  // Lines for other files (.env.example), gathered per agent and applied as one more file change.
  const ensure = new Map<string, { agent: string; reportPath: string; lines: string[] }>();

  for (const source of sources) {
    const byFile = new Map<string, PlannedFix[]>();
    for (const planned of source.fixes) byFile.set(planned.absolutePath, [...(byFile.get(planned.absolutePath) ?? []), planned]);
    for (const [absolutePath, planned] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const original = await readFile(absolutePath, 'utf8');
      const language = planned[0]!.language;
      const plan = planFile(original, planned.map((entry) => entry.fix), language);
      const change: HealFileChange = {
        agent: source.agentPath,
        file: planned[0]!.file,
        absolutePath,
        diff: '',
        fixes: planned.filter((entry) => plan.applied.includes(entry.fix)).map((entry) => ({ ruleId: entry.ruleId, fingerprint: entry.fingerprint, description: entry.fix.description })),
        dropped: plan.dropped.map(({ fix, reason }) => ({ ruleId: planned.find((entry) => entry.fix === fix)!.ruleId, description: fix.description, reason })),
        updated: plan.updated,
      };
      if (await breaksSyntax(language, absolutePath, original, plan.updated)) {
        change.skipped = 'the edited file would not parse; left untouched';
      } else {
        change.diff = unifiedDiff(change.file, original, plan.updated);
        for (const entry of planned.filter((item) => plan.applied.includes(item.fix))) {
          for (const wanted of entry.fix.ensureLines ?? []) {
            const target = path.join(source.agentRoot, wanted.file);
            const record = ensure.get(target) ?? { agent: source.agentPath, reportPath: posix(path.join(source.agentPath, wanted.file)).replace(/^\.\//, ''), lines: [] };
            if (!record.lines.includes(wanted.line)) record.lines.push(wanted.line);
            ensure.set(target, record);
          }
        }
      }
      files.push(change);
    }
  }

  for (const [absolutePath, wanted] of ensure) {
    const original = await readOrEmpty(absolutePath);
    const present = new Set(original.split(/\r?\n/).map((line) => line.split('=')[0]?.trim()));
    const missing = wanted.lines.filter((line) => !present.has(line.split('=')[0]));
    if (missing.length === 0) continue;
    const newline = original.includes('\r\n') ? '\r\n' : '\n';
    const updated = `${original}${original === '' || original.endsWith('\n') ? '' : newline}${missing.join(newline)}${newline}`;
    files.push({
      agent: wanted.agent,
      file: wanted.reportPath,
      absolutePath,
      diff: unifiedDiff(wanted.reportPath, original, updated),
      fixes: [],
      dropped: [],
      updated,
    });
  }

  return { files, totals: totalsOf(files) };
}

function totalsOf(files: readonly HealFileChange[], dropped?: number): HealPlan['totals'] {
  const active = files.filter((change) => !change.skipped && change.diff !== '');
  return {
    fixes: active.reduce((total, change) => total + change.fixes.length, 0),
    files: active.length,
    dropped: dropped ?? files.reduce((total, change) => total + change.dropped.length, 0),
    skippedFiles: files.filter((change) => change.skipped).length,
  };
}

/** Files git reports as modified, added or untracked; empty outside a git checkout. */
async function uncommitted(file: string): Promise<boolean> {
  try {
    const { stdout } = await execFileAsync('git', ['status', '--porcelain', '--', path.basename(file)], { cwd: path.dirname(file) });
    return stdout.trim() !== '';
  } catch {
    return false; // not a git checkout (or no git): nothing to protect
  }
}

/**
 * Decides which planned files may change: never a file with uncommitted git changes (unless
 * `force`), and at most `maxFixFiles` files ("blast radius"); the rest wait for the next run.
 */
export async function limitHealPlan(plan: HealPlan, options: { force: boolean; maxFixFiles?: number }): Promise<HealPlan> {
  let changed = 0;
  for (const change of plan.files) {
    if (change.skipped || change.diff === '') continue;
    if (!options.force && (await uncommitted(change.absolutePath))) {
      change.skipped = 'has uncommitted changes in git; commit or stash them, or pass --force';
    } else if (options.maxFixFiles !== undefined && changed >= options.maxFixFiles) {
      change.skipped = `over max_fix_files (${options.maxFixFiles}); heal again to continue`;
    } else changed++;
  }
  plan.totals = totalsOf(plan.files);
  return plan;
}

/** Writes every file the plan may change, each atomically. */
export async function applyHealPlan(plan: HealPlan): Promise<HealPlan> {
  for (const change of plan.files) {
    if (change.skipped || change.diff === '') continue;
    await writeFileAtomic(change.absolutePath, change.updated);
  }
  return plan;
}

/**
 * `--heal --branch NAME`: a new branch with one commit holding exactly the healed files, its message
 * listing the fixes, so a pull request can be opened from it. The working tree stays on that branch.
 */
export async function commitHealBranch(root: string, branch: string, plan: HealPlan): Promise<string> {
  const changed = plan.files.filter((change) => !change.skipped && change.diff !== '');
  const git = (...args: string[]) => execFileAsync('git', args, { cwd: root });
  try {
    await git('rev-parse', '--is-inside-work-tree');
  } catch {
    throw new CockpitError(`--branch: ${root} is not inside a git checkout`);
  }
  try {
    await git('check-ref-format', '--branch', branch);
    await git('switch', '-c', branch);
  } catch (error) {
    throw new CockpitError(`--branch: cannot create branch '${branch}' (${errorMessage(error).split('\n')[0]})`);
  }
  if (changed.length === 0) return branch;
  await git('add', '--', ...changed.map((change) => change.absolutePath));
  const lines = changed.flatMap((change) => change.fixes.map((fix) => `- ${change.file}: ${fix.ruleId}: ${fix.description}`));
  const message = `Heal ${lines.length || changed.length} cockpit findings\n\n${lines.join('\n')}\n`;
  // The user's own identity when git has one; a named fallback so a bare CI checkout can still commit.
  const identity = await git('config', 'user.email').then(
    () => [],
    () => ['-c', 'user.name=AgentOps Cockpit', '-c', 'user.email=cockpit@localhost'],
  );
  await git(...identity, 'commit', '-q', '-m', message, '--', ...changed.map((change) => change.absolutePath));
  return branch;
}
