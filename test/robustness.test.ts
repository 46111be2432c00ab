import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../src/cli/main.js';
import { tokenLike } from './helpers/cli.js';

/**
 * Robustness: seeded property-based and mutation tests run `ops report` in process on tiny generated
 * workspaces and hold the exit-code contract: 0/1/2 print a JSON report, 3 prints one `ops: error:` line,
 * nothing throws out of main and nothing hangs. The seed is fixed so a failure replays identically.
 */
const SEED = 20261204;
/** One run is a tiny workspace; anything near this bound is a hang, not a slow audit. */
const RUN_TIMEOUT_MS = 10_000;

let tempRoot = '';
let runIndex = 0;
let runsDone = 0;
const exitCodes = new Map<number, number>();

beforeAll(async () => {
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'cockpit-robust-'));
});

afterAll(async () => {
  await rm(tempRoot, { recursive: true, force: true });
  // Visible in the test log so the generated-input count stays checkable.
  console.log(`robustness: ${runsDone} generated workspaces audited; exit codes ${JSON.stringify(Object.fromEntries(exitCodes))}`);
});

type Files = Record<string, string | Uint8Array>;

const AGENT_PY = [
  'from google.adk.agents import Agent',
  '',
  'def lookup(city: str) -> dict:',
  '    """Return the forecast for a city."""',
  '    return {"city": city, "forecast": "sunny"}',
  '',
  'root_agent = Agent(name="weather", model="gemini-2.5-flash", instruction="Answer weather questions.", tools=[lookup])',
  '',
].join('\n');

/** Seeds that carry a blocking finding, so mutated inputs also reach exits 1 and 2 and their JSON reports. */
const PLANTED_TOKEN = tokenLike('ghp_', 36, 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const AGENT_PY_SECRET = `${AGENT_PY}GITHUB_TOKEN = "${PLANTED_TOKEN}"\n`;
const AGENT_PY_RISKY = [
  'import subprocess',
  'from google.adk.agents import Agent',
  '',
  'def run_command(command: str) -> str:',
  '    """Run a shell command the model chose."""',
  '    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout',
  '',
  'root_agent = Agent(name="ops", model="gemini-2.5-flash", instruction="Help with servers.", tools=[run_command])',
  '',
].join('\n');

const AGENT_TS = [
  "import { generateText, tool } from 'ai';",
  "import { openai } from '@ai-sdk/openai';",
  "import { z } from 'zod';",
  '',
  'export async function answer(question: string) {',
  '  const result = await generateText({',
  "    model: openai('gpt-4o-mini'),",
  '    prompt: question,',
  "    tools: { lookup: tool({ description: 'Find a city', inputSchema: z.object({ city: z.string() }), execute: async ({ city }) => ({ city }) }) },",
  '  });',
  '  return result.text;',
  '}',
  '',
].join('\n');

const COCKPIT_YAML = 'version: 1\nrules:\n  secret/*: error\n  reliability/*: warning\n';
const REQUIREMENTS = 'google-adk==1.2.0\nrequests>=2.31,<3\nlangchain-core ~= 0.3.0 ; python_version >= "3.10"\n';
const PYPROJECT = [
  '[project]',
  'name = "weather"',
  'version = "0.1.0"',
  'dependencies = ["google-adk>=1.0", "httpx==0.27.0"]',
  '',
  '[tool.poetry.dependencies]',
  'python = "^3.11"',
  '',
].join('\n');
const PACKAGE_JSON = JSON.stringify({ name: 'helper', version: '1.0.0', dependencies: { ai: '^5.0.0', zod: '3.25.0' }, devDependencies: { typescript: '5.9.3' } }, null, 2);
const PACKAGE_LOCK = JSON.stringify(
  {
    name: 'helper',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'helper', version: '1.0.0', dependencies: { ai: '^5.0.0' } },
      'node_modules/ai': { version: '5.0.10', resolved: 'https://registry.npmjs.org/ai/-/ai-5.0.10.tgz', integrity: 'sha512-AAAA' },
    },
  },
  null,
  2,
);
const NOTEBOOK = {
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Weather agent\n'] },
    { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: AGENT_PY.split('\n').map((line) => `${line}\n`) },
  ],
  metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
  nbformat: 4,
  nbformat_minor: 5,
};

// ---------------------------------------------------------------------------------------------
// Mutations: byte-level edits of a valid seed (the shape of a truncated download or a bad merge).

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number };

const encoder = new TextEncoder();

const insertion: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.string({ maxLength: 20 }).map((text) => encoder.encode(text)),
  fc.string({ unit: 'grapheme', maxLength: 10 }).map((text) => encoder.encode(text)),
  fc.uint8Array({ maxLength: 12 }),
  fc.constantFrom('\0', '\n', '\r\n', '"', "'", '{', '}', '[', ']', '(', ')', ':', ',', '#', '\\', '\uFEFF', '\u2028').map((text) => encoder.encode(text)),
  fc.integer({ min: 1_000, max: 200_000 }).map((length) => encoder.encode('x'.repeat(length))),
  // Lone surrogate halves and overlong forms: bytes no UTF-8 decoder accepts.
  fc.constantFrom(Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xc0, 0xaf), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0x80)),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

function applyMutations(seed: string | Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = typeof seed === 'string' ? encoder.encode(seed) : seed;
  for (const step of mutations) {
    const at = bytes.length === 0 ? 0 : step.at % (bytes.length + 1);
    switch (step.kind) {
      case 'flip':
        if (bytes.length > 0) {
          bytes = Uint8Array.from(bytes);
          const index = at % bytes.length;
          bytes[index] = (bytes[index] ?? 0) ^ (1 << step.bit);
        }
        break;
      case 'truncate':
        bytes = bytes.slice(0, at);
        break;
      case 'insert':
        bytes = concat(bytes.slice(0, at), step.text, bytes.slice(at));
        break;
      case 'delete':
        bytes = concat(bytes.slice(0, at), bytes.slice(at + step.length));
        break;
      case 'duplicate':
        bytes = concat(bytes.slice(0, at + step.length), bytes.slice(at));
        break;
    }
  }
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function mutated(seed: string): fc.Arbitrary<Uint8Array> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((steps) => applyMutations(seed, steps));
}

// Token-level edits of source: insert, delete or duplicate whole tokens, so the parser sees
// near-valid code rather than only byte noise.
function tokenMutated(source: string, extraTokens: readonly string[]): fc.Arbitrary<string> {
  const tokens = source.split(/(\s+|[()[\]{}:,.=])/).filter((token) => token !== '');
  const op = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...extraTokens, ...tokens.slice(0, 40)) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), token: fc.constant('') }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), token: fc.constant('') }),
  );
  return fc.array(op, { minLength: 1, maxLength: 6 }).map((steps) => {
    const out = [...tokens];
    for (const step of steps) {
      const at = step.at % (out.length + 1);
      if (step.kind === 'insert') out.splice(at, 0, step.token);
      else if (step.kind === 'delete') out.splice(at, 1);
      else if (out[at] !== undefined) out.splice(at, 0, out[at] ?? '');
    }
    return out.join('');
  });
}

/** Deeply nested but otherwise ordinary code: recursion-depth bugs in walkers show up here. */
function deeplyNested(language: 'python' | 'ts'): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 50, max: 3_000 }), fc.constantFrom('(', '[', '{'), fc.boolean()).map(([depth, open, balanced]) => {
    const close = open === '(' ? ')' : open === '[' ? ']' : '}';
    const inner = `${open.repeat(depth)}1${balanced ? close.repeat(depth) : ''}`;
    return language === 'python' ? `${AGENT_PY}\nvalue = ${inner}\n` : `${AGENT_TS}\nexport const value = ${inner};\n`;
  });
}

// ---------------------------------------------------------------------------------------------
// Running one generated workspace.

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function audit(files: Files): Promise<Outcome> {
  const root = path.join(tempRoot, `w${runIndex++}`);
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  let stdout = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`ops report did not finish within ${RUN_TIMEOUT_MS} ms`)), RUN_TIMEOUT_MS);
  });
  try {
    const code = await Promise.race([
      main([process.execPath, 'ops', 'report', '--workspace', '--jobs', '1', root, '--lake', path.join(root, '.lake'), '--no-cache', '--format', 'json', '--quiet'], {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        stdoutIsTty: false,
        stderrIsTty: false,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', COCKPIT_FORMAT: '' },
        cwd: root,
      }),
      timeout,
    ]);
    runsDone++;
    exitCodes.set(code, (exitCodes.get(code) ?? 0) + 1);
    return { code, stdout, stderr };
  } finally {
    clearTimeout(timer);
    await rm(root, { recursive: true, force: true });
  }
}

/** The exit-code contract every generated input must keep. */
function expectContract(outcome: Outcome): void {
  const context = `exit ${outcome.code}\nstderr: ${outcome.stderr.slice(0, 2_000)}`;
  expect([0, 1, 2, 3], context).toContain(outcome.code);
  expect(outcome.stderr, context).not.toMatch(/^\s+at /m);
  if (outcome.code === 3) {
    const lines = outcome.stderr.replace(/\n$/, '').split('\n');
    expect(lines, context).toHaveLength(1);
    expect(lines[0], context).toMatch(/^ops: error: /);
  } else {
    expect(() => JSON.parse(outcome.stdout), context).not.toThrow();
  }
}

async function check(files: Files): Promise<void> {
  expectContract(await audit(files));
}

function withAgent(extra: Files): Files {
  return { 'weather/agent.py': AGENT_PY, ...extra };
}

/** Per property: its runs at ~25 ms each, with room for a loaded CI machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

const options = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });

// ---------------------------------------------------------------------------------------------

const yamlScalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('off', 'error', 'warning', 'note', 'secret/*', '*'));
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, yamlScalar, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 10 }), tie('value'), { maxKeys: 3 })),
})).value;
const configKey = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('version', 'rules', 'ignore', 'agents', 'severity', 'gate', 'extends', 'policy'));

describe('robustness: generated inputs keep the exit-code contract', () => {
  it('cockpit.yaml from arbitrary keys and values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(configKey, yamlValue, { maxKeys: 4 }), fc.boolean(), async (config, inAgent) => {
        await check(withAgent({ [inAgent ? 'weather/cockpit.yaml' : 'cockpit.yaml']: stringify(config) }));
      }),
      options(200),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('cockpit.yaml mutated from a valid config, and garbage bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(COCKPIT_YAML), fc.uint8Array({ maxLength: 200 })), async (bytes) => {
        await check(withAgent({ 'cockpit.yaml': bytes }));
      }),
      options(200),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('.cockpitignore patterns', async () => {
    const piece = fc.constantFrom('*', '**', '!', '/', '\\', '[', ']', '[!a-', '#', ' ', '?', 'weather', 'agent.py', '.py', '..', '\0', 'é', '\r', '{a,b}');
    const line = fc.oneof(fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')), fc.string({ maxLength: 16 }));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.boolean(), async (lines, inAgent) => {
        await check(withAgent({ [inAgent ? 'weather/.cockpitignore' : '.cockpitignore']: lines.join('\n') }));
      }),
      options(250),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('Python manifests mutated from valid seeds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(REQUIREMENTS).map((bytes) => ({ 'weather/requirements.txt': bytes })), mutated(PYPROJECT).map((bytes) => ({ 'weather/pyproject.toml': bytes }))), async (manifest) => {
        await check(withAgent(manifest));
      }),
      options(300),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('npm manifests mutated from valid seeds', async () => {
    await fc.assert(
      fc.asyncProperty(
        mutated(PACKAGE_JSON),
        fc.option(mutated(PACKAGE_LOCK), { nil: undefined }),
        async (manifest, lock) => {
          await check({ 'helper/agent.ts': AGENT_TS, 'helper/package.json': manifest, ...(lock ? { 'helper/package-lock.json': lock } : {}) });
        },
      ),
      options(250),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('.ipynb notebooks: mutated bytes and mutated JSON structure', async () => {
    const structural = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((cells) => ({ ...NOTEBOOK, cells })),
      fc.jsonValue({ maxDepth: 2 }).map((source) => ({ ...NOTEBOOK, cells: [{ cell_type: 'code', metadata: {}, outputs: [], source }] })),
      fc.jsonValue({ maxDepth: 3 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(JSON.stringify(NOTEBOOK, null, 1)), structural.map((value) => JSON.stringify(value) ?? 'null')), async (notebook) => {
        await check({ 'weather/agent.py': 'from google.adk.agents import Agent\n', 'weather/explore.ipynb': notebook });
      }),
      options(250),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('Python agent source: token edits, deep nesting, long lines, NUL bytes, invalid UTF-8', async () => {
    const source = fc.oneof(
      fc.constantFrom(AGENT_PY, AGENT_PY_SECRET, AGENT_PY_RISKY).chain((seed) =>
        tokenMutated(seed, ['def', 'class', 'lambda', 'async', 'await', '"""', "'", '\\', '\t', '\n    ', '@', '**', 'import os', 'os.system(cmd)']),
      ),
      deeplyNested('python'),
      mutated(AGENT_PY),
    );
    await fc.assert(
      fc.asyncProperty(source, async (code) => {
        await check({ 'weather/agent.py': code });
      }),
      options(300),
    );
  }, PROPERTY_TIMEOUT_MS);

  it('TypeScript agent source: token edits, deep nesting, long lines, NUL bytes, invalid UTF-8', async () => {
    const source = fc.oneof(
      tokenMutated(AGENT_TS, ['function', 'class', '=>', 'async', 'await', '`', '${', "'", '/*', '//', '<div>', 'as any', 'eval(x)', 'new Function(x)']),
      deeplyNested('ts'),
      mutated(AGENT_TS),
    );
    await fc.assert(
      fc.asyncProperty(source, async (code) => {
        await check({ 'helper/agent.ts': code, 'helper/package.json': PACKAGE_JSON });
      }),
      options(300),
    );
  }, PROPERTY_TIMEOUT_MS);
});
