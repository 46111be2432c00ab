import { lstatSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../../config/file-names.js';
import { PRE_COMMIT_REPO_ENTRY, STARTER_COCKPIT_YAML, STARTER_COCKPITIGNORE, STARTER_PRE_COMMIT_CONFIG, STARTER_WORKFLOW } from '../../init/starter-files.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { requireDirectory } from './common.js';

// The workflow is not named cockpit.yml: a workspace audit reads every cockpit.yml below the root as an agent's policy.
interface StarterFile {
  /** POSIX, relative to the root. */
  path: string;
  text: string;
  /** Other names that count as this file existing (cockpit.yml for cockpit.yaml). */
  alternatives?: readonly string[];
  /** What to print when the file exists and the user should merge our part by hand. */
  whenExists?: string;
}

const STARTER_FILES: readonly StarterFile[] = [
  { path: 'cockpit.yaml', text: STARTER_COCKPIT_YAML, alternatives: CONFIG_FILE_NAMES },
  { path: '.cockpitignore', text: STARTER_COCKPITIGNORE },
  { path: '.pre-commit-config.yaml', text: STARTER_PRE_COMMIT_CONFIG, alternatives: ['.pre-commit-config.yaml', '.pre-commit-config.yml'], whenExists: PRE_COMMIT_REPO_ENTRY },
  { path: '.github/workflows/agentops-cockpit.yml', text: STARTER_WORKFLOW, alternatives: ['.github/workflows/agentops-cockpit.yml', '.github/workflows/agentops-cockpit.yaml'] },
];

/** `ops init`: writes each starter file that does not exist yet; an existing one is never touched. */
export async function runInit(target: string, io: CliIo): Promise<number> {
  const root = path.resolve(io.cwd, target);
  await requireDirectory(root, target);
  for (const file of STARTER_FILES) {
    const existing = (file.alternatives ?? [file.path]).find((name) => exists(path.join(root, ...name.split('/'))));
    if (existing !== undefined) {
      io.stdout(`${existing}: exists, left alone\n`);
      if (file.whenExists) io.stdout(`  add this under its repos: to run the cockpit on every commit:\n${file.whenExists.replace(/^/gm, '  ')}\n`);
      continue;
    }
    const destination = path.join(root, ...file.path.split('/'));
    await mkdir(path.dirname(destination), { recursive: true });
    try {
      // 'wx': created here or not at all, so a file that appeared meanwhile (or a dangling link) is never replaced.
      await writeFile(destination, file.text, { flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        io.stdout(`${file.path}: exists, left alone\n`);
        continue;
      }
      throw new CockpitError(`${file.path}: cannot be written (${code ?? 'unknown error'})`);
    }
    io.stdout(`${file.path}: written\n`);
  }
  io.stdout('Next: ops report --workspace .   (then commit these files; pre-commit install enables the hook)\n');
  return 0;
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
