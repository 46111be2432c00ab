import { join } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { plural } from '../../util/plural.js';
import { resolveInsideRoot } from '../paths.js';
import { ListTriageInput, ListTriageOutput } from '../schemas.js';
import { triageText } from '../text.js';
import { guarded, READ_ONLY, result, type ToolContext } from './common.js';

const DEFAULT_TRIAGE_LIMIT = 100;

/** `list_triage`: a folder's triage history (`.cockpit/triage.json`), each decision with its state today. */
export function registerListTriage(server: McpServer, { root }: ToolContext): void {
  server.registerTool(
    'list_triage',
    {
      title: 'List triage decisions',
      description:
        'The triage history of an audited folder (`.cockpit/triage.json`, written by `ops triage` and the dashboard): every decision ' +
        '(accepted risk or false positive) and revocation, newest first, with the finding (rule, file, line, fingerprint), who decided, ' +
        'when, why, the last day it holds, and whether it is in force, expired (the finding gates again), revoked or replaced. ' +
        'A decided finding does not count for the gate while its decision is in force. Read-only; decisions are made with `ops triage`.',
      inputSchema: ListTriageInput,
      outputSchema: ListTriageOutput,
      annotations: READ_ONLY,
    },
    async ({ path: folder, fingerprint, limit }) =>
      guarded(async () => {
        const target = await resolveInsideRoot(root, folder);
        const [{ DEFAULT_TRIAGE }, { shownTriageHistory }] = await Promise.all([import('../../triage/default-path.js'), import('../../triage/history.js')]);
        const triageFile = target.relative === '.' ? DEFAULT_TRIAGE : `${target.relative}/${DEFAULT_TRIAGE}`;
        // Inside the root after symbolic links, like every path a tool reads.
        const history = await shownTriageHistory({ file: join(target.absolute, ...DEFAULT_TRIAGE.split('/')), shown: triageFile, root, now: new Date(), fingerprint });
        const wanted = fingerprint?.trim().toLowerCase();
        const matched = history.entries;
        const entries = matched.slice(0, limit ?? DEFAULT_TRIAGE_LIMIT);
        const header = history.exists
          ? `${triageFile}: ${plural(history.inForce, 'decision')} in force, ${history.expired} expired; ${plural(matched.length, 'entry', 'entries')}${wanted ? ` for ${wanted}` : ''}, newest first`
          : `${triageFile}: no triage file; record a decision with: ops triage accept FINGERPRINT --reason TEXT`;
        return result(triageText(header, entries, matched.length), {
          path: target.relative,
          triageFile,
          exists: history.exists,
          inForce: history.inForce,
          expired: history.expired,
          matched: matched.length,
          truncated: entries.length < matched.length,
          entries,
        });
      }),
  );
}
