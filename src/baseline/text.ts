import { createColors } from 'picocolors';
import type { Report } from '../report/model.js';
import { plural } from '../util/plural.js';

const STALE_SHOWN = 10;
const AGENTS_SHOWN = 5;

/** The lines the text report gains with --baseline, --changed-since, --staged or a triage file; empty without them. */
export function formatScopeText(report: Report, options: { color: boolean }): string {
  const colors = createColors(options.color);
  const lines: string[] = [];
  const { changes, baseline } = report;
  if (changes) {
    const what = changes.mode === 'staged' ? 'Staged changes' : `Changes since ${changes.ref ?? changes.base ?? '?'}`;
    lines.push(
      `${colors.bold(`${what}:`)} ${plural(changes.files.length, 'file')} in ${plural(changes.agents.length, 'agent')}` +
        (changes.agents.length > 0 ? ` (${changes.agents.slice(0, AGENTS_SHOWN).join(', ')}${changes.agents.length > AGENTS_SHOWN ? ', …' : ''})` : '') +
        `; ${plural(changes.outside, 'finding')} outside the changed lines, not counted`,
    );
  }
  if (baseline) {
    lines.push(`${colors.bold('Baseline:')} ${baseline.file}: ${baseline.matched} baselined (not counted), ${baseline.new} new`);
    if (baseline.stale.length > 0) {
      lines.push(
        colors.yellow(`  ${baseline.stale.length} stale ${baseline.stale.length === 1 ? 'entry' : 'entries'} no longer found; tighten the baseline with: ops baseline create`),
        ...baseline.stale.slice(0, STALE_SHOWN).map((entry) => colors.dim(`    ${entry.file}:${entry.line}  ${entry.ruleId}  ${entry.fingerprint}`)),
      );
      if (baseline.stale.length > STALE_SHOWN) lines.push(colors.dim(`    … and ${baseline.stale.length - STALE_SHOWN} more (see --format json)`));
    }
  }
  const { triage } = report;
  if (triage && (triage.applied > 0 || triage.expired.length > 0)) {
    lines.push(`${colors.bold('Triage:')} ${triage.file}: ${plural(triage.applied, 'finding')} accepted or marked false positive (listed as suppressed, not counted)`);
    if (triage.expired.length > 0) {
      lines.push(
        colors.yellow(`  ${plural(triage.expired.length, 'decision')} expired: their findings gate again; decide again with: ops triage accept FINGERPRINT --reason TEXT`),
        ...triage.expired.slice(0, STALE_SHOWN).map((entry) => colors.dim(`    ${entry.file ?? '?'}  ${entry.ruleId ?? '?'}  ${entry.fingerprint}  (expired ${entry.expires})`)),
      );
      if (triage.expired.length > STALE_SHOWN) lines.push(colors.dim(`    … and ${triage.expired.length - STALE_SHOWN} more (see --format json)`));
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
