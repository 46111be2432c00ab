import type pg from 'pg';
import type { LakeRecord } from '../../lake/record.js';
import { FindingRowSchema, type FindingList, type FindingRow, type FindingsQuery } from '../../server/api-schemas.js';
import { findingRows, SEVERITY_RANK } from '../../server/fleet-views.js';
import { normaliseFolder } from '../../server/fleet-rollups.js';
import { CockpitError } from '../../util/errors.js';
import { inTransaction } from './transaction.js';
import { ruleIdsOf } from '../../rules/renamed-ids.js';

/**
 * `cockpit_findings` (migration 3): one row per active finding of each agent's latest run, so
 * `/api/findings` is an index scan with LIMIT/OFFSET instead of reading every latest record. A push
 * replaces an agent's rows in the transaction that moves its latest run (push.ts); removing the agent
 * removes them (ON DELETE CASCADE).
 *
 * The page must be exactly `findingList(await store.listLatest(), query)`. findingList sorts by
 * severity rank, agent path, file, start line, start column and rule id, and its sort is stable, so
 * ties keep listLatest's order (agent path, then agent id) and then the record's own finding order:
 * the SQL order ends with `agent_id, ordinal` for that. findingList compares text with `<` (UTF-16
 * code units); the text columns are COLLATE "C" (bytes of UTF-8, i.e. code points), which agree for
 * all text without characters beyond the BMP. `agent_id` keeps the database collation, as
 * `cockpit_agents.agent_id` that listLatest sorts by does (the ids are lower-case hex: any collation
 * orders them alike).
 */

export interface FindingTableRow {
  agent_id: string;
  /** The finding's index in the record: the last tie-break. */
  ordinal: number;
  severity_rank: number;
  agent_path: string;
  file: string;
  start_line: number;
  start_column: number;
  rule_id: string;
  severity: string;
  persona: string;
  category: string;
  api_row: FindingRow;
}

/** The rows of one latest record, from the views' own row function. */
export function findingTableRows(record: LakeRecord): FindingTableRow[] {
  return findingRows(record).map((row, ordinal) => ({
    agent_id: record.agent.id,
    ordinal,
    severity_rank: SEVERITY_RANK[row.finding.severity],
    agent_path: row.agentPath,
    file: row.finding.file,
    start_line: row.finding.region.startLine,
    start_column: row.finding.region.startColumn,
    rule_id: row.finding.ruleId,
    severity: row.finding.severity,
    persona: row.finding.persona,
    category: row.finding.category,
    api_row: row,
  }));
}

export const FINDING_COLUMNS = 'agent_id, ordinal, severity_rank, agent_path, file, start_line, start_column, rule_id, severity, persona, category, api_row';

const INSERT_FINDINGS = `
  INSERT INTO cockpit_findings (${FINDING_COLUMNS})
  SELECT ${FINDING_COLUMNS}
  FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, ordinal integer, severity_rank smallint, agent_path text, file text,
       start_line integer, start_column integer, rule_id text, severity text, persona text, category text, api_row jsonb)
  ORDER BY agent_id, ordinal`;

/**
 * Replaces the rows of these agents with their new latest records' findings. Called inside the
 * push's transaction after the agents' rows were upserted: the transaction holds those rows' locks,
 * and every writer of an agent's findings takes that lock first, so two pushes never interleave here.
 */
export async function replaceLatestFindings(client: pg.PoolClient, latest: readonly LakeRecord[]): Promise<void> {
  if (latest.length === 0) return;
  await client.query('DELETE FROM cockpit_findings WHERE agent_id = ANY($1::text[])', [latest.map((record) => record.agent.id)]);
  const rows = latest.flatMap(findingTableRows);
  if (rows.length > 0) await client.query(INSERT_FINDINGS, [JSON.stringify(rows)]);
}

/** Must match findingList's comparison (see above); the indexes of migration 3 follow this order. */
const ORDER_COLUMNS = ['severity_rank', 'agent_path', 'file', 'start_line', 'start_column', 'rule_id', 'agent_id', 'ordinal'];
const FINDING_ORDER = ORDER_COLUMNS.join(', ');

/** Only the conditions asked for, so the planner picks the index that starts with the filtered column. */
function findingFilter(query: FindingsQuery): { where: string; values: unknown[] } {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const add = (column: string, value: unknown) => {
    values.push(value);
    conditions.push(`${column} = $${values.length}`);
  };
  // By rank, not by name: the default order's index then serves the filter too.
  if (query.severity) add('severity_rank', SEVERITY_RANK[query.severity]);
  if (query.persona) add('persona', query.persona);
  if (query.category) add('category', query.category);
  if (query.rule) {
    // A renamed rule's findings in runs made before the rename carry its former id.
    values.push(ruleIdsOf(query.rule));
    conditions.push(`rule_id = ANY($${values.length}::text[])`);
  }
  if (query.agent) add('agent_id', query.agent);
  if (query.folder) {
    // inFolder's test: the path itself, or below it by whole segments (no LIKE: `_` and `%` are path characters).
    values.push(normaliseFolder(query.folder));
    const p = `$${values.length}`;
    conditions.push(`(agent_path = ${p} OR left(agent_path, length(${p}) + 1) = (${p} || '/'))`);
  }
  // The agent's verdict lives on its cockpit_agents row, which the latest run (these rows) set.
  if (query.verdict === 'blocked') conditions.push(`agent_id IN (SELECT agent_id FROM cockpit_agents WHERE verdict <> 'pass')`);
  else if (query.verdict) {
    values.push(query.verdict);
    conditions.push(`agent_id IN (SELECT agent_id FROM cockpit_agents WHERE verdict = $${values.length})`);
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', values };
}

/**
 * One page in the given direction: its keys first, from the index alone (an index-only scan: skipped
 * entries cost an index entry each, not a table row), then only the page's rows are read, sorted
 * ascending again (at most 500). Backwards, every column is DESC: the exact reverse of the order.
 */
function pageSql(where: string, parameters: number, backward: boolean): string {
  const order = backward ? ORDER_COLUMNS.map((column) => `${column} DESC`).join(', ') : FINDING_ORDER;
  return `
    SELECT f.agent_id, f.api_row
    FROM (SELECT ${FINDING_ORDER} FROM cockpit_findings ${where} ORDER BY ${order} LIMIT $${parameters + 1} OFFSET $${parameters + 2}) AS page
    JOIN cockpit_findings f ON f.agent_id = page.agent_id AND f.ordinal = page.ordinal
    ORDER BY ${ORDER_COLUMNS.map((column) => `page.${column}`).join(', ')}`;
}

/**
 * The `/api/findings` body: filtered, sorted and paginated in the database. The total and the page
 * come from one snapshot (so they agree while pushes land). A page in the back half is read from the
 * end of the index, so no page skips more than half the matches: a deep offset costs what a shallow
 * one from the other end does, and the planner has no reason to sort the whole table instead.
 */
export async function findingPage(pool: pg.Pool, query: FindingsQuery): Promise<FindingList> {
  const { where, values } = findingFilter(query);
  const { total, rows } = await inTransaction(
    pool,
    async (client) => {
      const count = await client.query<{ total: number }>(`SELECT count(*)::int AS total FROM cockpit_findings ${where}`, values);
      const total = count.rows[0]?.total ?? 0;
      const take = Math.min(query.limit, Math.max(0, total - query.offset));
      if (take === 0) return { total, rows: [] };
      const fromEnd = total - query.offset - take;
      const backward = fromEnd < query.offset;
      const page = await client.query<{ agent_id: string; api_row: unknown }>(pageSql(where, values.length, backward), [...values, take, backward ? fromEnd : query.offset]);
      return { total, rows: page.rows };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
  // Through the API schema, as records are read through the lake's: the same keys in the same order.
  const items = rows.map((row) => {
    const parsed = FindingRowSchema.safeParse(row.api_row);
    if (!parsed.success) throw new CockpitError(`store finding row of agent ${row.agent_id} is not a finding (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    return parsed.data;
  });
  return { total, items };
}
