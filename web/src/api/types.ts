/**
 * The shapes of the cockpit API. The zod schemas in src/server/api-schemas.ts are the truth; only
 * their types cross into the browser bundle (`import type`), so no server code is ever bundled.
 */
export type {
  AgentDetail,
  AgentList,
  
  AuditState,
  
  Excerpt,
  FindingList,
  Fleet,
  Health,
  HealPreview,
  HistoryPoint,
  RuleDoc,
  
  TriageDecision,
} from '../../../src/server/api-schemas.js';
export type { Category, Finding, Fixability, Persona, Severity } from '../../../src/findings/model.js';
export type {  Summary } from '../../../src/report/model.js';

import type { AgentReport } from '../../../src/report/model.js';

export type Verdict = AgentReport['verdict'];
