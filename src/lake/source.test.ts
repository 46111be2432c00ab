import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSource } from './source.js';

const SHA = 'c0ffee0123456789abcdef0123456789abcdef01';

describe('runSource: where the audited code lives, for links to it', () => {
  let checkout = '';
  beforeAll(async () => {
    checkout = await mkdtemp(path.join(os.tmpdir(), 'cockpit-source-'));
    await mkdir(path.join(checkout, '.git'));
    await mkdir(path.join(checkout, 'services', 'bots'), { recursive: true });
  });
  afterAll(async () => {
    await rm(checkout, { recursive: true, force: true });
  });

  it('records the GitHub address and the audited folder under the checkout', async () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/mono', GITHUB_SHA: SHA, GITHUB_RUN_ID: '77' };
    expect(await runSource(env, path.join(checkout, 'services', 'bots'))).toEqual({
      repository: 'acme/mono',
      commit: SHA,
      ciRun: '77',
      remote: 'https://github.com/acme/mono',
      forge: 'github',
      root: 'services/bots',
    });
    expect(await runSource(env, checkout)).toEqual({ repository: 'acme/mono', commit: SHA, ciRun: '77', remote: 'https://github.com/acme/mono', forge: 'github' });
  });

  it('records GitLab\'s project address without credentials', async () => {
    const env = { CI_PROJECT_URL: 'https://bot:placeholder@gitlab.acme.example/platform/agents', CI_PROJECT_PATH: 'platform/agents', CI_COMMIT_SHA: SHA };
    expect(await runSource(env, checkout)).toMatchObject({ remote: 'https://gitlab.acme.example/platform/agents', forge: 'gitlab' });
  });

  it('guesses nothing outside CI, without a commit, or when the folder is outside the checkout', async () => {
    expect(await runSource({}, checkout)).toBeUndefined();
    expect(await runSource({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/mono' }, checkout)).toEqual({ repository: 'acme/mono' });
    const outside = await mkdtemp(path.join(os.tmpdir(), 'cockpit-source-outside-'));
    try {
      const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/mono', GITHUB_SHA: SHA, GITHUB_WORKSPACE: checkout };
      expect(await runSource(env, outside)).toEqual({ repository: 'acme/mono', commit: SHA });
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
