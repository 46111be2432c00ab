import type { Finding, Severity, Suppression } from '../findings/model.js';
import type { RuleMeta } from '../rules/types.js';
import { TOOL_INFORMATION_URI, TOOL_VERSION } from '../version.js';
import { failsClosed, SKIP_FIX } from '../gate/gate.js';
import type { Report } from './model.js';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: full rule metadata with `security-severity`,
 * relative URIs under %SRCROOT%, `partialFingerprints`, and `automationDetails.id` so runs of
 * different shards or folders stay apart. Messages and snippets are already redacted.
 */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'agentopsCockpit/v1';
/** `tool.driver.name` of the cockpit's SARIF (an import of an earlier run's is read by it: committee/sarif-import.ts). */
export const SARIF_DRIVER_NAME = 'AgentOps Cockpit';

type Level = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', note: 'note' };

/** `secret/openai-project-key` → `SecretOpenaiProjectKey`: SARIF rule names are identifiers. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function helpMarkdown(rule: RuleMeta): string {
  return [
    `**${rule.title}**`,
    '',
    rule.description,
    '',
    `**Remediation:** ${rule.remediation}`,
    '',
    `Persona: ${rule.persona} · Category: ${rule.category} · Fixability: ${rule.fixability}`,
    rule.tags.length > 0 ? `Tags: ${rule.tags.join(', ')}` : '',
  ]
    .filter((line, index, lines) => line !== '' || lines[index - 1] !== '')
    .join('\n')
    .trim();
}

function sarifRule(rule: RuleMeta) {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description}\n\nRemediation: ${rule.remediation}`, markdown: helpMarkdown(rule) },
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: {
      tags: [...new Set(rule.tags)],
      precision: rule.precision,
      ...(rule.securitySeverity !== undefined ? { 'security-severity': rule.securitySeverity.toFixed(1) } : {}),
      persona: rule.persona,
      category: rule.category,
      fixability: rule.fixability,
    },
  };
}

function sarifResult(finding: Finding, ruleIndex: number, uriPrefix: string) {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(uriPrefix + finding.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.region.startLine,
            startColumn: finding.region.startColumn,
            endLine: finding.region.endLine,
            endColumn: finding.region.endColumn,
            ...(finding.snippet !== undefined ? { snippet: { text: finding.snippet } } : {}),
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: { persona: finding.persona, category: finding.category, fixability: finding.fixability, ...(finding.committee ? { committee: finding.committee } : {}) },
    ...(finding.suppression ? { suppressions: [sarifSuppression(finding.suppression)] } : {}),
  };
}

export interface SarifOptions {
  /** Distinguishes runs in code scanning (e.g. one per shard); a trailing slash as GitHub expects. */
  automationId?: string;
  /**
   * The audited folder's path in the repository (POSIX, ending in `/`), put before every file location: code
   * scanning resolves locations against the checkout, while findings name files relative to the audited folder.
   */
  uriPrefix?: string;
}

/** Each shard of a CI matrix is its own code scanning run (its own automation id). */
export function sarifOptionsFor(report: Report): SarifOptions {
  return report.shard ? { automationId: `agentops-cockpit/report/shard-${report.shard.replace('/', '-of-')}/` } : {};
}

/** Files not scanned become notifications on the invocation: errors when they fail the run, notes when skipped on purpose. */
function skipInvocations(report: Report, uriPrefix: string) {
  const skipped = report.agents.flatMap((agent) => agent.skipped ?? []);
  if (skipped.length === 0) return {};
  const notifications = skipped.map((skip) => ({
    level: failsClosed(skip) ? ('error' as const) : ('note' as const),
    message: { text: `${skip.path}: not scanned (${skip.reason})${failsClosed(skip) ? `; it may hold a secret: make it readable, or ${SKIP_FIX}` : ''}` },
    descriptor: { id: `skipped/${skip.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(uriPrefix + skip.path), uriBaseId: '%SRCROOT%' } } }],
  }));
  return { invocations: [{ executionSuccessful: !skipped.some(failsClosed), toolExecutionNotifications: notifications }] };
}

export function toSarif(report: Report, rules: readonly RuleMeta[], options: SarifOptions = {}) {
  const indexById = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = report.agents.flatMap((agent) =>
    [...agent.findings, ...agent.suppressed, ...(agent.belowQuorum ?? [])].map((finding) => sarifResult(finding, indexById.get(finding.ruleId) ?? -1, options.uriPrefix ?? '')),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: SARIF_DRIVER_NAME,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: options.automationId ?? 'agentops-cockpit/report/' },
        columnKind: 'utf16CodeUnits' as const,
        ...skipInvocations(report, options.uriPrefix ?? ''),
        results,
      },
    ],
  };
}

export function formatSarif(report: Report, rules: readonly RuleMeta[], options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(report, rules, options), null, 2)}\n`;
}

/** SARIF 2.1.0 §3.35: an inline comment is `inSource`; a triage decision lives outside the code, `external`. */
function sarifSuppression(suppression: Suppression) {
  if (suppression.kind === 'inline') return { kind: 'inSource', status: 'accepted', justification: suppression.reason };
  const status = suppression.status === 'false-positive' ? 'false positive' : 'accepted risk';
  return {
    kind: 'external',
    status: 'accepted',
    justification: `${status}: ${suppression.reason} (${suppression.author}, ${suppression.decidedAt.slice(0, 10)}${suppression.expires ? `, until ${suppression.expires}` : ''})`,
    properties: { triage: suppression.status, author: suppression.author, decidedAt: suppression.decidedAt, ...(suppression.expires ? { expires: suppression.expires } : {}) },
  };
}
