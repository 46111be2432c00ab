import { z } from 'zod';
import { ReportSchema } from './model.js';

/** The published JSON Schema of the JSON report, generated from the zod schema the code validates with. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://agentops-cockpit.dev/schemas/report.schema.json',
    title: 'AgentOps Cockpit JSON report',
    ...z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}
