/**
 * The shapes of the cockpit API. The zod schemas in src/server/api-schemas.ts are the truth; only
 * their types cross into the browser bundle (`import type`), so no server code is ever bundled.
 */
export type {
  AgentDetail,
  AgentList,
  
  AuditChanges,
  AuditState,
  
  FindingList,
  Fleet,
  RollupCounts,
  RunPoint,
  Health,
  HealPreview,
  HistoryPoint,
  RuleDoc,
  RuleGroup,
  RuleList,
  
  TriageDecision,
  TriageHistory,
  FindingAge,
  FixedFinding,
} from '../../../src/server/api-schemas.js';
export type { Category, Finding, Fixability, Persona, Severity } from '../../../src/findings/model.js';
export type {  Summary } from '../../../src/report/model.js';

import type { AgentReport } from '../../../src/report/model.js';

export type Verdict = AgentReport['verdict'];
