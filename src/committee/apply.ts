import path from 'node:path';
import { agentContains, agentDepth } from '../util/agent-location.js';
import { compareFindings } from '../findings/order.js';
import { fingerprint } from '../audit/fingerprint.js';
import type { Category, Finding, Region, Severity } from '../findings/model.js';
import { combineExitCodes, DEFAULT_GATE, gateExitCode, gateWithSkips, verdictFor, type GatePolicy } from '../gate/gate.js';
import type { AgentReport, Report } from '../report/model.js';
import { summarise } from '../report/summary.js';
import { sha256Hex } from '../util/hash.js';
import { readRegularFile } from '../util/read-regular-file.js';
import { engineAuditor, ENGINE_AUDITORS, EXTERNAL_PREFIX, shortRuleId } from './auditors.js';
import { externalCategory, personaFor } from './categories.js';
import { quorumFor } from './quorum.js';
import { redactExternalText, type FileText, loadFileText, lineSnippet } from './redaction.js';
import type { ReviewItem, ReviewOutcome } from './reviewers.js';
import type { ExternalResult, SarifImport } from './sarif-import.js';
import type { AuditorRun, CommitteeRun, Vote } from '../findings/committee.js';
import type { QuorumConfig } from '../config/committee-schema.js';

/**
 * The committee (docs/COMMITTEE.md): every finding is a motion, every auditor that reported the same
 * problem a vote. External results are merged into the cockpit finding about the same problem (same file,
 * overlapping lines, the same category), or become findings of their own; each finding then counts for
 * the gate only when enough auditors agree (its quorum), and every agent is gated again on what counts.
 */

interface CommitteeInput {
  report: Report;
  /** The audited root: relative SARIF URIs resolve here, report paths are relative to it. */
  root: string;
  imports: readonly SarifImport[];
  quorum: QuorumConfig;
  /** Each agent's gate by path (the one its audit used); the default gate for an agent not listed. */
  gates: ReadonlyMap<string, GatePolicy>;
  maxFileBytes: number;
  /** Model reviewers (reviewers.ts), asked after the scanners' results are merged. */
  review?: (items: readonly ReviewItem[]) => Promise<ReviewOutcome>;
}

type List = 'findings' | 'suppressed' | 'baselined' | 'outsideChanges';
const LISTS: readonly List[] = ['findings', 'suppressed', 'baselined', 'outsideChanges'];

/** One finding under vote, where it sits, and its votes. */
interface Seat {
  finding: Finding;
  agent: string;
  list: List;
  /** False for an external result nothing mapped to a category: it never takes another's vote. */
  mapped: boolean;
  votes: Vote[];
  external: boolean;
}

function overlapScore(seat: Region, result: Region): number {
  if (seat.startLine > result.endLine || result.startLine > seat.endLine) return 0;
  if (seat.startLine !== result.startLine) return 1;
  const columnsOverlap = seat.startColumn < result.endColumn && result.startColumn < seat.endColumn;
  return columnsOverlap ? 3 : 2;
}

/** The seat about the same problem: same file, overlapping lines, same category; the closest wins, then the first. */
function matchingSeat(seats: readonly Seat[] | undefined, region: Region, category: Category): Seat | undefined {
  let best: Seat | undefined;
  let bestScore = 0;
  for (const seat of seats ?? []) {
    if (!seat.mapped || seat.finding.category !== category) continue;
    const score = overlapScore(seat.finding.region, region);
    if (score > bestScore) {
      best = seat;
      bestScore = score;
    }
  }
  return best;
}

function owningAgent(agents: readonly AgentReport[], file: string): AgentReport | undefined {
  let owner: AgentReport | undefined;
  for (const agent of agents) {
    if (agentContains(agent.path, file) && (!owner || agentDepth(agent.path) > agentDepth(owner.path))) owner = agent;
  }
  return owner;
}

/** Inserts external findings into an already ordered list without moving the cockpit's own. */
function insertOrdered(list: Finding[], added: readonly Finding[]): Finding[] {
  const result = [...list];
  for (const finding of [...added].sort(compareFindings)) {
    const index = result.findIndex((existing) => compareFindings(existing, finding) > 0);
    result.splice(index === -1 ? result.length : index, 0, finding);
  }
  return result;
}

function posixRelative(root: string, file: string): string | undefined {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

export async function applyCommittee(input: CommitteeInput): Promise<Report> {
  const { report, root } = input;
  const seatsByFile = new Map<string, Seat[]>();
  const seatsByAgent = new Map<string, Seat[]>();
  const place = (seat: Seat) => {
    seatsByFile.set(seat.finding.file, [...(seatsByFile.get(seat.finding.file) ?? []), seat]);
    seatsByAgent.set(seat.agent, [...(seatsByAgent.get(seat.agent) ?? []), seat]);
  };
  // A crashed audit has nothing to vote on; one failed only by unread files still has findings.
  const votable = report.agents.filter((agent) => !(agent.verdict === 'failed' && agent.error !== undefined));
  const engineCounts = new Map<string, number>();
  for (const agent of votable) {
    for (const list of LISTS) {
      for (const finding of agent[list] ?? []) {
        const auditor = engineAuditor(finding);
        if (list === 'findings') engineCounts.set(auditor, (engineCounts.get(auditor) ?? 0) + 1);
        place({ finding, agent: agent.path, list, mapped: true, external: false, votes: [{ auditor, decision: 'raised', ruleId: finding.ruleId, rationale: finding.message }] });
      }
    }
  }

  const texts = new Map<string, Promise<FileText | undefined>>();
  const textOf = (relative: string, absolute: string) => {
    let text = texts.get(relative);
    if (!text) texts.set(relative, (text = loadFileText(absolute, relative, root, input.maxFileBytes, readRegularFile)));
    return text;
  };
  const ordinals = new Map<string, number>();
  const runs: AuditorRun[] = [];
  for (const imported of input.imports) {
    const run: AuditorRun = { name: imported.tool, kind: 'sarif', source: imported.source, results: imported.results.length + imported.unusable, merged: 0, added: 0, skipped: imported.unusable };
    runs.push(run);
    for (const result of imported.results) {
      const relative = result.file === undefined ? undefined : posixRelative(root, result.file);
      const agent = relative === undefined ? undefined : owningAgent(votable, relative);
      if (relative === undefined || !agent) {
        run.skipped++;
        continue;
      }
      // The scanner's own name decides first (SARIF's driver); the name it was imported under second.
      const byDriver = externalCategory({ tool: result.driver, ruleId: result.ruleId, tags: result.tags });
      const choice = byDriver.mapped ? byDriver : externalCategory({ tool: result.tool, ruleId: result.ruleId, tags: result.tags });
      const text = await textOf(relative, result.file!);
      // A scanner's secret is masked in every excerpt of the file, also where no cockpit detector knows its format.
      if (choice.category === 'secret' && !result.suppressed) text?.maskRegion(result.region);
      const rationale = redactExternalText(result.message || result.title, text, result.region, choice.category);
      const seat = choice.mapped ? matchingSeat(seatsByFile.get(relative), result.region, choice.category) : undefined;
      if (seat) {
        run.merged++;
        if (!seat.votes.some((vote) => vote.auditor === result.tool && vote.ruleId === result.ruleId)) {
          seat.votes.push({ auditor: result.tool, decision: result.suppressed ? 'disputed' : 'confirmed', ruleId: result.ruleId, rationale });
        }
        continue;
      }
      if (result.suppressed) {
        // The scanner itself dismissed it and no other auditor raised it: nothing to vote on.
        run.skipped++;
        continue;
      }
      run.added++;
      const finding = externalFinding(result, relative, choice, text, rationale, ordinals);
      place({ finding, agent: agent.path, list: 'findings', mapped: choice.mapped, external: true, votes: [{ auditor: result.tool, decision: 'raised', ruleId: result.ruleId, rationale }] });
    }
  }

  if (input.review) {
    const seats = [...seatsByFile.values()].flat().filter((seat) => seat.list === 'findings');
    const items: ReviewItem[] = [];
    for (const seat of seats) items.push({ finding: seat.finding, text: await textOf(seat.finding.file, path.join(root, ...seat.finding.file.split('/'))) });
    const outcome = await input.review(items);
    for (const seat of seats) seat.votes.push(...(outcome.votes.get(seat.finding.fingerprint) ?? []));
    runs.push(...outcome.runs);
  }

  let agreed = 0;
  let belowQuorum = 0;
  let disputed = 0;
  let voted = 0;
  const agents = report.agents.map((agent): AgentReport => {
    const seats = seatsByAgent.get(agent.path);
    if (!votable.includes(agent)) return agent;
    const lists: Record<List, Finding[]> = { findings: [], suppressed: [], baselined: [], outsideChanges: [] };
    const added: Finding[] = [];
    const below: Finding[] = [];
    for (const seat of seats ?? []) {
      const auditors = [...new Set(seat.votes.filter((vote) => vote.decision !== 'disputed').map((vote) => vote.auditor))];
      const required = quorumFor(input.quorum, seat.finding.category, seat.finding.severity, seat.external);
      const met = auditors.length >= required;
      const finding: Finding = { ...seat.finding, committee: { auditors, quorum: required, status: met ? 'met' : 'below-quorum', votes: seat.votes } };
      if (seat.list !== 'findings') {
        lists[seat.list].push(finding);
        continue;
      }
      voted++;
      if (auditors.length > 1) agreed++;
      if (seat.votes.some((vote) => vote.decision === 'disputed')) disputed++;
      if (!met) {
        belowQuorum++;
        below.push(finding);
      } else if (seat.external) added.push(finding);
      else lists.findings.push(finding);
    }
    const counted = insertOrdered(lists.findings, added);
    const exitCode = gateWithSkips(gateExitCode(counted, input.gates.get(agent.path) ?? DEFAULT_GATE), agent.skipped);
    return {
      ...agent,
      verdict: verdictFor(exitCode),
      exitCode,
      findings: counted,
      suppressed: lists.suppressed,
      ...(agent.baselined ? { baselined: lists.baselined } : {}),
      ...(agent.outsideChanges ? { outsideChanges: lists.outsideChanges } : {}),
      belowQuorum: below.sort(compareFindings),
    };
  });

  const engines: AuditorRun[] = ENGINE_AUDITORS.map((name) => ({ name, kind: 'engine', results: engineCounts.get(name) ?? 0, merged: 0, added: 0, skipped: 0 }));
  const committee: CommitteeRun = {
    auditors: [...engines, ...runs],
    quorum: { default: 1, ...Object.fromEntries(Object.entries(input.quorum).filter(([, value]) => value !== undefined)) } as Record<string, number>,
    findings: voted,
    agreed,
    belowQuorum,
    disputed,
  };
  const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
  return { ...report, exitCode, verdict: verdictFor(exitCode), summary: summarise(agents), committee, agents };
}

function externalFinding(
  result: ExternalResult,
  relative: string,
  choice: { category: Category; cwes: string[] },
  text: FileText | undefined,
  message: string,
  ordinals: Map<string, number>,
): Finding {
  const ruleId = `${EXTERNAL_PREFIX}${result.tool}/${shortRuleId(result.ruleId)}`;
  const snippet = text ? lineSnippet(text, result.region, choice.category) : undefined;
  // Identity from the matched text (a digest, never the secret) or the line, not the line number, as the cockpit's own.
  const matched = text?.regionText(result.region);
  const content = matched !== undefined && matched.length > 0 ? sha256Hex(matched) : (text?.lineText(result.region.startLine) ?? `${result.region.startLine}`);
  const key = `${ruleId}\0${relative}\0${content}`;
  const ordinal = ordinals.get(key) ?? 0;
  ordinals.set(key, ordinal + 1);
  const severity: Severity = result.severity;
  const title = redactExternalText(result.title, text, result.region, choice.category).slice(0, 200);
  return {
    ruleId,
    title,
    message,
    file: relative,
    region: result.region,
    severity,
    category: choice.category,
    persona: personaFor(choice.category),
    fixability: 'structural',
    remediation: result.helpUri ? `See ${result.tool}'s documentation of this rule: ${result.helpUri}` : `See ${result.tool}'s documentation of rule ${shortRuleId(result.ruleId)}.`,
    fingerprint: fingerprint(ruleId, relative, content, ordinal),
    ...(snippet !== undefined ? { snippet } : {}),
    tags: [...choice.cwes, `auditor:${result.tool}`],
  };
}
