import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function gitConfig(cwd: string, key: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['config', '--get', key], { cwd, timeout: 5_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Who is deciding: as git would sign a commit here (`Name <email>`), else the login name. */
export async function decidingAuthor(cwd: string): Promise<string> {
  const [name, email] = await Promise.all([gitConfig(cwd, 'user.name'), gitConfig(cwd, 'user.email')]);
  if (name || email) return [name, email ? `<${email}>` : undefined].filter(Boolean).join(' ');
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
