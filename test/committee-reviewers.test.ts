import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/findings/model.js';
import type { Report } from '../src/report/model.js';
import { makeTree, REPO_ROOT, tokenLike } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';

// Model reviewers on the committee (docs/COMMITTEE.md). The node:http server below stands in for a model
// provider: it speaks the OpenAI chat-completions protocol on 127.0.0.1 and answers from a script (secrets and
// personal data confirmed, everything else disputed, cost findings answered with prose that fails the schema),
// and it keeps every request so the test can read what would have left the machine.

interface Received {
  body: { model: string; temperature: number; response_format?: unknown; messages: Array<{ role: string; content: string }> };
  raw: string;
  authorization: string | undefined;
}

const KEY = 'test-key-for-the-stand-in-provider';
const PLANTED = tokenLike('ghp_', 36, 401);

function answerFor(payload: { category: string }): string {
  if (payload.category === 'finops') return 'I think this is probably fine, but it depends.';
  const decision = payload.category === 'secret' || payload.category === 'pii' ? 'confirmed' : 'disputed';
  return JSON.stringify({ decision, rationale: decision === 'confirmed' ? 'A live credential or personal datum in source.' : 'Acceptable in an example agent.' });
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

describe('model reviewers', () => {
  let scratch: string;
  let workspace: string;
  let server: Server;
  let port: number;
  const received: Received[] = [];

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      const raw = await readBody(request);
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(raw) as Received['body'];
      received.push({ body, raw, authorization: request.headers.authorization });
      const payload = JSON.parse(body.messages.at(-1)!.content) as { category: string };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: answerFor(payload) }, finish_reason: 'stop' }], usage: { prompt_tokens: 90, completion_tokens: 10, total_tokens: 100 } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    scratch = await mkdtemp(path.join(os.tmpdir(), 'cockpit-reviewers-'));
    workspace = path.join(scratch, 'examples');
    await cp(path.join(REPO_ROOT, 'examples'), workspace, { recursive: true, filter: (source) => !source.includes(`${path.sep}.cockpit`) });
    await writeFile(path.join(workspace, 'ops-bot', 'deploy.py'), `"""Deploys the bot."""\n\nDEPLOY_TOKEN = "${PLANTED}"\n`);
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(scratch, { recursive: true, force: true });
  });

  const base = (extra = '') =>
    `committee:\n  reviewers:\n    - name: stand-in\n      url: http://127.0.0.1:${port}/v1\n      model: scripted-1\n      api_key_env: STAND_IN_KEY\n      brief: Decide whether the finding is a real problem in an agent that will ship.\n${extra}`;

  async function configure(committee: string) {
    const fleet = await readFile(path.join(REPO_ROOT, 'examples', 'cockpit.yaml'), 'utf8');
    await writeFile(path.join(workspace, 'cockpit.yaml'), `${fleet}\n${committee}`);
  }

  const run = (cacheDir: string, format = 'json') =>
    // Text without --quiet: the full report (quiet text is one line per blocking finding).
    runInProcess(['report', '--workspace', workspace, '--jobs', '1', ...(format === 'text' ? [] : ['--quiet']), '--format', format], { env: { STAND_IN_KEY: KEY, COCKPIT_CACHE_DIR: cacheDir } });

  /** The raw text each secret or personal-data finding points at, read from the files. */
  async function sensitiveValues(report: Report): Promise<string[]> {
    const values = [PLANTED];
    for (const finding of report.agents.flatMap((agent) => [...agent.findings, ...(agent.belowQuorum ?? [])]) as Finding[]) {
      if (finding.category !== 'secret' && finding.category !== 'pii') continue;
      const line = (await readFile(path.join(workspace, finding.file), 'utf8')).split('\n')[finding.region.startLine - 1]!;
      values.push(line.slice(finding.region.startColumn - 1, finding.region.endColumn - 1));
    }
    return values;
  }

  it('only redacted excerpts leave the machine, at temperature 0; answers are votes; a second run sends nothing', async () => {
    await configure(base());
    const cacheDir = path.join(scratch, 'cache-1');
    const first = await run(cacheDir);
    const report = JSON.parse(first.stdout) as Report;
    expect(first.code).toBe(1);
    const reviewer = report.committee!.auditors.find((auditor) => auditor.name === 'stand-in')!;
    expect(reviewer.kind).toBe('model');
    expect(reviewer.review!.requests).toBe(report.committee!.findings);
    expect(received).toHaveLength(report.committee!.findings);

    const values = await sensitiveValues(report);
    expect(values.length).toBeGreaterThanOrEqual(7);
    for (const request of received) {
      expect(request.authorization).toBe(`Bearer ${KEY}`);
      expect(request.body).toMatchObject({ model: 'scripted-1', temperature: 0, response_format: { type: 'json_object' } });
      for (const value of values) {
        expect(request.raw).not.toContain(value);
        // Not even a long piece of it.
        expect(request.raw).not.toContain(value.slice(Math.floor(value.length / 3), Math.floor(value.length / 3) + 12));
      }
    }

    const findings = report.agents.flatMap((agent) => agent.findings);
    const planted = findings.find((finding) => finding.file === 'ops-bot/deploy.py')!;
    expect(planted.committee!.votes.map((vote) => [vote.auditor, vote.decision])).toEqual([
      ['cockpit-secrets', 'raised'],
      ['stand-in', 'confirmed'],
    ]);
    const disputed = findings.find((finding) => finding.category === 'security')!;
    expect(disputed.committee!.votes.map((vote) => vote.decision)).toEqual(['raised', 'disputed']);
    // An answer that is not the JSON asked for is no vote.
    const cost = findings.find((finding) => finding.category === 'finops')!;
    expect(cost.committee!.votes.map((vote) => vote.auditor)).toEqual(['cockpit-rules']);
    expect(reviewer.review!.unreviewed).toBe(findings.filter((finding) => finding.category === 'finops').length);

    const sent = received.length;
    const second = await run(cacheDir);
    expect(received).toHaveLength(sent);
    const again = (JSON.parse(second.stdout) as Report).committee!.auditors.find((auditor) => auditor.name === 'stand-in')!;
    expect(again.review).toMatchObject({ requests: 0, cached: reviewer.review!.requests, tokens: 0 });
    // The same votes, from the cache.
    expect(second.stdout.replace(/"review": \{[^}]*\}/, '')).toBe(first.stdout.replace(/"review": \{[^}]*\}/, ''));
    const text = await run(cacheDir, 'text');
    expect(text.stdout).toContain('stand-in (model scripted-1):');
    expect(text.stdout).toMatch(/disputed by stand-in/);
  });

  it('a secret only an external scanner knows is masked in what the reviewer is sent', async () => {
    const houseKey = tokenLike('acmelive', 32, 402);
    const root = await makeTree({
      'cockpit.yaml': base(),
      'desk/agent.py': `from google.adk.agents import Agent\n\nHOUSE = "${houseKey}"\n\nroot_agent = Agent(name="desk", model="gemini-2.5-flash", instruction="Help the desk.")\n`,
      'house.sarif': JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'house-scanner' } },
            results: [{ ruleId: 'acme-live-key', message: { text: `Acme live key ${houseKey}` }, properties: { tags: ['secret'] }, locations: [{ physicalLocation: { artifactLocation: { uri: 'desk/agent.py' }, region: { startLine: 3, startColumn: 10, endColumn: 50 } } }] }],
          },
        ],
      }),
    });
    try {
      const before = received.length;
      const result = await runInProcess(['report', '--workspace', root, '--jobs', '1', '--quiet', '--format', 'json', '--import-sarif', 'house-scanner=house.sarif'], {
        cwd: root,
        env: { STAND_IN_KEY: KEY, COCKPIT_CACHE_DIR: path.join(scratch, 'cache-house') },
      });
      expect(result.code).toBe(1);
      const sent = received.slice(before);
      expect(sent.length).toBeGreaterThanOrEqual(2);
      expect(sent.some((request) => request.raw.includes('acme…(40 chars)'))).toBe(true);
      for (const request of sent) expect(request.raw).not.toContain(houseKey.slice(8, 20));
      expect(result.stdout).not.toContain(houseKey.slice(8, 20));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('the token budget stops the reviewing; what is left unreviewed keeps the cockpit\'s verdict', async () => {
    await configure(base('  budget:\n    max_tokens: 250\n'));
    const before = received.length;
    const result = await run(path.join(scratch, 'cache-2'));
    const report = JSON.parse(result.stdout) as Report;
    expect(received.length - before).toBe(3);
    const reviewer = report.committee!.auditors.find((auditor) => auditor.name === 'stand-in')!;
    expect(reviewer.review).toMatchObject({ requests: 3, tokens: 300 });
    // Three answers (one of them may be the prose that is no vote); every other finding is unreviewed.
    expect(reviewer.results + reviewer.review!.unreviewed).toBe(report.committee!.findings);
    expect(reviewer.results).toBeLessThanOrEqual(3);
    expect(result.code).toBe(1);
  });

  it('a reviewer nobody answers for costs only its vote, unless the config requires it (exit 3)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = (required: boolean) =>
      `committee:\n  reviewers:\n    - name: gone\n      url: http://127.0.0.1:${deadPort}/v1\n      model: scripted-1\n      brief: Review it.\n${required ? '      required: true\n' : ''}`;

    await configure(unreachable(false));
    const optional = await run(path.join(scratch, 'cache-3'));
    expect(optional.code).toBe(1);
    const gone = (JSON.parse(optional.stdout) as Report).committee!.auditors.find((auditor) => auditor.name === 'gone')!;
    expect(gone.review).toMatchObject({ requests: 1, error: 'ECONNREFUSED' });

    await configure(unreachable(true));
    const required = await run(path.join(scratch, 'cache-4'));
    expect(required.code).toBe(3);
    expect(required.stderr.trim().split('\n')).toHaveLength(1);
    expect(required.stderr).toContain("committee reviewer 'gone'");
    expect(required.stderr).toContain('ECONNREFUSED');
  });
});
