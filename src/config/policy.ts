import type { Severity } from '../findings/model.js';
import { DEFAULT_HEAL_VALUES, type HealValues } from '../heal/defaults.js';
import type { CockpitFile, RuleSetting } from './file-schema.js';
import type { LoadedCockpitFile } from './load-file.js';
import { DEFAULT_CODE_KIND_SETTINGS, type CodeKindSettings } from '../source/code-kind-settings.js';
import { ruleIdsOf } from '../rules/renamed-ids.js';

/**
 * The effective policy for one agent: the root cockpit.yaml (fleet policy) with the agent's own file
 * layered on top ("Sovereign Gates"). The root may lock settings; an agent file that tries to loosen
 * a locked one is overruled and the attempt is reported as a policy finding.
 */
export type RuleLevel = Severity | 'off';

export interface Policy {
  /** Rule id or `category/*` → level; the most specific key wins. */
  ruleLevels: ReadonlyMap<string, RuleLevel>;
  ruleOptions: ReadonlyMap<string, Record<string, unknown>>;
  /** Severities that block with exit 2 (secrets and PII exit 1 whatever their severity). */
  blockOn: readonly Severity[];
  /** Secrets and PII block with exit 1. */
  secretsGate: boolean;
  /** gitignore-style patterns relative to the agent root. */
  exclude: readonly string[];
  entryPoints: readonly string[];
  maxFixFiles?: number;
  finops: NonNullable<CockpitFile['finops']>;
  /** Values fixes write. */
  heal: HealValues;
  /** Which paths are test code and which rules read it (root `test_code:`; agent files cannot change it). */
  codeKinds: CodeKindSettings;
}

export interface LockViolation {
  /** The agent's cockpit.yaml, POSIX relative to the workspace root. */
  file: string;
  line: number;
  column: number;
  setting: string;
  message: string;
}

const DEFAULT_LOCKS: readonly string[] = ['gate.secrets'];
const SEVERITY_RANK: Record<RuleLevel, number> = { off: 0, note: 1, warning: 2, error: 3 };

export const DEFAULT_POLICY: Policy = {
  ruleLevels: new Map(),
  ruleOptions: new Map(),
  blockOn: ['error'],
  secretsGate: true,
  exclude: [],
  entryPoints: [],
  finops: {},
  heal: DEFAULT_HEAL_VALUES,
  codeKinds: DEFAULT_CODE_KIND_SETTINGS,
};

function codeKindSettings(file: CockpitFile | undefined): CodeKindSettings {
  const testCode = file?.test_code;
  if (!testCode) return DEFAULT_CODE_KIND_SETTINGS;
  return {
    testPaths: testCode.paths ?? [],
    productionPaths: testCode.production_paths ?? [],
    rules: testCode.rules ?? DEFAULT_CODE_KIND_SETTINGS.rules,
  };
}

/** Layers cockpit.yaml's `heal:` and `finops.max_output_tokens` over the values fixes write. */
function healValues(base: HealValues, file: CockpitFile | undefined): HealValues {
  const heal = file?.heal;
  return {
    ...base,
    ...(heal?.http_timeout_seconds !== undefined ? { httpTimeoutSeconds: heal.http_timeout_seconds } : {}),
    ...(heal?.model_timeout_seconds !== undefined ? { modelTimeoutSeconds: heal.model_timeout_seconds } : {}),
    ...(heal?.max_retries !== undefined ? { modelMaxRetries: heal.max_retries } : {}),
    ...(heal?.tool_retry_attempts !== undefined ? { toolRetryAttempts: heal.tool_retry_attempts } : {}),
    ...(heal?.retry_stop_attempts !== undefined ? { retryStopAttempts: heal.retry_stop_attempts } : {}),
    ...(heal?.loop_agent_max_iterations !== undefined ? { loopAgentMaxIterations: heal.loop_agent_max_iterations } : {}),
    ...(file?.finops?.max_output_tokens !== undefined ? { maxOutputTokens: file.finops.max_output_tokens } : {}),
  };
}

function levelOf(setting: RuleSetting): RuleLevel | undefined {
  return typeof setting === 'string' ? setting : setting.severity;
}

function applyRules(target: Map<string, RuleLevel>, options: Map<string, Record<string, unknown>>, rules: CockpitFile['rules']): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const level = levelOf(setting);
    if (level) target.set(id, level);
    if (typeof setting === 'object' && setting.options) options.set(id, setting.options);
  }
}

/** The level a policy gives a rule: exact id first, then `category/*`, else undefined (the rule's default). */
export function ruleLevel(policy: Policy, ruleId: string): RuleLevel | undefined {
  return levelIn(policy.ruleLevels, ruleId);
}

/**
 * Exact id, then a former pattern, then the current one: `governance/*` named the moved rules alone, so it stays more
 * specific than `policy/*`, which before the move did not cover them (a file setting both keeps its meaning).
 */
function levelIn(levels: ReadonlyMap<string, RuleLevel>, ruleId: string): RuleLevel | undefined {
  return levels.get(ruleId) ?? formerPatternLevel(levels, ruleId) ?? levels.get(`${ruleId.split('/')[0]}/*`);
}

/** `governance/*` written before its rules moved to policy/ still sets them (rules/renamed-ids.ts). */
function formerPatternLevel(levels: ReadonlyMap<string, RuleLevel>, ruleId: string): RuleLevel | undefined {
  for (const id of ruleIdsOf(ruleId).slice(1)) {
    const level = levels.get(`${id.split('/')[0]}/*`);
    if (level) return level;
  }
  return undefined;
}

/** What a key of an agent file overrides in the levels so far: an id's level however it is set, a pattern's own. */
function overriddenLevel(levels: ReadonlyMap<string, RuleLevel>, key: string): RuleLevel | undefined {
  return key.endsWith('/*') ? levels.get(key) : levelIn(levels, key);
}

/** The policy of the root file alone (also what a single-agent audit uses). */
export function rootPolicy(root: CockpitFile | undefined): Policy {
  const levels = new Map<string, RuleLevel>();
  const options = new Map<string, Record<string, unknown>>();
  applyRules(levels, options, root?.rules);
  return {
    ruleLevels: levels,
    ruleOptions: options,
    blockOn: root?.gate?.block_on ?? DEFAULT_POLICY.blockOn,
    secretsGate: root?.gate?.secrets ?? true,
    exclude: root?.exclude ?? [],
    entryPoints: [...(root?.entry_point ? [root.entry_point] : []), ...(root?.targets ?? [])],
    ...(root?.max_fix_files !== undefined ? { maxFixFiles: root.max_fix_files } : {}),
    finops: root?.finops ?? {},
    heal: healValues(DEFAULT_HEAL_VALUES, root),
    codeKinds: codeKindSettings(root),
  };
}

export function agentPolicy(
  root: CockpitFile | undefined,
  agent: LoadedCockpitFile | undefined,
): { policy: Policy; violations: LockViolation[] } {
  const base = rootPolicy(root);
  if (!agent) return { policy: { ...base, exclude: [], entryPoints: [] }, violations: [] };
  const locks = new Set(root?.lock ?? DEFAULT_LOCKS);
  const own = agent.config;
  const violations: LockViolation[] = [];
  const violation = (keyPath: string[], message: string) => {
    const at = agent.positionOf(keyPath);
    violations.push({ file: agent.shownPath, line: at.line, column: at.column, setting: keyPath.join('.'), message });
  };

  let secretsGate = base.secretsGate;
  if (own.gate?.secrets !== undefined) {
    if (locks.has('gate.secrets') && own.gate.secrets === false && base.secretsGate) {
      violation(['gate', 'secrets'], 'turns off the secrets gate, which the root cockpit.yaml locks');
    } else secretsGate = own.gate.secrets;
  }

  let blockOn = base.blockOn;
  if (own.gate?.block_on) {
    const dropped = base.blockOn.filter((severity) => !own.gate!.block_on!.includes(severity));
    if (locks.has('gate.block_on') && dropped.length > 0) {
      violation(['gate', 'block_on'], `stops blocking on ${dropped.join(', ')}, which the root cockpit.yaml locks`);
      blockOn = [...new Set([...base.blockOn, ...own.gate.block_on])];
    } else blockOn = own.gate.block_on;
  }

  const levels = new Map(base.ruleLevels);
  const options = new Map(base.ruleOptions);
  for (const [id, setting] of Object.entries(own.rules ?? {})) {
    const level = levelOf(setting);
    const current = overriddenLevel(levels, id);
    const rootRanks = current === undefined ? undefined : SEVERITY_RANK[current];
    if (level && locks.has('rules') && (level === 'off' || (rootRanks !== undefined && SEVERITY_RANK[level] < rootRanks))) {
      violation(['rules', id], `${level === 'off' ? 'disables' : 'lowers'} rule ${id}, but the root cockpit.yaml locks rule settings`);
      continue;
    }
    if (level) levels.set(id, level);
    if (typeof setting === 'object' && setting.options) {
      // An option can loosen a rule as well as tighten it, so a locked root keeps the agent's options out.
      if (locks.has('rules')) violation(['rules', id, 'options'], `sets options of rule ${id}, but the root cockpit.yaml locks rule settings`);
      else options.set(id, { ...options.get(id), ...setting.options });
    }
  }

  let exclude = own.exclude ?? [];
  if (locks.has('exclude') && exclude.length > 0) {
    violation(['exclude'], 'adds excludes, but the root cockpit.yaml locks what is audited');
    exclude = [];
  }

  return {
    policy: {
      ruleLevels: levels,
      ruleOptions: options,
      blockOn,
      secretsGate,
      exclude,
      entryPoints: [...(own.entry_point ? [own.entry_point] : []), ...(own.targets ?? [])],
      ...(own.max_fix_files !== undefined || base.maxFixFiles !== undefined ? { maxFixFiles: own.max_fix_files ?? base.maxFixFiles! } : {}),
      finops: { ...base.finops, ...own.finops },
      heal: healValues(base.heal, own),
      codeKinds: base.codeKinds,
    },
    violations,
  };
}
