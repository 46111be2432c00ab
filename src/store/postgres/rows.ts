import type { Finding } from '../../findings/model.js';
import { verdictRank } from '../../gate/gate.js';
import { LAKE_SCHEMA_VERSION, type LakeRecord } from '../../lake/record.js';
import { historyName } from '../../lake/partitions.js';
import type { AgentReport } from '../../report/model.js';
import type { AgentRow } from '../../server/api-schemas.js';
import { agentRow, severityCounts } from '../../server/fleet-views.js';

/**
 * What a record becomes in the two tables. Every column is computed from the record by the same
 * functions the lake-backed server uses, so queries over columns agree with views over records.
 */

export type RecordSource = NonNullable<LakeRecord['source']>;

export interface RunRow {
  agent_id: string;
  run_id: string;
  sort_key: string;
  finished_at: string;
  day: string;
  verdict: string;
  findings: number;
  errors: number;
  warnings: number;
  notes: number;
  record: LakeRecord;
  /** The record's own start and finish text, and its findings' fingerprints in order (migration 4). */
  started_iso: string;
  finished_iso: string;
  fingerprints: string[];
  source_repository: string | null;
  source_commit: string | null;
  source_ci_run: string | null;
}

export interface AgentTableRow {
  agent_id: string;
  latest_run_id: string;
  latest_sort_key: string;
  path: string;
  name_key: string;
  path_key: string;
  verdict: string;
  verdict_rank: number;
  frameworks: string[];
  personas: string[];
  rule_ids: string[];
  findings: number;
  errors: number;
  last_audit: string;
  agent_row: AgentRow;
  fleet_facts: FleetFacts;
}

/** One finding as the fleet summary counts it: rule, title, severity, category, persona, fixability. */
type FindingFact = [Finding['ruleId'], Finding['title'], Finding['severity'], Finding['category'], Finding['persona'], Finding['fixability']];

/**
 * Everything of an agent's latest record that the fleet view (summary, verdicts, top rules,
 * frameworks) reads, a tenth of the record's size: the fleet page of 10,000 agents reads these.
 */
export interface FleetFacts {
  name: string;
  verdict: AgentReport['verdict'];
  exitCode: number;
  language: AgentReport['language'];
  frameworks: string[];
  suppressed: FindingFact[];
  findings: FindingFact[];
}

function fact(finding: Finding): FindingFact {
  return [finding.ruleId, finding.title, finding.severity, finding.category, finding.persona, finding.fixability];
}

export function fleetFacts(agent: AgentReport): FleetFacts {
  return {
    name: agent.name,
    verdict: agent.verdict,
    exitCode: agent.exitCode,
    language: agent.language,
    frameworks: [...agent.frameworks],
    suppressed: agent.suppressed.map(fact),
    findings: agent.findings.map(fact),
  };
}

function skeletonFinding([ruleId, title, severity, category, persona, fixability]: FindingFact): Finding {
  return { ruleId, title, message: '', file: '', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, severity, category, persona, fixability, remediation: '', fingerprint: '', tags: [] };
}

/**
 * A record holding only the facts, for the fleet view: what the view counts is exact, the rest
 * (messages, files, snippets, run ids) is blank. Never shown, never stored.
 */
export function skeletonRecord(agentId: string, agentPath: string, facts: FleetFacts): LakeRecord {
  return {
    schemaVersion: LAKE_SCHEMA_VERSION,
    tool: { name: '', version: '' },
    runId: 'skeleton',
    startedAt: '1970-01-01T00:00:00.000Z',
    finishedAt: '1970-01-01T00:00:00.000Z',
    configDigest: '',
    contentHash: '',
    agent: {
      id: agentId,
      name: facts.name,
      path: agentPath,
      entrypoint: null,
      language: facts.language,
      frameworks: facts.frameworks,
      verdict: facts.verdict,
      exitCode: facts.exitCode,
      stats: { filesScanned: 0, bytesScanned: 0, filesSkipped: 0 },
      findings: facts.findings.map(skeletonFinding),
      suppressed: facts.suppressed.map(skeletonFinding),
    },
  };
}

/** The newest run is the one with the greatest lake history name, exactly as the lake decides. */
export function sortKey(record: LakeRecord): string {
  return historyName(record);
}

export function runRow(record: LakeRecord, fallbackSource: RecordSource | undefined): RunRow {
  const counts = severityCounts(record.agent.findings);
  // The record's own source wins as a whole: mixing fields of two runs would name a run that never was.
  const source = record.source ?? fallbackSource;
  return {
    agent_id: record.agent.id,
    run_id: record.runId,
    sort_key: sortKey(record),
    finished_at: record.finishedAt,
    day: record.finishedAt.slice(0, 10),
    verdict: record.agent.verdict,
    findings: record.agent.findings.length,
    errors: counts.error,
    warnings: counts.warning,
    notes: counts.note,
    record,
    started_iso: record.startedAt,
    finished_iso: record.finishedAt,
    fingerprints: record.agent.findings.map((finding) => finding.fingerprint),
    source_repository: source?.repository ?? null,
    source_commit: source?.commit ?? null,
    source_ci_run: source?.ciRun ?? null,
  };
}

export function agentTableRow(record: LakeRecord): AgentTableRow {
  const row = agentRow(record);
  return {
    agent_id: record.agent.id,
    latest_run_id: record.runId,
    latest_sort_key: sortKey(record),
    path: record.agent.path,
    name_key: row.name.toLowerCase(),
    path_key: row.path.toLowerCase(),
    verdict: row.verdict,
    verdict_rank: verdictRank(row.verdict),
    frameworks: [...row.frameworks],
    personas: Object.entries(row.byPersona)
      .filter(([, count]) => count > 0)
      .map(([persona]) => persona),
    rule_ids: [...new Set(record.agent.findings.map((finding) => finding.ruleId))].sort(),
    findings: row.findings,
    errors: row.bySeverity.error,
    last_audit: row.lastAudit,
    agent_row: row,
    fleet_facts: fleetFacts(record.agent),
  };
}
