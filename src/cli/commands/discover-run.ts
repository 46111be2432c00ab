import path from 'node:path';
import { createColors } from 'picocolors';
import { discoverWorkspace } from '../../audit/audit-workspace.js';
import { resolveSettings } from '../../config/settings.js';
import { agentHash } from '../../discovery/agent-identity.js';
import { renderTable } from '../../report/table.js';
import { CockpitError } from '../../util/errors.js';
import type { CliIo } from '../io.js';
import { requireDirectory, useColor } from './common.js';
import { agentIdSource } from '../../util/agent-location.js';
import { plural } from '../../util/plural.js';

export interface DiscoverFlags {
  config?: string;
  format?: string;
  gitignore?: boolean;
  color?: boolean;
}

/** `ops discover`: the agents under a workspace and why each was recognised. */
export async function runDiscover(target: string, flags: DiscoverFlags, io: CliIo): Promise<number> {
  if (flags.format !== 'text' && flags.format !== 'json') throw new CockpitError(`--format: unknown format '${flags.format}' (expected text, json)`);
  const settings = resolveSettings({ gitignore: flags.gitignore, color: flags.color, config: flags.config, cwd: io.cwd }, io.env);
  const root = path.resolve(io.cwd, target);
  await requireDirectory(root, target);
  const { agents } = await discoverWorkspace(root, settings);
  const described = agents.map((agent) => ({
    id: agentHash(agentIdSource(root, agent.path)),
    path: agent.path,
    entrypoints: agent.entrypoints,
    frameworks: agent.frameworks,
    reasons: agent.reasons,
    files: agent.files.length,
  }));
  if (flags.format === 'json') {
    io.stdout(`${JSON.stringify({ root: target.split(path.sep).join('/'), agents: described }, null, 2)}\n`);
  } else {
    const colors = createColors(useColor(settings, io));
    const [header, ...rows] = renderTable(
      ['Agent', 'Entry point', 'Frameworks', 'Files', 'Why'],
      described.map((agent) => [agent.path, agent.entrypoints[0] ?? '–', agent.frameworks.join(', ') || '–', String(agent.files), agent.reasons.join('; ')]),
      [0, 1, 2, 4],
    );
    io.stdout(`${colors.bold(`${plural(described.length, 'agent')} under ${target}`)}\n${colors.dim(header!)}\n${rows.join('\n')}${rows.length ? '\n' : ''}`);
  }
  return 0;
}
