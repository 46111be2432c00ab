import { execFileSync } from 'node:child_process';
import { chmod, chown, link, lstat, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from './helpers/in-process.js';
import { auditOneAgent } from '../src/mcp/engine.js';
import { healPlanJson } from '../src/report/heal-json.js';
import { ReportSchema } from '../src/report/model.js';
import { pem, ppk } from '../src/secrets/catalog/sample-tokens.js';
import { healPreview } from '../src/server/heal-preview.js';
import { DEFAULT_SETTINGS } from '../src/config/settings.js';
import { makeTree, removeTree, tokenLike } from './helpers/cli.js';

/**
 * Heal as a careful file editor: the failures of "Fail safe: heal that never leaks or corrupts",
 * each reproduced with real files (and real git repositories) through the CLI in this process.
 */

const trees: string[] = [];
afterAll(async () => {
  await Promise.all(trees.map(removeTree));
});

async function tree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await makeTree(files);
  trees.push(root);
  return root;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const ops = (args: readonly string[]): Promise<Run> => runInProcess(args);

function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
}

function commitAll(root: string): void {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'fixture');
}

const REQUIREMENTS = 'requests==2.32.3\nlangchain==0.3.27\n';

// ---- (1) a key beside a healed line -----------------------------------------------------------

const RSA = pem('heal-safety-rsa', 'RSA PRIVATE KEY', 1600);
const OPENSSH = pem('heal-safety-openssh', 'OPENSSH PRIVATE KEY', 380);
const PUTTY = ppk('heal-safety-ppk', 3);

/** The lines of a key that must never be shown: all but its BEGIN/END markers (and PuTTY's header words). */
function keyLines(key: string): string[] {
  return key.split('\n').filter((line) => !/^-----(BEGIN|END) /.test(line) && !/^(PuTTY-User-Key-File-\d|Encryption|Comment|Public-Lines|Private-Lines):/.test(line));
}

const KEY_FILES: Record<string, string> = {
  'requirements.txt': REQUIREMENTS,
  // The healed calls sit right above and right below each key, so the diff's 3 context lines reach into it.
  'signing.py': [
    'import requests',
    '',
    'health = requests.get("https://status.internal/health")',
    `DEPLOY_KEY = """${RSA}"""`,
    'status = requests.get("https://status.internal/ping")',
    '',
    `LEGACY_PPK = """${PUTTY}"""`,
    'token = requests.post("https://auth.internal/token")',
    '',
  ].join('\n'),
  'tunnel.ts': [
    "import { generateText } from 'ai';",
    "import { openai } from '@ai-sdk/openai';",
    '',
    `const TUNNEL_KEY = \`${OPENSSH}\`;`,
    "export const answer = await generateText({ model: openai('gpt-4o-mini'), prompt: 'hi', maxOutputTokens: 200 });",
    '',
  ].join('\n'),
  'package.json': '{"name":"tunnel","dependencies":{"ai":"5.0.0","@ai-sdk/openai":"2.0.0"}}\n',
};

function expectNoKeyLine(output: string, where: string): void {
  for (const key of [RSA, OPENSSH, PUTTY]) {
    for (const line of keyLines(key)) expect(output.includes(line), `${where} shows a line of a key: ${line.slice(0, 12)}…`).toBe(false);
  }
}

describe('heal diffs beside a private key', () => {
  it('show no line of an RSA, OpenSSH or PuTTY key in text, JSON or HTML dry runs', async () => {
    const root = await tree(KEY_FILES);
    const text = await ops(['report', root, '--heal', '--dry-run']);
    expect(text.stdout).toContain('+status = requests.get("https://status.internal/ping", timeout=30)');
    expectNoKeyLine(text.stdout, 'text');
    const json = await ops(['report', root, '--heal', '--dry-run', '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    const signing = report.heal!.files.find((file) => file.file === 'signing.py')!;
    // The context is still there, masked: the diff keeps its shape.
    expect(signing.diff).toMatch(/^ .*…/m);
    expectNoKeyLine(json.stdout, 'json');
    const html = await ops(['report', root, '--heal', '--dry-run', '--format', 'html']);
    expectNoKeyLine(html.stdout, 'html');
  });

  it('show no line of a key when applying, on --branch, in the API preview and in MCP preview_heal', async () => {
    const root = await tree(KEY_FILES);
    const previewRoot = await tree(KEY_FILES);
    const api = await healPreview(previewRoot, '.', DEFAULT_SETTINGS);
    expect(api?.files.length).toBeGreaterThan(0);
    expectNoKeyLine(JSON.stringify(api), 'GET /api/agents/{id}/heal');
    const target = { absolute: previewRoot, relative: '.' };
    const mcp = (await auditOneAgent(target, DEFAULT_SETTINGS, { heal: { force: false } })).heal!;
    expect(mcp.files.length).toBeGreaterThan(0);
    expectNoKeyLine(JSON.stringify(healPlanJson(mcp, true)), 'preview_heal');

    commitAll(root);
    const applied = await ops(['report', root, '--heal', '--branch', 'cockpit/heal']);
    expect(applied.stdout).toContain('Committed on branch cockpit/heal.');
    expectNoKeyLine(applied.stdout + applied.stderr, 'apply');
    expectNoKeyLine(git(root, 'log', '-1', '--format=%B'), 'commit message');
  });

  it('masks a key block the diff cuts in half, on both sides of the edit, and leaves other lines readable', async () => {
    const root = await tree({ 'requirements.txt': REQUIREMENTS, 'k.py': `import requests\nKEY = """${RSA}"""\nr = requests.get("https://x.internal")\n# after\n` });
    const report = ReportSchema.parse(JSON.parse((await ops(['report', root, '--heal', '--dry-run', '--format', 'json'])).stdout));
    const diff = report.heal!.files.find((file) => file.file === 'k.py')!.diff;
    const lines = diff.split('\n');
    // Three context lines before the edit, all inside the key, all masked; the line after stays as it is.
    const edit = lines.findIndex((line) => line.startsWith('-r = requests.get'));
    expect(lines.slice(edit - 3, edit).every((line) => line.startsWith(' ') && line.includes('…'))).toBe(true);
    expect(lines).toContain(' # after');
    expectNoKeyLine(diff, 'diff');
  });
});

// ---- (2) a symlinked .env.example, (6) a FIFO .env.example --------------------------------------

const KEY = tokenLike('sk-proj-', 156, 71, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
const SECRET_FILES: Record<string, string> = {
  'requirements.txt': REQUIREMENTS,
  'settings.py': `OPENAI_API_KEY = "${KEY}"\n`,
};

describe('heal touches only regular files inside the agent', () => {
  it('leaves a .env.example that links outside the repository alone: not read, not replaced, not committed', async () => {
    const outside = await tree({ 'credentials.env': 'AWS_SECRET_ACCESS_KEY=outside-content-never-read\n' });
    const root = await tree(SECRET_FILES);
    await symlink(path.join(outside, 'credentials.env'), path.join(root, '.env.example'));
    commitAll(root);

    const dry = await ops(['report', root, '--heal', '--dry-run', '--format', 'json']);
    expect(dry.stdout).not.toContain('outside-content-never-read');
    const planned = ReportSchema.parse(JSON.parse(dry.stdout)).heal!.files.find((file) => file.file === '.env.example');
    expect(planned?.skipped).toMatch(/symbolic link/);

    const applied = await ops(['report', root, '--heal', '--branch', 'cockpit/heal', '--format', 'json']);
    expect(applied.stdout).not.toContain('outside-content-never-read');
    expect((await lstat(path.join(root, '.env.example'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(root, '.env.example'))).toBe(path.join(outside, 'credentials.env'));
    expect(await readFile(path.join(outside, 'credentials.env'), 'utf8')).toBe('AWS_SECRET_ACCESS_KEY=outside-content-never-read\n');
    // The code fix itself still lands, and the branch holds nothing from outside.
    expect(await readFile(path.join(root, 'settings.py'), 'utf8')).toContain('os.environ["OPENAI_API_KEY"]');
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('settings.py');
    expect(git(root, 'show', 'HEAD')).not.toContain('outside-content-never-read');
  });

  it('leaves a .env.example hard-linked to a file outside the repository alone', async () => {
    const outside = await tree({ 'credentials.env': 'AWS_SECRET_ACCESS_KEY=outside-content-never-read\n' });
    const root = await tree(SECRET_FILES);
    await link(path.join(outside, 'credentials.env'), path.join(root, '.env.example'));
    const result = await ops(['report', root, '--heal', '--format', 'json']);
    expect(result.stdout).not.toContain('outside-content-never-read');
    expect(ReportSchema.parse(JSON.parse(result.stdout)).heal!.files.find((file) => file.file === '.env.example')?.skipped).toMatch(/hard link/);
    expect(await readFile(path.join(outside, 'credentials.env'), 'utf8')).toBe('AWS_SECRET_ACCESS_KEY=outside-content-never-read\n');
    expect((await stat(path.join(root, '.env.example'))).nlink).toBe(2);
  });

  it('does not hang on a FIFO .env.example and leaves it in place', async () => {
    const root = await tree(SECRET_FILES);
    execFileSync('mkfifo', [path.join(root, '.env.example')]);
    const result = await ops(['report', root, '--heal', '--format', 'json']);
    const report = ReportSchema.parse(JSON.parse(result.stdout));
    expect(report.heal!.files.find((file) => file.file === '.env.example')?.skipped).toMatch(/not a regular file/);
    expect((await lstat(path.join(root, '.env.example'))).isFIFO()).toBe(true);
  }, 15_000);
});

// ---- (3) encodings ----------------------------------------------------------------------------

const CALL = 'import requests\r\n\r\n# Café status — “fast”\r\ndef ping():\r\n    return requests.get("https://status.internal/ping")\r\n';
const HEALED = CALL.replace('ping")', 'ping", timeout=30)');

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('heal keeps each file’s encoding byte for byte', () => {
  const cases: Array<[string, Buffer, Buffer]> = [
    ['windows-1252', Buffer.from(CALL.replace(' — “fast”', ''), 'latin1'), Buffer.from(HEALED.replace(' — “fast”', ''), 'latin1')],
    ['windows-1252 with its own punctuation', Buffer.from(CALL.replace('—', '\x97').replace('“', '\x93').replace('”', '\x94'), 'latin1'), Buffer.from(HEALED.replace('—', '\x97').replace('“', '\x93').replace('”', '\x94'), 'latin1')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CALL)]), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEALED)])],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CALL, 'utf16le')]), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEALED, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(CALL)]), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(HEALED)])],
  ];
  for (const [name, before, after] of cases) {
    it(`${name}: the edit lands where the audit saw it, everything else unchanged`, async () => {
      const root = await tree({ 'requirements.txt': REQUIREMENTS, 'ping.py': before });
      const result = await ops(['report', root, '--heal', '--format', 'json']);
      expect(result.code, result.stderr).toBe(0);
      expect((await readFile(path.join(root, 'ping.py'))).toString('hex')).toBe(after.toString('hex'));
    });
  }

  it('adds to a UTF-16 .env.example in UTF-16 with its CRLF line ends', async () => {
    const env = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('LOG_LEVEL=info\r\n', 'utf16le')]);
    const root = await tree({ ...SECRET_FILES, '.env.example': env });
    await ops(['report', root, '--heal', '--format', 'json']);
    expect((await readFile(path.join(root, '.env.example'))).toString('hex')).toBe(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('LOG_LEVEL=info\r\nOPENAI_API_KEY=\r\n', 'utf16le')]).toString('hex'),
    );
  });
});

// ---- (4) git cannot answer; owners -------------------------------------------------------------

describe('heal refuses when git cannot say whether a file has uncommitted changes', () => {
  const saved = process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'];
  afterEach(() => {
    if (saved === undefined) delete process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'];
    else process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'] = saved;
  });

  it('exits 3 with one line on "dubious ownership", changes nothing, and heals with --force', async () => {
    const root = await tree(SECRET_FILES);
    commitAll(root);
    // What git says when CI runs as root in a checkout another user owns.
    process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'] = '1';
    const refused = await ops(['report', root, '--heal']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/^ops: error: --heal: git cannot tell whether .* has uncommitted changes \(.*dubious ownership.*\); .*--force.*\n$/);
    expect(await readFile(path.join(root, 'settings.py'), 'utf8')).toBe(SECRET_FILES['settings.py']);

    const dry = ReportSchema.parse(JSON.parse((await ops(['report', root, '--heal', '--dry-run', '--format', 'json'])).stdout));
    expect(dry.heal!.files.find((file) => file.file === 'settings.py')?.skipped).toMatch(/git cannot tell/);

    const forced = await ops(['report', root, '--heal', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(path.join(root, 'settings.py'), 'utf8')).toContain('os.environ["OPENAI_API_KEY"]');
  });

  it('exits 3 when the index is broken', async () => {
    const root = await tree(SECRET_FILES);
    commitAll(root);
    await writeFile(path.join(root, '.git', 'index'), 'not an index');
    const refused = await ops(['report', root, '--heal']);
    expect(refused.code).toBe(3);
    expect(refused.stderr.split('\n')).toHaveLength(2);
    expect(await readFile(path.join(root, 'settings.py'), 'utf8')).toBe(SECRET_FILES['settings.py']);
  });

  it('keeps the owner and group of every file it rewrites', async () => {
    const root = await tree({ ...SECRET_FILES, '.env.example': 'LOG_LEVEL=info\n' });
    const owner = process.getuid?.() === 0 ? { uid: 1000, gid: 1000 } : { uid: process.getuid!(), gid: process.getgid!() };
    for (const file of ['settings.py', '.env.example']) await chown(path.join(root, file), owner.uid, owner.gid);
    const result = await ops(['report', root, '--heal']);
    expect(result.code, result.stderr).toBe(0);
    for (const file of ['settings.py', '.env.example']) {
      const info = await stat(path.join(root, file));
      expect({ file, uid: info.uid, gid: info.gid }).toEqual({ file, ...owner });
    }
    expect(await readFile(path.join(root, '.env.example'), 'utf8')).toBe('LOG_LEVEL=info\nOPENAI_API_KEY=\n');

    // A .env.example heal creates belongs to whoever owns the agent folder, not to the user heal runs as.
    const fresh = await tree(SECRET_FILES);
    await chown(fresh, owner.uid, owner.gid);
    await ops(['report', fresh, '--heal']);
    const created = await stat(path.join(fresh, '.env.example'));
    expect({ uid: created.uid, gid: created.gid }).toEqual(owner);
  });
});

// ---- (5) modes --------------------------------------------------------------------------------

describe('heal keeps file modes and leaves read-only files alone', () => {
  it('keeps 0755 on an executable script', async () => {
    const root = await tree({ 'requirements.txt': REQUIREMENTS, 'ping.py': '#!/usr/bin/env python3\nimport requests\nrequests.get("https://x.internal")\n' });
    await chmod(path.join(root, 'ping.py'), 0o755);
    await ops(['report', root, '--heal']);
    expect(await readFile(path.join(root, 'ping.py'), 'utf8')).toContain('timeout=30');
    expect((await stat(path.join(root, 'ping.py'))).mode & 0o7777).toBe(0o755);
  });

  it('refuses a read-only file with a one-line reason', async () => {
    const source = 'import requests\nrequests.get("https://x.internal")\n';
    const root = await tree({ 'requirements.txt': REQUIREMENTS, 'ping.py': source });
    await chmod(path.join(root, 'ping.py'), 0o444);
    const report = ReportSchema.parse(JSON.parse((await ops(['report', root, '--heal', '--format', 'json'])).stdout));
    expect(report.heal!.files.find((file) => file.file === 'ping.py')?.skipped).toMatch(/^read-only/);
    expect(await readFile(path.join(root, 'ping.py'), 'utf8')).toBe(source);
    expect((await stat(path.join(root, 'ping.py'))).mode & 0o7777).toBe(0o444);
  });
});

// ---- (7) one variable per distinct secret -----------------------------------------------------

describe('heal names one environment variable per distinct secret', () => {
  it('gives three different OpenAI keys three names and the same key one, each listed once', async () => {
    const keys = [71, 72, 73].map((seed) => tokenLike('sk-proj-', 156, seed, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'));
    const root = await tree({
      'requirements.txt': 'openai==1.99.0\n',
      'clients.py': [
        'from openai import OpenAI',
        '',
        `research = OpenAI(api_key="${keys[0]}")`,
        `billing = OpenAI(api_key="${keys[1]}")`,
        `support = OpenAI(api_key="${keys[2]}")`,
        '',
      ].join('\n'),
      'worker.py': `from openai import OpenAI\n\nbackup = OpenAI(api_key="${keys[1]}")\n`,
    });
    const result = await ops(['report', root, '--heal', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const clients = await readFile(path.join(root, 'clients.py'), 'utf8');
    expect(clients).toContain('research = OpenAI(api_key=os.environ["OPENAI_API_KEY"]');
    expect(clients).toContain('billing = OpenAI(api_key=os.environ["OPENAI_API_KEY_2"]');
    expect(clients).toContain('support = OpenAI(api_key=os.environ["OPENAI_API_KEY_3"]');
    expect(await readFile(path.join(root, 'worker.py'), 'utf8')).toContain('backup = OpenAI(api_key=os.environ["OPENAI_API_KEY_2"]');
    expect(await readFile(path.join(root, '.env.example'), 'utf8')).toBe('OPENAI_API_KEY=\nOPENAI_API_KEY_2=\nOPENAI_API_KEY_3=\n');
  });
});
