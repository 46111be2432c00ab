import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/file-schema.js';
import { ActionError, type ActionInputs } from './inputs.js';

/** The inputs that name files on the runner: `path` must be a folder, `config` the policy the audit reads. */
export async function checkPathInputs(inputs: ActionInputs, cwd: string): Promise<void> {
  const root = path.resolve(cwd, inputs.path);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new ActionError(`path: '${inputs.path}' is not a directory`);
  if (inputs.config) await checkConfig(inputs.config, root, inputs, cwd);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The CLI has no --config flag: it reads cockpit.yaml (else cockpit.yml) in the audited folder. So
 * `config` is a check, not a redirect: the file must exist and be the one the CLI will read, so a
 * misplaced policy fails the job instead of the audit silently running on defaults.
 */
async function checkConfig(config: string, root: string, inputs: ActionInputs, cwd: string): Promise<void> {
  const given = path.resolve(cwd, config);
  if (!(await isFile(given))) throw new ActionError(`config: '${config}' does not exist or is not a file`);
  let effective: string | undefined;
  for (const name of CONFIG_FILE_NAMES) {
    if (await isFile(path.join(root, name))) {
      effective = path.join(root, name);
      break;
    }
  }
  if (!effective || (await realpath(effective)) !== (await realpath(given))) {
    const read = effective ? `reads ${path.relative(cwd, effective) || effective}` : `would read ${inputs.path}/cockpit.yaml`;
    throw new ActionError(
      `config: '${config}' is not the policy the audit uses: the cockpit ${read} (the audited folder's cockpit.yaml, else cockpit.yml). ` +
        `Move the file there, or set path to its folder.`,
    );
  }
}
