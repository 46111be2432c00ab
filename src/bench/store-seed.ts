import type pg from 'pg';
import { FRAMEWORKS } from '../discovery/frameworks.js';
import type { Finding } from '../findings/model.js';
import { LAKE_SCHEMA_VERSION, type LakeRecord } from '../lake/record.js';
import type { AgentReport } from '../report/model.js';
import { RULES } from '../rules/index.js';
import { FINDING_COLUMNS, findingTableRows } from '../store/postgres/findings.js';
import { agentTableRow, runRow } from '../store/postgres/rows.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/**
 * A synthetic fleet in the PostgreSQL store for the store benchmark: a few dozen template records
 * copied in SQL (generate_series) to N agents × M runs, with every column a push would compute.
 */

export const TEMPLATES = 24;
const SEED_CHUNK_AGENTS = 500;

/** Template k: 0–7 findings from the real rule catalog, a framework or two, a verdict that fits them. */
export function template(k: number): LakeRecord {
  const findings: Finding[] = Array.from({ length: k % 8 }, (_, index) => {
    const rule = RULES[(k * 7 + index * 13) % RULES.length]!;
    return {
      ruleId: rule.id,
      title: rule.title,
      message: `${rule.title} (synthetic finding ${index + 1})`,
      file: `src/module_${index}.py`,
      region: { startLine: 10 + index, startColumn: 1, endLine: 10 + index, endColumn: 40 },
      severity: rule.severity,
      category: rule.category,
      persona: rule.persona,
      fixability: rule.fixability,
      remediation: rule.remediation,
      fingerprint: `${k.toString(16).padStart(4, '0')}${index.toString(16).padStart(4, '0')}`.padEnd(64, 'f'),
      snippet: 'client = Client(api_key=os.environ["API_KEY"])',
      tags: [...rule.tags],
    };
  });
  const secret = findings.some((finding) => finding.category === 'secret' || finding.category === 'pii');
  const blocking = findings.some((finding) => finding.severity === 'error');
  const verdict: AgentReport['verdict'] = k % 23 === 5 ? 'failed' : secret ? 'security-block' : blocking ? 'policy-block' : 'pass';
  const exitCode = { pass: 0, 'security-block': 1, 'policy-block': 2, failed: 3 }[verdict];
  const frameworks = [FRAMEWORKS[k % FRAMEWORKS.length]!.id, ...(k % 3 === 0 ? [FRAMEWORKS[(k + 5) % FRAMEWORKS.length]!.id] : [])];
  return {
    schemaVersion: LAKE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    runId: 'template-run',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:00.000Z',
    configDigest: 'c'.repeat(64),
    contentHash: 'd'.repeat(64),
    source: { repository: `acme/agents-${k % 5}`, commit: 'e'.repeat(40), ciRun: String(1000 + k) },
    agent: {
      id: '0000000000000000',
      name: 'template',
      path: 'template',
      entrypoint: 'main.py',
      language: k % 4 === 0 ? 'typescript' : 'python',
      frameworks: [...new Set(frameworks)],
      verdict,
      exitCode,
      stats: { filesScanned: 12 + k, bytesScanned: 40_000 + k * 1000, filesSkipped: k % 2 },
      findings,
      suppressed: [],
      ...(verdict === 'failed' ? { error: 'timed out after 300000 ms' } : {}),
    },
  };
}

/**
 * Agent a, run r (0 = oldest): id = a in 16 hex digits, path `team-{a mod 40}/agent-{a}`, finished
 * r days after 2026-01-01 plus a seconds, template (a + r) mod TEMPLATES. The same formulas in SQL
 * below give the ids, names, times and sort keys a push of such records would store.
 */
const AGENT_ID = `lpad(to_hex(a), 16, '0')`;
const AGENT_NAME = `'agent-' || a`;
const AGENT_PATH = `'team-' || (a % 40) || '/agent-' || a`;
const RUN_ID = `'run-' || lpad(r::text, 3, '0') || '-' || lpad(to_hex(a), 8, '0')`;
const FINISHED = `(timestamptz '2026-01-01T00:00:00Z' + r * interval '1 day' + a * interval '1 second')`;
const FINISHED_ISO = `to_char(${FINISHED} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const SORT_KEY = `to_char(${FINISHED} AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISSMS"Z"') || '-' || ${RUN_ID} || '.json'`;

export async function seedFleet(pool: pg.Pool, agents: number, runs: number, log: (line: string) => void): Promise<void> {
  const templates = Array.from({ length: TEMPLATES }, (_, k) => template(k));
  // Session-local temp tables need one connection for the whole seeding.
  const client = await pool.connect();
  try {
    await client.query(`CREATE TEMP TABLE bench_templates (k integer PRIMARY KEY, run jsonb NOT NULL, agent jsonb NOT NULL, findings jsonb NOT NULL)`);
    await client.query(
      `INSERT INTO bench_templates SELECT k, run, agent, findings FROM jsonb_to_recordset($1::jsonb) AS t(k integer, run jsonb, agent jsonb, findings jsonb)`,
      [JSON.stringify(templates.map((record, k) => ({ k, run: runRow(record, undefined), agent: agentTableRow(record), findings: findingTableRows(record) })))],
    );
    const started = performance.now();
    for (let from = 0; from < agents; from += SEED_CHUNK_AGENTS) {
      const to = Math.min(agents, from + SEED_CHUNK_AGENTS) - 1;
      await client.query(
        `INSERT INTO cockpit_runs (agent_id, run_id, sort_key, finished_at, day, verdict, findings, errors, warnings, notes, record,
                                   started_iso, finished_iso, fingerprints, source_repository, source_commit, source_ci_run)
         SELECT ${AGENT_ID}, ${RUN_ID}, ${SORT_KEY}, ${FINISHED}, (${FINISHED} AT TIME ZONE 'UTC')::date, t.run->>'verdict', (t.run->>'findings')::int, (t.run->>'errors')::int,
                (t.run->>'warnings')::int, (t.run->>'notes')::int,
                jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(t.run->'record',
                  '{agent,id}', to_jsonb(${AGENT_ID})), '{agent,name}', to_jsonb(${AGENT_NAME})), '{agent,path}', to_jsonb(${AGENT_PATH})),
                  '{runId}', to_jsonb(${RUN_ID})), '{startedAt}', to_jsonb(${FINISHED_ISO})), '{finishedAt}', to_jsonb(${FINISHED_ISO})),
                ${FINISHED_ISO}, ${FINISHED_ISO}, ARRAY(SELECT jsonb_array_elements_text(t.run->'fingerprints')),
                t.run->>'source_repository', t.run->>'source_commit', t.run->>'source_ci_run'
         FROM generate_series($1::int, $2::int) AS a CROSS JOIN generate_series(0, $3::int - 1) AS r
         JOIN bench_templates t ON t.k = (a + r) % ${TEMPLATES}`,
        [from, to, runs],
      );
      const r = runs - 1;
      await client.query(
        `INSERT INTO cockpit_agents (agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
                                     frameworks, personas, rule_ids, findings, errors, last_audit, agent_row, fleet_facts)
         SELECT ${AGENT_ID}, r + 1, ${RUN_ID}, ${SORT_KEY}, ${AGENT_PATH}, lower(${AGENT_NAME}), lower(${AGENT_PATH}), t.agent->>'verdict',
                (t.agent->>'verdict_rank')::smallint,
                ARRAY(SELECT jsonb_array_elements_text(t.agent->'frameworks')), ARRAY(SELECT jsonb_array_elements_text(t.agent->'personas')),
                ARRAY(SELECT jsonb_array_elements_text(t.agent->'rule_ids')), (t.agent->>'findings')::int, (t.agent->>'errors')::int,
                ${FINISHED_ISO},
                t.agent->'agent_row' || jsonb_build_object('id', ${AGENT_ID}, 'name', ${AGENT_NAME}, 'path', ${AGENT_PATH}, 'lastAudit', ${FINISHED_ISO}),
                t.agent->'fleet_facts' || jsonb_build_object('name', ${AGENT_NAME})
         FROM generate_series($1::int, $2::int) AS a CROSS JOIN (SELECT $3::int AS r) AS latest
         JOIN bench_templates t ON t.k = (a + r) % ${TEMPLATES}`,
        [from, to, r],
      );
      // The latest run's findings, as a push computes them (findings.ts), with this agent's id, name and path.
      await client.query(
        `INSERT INTO cockpit_findings (${FINDING_COLUMNS})
         SELECT ${AGENT_ID}, f.ordinal, f.severity_rank, ${AGENT_PATH}, f.file, f.start_line, f.start_column, f.rule_id, f.severity, f.persona, f.category,
                f.api_row || jsonb_build_object('agentId', ${AGENT_ID}, 'agentName', ${AGENT_NAME}, 'agentPath', ${AGENT_PATH})
         FROM generate_series($1::int, $2::int) AS a CROSS JOIN (SELECT $3::int AS r) AS latest
         JOIN bench_templates t ON t.k = (a + r) % ${TEMPLATES}
         CROSS JOIN LATERAL jsonb_to_recordset(t.findings) AS f(ordinal integer, severity_rank smallint, file text, start_line integer,
              start_column integer, rule_id text, severity text, persona text, category text, api_row jsonb)`,
        [from, to, r],
      );
      const done = to + 1;
      if (done % 2000 === 0 || done === agents) log(`  seeded ${done.toLocaleString('en-US')} agents × ${runs} runs (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    // What autovacuum does soon after a real push: statistics, and the visibility map for index-only scans.
    await client.query('VACUUM (ANALYZE) cockpit_runs');
    await client.query('VACUUM (ANALYZE) cockpit_agents');
    await client.query('VACUUM (ANALYZE) cockpit_findings');
  } finally {
    await client.query('DROP TABLE IF EXISTS bench_templates').catch(() => undefined);
    client.release();
  }
}

