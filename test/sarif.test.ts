import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, removeTree, runCli, tokenLike } from './helpers/cli.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { runInProcess } from './helpers/in-process.js';

const TOKEN = tokenLike('ghp_', 36, 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
let root = '';

afterAll(async () => {
  if (root) await removeTree(root);
});

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: Array<Record<string, any>> } };
    automationDetails: { id: string };
    results: Array<Record<string, any>>;
  }>;
}

describe('SARIF report', () => {
  it('is valid SARIF 2.1.0 with the metadata GitHub code scanning reads, and no raw secret', async () => {
    root = await makeTree({
      'src/agent/tools.py': `import os\n\nGITHUB_TOKEN = "${TOKEN}"\n`,
      'prompts/system.txt': 'Escalate to customer Dana Whitfield, SSN 536-22-8041, if the refund fails.\n',
      'ok.py': `# cockpit: ignore[secret/*] revoked demo token kept for a workshop\nOLD = "${tokenLike('ghp_', 36, 12)}"\n`,
    });
    const result = await runCli(['report', root, '--format', 'sarif']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(TOKEN);
    expect(result.stdout).not.toContain('536-22-8041');
    const log = JSON.parse(result.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);

    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    const driver = run!.tool.driver;
    expect(driver.name).toBe('AgentOps Cockpit');
    expect(driver.semanticVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(run!.automationDetails.id).toMatch(/\/$/);

    const ruleIds = driver.rules.map((rule) => rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of driver.rules) {
      expect(rule['shortDescription'].text).not.toBe('');
      expect(rule['fullDescription'].text).not.toBe('');
      expect(rule['help'].markdown).toContain('**Remediation:**');
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule['properties'].precision);
      expect(rule['properties'].tags.length).toBeGreaterThan(0);
      // Security rules carry what GitHub ranks alerts by: the `security` tag, a CWE and a numeric severity.
      if (['secret', 'pii', 'security'].includes(rule['properties'].category)) {
        expect(rule['properties'].tags).toContain('security');
        expect(rule['properties'].tags.some((tag: string) => /^CWE-\d+$/.test(tag))).toBe(true);
        expect(Number(rule['properties']['security-severity'])).toBeGreaterThan(0);
      }
    }

    const active = run!.results.filter((entry) => !entry['suppressions']);
    expect(active.map((entry) => entry['locations'][0].physicalLocation.artifactLocation.uri).sort()).toEqual([
      'prompts/system.txt',
      'src/agent/tools.py',
    ]);
    for (const entry of run!.results) {
      expect(entry['level']).toBe('error');
      expect(ruleIds[entry['ruleIndex']]).toBe(entry['ruleId']);
      expect(Object.values(entry['partialFingerprints'])[0]).toMatch(/^[0-9a-f]{32}$/);
      expect(entry['locations'][0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
    const suppressed = run!.results.filter((entry) => entry['suppressions']);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!['suppressions'][0]).toMatchObject({ kind: 'inSource', justification: 'revoked demo token kept for a workshop' });
  });
});

describe('--sarif-path-prefix', () => {
  it("puts the audited folder's place in the repository before every location, results and skipped files alike", async () => {
    const tree = await makeTree({ 'agent/tools.py': `GITHUB_TOKEN = "${TOKEN}"\n`, 'agent/big.bin.py': `x = "${'a'.repeat(200)}"\n` });
    try {
      const plain = await runInProcess(['report', tree, '--format', 'sarif', '--no-cache', '--max-file-size', '100']);
      const prefixed = await runInProcess(['report', tree, '--format', 'sarif', '--no-cache', '--max-file-size', '100', '--sarif-path-prefix', './services/fleet/']);
      expect([plain.code, prefixed.code]).toEqual([1, 1]);
      const uris = (stdout: string) => {
        const [run] = (JSON.parse(stdout) as { runs: Array<{ results: Array<Record<string, any>>; invocations?: Array<Record<string, any>> }> }).runs;
        const located = [...run!.results, ...(run!.invocations?.[0]?.['toolExecutionNotifications'] ?? [])];
        return located.map((entry) => entry['locations'][0].physicalLocation.artifactLocation.uri as string).sort();
      };
      expect(uris(plain.stdout).length).toBeGreaterThan(1);
      expect(uris(prefixed.stdout)).toEqual(uris(plain.stdout).map((uri) => `services/fleet/${uri}`));
      expect(sarifSchemaErrors(JSON.parse(prefixed.stdout))).toEqual([]);
    } finally {
      await removeTree(tree);
    }
  });

  it('is one line and exit 3 when it is not a folder inside the repository', async () => {
    for (const bad of ['/abs/agents', '../outside', 'a/../b', 'a//b']) {
      const result = await runInProcess(['report', '.', '--format', 'sarif', '--sarif-path-prefix', bad]);
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('--sarif-path-prefix:');
    }
  });
});
