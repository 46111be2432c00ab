import type { createColors } from 'picocolors';
import type { RegistryRunReport } from './model.js';
import { plural } from '../util/plural.js';

type Colors = ReturnType<typeof createColors>;

/** The "Package indexes" block of the text report: counts, refusals and the mirror that answered instead. */
export function formatRegistryRun(colors: Colors, run: RegistryRunReport): string[] {
  const { packages } = run;
  const mode = run.mode === 'offline' ? 'offline, from the cache' : run.publicOnly ? 'public mirrors only' : 'online';
  const lines = [
    `${colors.bold('Package indexes')} ${colors.dim(`(${mode})`)}: ${plural(packages.checked, 'package')} checked · ${packages.found} found · ${packages.missing} in no index · ${packages.unresolved} unresolved` +
      colors.dim(` · ${plural(run.requests, 'request')}, ${run.fromCache} from cache`),
  ];
  for (const failover of run.failovers) {
    const answered = failover.mirror
      ? `failed over to ${failover.mirror} (${failover.resolved.length} resolved${failover.unresolved.length ? `, ${failover.unresolved.length} not found there` : ''})`
      : colors.red('no mirror answered');
    lines.push(`  ${colors.yellow(`${failover.ecosystem} ${failover.index} ${failover.reason}`)} ${colors.dim(`[${failover.origin}]`)}: ${answered}`);
  }
  for (const warning of run.warnings) lines.push(colors.dim(`  warning: ${warning}`));
  return lines;
}
