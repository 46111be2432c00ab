import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Throwaway git repositories for tests of --changed-since and --staged: a real `git`, a local
 * identity, and no user or system configuration leaking in (hooks, templates, signing).
 */
export interface GitRepo {
  root: string;
  /** Runs git in the repository; rejects with git's stderr on failure. */
  git(...args: string[]): Promise<string>;
  /** Writes files (creating folders), relative to the root. */
  write(files: Record<string, string>): Promise<void>;
  commit(message: string): Promise<void>;
  remove(): Promise<void>;
}

/** The environment git runs with in these repositories: no global or system config, a fixed clock. */
function isolatedGitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
    ...extra,
  };
}

function gitIn(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = isolatedGitEnv()): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, env }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')}: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

export async function createGitRepo(files: Record<string, string> = {}, options: { commit?: boolean } = {}): Promise<GitRepo> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cockpit-git-'));
  const repo: GitRepo = {
    root,
    git: (...args) => gitIn(root, args),
    async write(entries) {
      for (const [relative, content] of Object.entries(entries)) {
        const target = path.join(root, ...relative.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    },
    async commit(message) {
      await repo.git('add', '-A');
      await repo.git('commit', '-q', '--no-verify', '-m', message);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
  await repo.git('init', '-q', '-b', 'main');
  await repo.git('config', 'user.name', 'Cockpit Test');
  await repo.git('config', 'user.email', 'cockpit-test@example.invalid');
  await repo.git('config', 'commit.gpgsign', 'false');
  await repo.write(files);
  if (options.commit !== false && Object.keys(files).length > 0) await repo.commit('initial');
  return repo;
}
