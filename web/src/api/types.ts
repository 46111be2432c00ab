/**
 * The shapes of the cockpit API. The zod schemas in src/server/api-schemas.ts are the truth; only
 * their types cross into the browser bundle (`import type`), so no server code is ever bundled.
 */
export type {
  AgentDetail,
  AgentList,
  AgentRow,
  AuditState,
  AuditStatus,
  Excerpt,
  FindingList,
  Fleet,
  Health,
  HealPreview,
  HistoryPoint,
  RuleDoc,
  TrendPoint,
  TriageDecision,
} from '../../../src/server/api-schemas.js';
export type { Category, Finding, Fixability, Persona, Severity } from '../../../src/findings/model.js';
export type { AgentReport, Summary } from '../../../src/report/model.js';

import type { AgentReport } from '../../../src/report/model.js';

export type Verdict = AgentReport['verdict'];
