import path from 'node:path';
import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { loadRootConfig } from '../../audit/audit-workspace.js';
import { resolveSettings } from '../../config/settings.js';
import { diagnose, type DiagnoseReport, type DiagnosedIndex } from '../../registry/diagnose/diagnose.js';
import { renderTable } from '../../report/table.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { requireDirectory, useColor } from './report.js';

interface DiagnoseFlags {
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

export function registerDiagnose(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('diagnose')
    .description('check every configured package index and mirror: where it was configured, DNS, TCP/TLS, HTTP, auth, proxy and CA settings')
    .argument('[path]', 'the project whose pip, uv, npm and cockpit.yaml configuration applies', '.')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--timeout <seconds>', 'per step (default: 10)')
    .option('--public', 'check the public mirrors only')
    .option('--index-url <url>', 'PyPI index to check instead of the configured one')
    .option('--extra-index-url <url>', 'another PyPI index to check (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--npm-registry <url>', 'npm registry to check instead of the configured one')
    .option('--color', 'force colour')
    .option('--no-color', 'never use colour (NO_COLOR is honoured too)')
    .addHelpText(
      'after',
      '\nA working path is the one `ops report --resolve` takes: every configured index answers (found or 404), or the first\nmirror that answers stands in for those that refuse, fail or answer a broken document; names in registries.private\nnever go to a mirror.\n\nExit codes:\n  0  every ecosystem has a working path\n  3  some ecosystem has none, or bad arguments\n',
    )
    .action(async (target: string, flags: DiagnoseFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new CockpitError(`--format: unknown format '${flags.format}' (expected text, json)`);
      const settings = resolveSettings({ color: flags.color, registryTimeout: flags.timeout }, io.env);
      const root = path.resolve(io.cwd, target);
      await requireDirectory(root, target);
      const registries = (await loadRootConfig(root))?.config.registries;
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
      setExitCode(report.exitCode);
    });
}
