import { execFile } from 'node:child_process';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PlannedFix } from './types.js';
import { parseSource } from '../source/parse.js';
import { joinAgentPath } from '../util/agent-location.js';
import { CockpitError, errorMessage } from '../util/errors.js';
import { withDistinctEnvNames } from './env-names.js';
import { encodeLike, readForEdit, writeLikeOriginal, type ReadFile } from './file-access.js';
import { gitStatusOf } from './git-guard.js';
import { declaredPackages, packageForModule, pyprojectKind, withPackages, type ManifestKind, type PythonPackage } from './manifest.js';
import { planFile } from './plan.js';
import { redactedUnifiedDiff } from './redacted-diff.js';
import { normalizePypiName } from '../util/pypi-name.js';

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
  /** Absolute paths of other changes this one needs (the manifest declaring a package it imports): skipped together. */
  requires?: string[];
}

/** Something the user must do that heal cannot: rotate a leaked key, declare a package by hand. */
interface HealNote {
  agent: string;
  kind: 'rotate-secret' | 'undeclared-package';
  text: string;
}

export interface HealPlan {
  files: HealFileChange[];
  notes: HealNote[];
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
  const notes: HealNote[] = [];
  const manifestChanges: HealFileChange[] = [];

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
      const plan = planFile(original, planned.map((entry) => entry.fix), language, language === 'python' ? await localPythonModules(absolutePath, source.agentRoot) : undefined);
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
    const healed = files.filter((change) => change.agent === source.agentPath && change.write && change.fixes.length > 0);
    notes.push(...rotationNotes(source, healed));
    const declared = await declarePackages(source, healed);
    notes.push(...declared.notes);
    if (declared.change) {
      manifestChanges.push(declared.change);
      for (const change of declared.needing) change.requires = [...(change.requires ?? []), declared.change.absolutePath];
    }
  }
  files.push(...manifestChanges);

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

  return { files, notes, totals: totalsOf(files) };
}

/** Top-level names of the agent's own Python modules near a file, so their imports sort as first party. */
async function localPythonModules(file: string, agentRoot: string): Promise<Set<string>> {
  const names = new Set<string>();
  for (const folder of new Set([path.dirname(file), agentRoot, path.join(agentRoot, 'src')])) {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.py')) names.add(entry.name.slice(0, -3));
      else if (entry.isDirectory() && /^[A-Za-z_]\w*$/.test(entry.name)) names.add(entry.name);
    }
  }
  return names;
}

/**
 * A key moved to an environment variable is still in every clone and in git history: it must be
 * rotated. One note per variable.
 */
function rotationNotes(source: HealSource, healed: readonly HealFileChange[]): HealNote[] {
  const notes: HealNote[] = [];
  const seen = new Set<string>();
  for (const change of healed) {
    for (const planned of source.fixes) {
      const env = planned.fix.env;
      if (!env || planned.absolutePath !== change.absolutePath || !change.fixes.some((fix) => fix.fingerprint === planned.fingerprint) || seen.has(env.name)) continue;
      seen.add(env.name);
      const name = change.fixes.find((fix) => fix.fingerprint === planned.fingerprint)!.description.match(/read (\S+) from/)?.[1] ?? env.name;
      notes.push({
        agent: source.agentPath,
        kind: 'rotate-secret',
        text: `Rotate the key now read from ${name} (${change.file}): moving it out of the code does not remove it from git history or from existing clones. Revoke it with the provider and put the new one only in the environment.`,
      });
    }
  }
  return notes;
}

const MANIFESTS = ['pyproject.toml', 'requirements.txt'] as const;

/**
 * Declares, in the agent's manifest, every third-party package an applied fix imports and the
 * manifest lacks (`tenacity>=8.2,<10`). pyproject.toml when it lists dependencies ([project] or
 * Poetry), else requirements.txt. With no manifest, or a package heal has no bound for, a note says so.
 */
async function declarePackages(source: HealSource, healed: readonly HealFileChange[]): Promise<{ change?: HealFileChange; needing: HealFileChange[]; notes: HealNote[] }> {
  const notes: HealNote[] = [];
  const wanted = new Map<string, { pkg: PythonPackage; files: HealFileChange[] }>();
  for (const change of healed) {
    const applied = new Set(change.fixes.map((fix) => fix.fingerprint));
    const modules = source.fixes
      .filter((planned) => planned.absolutePath === change.absolutePath && applied.has(planned.fingerprint))
      .flatMap((planned) => (planned.fix.pythonImports ?? []).map((wantedImport) => ('module' in wantedImport ? wantedImport.module : wantedImport.from)));
    for (const module of new Set(modules)) {
      const pkg = packageForModule(module);
      if (pkg === null) continue;
      if (pkg === undefined) {
        notes.push({ agent: source.agentPath, kind: 'undeclared-package', text: `${change.file} now imports ${module}: declare its package, with a version range, in the agent's manifest.` });
        continue;
      }
      const entry = wanted.get(pkg.name) ?? { pkg, files: [] };
      entry.files.push(change);
      wanted.set(pkg.name, entry);
    }
  }
  if (wanted.size === 0) return { needing: [], notes };

  const manifests: Array<{ name: string; kind: ManifestKind; absolutePath: string; read: Extract<Awaited<ReturnType<typeof readForEdit>>, { file: unknown }> }> = [];
  const refused: string[] = [];
  for (const name of MANIFESTS) {
    const absolutePath = path.join(source.agentRoot, name);
    if (!(await lstat(absolutePath).catch(() => undefined))) continue;
    const read = await readForEdit(absolutePath, source.agentRoot);
    if ('refused' in read) {
      refused.push(`${name}: ${read.refused}`);
      continue;
    }
    const kind = name === 'requirements.txt' ? 'requirements' : pyprojectKind(read.file.text);
    if (kind) manifests.push({ name, kind, absolutePath, read });
  }
  const missing = [...wanted.values()].filter(({ pkg }) => !manifests.some((manifest) => declaredPackages(manifest.kind, manifest.read.file.text).has(normalizePypiName(pkg.name))));
  if (missing.length === 0) return { needing: [], notes };
  const target = manifests[0];
  const updated = target ? withPackages(target.kind, target.read.file.text, missing.map(({ pkg }) => pkg)) : undefined;
  const bytes = target && updated !== undefined ? encodeLike(target.read.file, updated) : undefined;
  if (!target || updated === undefined || bytes === undefined || typeof bytes === 'string') {
    const why = refused.length > 0 ? `its manifest cannot be edited (${refused.join('; ')})` : 'has no manifest listing dependencies (requirements.txt, or pyproject.toml with [project] dependencies or [tool.poetry.dependencies])';
    for (const { pkg, files } of missing) {
      notes.push({ agent: source.agentPath, kind: 'undeclared-package', text: `${files.map((file) => file.file).join(', ')} now ${files.length === 1 ? 'imports' : 'import'} ${pkg.name}, but the agent ${why}: add ${pkg.name}${pkg.bound} where its dependencies are declared.` });
    }
    return { needing: [], notes };
  }
  const reportPath = joinAgentPath(source.agentPath, target.name);
  const change: HealFileChange = {
    agent: source.agentPath,
    file: reportPath,
    absolutePath: target.absolutePath,
    fixes: [],
    dropped: [],
    diff: redactedUnifiedDiff(reportPath, target.read.file.text, updated),
    updated,
    write: { agentRoot: source.agentRoot, read: target.read.file, bytes },
  };
  return { change, needing: [...new Set(missing.flatMap(({ files }) => files))], notes };
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
  // A file and the manifest it needs count together, so the blast radius never splits them.
  const counted = new Set<string>();
  const required = new Set(plan.files.flatMap((change) => change.requires ?? []));
  for (const change of plan.files) {
    if (change.skipped || change.diff === '') continue;
    const git = options.force ? undefined : await gitStatusOf(change.absolutePath);
    // A manifest counts when a file that needs it does; alone it changes nothing worth a slot.
    const needs = required.has(change.absolutePath) ? [] : [change.absolutePath, ...(change.requires ?? [])].filter((file) => !counted.has(file));
    if (git?.state === 'dirty') {
      change.skipped = 'has uncommitted changes in git; commit or stash them, or pass --force';
    } else if (git?.state === 'unknown') {
      change.gitProblem = `git cannot tell whether ${change.file} has uncommitted changes (${git.problem})`;
      change.skipped = `${change.gitProblem}; ${FORCE_HINT}`;
    } else if (options.maxFixFiles !== undefined && needs.length > 0 && counted.size + needs.length > options.maxFixFiles) {
      change.skipped = `over max_fix_files (${options.maxFixFiles}); heal again to continue`;
    } else needs.forEach((file) => counted.add(file));
  }
  skipWithoutRequirements(plan.files);
  plan.totals = totalsOf(plan.files);
  return plan;
}

/**
 * A file whose new import needs a manifest entry is not healed without it (an import of an undeclared
 * package would break a fresh install); a manifest no healed file needs any more is not changed.
 */
function skipWithoutRequirements(files: readonly HealFileChange[]): void {
  const active = (change: HealFileChange | undefined) => change !== undefined && !change.skipped && change.diff !== '';
  const byPath = new Map(files.map((change) => [change.absolutePath, change]));
  for (const change of files) {
    if (!active(change)) continue;
    const missing = (change.requires ?? []).map((file) => byPath.get(file)).find((required) => !active(required));
    if (missing) change.skipped = `needs ${missing.file}, which is skipped (${missing.skipped ?? 'not planned'})`;
  }
  for (const change of files) {
    const needed = files.some((other) => active(other) && other.requires?.includes(change.absolutePath));
    if (active(change) && change.fixes.length === 0 && files.some((other) => other.requires?.includes(change.absolutePath)) && !needed) {
      change.skipped = 'no healed file needs it any more';
    }
  }
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
