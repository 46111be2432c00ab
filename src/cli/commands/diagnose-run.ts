import path from 'node:path';
import { createColors } from 'picocolors';
import { loadFleetConfig } from '../../config/root-config.js';
import { resolveSettings } from '../../config/settings.js';
import { diagnose, type DiagnoseReport, type DiagnosedIndex } from '../../registry/diagnose/diagnose.js';
import { renderTable } from '../../report/table.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { requireDirectory, useColor } from './common.js';

export interface DiagnoseFlags {
  config?: string;
  format?: string;
  timeout?: string;
  public?: boolean;
  indexUrl?: string;
  extraIndexUrl?: string[];
  npmRegistry?: string;
  color?: boolean;
}

const AUTH_LABELS: Record<DiagnosedIndex['probe']['auth'], string> = {
  ok: 'ok',
  unauthorized: '401',
  forbidden: '403',
  unreachable: 'unreachable',
  error: 'error',
  broken: 'broken',
};

function step(result: { ok: boolean; ms: number; detail?: string } | undefined): string {
  if (!result) return '–';
  return result.ok ? `${result.ms} ms` : `FAIL ${result.detail ?? ''}`.trim();
}

function formatDiagnosis(report: DiagnoseReport, color: boolean): string {
  const colors = createColors(color);
  const lines: string[] = [];
  for (const entry of report.ecosystems) {
    const head = entry.working ? colors.green(`working path: ${entry.via}`) : colors.red('NO working path');
    lines.push(`${colors.bold(entry.ecosystem)}  ${head}`);
    const [header, ...rows] = renderTable(
      ['Index', 'Role', 'Configured in', 'DNS', 'TCP', 'TLS', 'HTTP', 'Auth'],
      entry.indexes.map((index) => [
        index.url,
        index.scope ? `${index.role} ${index.scope}` : index.role,
        index.origin + (index.hasCredentials ? ` (credentials: ${index.credentialSource ?? 'yes'})` : ''),
        step(index.probe.dns),
        step(index.probe.tcp),
        step(index.probe.tls),
        index.probe.http ? (index.probe.http.status !== undefined ? `${index.probe.http.status} ${index.probe.http.ms} ms` : `FAIL ${index.probe.http.failure ?? ''}`) : '–',
        AUTH_LABELS[index.probe.auth],
      ]),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
    lines.push(colors.dim(`  ${header}`), ...rows.map((row, i) => `  ${entry.indexes[i]!.probe.auth === 'ok' ? row : colors.yellow(row)}`));
    for (const index of entry.indexes) if (index.remedy) lines.push(`  ${colors.yellow('→')} ${index.url}: ${index.remedy}`);
    if (entry.privateNames?.remedy) lines.push(`  ${colors.yellow('→')} ${entry.privateNames.remedy}`);
    lines.push('');
  }
  const { proxies, ca } = report.environment;
  lines.push(
    `${colors.bold('Proxy')}: ${proxies.length ? proxies.map((proxy) => `${proxy.name}=${proxy.value}`).join(' ') : 'none (HTTPS_PROXY, HTTP_PROXY, NO_PROXY unset)'}`,
    `${colors.bold('CA')}: ${ca.length ? ca.map((entry) => `${entry.name}=${entry.value}${entry.exists ? '' : colors.red(' (missing)')}`).join(' ') : 'system store (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE, REQUESTS_CA_BUNDLE unset)'}`,
  );
  for (const entry of ca) if (entry.remedy) lines.push(`  ${colors.yellow('→')} ${entry.remedy}`);
  for (const warning of report.warnings) lines.push(colors.dim(`warning: ${warning}`));
  lines.push(report.exitCode === 0 ? colors.green('Every ecosystem has a working path (exit 0).') : colors.red('Some ecosystem has no working path (exit 3).'));
  return `${lines.join('\n')}\n`;
}

/** `ops diagnose`: probes every configured index; the exit code says whether each ecosystem has a working path. */
export async function runDiagnose(target: string, flags: DiagnoseFlags, io: CliIo): Promise<number> {
  if (flags.format !== 'text' && flags.format !== 'json') throw new CockpitError(`--format: unknown format '${flags.format}' (expected text, json)`);
  const settings = resolveSettings({ color: flags.color, registryTimeout: flags.timeout, config: flags.config, cwd: io.cwd }, io.env);
  const root = path.resolve(io.cwd, target);
  await requireDirectory(root, target);
  const registries = (await loadFleetConfig(root, settings.configFile))?.config.registries;
  const report = await diagnose({
    cwd: root,
    env: io.env,
    timeoutMs: settings.registryTimeoutMs,
    ...(flags.public ? { publicOnly: true } : {}),
    ...(registries ? { cockpitRegistries: registries } : {}),
    flags: {
      ...(flags.indexUrl ? { indexUrl: flags.indexUrl } : {}),
      ...(flags.extraIndexUrl?.length ? { extraIndexUrls: flags.extraIndexUrl } : {}),
      ...(flags.npmRegistry ? { npmRegistry: flags.npmRegistry } : {}),
    },
  });
  io.stdout(flags.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatDiagnosis(report, useColor(settings, io)));
  return report.exitCode;
}
