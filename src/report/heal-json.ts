import type { HealPlan } from '../heal/heal.js';
import type { Report } from './model.js';

/** The heal plan as the JSON report and the API give it: one redacted unified diff per file, its fixes, and totals. */
export function healPlanJson(plan: HealPlan, dryRun: boolean): Pick<NonNullable<Report['heal']>, 'dryRun' | 'totals' | 'files' | 'notes'> {
  return {
    dryRun,
    totals: plan.totals,
    notes: plan.notes,
    files: plan.files.map((change) => ({
      agent: change.agent,
      file: change.file,
      fixes: change.fixes,
      dropped: change.dropped,
      ...(change.skipped ? { skipped: change.skipped } : {}),
      diff: change.diff,
    })),
  };
}
