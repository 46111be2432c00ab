/**
 * Is a stdio MCP launch command pinned to an exact artefact? `npx -y @scope/pkg@1.2.3`, `uvx pkg==1.2.3`,
 * `docker run ... image@sha256:...` are; a bare name, `@latest` or `:latest` resolve to whatever was published last.
 */
export interface Unpinned {
  /** The package or image as written. */
  spec: string;
  /** Index into `args` of the unpinned spec (for reporting at it). */
  index: number;
  launcher: string;
  fix: string;
}

const SCRIPT_RUNNERS = new Set(['tsx', 'ts-node', 'node', 'vite-node', 'esno', 'esrun']);
const NPX_VALUE_FLAGS = new Set(['-p', '--package', '--cache', '--registry', '--userconfig', '-c', '--call']);
const UVX_VALUE_FLAGS = new Set(['--with', '--python', '-p', '--index', '--index-url', '--extra-index-url', '--with-requirements', '--constraint', '-c', '--directory', '--env-file']);
const DOCKER_VALUE_FLAGS = new Set([
  '-e', '--env', '-v', '--volume', '--name', '--network', '--net', '-p', '--publish', '--mount', '-w', '--workdir', '-u', '--user',
  '--entrypoint', '--env-file', '-l', '--label', '--platform', '--pull', '--cpus', '-m', '--memory', '--add-host', '--cap-add', '--cap-drop',
  '--security-opt', '--tmpfs', '--ulimit', '--device', '--hostname', '-h', '--ipc', '--log-driver', '--restart', '--runtime', '--shm-size', '--gpus', '--init-path', '--pid',
]);

function baseCommand(command: string): string {
  return command.split(/[\\/]/).pop()?.replace(/\.(cmd|exe)$/i, '') ?? command;
}

function isLocal(spec: string): boolean {
  return /^(\.{1,2}\/|\/|~|file:|[A-Za-z]:\\)/.test(spec) || spec.endsWith('.js') || spec.endsWith('.py') || spec.endsWith('.tgz');
}

/** `pkg@1.2.3`, `@scope/pkg@1.2.3` → pinned; `pkg`, `@scope/pkg`, `pkg@latest`, `pkg@^1` → not. */
function npmPinned(spec: string): boolean {
  const at = spec.lastIndexOf('@');
  if (at <= 0) return /^(git\+|https?:|github:)/.test(spec) && /#[0-9a-f]{7,40}$/.test(spec);
  const version = spec.slice(at + 1);
  return /^v?\d+\.\d+\.\d+([-+].*)?$/.test(version);
}

function pypiPinned(spec: string): boolean {
  if (/==\s*\d/.test(spec)) return true;
  const at = spec.lastIndexOf('@');
  if (at > 0) {
    const version = spec.slice(at + 1);
    // `git+https://...@<sha|tag>` and uvx's `pkg@1.2.3`.
    return version !== 'latest' && /^(v?\d+(\.\d+)*|[0-9a-f]{7,40})$/.test(version);
  }
  return false;
}

function imagePinned(image: string): boolean {
  if (image.includes('@sha256:')) return true;
  const lastSegment = image.split('/').pop() ?? image;
  const colon = lastSegment.indexOf(':');
  if (colon < 0) return false;
  return lastSegment.slice(colon + 1) !== 'latest';
}

export function unpinnedLaunch(command: string, args: readonly string[]): Unpinned | undefined {
  let launcher = baseCommand(command);
  let rest = [...args];
  let offset = 0;
  // `pnpm dlx`, `yarn dlx`, `bun x`, `uv tool run` are the same launchers.
  if ((launcher === 'pnpm' || launcher === 'yarn') && rest[0] === 'dlx') {
    launcher = 'npx';
    rest = rest.slice(1);
    offset = 1;
  } else if (launcher === 'bunx' || (launcher === 'bun' && rest[0] === 'x')) {
    if (launcher === 'bun') {
      rest = rest.slice(1);
      offset = 1;
    }
    launcher = 'npx';
  } else if (launcher === 'uv' && rest[0] === 'tool' && rest[1] === 'run') {
    launcher = 'uvx';
    rest = rest.slice(2);
    offset = 2;
  }
  if (launcher === 'npx') {
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      if (arg === '-p' || arg === '--package') {
        const spec = rest[i + 1];
        if (spec && !isLocal(spec) && !npmPinned(spec)) return { spec, index: i + 1 + offset, launcher: 'npx', fix: `${spec}@<version>` };
        return undefined;
      }
      if (arg.startsWith('--package=')) {
        const spec = arg.slice('--package='.length);
        return !isLocal(spec) && !npmPinned(spec) ? { spec, index: i + offset, launcher: 'npx', fix: `${spec}@<version>` } : undefined;
      }
      if (NPX_VALUE_FLAGS.has(arg)) {
        i++;
        continue;
      }
      if (arg.startsWith('-')) continue;
      // `npx tsx ./server.ts` runs a local server through a dev tool the project itself installs.
      if (isLocal(arg) || npmPinned(arg) || SCRIPT_RUNNERS.has(arg)) return undefined;
      return { spec: arg, index: i + offset, launcher: 'npx', fix: `${arg.replace(/@[^@/]*$/, '')}@<version>` };
    }
    return undefined;
  }
  if (launcher === 'uvx' || launcher === 'pipx') {
    if (launcher === 'pipx') {
      if (rest[0] !== 'run') return undefined;
      rest = rest.slice(1);
      offset += 1;
    }
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      if (arg === '--from' || arg === '--spec') {
        const spec = rest[i + 1];
        if (spec && !isLocal(spec) && !pypiPinned(spec)) return { spec, index: i + 1 + offset, launcher, fix: `${spec}==<version>` };
        return undefined;
      }
      if (UVX_VALUE_FLAGS.has(arg)) {
        i++;
        continue;
      }
      if (arg.startsWith('-')) continue;
      if (isLocal(arg) || pypiPinned(arg)) return undefined;
      return { spec: arg, index: i + offset, launcher, fix: `${arg.replace(/@latest$/, '')}==<version>` };
    }
    return undefined;
  }
  if ((launcher === 'docker' || launcher === 'podman') && rest[0] === 'run') {
    for (let i = 1; i < rest.length; i++) {
      const arg = rest[i]!;
      if (DOCKER_VALUE_FLAGS.has(arg)) {
        i++;
        continue;
      }
      if (arg.startsWith('-')) continue;
      if (imagePinned(arg)) return undefined;
      return { spec: arg, index: i + offset, launcher: `${launcher} run`, fix: `${arg.replace(/:latest$/, '')}@sha256:<digest>` };
    }
  }
  return undefined;
}

/** `npx -y pkg` as one string (OpenAI Agents JS `fullCommand`). */
export function splitCommandLine(line: string): { command: string; args: string[] } | undefined {
  const parts = line.trim().split(/\s+/).filter(Boolean);
  const command = parts.shift();
  return command ? { command, args: parts } : undefined;
}

export function unpinnedMessage(unpinned: Unpinned, where: string): string {
  return (
    `${where} launches ${unpinned.launcher} '${unpinned.spec}' without a pinned version, so every start runs whatever was last published under that name ` +
    `with the agent's credentials; pin it (${unpinned.fix}).`
  );
}
