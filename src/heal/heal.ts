import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PlannedFix } from './types.js';
import { parseSource } from '../source/parse.js';
import { joinAgentPath } from '../util/agent-location.js';
import { CockpitError, errorMessage } from '../util/errors.js';
import { withDistinctEnvNames } from './env-names.js';
import { encodeLike, readForEdit, writeLikeOriginal, type ReadFile } from './file-access.js';
import { gitStatusOf } from './git-guard.js';
import { planFile } from './plan.js';
import { redactedUnifiedDiff } from './redacted-diff.js';

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
  /** What applying needs (never shown): the file as read, and the new text in its own encoding. */
  write?: { agentRoot: string; read: ReadFile; bytes: Buffer };
  /** Set when git could not say whether the file has uncommitted changes: applying refuses (exit 3). */
  gitProblem?: string;
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

async function breaksSyntax(language: PlannedFix['language'], file: string, before: string, after: string): Promise<boolean> {
  if (language === 'other') return false;
  const [old, updated] = await Promise.all([parseSource(language, file, before), parseSource(language, file, after)]);
  return Boolean(updated?.rootNode.hasError) && !old?.rootNode.hasError;
}

/** The change for a file heal will not touch: listed with its fixes and the reason, never read further. */
function refusedChange(base: Omit<HealFileChange, 'diff' | 'updated' | 'skipped'>, reason: string): HealFileChange {
  return { ...base, diff: '', updated: '', skipped: reason };
}

export async function buildHealPlan(sources: readonly HealSource[]): Promise<HealPlan> {
  const files: HealFileChange[] = [];
  // Lines for other files (.env.example), gathered per agent and applied as one more file change.
  const ensure = new Map<string, { agent: string; agentRoot: string; reportPath: string; lines: string[] }>();

  for (const source of sources) {
    const byFile = new Map<string, PlannedFix[]>();
    for (const planned of withDistinctEnvNames(source.fixes)) byFile.set(planned.absolutePath, [...(byFile.get(planned.absolutePath) ?? []), planned]);
    for (const [absolutePath, planned] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const base = { agent: source.agentPath, file: planned[0]!.file, absolutePath };
      const read = await readForEdit(absolutePath, source.agentRoot);
      if ('refused' in read) {
        files.push(refusedChange({ ...base, fixes: planned.map((entry) => ({ ruleId: entry.ruleId, fingerprint: entry.fingerprint, description: entry.fix.description })), dropped: [] }, read.refused));
        continue;
      }
      // The audit decoded the file the same way, so the fixes' offsets point into this text.
      const original = read.file.text;
      const language = planned[0]!.language;
      const plan = planFile(original, planned.map((entry) => entry.fix), language);
      const change: HealFileChange = {
        ...base,
        diff: '',
        fixes: planned.filter((entry) => plan.applied.includes(entry.fix)).map((entry) => ({ ruleId: entry.ruleId, fingerprint: entry.fingerprint, description: entry.fix.description })),
        dropped: plan.dropped.map(({ fix, reason }) => ({ ruleId: planned.find((entry) => entry.fix === fix)!.ruleId, description: fix.description, reason })),
        updated: plan.updated,
      };
      const bytes = encodeLike(read.file, plan.updated);
      if (typeof bytes === 'string') {
        change.skipped = bytes;
      } else if (await breaksSyntax(language, absolutePath, original, plan.updated)) {
        change.skipped = 'the edited file would not parse; left untouched';
      } else {
        change.diff = redactedUnifiedDiff(change.file, original, plan.updated);
        change.write = { agentRoot: source.agentRoot, read: read.file, bytes };
        for (const entry of planned.filter((item) => plan.applied.includes(item.fix))) {
          for (const wanted of entry.fix.ensureLines ?? []) {
            const target = path.join(source.agentRoot, wanted.file);
            const record = ensure.get(target) ?? { agent: source.agentPath, agentRoot: source.agentRoot, reportPath: joinAgentPath(source.agentPath, wanted.file), lines: [] };
            if (!record.lines.includes(wanted.line)) record.lines.push(wanted.line);
            ensure.set(target, record);
          }
        }
      }
      files.push(change);
    }
  }

  for (const [absolutePath, wanted] of ensure) {
    const base = { agent: wanted.agent, file: wanted.reportPath, absolutePath, fixes: [], dropped: [] };
    // A link, FIFO or device named .env.example is left alone: never read (it may point outside the repository), never replaced.
    const read = await readForEdit(absolutePath, wanted.agentRoot, { missing: 'empty' });
    if ('refused' in read) {
      files.push(refusedChange(base, read.refused));
      continue;
    }
    const original = read.file.text;
    const present = new Set(original.split(/\r?\n/).map((line) => line.split('=')[0]?.trim()));
    const missing = wanted.lines.filter((line) => !present.has(line.split('=')[0]));
    if (missing.length === 0) continue;
    const newline = original.includes('\r\n') ? '\r\n' : '\n';
    const updated = `${original}${original === '' || original.endsWith('\n') ? '' : newline}${missing.join(newline)}${newline}`;
    const bytes = encodeLike(read.file, updated);
    if (typeof bytes === 'string') {
      files.push(refusedChange(base, bytes));
      continue;
    }
    files.push({ ...base, diff: redactedUnifiedDiff(wanted.reportPath, original, updated), updated, write: { agentRoot: wanted.agentRoot, read: read.file, bytes } });
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

/** What `--force` overrides, said once for every message that offers it. */
const FORCE_HINT = 'pass --force to heal anyway';

/**
 * Decides which planned files may change: never a file with uncommitted git changes, nor one git
 * cannot answer for (dubious ownership, a broken index), unless `force`; and at most `maxFixFiles`
 * files ("blast radius"); the rest wait for the next run. `--force` overrides only the git checks:
 * links, FIFOs, read-only files and files outside the agent are refused whatever the flags.
 */
export async function limitHealPlan(plan: HealPlan, options: { force: boolean; maxFixFiles?: number }): Promise<HealPlan> {
  let changed = 0;
  for (const change of plan.files) {
    if (change.skipped || change.diff === '') continue;
    const git = options.force ? undefined : await gitStatusOf(change.absolutePath);
    if (git?.state === 'dirty') {
      change.skipped = 'has uncommitted changes in git; commit or stash them, or pass --force';
    } else if (git?.state === 'unknown') {
      change.gitProblem = `git cannot tell whether ${change.file} has uncommitted changes (${git.problem})`;
      change.skipped = `${change.gitProblem}; ${FORCE_HINT}`;
    } else if (options.maxFixFiles !== undefined && changed >= options.maxFixFiles) {
      change.skipped = `over max_fix_files (${options.maxFixFiles}); heal again to continue`;
    } else changed++;
  }
  plan.totals = totalsOf(plan.files);
  return plan;
}

/**
 * Writes every file the plan may change, each through a temporary file and a rename, in its own
 * encoding, mode and owner. Refuses to write anything (exit 3) when git could not answer for a file:
 * a guard that cannot run is not a guard that passed. A file that changed since it was read, or
 * whose owner cannot be kept, is skipped with the reason.
 */
export async function applyHealPlan(plan: HealPlan): Promise<HealPlan> {
  const blocked = plan.files.find((change) => change.gitProblem);
  if (blocked) throw new CockpitError(`--heal: ${blocked.gitProblem}; nothing was changed. Fix git (e.g. git config --global --add safe.directory for a checkout another user owns) or ${FORCE_HINT}`);
  for (const change of plan.files) {
    if (change.skipped || change.diff === '' || !change.write) continue;
    try {
      const refused = await writeLikeOriginal(change.absolutePath, change.write.agentRoot, change.write.read, change.write.bytes);
      if (refused) change.skipped = refused;
    } catch (error) {
      change.skipped = `cannot be written (${errorMessage(error).split('\n')[0]}); left untouched`;
    }
  }
  plan.totals = totalsOf(plan.files);
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
