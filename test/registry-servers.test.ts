import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  basicAuthorization,
  findFreePort,
  NPM_LOCKED_PACKAGE,
  normalizeProjectName,
  onFreePort,
  PortInUseError,
  readTar,
  seedNpm,
  seedPypi,
  startVerdaccio,
  versionFromFilename,
  type PypiStaticHandle,
  type SeededNpm,
} from './helpers/registry-servers/index.js';

const PEP691_JSON = 'application/vnd.pypi.simple.v1+json';
/** What pip 24 sends: JSON preferred, HTML accepted. */
const PIP_ACCEPT = `${PEP691_JSON}, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01`;
/** Each server's own readiness timeout is 15 s; hooks get more than vitest's default 10 s on a busy CI machine. */
const STARTUP_BUDGET_MS = 30_000;
/** What npm 10 sends for installs (corgi documents). */
const NPM_ABBREVIATED = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';

interface Packument {
  name: string;
  'dist-tags': Record<string, string>;
  versions: Record<string, { version: string; deprecated?: string; dist: { tarball: string; shasum: string } }>;
}

async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { headers: { accept: 'application/json', ...headers } });
  return { status: response.status, body: (await response.json()) as T };
}

async function statusOf(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, { headers, redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

async function isRefused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

describe('Verdaccio: a private registry and a public mirror (seedNpm)', () => {
  let npm: SeededNpm;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    npm = await seedNpm();
    bearer = { authorization: `Bearer ${npm.private.token}` };
  }, STARTUP_BUDGET_MS);
  afterAll(async () => {
    await npm?.stop();
  });

  it('starts both registries on their own loopback ports, in seconds', () => {
    expect(npm.private.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(npm.open.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(npm.private.port).not.toBe(npm.open.port);
    // About 2 s on an idle 2-core machine (two Node processes booting), 3-4 s when the cores are shared.
    expect(npm.startupMs).toBeGreaterThan(0);
    expect(npm.startupMs).toBeLessThan(STARTUP_BUDGET_MS);
  });

  it('answers anonymous reads on the private registry with 401, known package or not', async () => {
    const response = await fetch(`${npm.private.url}@acme%2fagent-tools`);
    await response.arrayBuffer();
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/Bearer/);
    expect(await statusOf(`${npm.private.url}ai`)).toBe(401);
    expect(await statusOf(`${npm.private.url}left-pad`)).toBe(401);
  });

  it('treats a wrong token as anonymous (401)', async () => {
    expect(await statusOf(`${npm.private.url}ai`, { authorization: 'Bearer not-a-token' })).toBe(401);
  });

  it('serves the scoped packument to the token, URL-encoded, with the deprecation of 1.0.0', async () => {
    const { status, body } = await getJson<Packument>(`${npm.private.url}@acme%2fagent-tools`, bearer);
    expect(status).toBe(200);
    expect(body.name).toBe('@acme/agent-tools');
    expect(Object.keys(body.versions).sort()).toEqual(['1.0.0', '1.1.0']);
    expect(body.versions['1.0.0']?.deprecated).toBe('use 1.1.0');
    expect(body.versions['1.1.0']?.deprecated).toBeUndefined();
    expect(body['dist-tags']['latest']).toBe('1.1.0');
  });

  it('serves a real tarball whose package.json matches the version', async () => {
    const { body } = await getJson<Packument>(`${npm.private.url}@acme%2fagent-tools`, bearer);
    const dist = body.versions['1.1.0']?.dist;
    expect(dist?.tarball.startsWith(npm.private.url)).toBe(true);
    const response = await fetch(dist?.tarball ?? '', { headers: bearer });
    expect(response.status).toBe(200);
    const tgz = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha1').update(tgz).digest('hex')).toBe(dist?.shasum);
    const [entry] = readTar(gunzipSync(tgz));
    expect(entry?.path).toBe('package/package.json');
    expect(JSON.parse(entry?.content.toString('utf8') ?? '{}')).toMatchObject({ name: '@acme/agent-tools', version: '1.1.0' });
  });

  it('answers 404 to the token for a package it does not hold', async () => {
    expect(await statusOf(`${npm.private.url}left-pad`, bearer)).toBe(404);
    expect(await statusOf(`${npm.private.url}@acme%2fno-such-tool`, bearer)).toBe(404);
  });

  it('answers 403 to the logged-in user on the locked scope, 401 to anonymous', async () => {
    const url = `${npm.private.url}${NPM_LOCKED_PACKAGE.name.replace('/', '%2f')}`;
    expect(await statusOf(url, bearer)).toBe(403);
    expect(await statusOf(url)).toBe(401);
  });

  it('serves the public mirror anonymously, deprecations and dist-tags included', async () => {
    const openai = await getJson<Packument>(`${npm.open.url}openai`);
    expect(openai.status).toBe(200);
    expect(openai.body.versions['4.0.0']?.deprecated).toBe('v4 is no longer supported');
    expect(openai.body['dist-tags']['latest']).toBe('5.0.0');
    const core = await getJson<Packument>(`${npm.open.url}@langchain%2fcore`);
    expect(core.status).toBe(200);
    expect(Object.keys(core.body.versions).sort()).toEqual(['0.3.79', '1.2.5']);
    const ai = await getJson<Packument>(`${npm.open.url}ai`);
    expect(Object.keys(ai.body.versions).sort()).toEqual(['4.3.0', '5.0.0']);
    expect(ai.body['dist-tags']['latest']).toBe('5.0.0');
    expect((await getJson<Packument>(`${npm.open.url}zod`)).status).toBe(200);
    expect(await statusOf(`${npm.open.url}left-pad`)).toBe(404);
  });

  it('serves the abbreviated packument npm installs with, deprecation kept', async () => {
    const response = await fetch(`${npm.open.url}openai`, { headers: { accept: NPM_ABBREVIATED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.npm\.install-v1\+json/);
    const body = (await response.json()) as Packument;
    expect(body.versions['4.0.0']?.deprecated).toBe('v4 is no longer supported');
  });

  it('keeps the private packages off the mirror (no uplinks)', async () => {
    expect(await statusOf(`${npm.open.url}@acme%2fagent-tools`)).toBe(404);
  });

  it('stops both servers, removes their folders, and a second stop is harmless', async () => {
    await npm.stop();
    await npm.stop();
    expect(await isRefused(`${npm.private.url}-/ping`)).toBe(true);
    expect(await isRefused(`${npm.open.url}-/ping`)).toBe(true);
    expect(existsSync(npm.private.folder)).toBe(false);
    expect(existsSync(npm.open.folder)).toBe(false);
  });
});

describe('PyPI: private, denied and open indexes (seedPypi)', () => {
  let pypi: PypiStaticHandle;
  let basic: Record<string, string>;

  beforeAll(async () => {
    pypi = await seedPypi();
    basic = { authorization: basicAuthorization(pypi.username, pypi.password) };
  }, STARTUP_BUDGET_MS);
  afterAll(async () => {
    await pypi?.stop();
  });

  it('puts the three indexes under one server on 127.0.0.1', () => {
    expect(pypi.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(pypi.urls).toEqual({
      private: `${pypi.baseUrl}private/simple/`,
      denied: `${pypi.baseUrl}denied/simple/`,
      open: `${pypi.baseUrl}open/simple/`,
    });
  });

  it('answers the private index with 401 without credentials or with a wrong password, 200 with them', async () => {
    const anonymous = await fetch(`${pypi.urls.private}acme-agent-tools/`);
    await anonymous.arrayBuffer();
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    const wrong = { authorization: basicAuthorization(pypi.username, 'wrong-password') };
    expect(await statusOf(`${pypi.urls.private}acme-agent-tools/`, wrong)).toBe(401);
    expect(await statusOf(`${pypi.urls.private}acme-agent-tools/`, basic)).toBe(200);
    expect(await statusOf(`${pypi.jsonApiUrls.private}acme-agent-tools/json`)).toBe(401);
    expect(await statusOf(`${pypi.jsonApiUrls.private}acme-agent-tools/json`, basic)).toBe(200);
  });

  it('answers the denied index with 403, credentials or not', async () => {
    expect(await statusOf(`${pypi.urls.denied}acme-agent-tools/`)).toBe(403);
    expect(await statusOf(`${pypi.urls.denied}acme-agent-tools/`, basic)).toBe(403);
    expect(await statusOf(`${pypi.jsonApiUrls.denied}acme-agent-tools/json`, basic)).toBe(403);
  });

  it('serves PEP 691 JSON for a JSON Accept header, with the yank reason', async () => {
    for (const accept of [PEP691_JSON, PIP_ACCEPT]) {
      const response = await fetch(`${pypi.urls.private}acme-agent-tools/`, { headers: { ...basic, accept } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(PEP691_JSON);
      expect(response.headers.get('vary')).toMatch(/Accept/);
      const page = (await response.json()) as {
        meta: Record<string, string>;
        name: string;
        versions: string[];
        files: { filename: string; url: string; yanked: boolean | string; hashes: { sha256: string } }[];
      };
      expect(page.meta['api-version']).toBe('1.1');
      expect(page.name).toBe('acme-agent-tools');
      expect(page.versions).toEqual(['1.0.0', '1.1.0']);
      const yanks = Object.fromEntries(page.files.map((file) => [file.filename, file.yanked]));
      expect(yanks).toEqual({
        'acme_agent_tools-1.0.0-py3-none-any.whl': 'broken build',
        'acme_agent_tools-1.0.0.tar.gz': 'broken build',
        'acme_agent_tools-1.1.0-py3-none-any.whl': false,
        'acme_agent_tools-1.1.0.tar.gz': false,
      });
    }
  });

  it('serves PEP 503 HTML otherwise, with data-yanked and data-requires-python', async () => {
    for (const headers of [{}, { accept: 'text/html' }] as Record<string, string>[]) {
      const response = await fetch(`${pypi.urls.open}google-generativeai/`, { headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toMatch(/<a href="[^"]*google_generativeai-0\.8\.2-py3-none-any\.whl#sha256=[0-9a-f]{64}"[^>]* data-yanked="">/);
      expect(html).toMatch(/<a [^>]*data-requires-python="&gt;=3\.9"[^>]*>google_generativeai-0\.8\.3-py3-none-any\.whl<\/a>/);
      expect(html).not.toMatch(/data-yanked[^>]*>google_generativeai-0\.8\.3/);
    }
    const privateHtml = await (await fetch(`${pypi.urls.private}acme-agent-tools/`, { headers: basic })).text();
    expect(privateHtml).toContain('data-yanked="broken build"');
  });

  it('marks a yank without a reason as true in JSON', async () => {
    const response = await fetch(`${pypi.urls.open}google-generativeai/`, { headers: { accept: PEP691_JSON } });
    const page = (await response.json()) as { files: { filename: string; yanked: boolean | string }[] };
    expect(page.files.map((file) => file.yanked)).toEqual([true, false]);
  });

  it('links files that exist and match their sha256', async () => {
    const pageUrl = `${pypi.urls.open}requests/`;
    const page = (await (await fetch(pageUrl, { headers: { accept: PEP691_JSON } })).json()) as {
      files: { url: string; hashes: { sha256: string } }[];
    };
    expect(page.files).toHaveLength(2);
    for (const file of page.files) {
      const fileUrl = new URL(file.url, pageUrl);
      expect(fileUrl.origin).toBe(new URL(pypi.baseUrl).origin);
      const bytes = Buffer.from(await (await fetch(fileUrl)).arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.hashes.sha256);
    }
  });

  it('lists the projects at the index root in both forms', async () => {
    const json = (await (await fetch(pypi.urls.open, { headers: { accept: PEP691_JSON } })).json()) as { projects: { name: string }[] };
    expect(json.projects.map((project) => project.name)).toEqual(['google-adk', 'google-generativeai', 'langchain-core', 'requests']);
    const html = await (await fetch(pypi.urls.open)).text();
    expect(html).toContain('<a href="langchain-core/">langchain-core</a>');
  });

  it('answers 404 for an unknown project, with or without the trailing slash', async () => {
    expect(await statusOf(`${pypi.urls.open}no-such-project/`)).toBe(404);
    expect(await statusOf(`${pypi.urls.open}no-such-project`)).toBe(404);
    expect(await statusOf(`${pypi.urls.open}no-such-project/`, { accept: PEP691_JSON })).toBe(404);
    expect(await statusOf(`${pypi.jsonApiUrls.open}no-such-project/json`)).toBe(404);
    expect(await statusOf(`${pypi.baseUrl}simple/requests/`)).toBe(404);
  });

  it('301-redirects a project URL without the slash to the slash form on the same server, like PyPI', async () => {
    const response = await fetch(`${pypi.urls.open}requests`, { redirect: 'manual' });
    await response.arrayBuffer();
    expect(response.status).toBe(301);
    const location = new URL(response.headers.get('location') ?? '', `${pypi.urls.open}requests`);
    expect(location.href).toBe(`${pypi.urls.open}requests/`);
    const followed = await fetch(`${pypi.urls.open}requests`, { headers: { accept: PEP691_JSON } });
    expect(followed.status).toBe(200);
    expect(followed.headers.get('content-type')).toBe(PEP691_JSON);
  });

  it('serves the PyPI JSON API per project', async () => {
    const response = await fetch(`${pypi.jsonApiUrls.open}google-generativeai/json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const doc = (await response.json()) as {
      info: { name: string; version: string };
      releases: Record<string, { filename: string; yanked: boolean; yanked_reason: string | null }[]>;
    };
    expect(doc.info).toMatchObject({ name: 'google-generativeai', version: '0.8.3' });
    expect(doc.releases['0.8.2']).toEqual([expect.objectContaining({ yanked: true, yanked_reason: null })]);
    expect(doc.releases['0.8.3']).toEqual([expect.objectContaining({ filename: 'google_generativeai-0.8.3-py3-none-any.whl', yanked: false })]);

    const acme = await getJson<{ info: { version: string }; releases: Record<string, { yanked: boolean; yanked_reason: string | null }[]> }>(
      `${pypi.jsonApiUrls.private}acme-agent-tools/json`,
      basic,
    );
    expect(acme.body.info.version).toBe('1.1.0');
    expect(acme.body.releases['1.0.0']?.every((file) => file.yanked && file.yanked_reason === 'broken build')).toBe(true);
  });
});

describe('startup errors', () => {
  it('reports a taken port as PortInUseError, so the caller can retry elsewhere', async () => {
    // Holds the port and hangs up on every connection, so only Verdaccio's own failure can end the wait.
    const blocker = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startVerdaccio({ mode: 'open', port })).rejects.toBeInstanceOf(PortInUseError);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('gives up after the timeout with the tail of the log, and leaves nothing running', async () => {
    const port = await findFreePort();
    const failure = startVerdaccio({ mode: 'private', port, timeoutMs: 300 });
    await expect(failure).rejects.toThrow(/Verdaccio \(private\) did not answer http:\/\/127\.0\.0\.1:\d+\/-\/ping within 0\.3 s/);
    await expect(failure).rejects.toThrow(/--- .*process\.log ---|the logs are empty/);
    expect(await isRefused(`http://127.0.0.1:${port}/-/ping`)).toBe(true);
  });
});

describe('helpers without a server', () => {
  it('retries once on a fresh port when the first one was taken', async () => {
    const tried: number[] = [];
    const result = await onFreePort(async (port) => {
      tried.push(port);
      if (tried.length === 1) throw new PortInUseError(port, 'taken');
      return 'started';
    });
    expect(result).toBe('started');
    expect(tried).toHaveLength(2);
    await expect(onFreePort(async (port) => Promise.reject(new PortInUseError(port, 'taken')))).rejects.toBeInstanceOf(PortInUseError);
  });

  it('normalises project names and reads versions from file names', () => {
    expect(normalizeProjectName('Google_ADK')).toBe('google-adk');
    expect(normalizeProjectName('zope.interface')).toBe('zope-interface');
    expect(normalizeProjectName('a-_.b')).toBe('a-b');
    expect(versionFromFilename('google_adk-1.5.0-py3-none-any.whl')).toBe('1.5.0');
    expect(versionFromFilename('numpy-2.1.0-1-cp312-cp312-manylinux_2_17_x86_64.whl')).toBe('2.1.0');
    expect(versionFromFilename('langchain_core-0.3.81.tar.gz')).toBe('0.3.81');
    expect(versionFromFilename('google-generativeai-0.8.3.tar.gz')).toBe('0.8.3');
    expect(versionFromFilename('pkg-1.0rc1.zip')).toBe('1.0rc1');
    expect(() => versionFromFilename('README.md')).toThrow(/cannot read a version/);
  });
});
