import path from 'node:path';
import { satisfies as pep440Satisfies } from '@renovatebot/pep440';
import type * as Semver from 'semver';
import { lazyRequire } from '../util/lazy-require.js';
import { ruleLevel, type Policy } from '../config/policy.js';
import type { Finding } from '../findings/model.js';
import { fingerprint } from './fingerprint.js';
import { ruleFinding } from './rule-finding.js';
import { honouredSuppression } from './suppressions.js';
import { fromLockFile, packageKey } from '../registry/lookups/manifests.js';
import type { DependencyLookups } from '../registry/lookups/lookups.js';
import { agentPackageKind, dangerousReleases, deprecatedSdk } from '../registry/knowledge/index.js';
import type { Dependency, ManifestResult } from '../registry/manifests/types.js';
import type { RuleMeta } from '../rules/types.js';
import {
  DANGEROUS_RELEASE,
  DEPENDENCY_CONFUSION_RISK,
  DEPRECATED_RELEASE,
  DEPRECATED_SDK,
  MALFORMED_MANIFEST,
  UNKNOWN_PACKAGE,
  UNPINNED_AGENT_PACKAGE,
  UNRESOLVED_PACKAGE,
  YANKED_RELEASE,
} from '../rules/deps/rules.js';

// Only npm ranges need semver (about 20 ms to load); a Python agent never does.
const semver = lazyRequire<typeof Semver>('semver');

export interface DependencyAuditInput {
  /** Absolute agent root; manifest paths are relative to it. */
  root: string;
  /** Turns agent-relative paths into report paths. */
  prefix: string;
  manifests: ManifestResult;
  /** Registry answers, when the run resolved dependencies (`--resolve`). */
  lookups?: DependencyLookups;
  policy: Policy;
  /** Manifest texts by absolute path, as readAgentManifests filled them; snippets and suppressions read lines here. */
  texts: ReadonlyMap<string, string>;
}

/** A version far beyond any real release: a range that admits it has no upper bound. */
const FAR_FUTURE = '999999.0.0';

/** True when the declared range lets the next major release in (no version, `>=`, `*`, a dist-tag). */
export function hasNoUpperBound(dependency: Pick<Dependency, 'ecosystem' | 'specifier'>): boolean {
  const spec = dependency.specifier.trim();
  if (spec === '') return true;
  if (dependency.ecosystem === 'pypi') {
    try {
      return pep440Satisfies(FAR_FUTURE, spec);
    } catch {
      return false;
    }
  }
  const range = semver().validRange(spec);
  // Not a range: a dist-tag such as `latest` or `next`, which floats by definition.
  if (range === null) return /^[a-z][\w.-]*$/i.test(spec);
  return semver().satisfies(FAR_FUTURE, range);
}

/** Builds findings at a manifest line, honouring inline suppressions and rule levels from cockpit.yaml. */
class FindingSink {
  readonly findings: Finding[] = [];
  readonly #lines = new Map<string, string[]>();
  readonly #ordinals = new Map<string, number>();
  constructor(private readonly input: DependencyAuditInput) {}

  #lineText(file: string, line: number): string {
    let lines = this.#lines.get(file);
    if (!lines) {
      lines = (this.input.texts.get(path.join(this.input.root, ...file.split('/'))) ?? '').split(/\r?\n/);
      this.#lines.set(file, lines);
    }
    return lines[line - 1] ?? '';
  }

  add(rule: RuleMeta, at: { file: string; line: number }, message: string, identity: string, name?: string): void {
    const level = ruleLevel(this.input.policy, rule.id) ?? rule.severity;
    if (level === 'off') return;
    const text = this.#lineText(at.file, at.line);
    const column = name ? columnOf(text, name) : 1;
    const honoured = honouredSuppression(text, at.line > 1 ? this.#lineText(at.file, at.line - 1) : undefined, rule.id);
    const reportPath = this.input.prefix + at.file;
    const ordinalKey = `${rule.id}\0${reportPath}\0${identity}`;
    const ordinal = this.#ordinals.get(ordinalKey) ?? 0;
    this.#ordinals.set(ordinalKey, ordinal + 1);
    this.findings.push(
      ruleFinding(rule, {
        message,
        file: reportPath,
        region: { startLine: at.line, startColumn: column, endLine: at.line, endColumn: column + Math.max(1, name?.length ?? 1) },
        severity: level,
        fingerprint: fingerprint(rule.id, reportPath, identity, ordinal),
        ...(text ? { snippet: redactLine(text) } : {}),
        ...(honoured ? { suppression: honoured } : {}),
      }),
    );
  }
}

/**
 * Manifest lines can carry index URLs with credentials; the snippet never does. Linear on any line:
 * the match starts only at `://` (a scheme-first pattern rescanned every letter run, 35 s on 200 KB),
 * and the lookbehind then checks the scheme before it.
 */
const URL_CREDENTIALS = /:\/\/(?<=[a-z][a-z0-9+.-]*:\/\/)[^/\s@'"]+@/gi;

export function redactLine(text: string): string {
  const line = text.replace(URL_CREDENTIALS, '://****@').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Where a package name starts on its line (1-based), treating runs of `-`, `_` and `.` alike (PEP 503)
 * and ignoring case. Both sides are normalised and searched with indexOf: no pattern built from input.
 */
export function columnOf(text: string, name: string): number {
  const wanted = name.toLowerCase().replace(/[-_.]+/g, '-');
  if (wanted === '') return 1;
  const characters: string[] = [];
  const offsets: number[] = [];
  let afterSeparator = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    const separator = character === '-' || character === '_' || character === '.';
    if (separator && afterSeparator) continue;
    afterSeparator = separator;
    // Lower-casing may lengthen a character ('İ'): every produced character maps back to its source.
    for (const lower of separator ? '-' : character.toLowerCase()) {
      characters.push(lower);
      offsets.push(index);
    }
  }
  const normalised = characters.join('');
  const at = normalised.indexOf(wanted);
  return at < 0 ? 1 : offsets[at]! + 1;
}

const shown = (dependency: Dependency): string => `${dependency.alias ?? dependency.name}${dependency.specifier ? ` ${dependency.specifier}` : ''}`;

/**
 * deps/dependency-confusion-risk fires on exactly two conditions (docs/REGISTRIES.md):
 * (a) the name matches a `registries.private` pattern and a public registry answered "found" for it (only an
 *     index the installer itself asks can: private names are never sent to a failover mirror);
 * (b) a configured index refused, failed or answered a broken document for the package, and the pinned or locked
 *     version is missing from what the answering index offers.
 * A public package such as `requests` answered by a mirror after a refusal, with its pinned version there, is neither.
 */
function confusionMessage(dependency: Dependency, lookup: NonNullable<DependencyAuditInput['lookups']>[string]): string | undefined {
  if (lookup.status !== 'found') return undefined;
  if (lookup.privatePattern && lookup.publicAnswer) {
    return `${shown(dependency)} is a private name (registries.private '${lookup.privatePattern}'), but the public registry ${lookup.publicAnswer} has a package of that name and the installer asks it: an install can take the public one.`;
  }
  if (lookup.failedIndex && lookup.absentVersions?.length) {
    const versions = lookup.absentVersions.join(', ');
    return `${shown(dependency)}: ${lookup.failedIndex}, and ${lookup.answeredBy ?? 'the index that answered'} has a package of that name but not ${versions}: it may be a different (squatted) package than the one the unreachable index holds.`;
  }
  return undefined;
}

/** Every dependency finding of one agent: manifest problems, static rules and, with lookups, registry rules. */
export function dependencyFindings(input: DependencyAuditInput): Finding[] {
  const sink = new FindingSink(input);
  const { manifests, lookups } = input;

  for (const issue of manifests.issues) {
    sink.add(MALFORMED_MANIFEST, issue, `${issue.file}: ${issue.message}`, `${issue.file}\0${issue.message.replace(/^line \d+: /, '')}`);
  }

  const declared = manifests.dependencies.filter((dependency) => !dependency.direct && !fromLockFile(dependency));
  const locked = new Set(manifests.dependencies.filter(fromLockFile).map(packageKey));

  for (const dependency of declared) {
    const key = packageKey(dependency);
    const kind = agentPackageKind(dependency.ecosystem, dependency.name);
    if (kind && !dependency.dev && !dependency.pinned && !locked.has(key) && hasNoUpperBound(dependency)) {
      const what = kind === 'framework' ? 'agent framework' : 'model SDK';
      const how = dependency.specifier.trim() === '' ? 'has no version at all' : `(${dependency.specifier}) has no upper bound`;
      sink.add(
        UNPINNED_AGENT_PACKAGE,
        dependency.source,
        `The ${what} ${dependency.name} ${how} and no lock file pins it: the next install can bring a new major release that changes the agent's behaviour.`,
        key,
        dependency.alias ?? dependency.name,
      );
    }
    const deprecated = deprecatedSdk(dependency.ecosystem, dependency.name);
    if (deprecated) {
      sink.add(
        DEPRECATED_SDK,
        dependency.source,
        `${dependency.name} is deprecated in favour of ${deprecated.successor}${deprecated.since ? ` (since ${deprecated.since})` : ''}: ${deprecated.note} See ${deprecated.source}`,
        key,
        dependency.alias ?? dependency.name,
      );
    }
  }

  // One finding per package version: the declaring line when it pins, else the lock entry.
  const versioned = new Map<string, Dependency>();
  for (const dependency of [...declared, ...manifests.dependencies.filter(fromLockFile)]) {
    if (dependency.version === undefined) continue;
    const id = `${packageKey(dependency)}@${dependency.version}`;
    if (!versioned.has(id)) versioned.set(id, dependency);
  }
  for (const dependency of versioned.values()) {
    for (const advisory of dangerousReleases(dependency.ecosystem, dependency.name, dependency.version!)) {
      sink.add(
        DANGEROUS_RELEASE,
        dependency.source,
        `${dependency.name} ${dependency.version} is affected by ${advisory.advisory}: ${advisory.summary} Fixed in ${advisory.fixed}. See ${advisory.source}`,
        `${packageKey(dependency)}\0${advisory.advisory}`,
        dependency.name,
      );
    }
  }

  if (!lookups) return sink.findings;
  const reported = new Set<string>();
  for (const dependency of declared) {
    const key = packageKey(dependency);
    const lookup = lookups[key];
    if (!lookup || reported.has(`${dependency.source.file}\0${key}`)) continue;
    reported.add(`${dependency.source.file}\0${key}`);
    if (lookup.status === 'missing') {
      sink.add(
        UNKNOWN_PACKAGE,
        dependency.source,
        lookup.failedIndex
          ? `${shown(dependency)}: ${lookup.failedIndex}, and the mirror that answered in its place has no package named ${dependency.name}. It may be a hallucinated or mistyped name that anyone could register; if it is an internal package, list it in cockpit.yaml registries.private and give the cockpit credentials for the private index.`
          : `${shown(dependency)}: no index has a package named ${dependency.name}. It may be a hallucinated or mistyped name that anyone could register.`,
        key,
        dependency.alias ?? dependency.name,
      );
    } else if (lookup.status === 'unresolved') {
      sink.add(UNRESOLVED_PACKAGE, dependency.source, `${dependency.name} could not be checked: ${lookup.reason ?? 'no index answered'}.`, key, dependency.alias ?? dependency.name);
    }
    const confusion = confusionMessage(dependency, lookup);
    if (confusion) sink.add(DEPENDENCY_CONFUSION_RISK, dependency.source, confusion, key, dependency.alias ?? dependency.name);
    if (lookup.status === 'found' && dependency.ecosystem === 'npm' && dependency.version === undefined && lookup.latest && lookup.deprecated[lookup.latest] && !deprecatedSdk('npm', dependency.name)) {
      sink.add(
        DEPRECATED_RELEASE,
        dependency.source,
        `${dependency.name} is deprecated on the registry (latest ${lookup.latest}): "${lookup.deprecated[lookup.latest]}"`,
        key,
        dependency.alias ?? dependency.name,
      );
    }
  }
  for (const dependency of versioned.values()) {
    const lookup = lookups[packageKey(dependency)];
    const version = dependency.version!;
    if (!lookup) continue;
    const yankReason = lookup.yanked[version];
    if (yankReason !== undefined) {
      sink.add(
        YANKED_RELEASE,
        dependency.source,
        `${dependency.name} ${version} was yanked from ${lookup.answeredBy ?? 'the index'}${yankReason ? `: "${yankReason}"` : ' (no reason given)'}.`,
        `${packageKey(dependency)}@${version}`,
        dependency.name,
      );
    }
    const deprecation = lookup.deprecated[version];
    if (deprecation !== undefined && dependency.ecosystem === 'npm') {
      sink.add(DEPRECATED_RELEASE, dependency.source, `${dependency.name}@${version} is deprecated: "${deprecation}"`, `${packageKey(dependency)}@${version}`, dependency.name);
    }
  }
  return sink.findings;
}
