import { CATEGORIES, FIXABILITIES, PERSONAS, SEVERITIES } from '../findings/kinds.js';
import type { Category, Finding } from '../findings/model.js';
import type { AgentReport, EntryKind, PersonaMatrix, Summary } from './model.js';

/** The JSON report: a public contract (docs/report.schema.json is generated from model.ts's schema). */
export const REPORT_SCHEMA_VERSION = 1;

/** The entry holding the files outside every agent (workspace runs), as opposed to an agent. */
export function isRepositoryEntry(agent: { kind?: EntryKind | undefined }): boolean {
  return agent.kind === 'repository';
}

function zeroCounts<T extends readonly string[]>(keys: T): Record<T[number], number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<T[number], number>;
}

/** The Persona Matrix of a set of findings; a persona blocks when any of its findings is an error. */
function personaMatrix(findings: readonly Finding[]): PersonaMatrix {
  const matrix = Object.fromEntries(
    PERSONAS.map((persona) => [persona, { error: 0, warning: 0, note: 0, oneClick: 0, structural: 0, verdict: 'approved' }]),
  ) as PersonaMatrix;
  for (const finding of findings) {
    const row = matrix[finding.persona];
    row[finding.severity]++;
    if (finding.fixability === 'one-click') row.oneClick++;
    else row.structural++;
  }
  for (const row of Object.values(matrix)) {
    row.verdict = row.error > 0 ? 'blocked' : row.warning > 0 ? 'approved-with-warnings' : 'approved';
  }
  return matrix;
}

export function summarise(agents: readonly AgentReport[]): Summary {
  const summary: Summary = {
    agents: agents.length,
    findings: 0,
    suppressed: 0,
    bySeverity: zeroCounts(SEVERITIES),
    byCategory: zeroCounts(CATEGORIES) as Record<Category, number>,
    byPersona: zeroCounts(PERSONAS),
    byFixability: zeroCounts(FIXABILITIES),
    personaMatrix: personaMatrix(agents.flatMap((agent) => agent.findings)),
  };
  for (const agent of agents) {
    summary.suppressed += agent.suppressed.length;
    for (const finding of agent.findings as Finding[]) {
      summary.findings++;
      summary.bySeverity[finding.severity]++;
      summary.byCategory[finding.category]++;
      summary.byPersona[finding.persona]++;
      summary.byFixability[finding.fixability]++;
    }
  }
  return summary;
}
