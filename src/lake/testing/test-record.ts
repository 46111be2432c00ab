import type { Finding } from '../../findings/model.js';
import type { AgentReport } from '../../report/model.js';
import type { LakeRecord } from '../record.js';

/** One run of one agent, for tests that build lakes, stores or the views over them. */
interface TestRun {
  /** Who the agent is; anything else of its report a test sets (verdict, frameworks, a whole report). */
  agent: Pick<AgentReport, 'id' | 'name' | 'path'> & Partial<AgentReport>;
  runId: string;
  startedAt: string;
  /** Default: when it started. */
  finishedAt?: string;
  findings?: Finding[];
  source?: LakeRecord['source'];
}

/**
 * A lake record of a Python agent with one scanned file: its verdict is what its findings make it (an error blocks
 * with exit 2) unless the test sets one, and its content hash is new for every run.
 */
export function testRecord(run: TestRun): LakeRecord {
  const findings = run.findings ?? [];
  const blocked = findings.some((finding) => finding.severity === 'error');
  return {
    schemaVersion: 1,
    tool: { name: 'agentops-cockpit', version: '0.1.0' },
    runId: run.runId,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt ?? run.startedAt,
    configDigest: 'c',
    contentHash: `${run.agent.id}-${run.runId}`,
    ...(run.source ? { source: run.source } : {}),
    agent: {
      entrypoint: 'main.py',
      language: 'python',
      frameworks: [],
      verdict: blocked ? 'policy-block' : 'pass',
      exitCode: blocked ? 2 : 0,
      stats: { filesScanned: 1, bytesScanned: 1, filesSkipped: 0 },
      findings,
      suppressed: [],
      ...run.agent,
    },
  };
}
