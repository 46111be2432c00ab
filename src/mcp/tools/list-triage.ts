import { join } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { redactText } from '../../secrets/sensitive-spans.js';
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
        const [{ DEFAULT_TRIAGE }, { readTriage }, { triageHistory }] = await Promise.all([
          import('../../triage/default-path.js'),
          import('../../triage/file.js'),
          import('../../triage/history.js'),
        ]);
        const triageFile = target.relative === '.' ? DEFAULT_TRIAGE : `${target.relative}/${DEFAULT_TRIAGE}`;
        // Inside the root after symbolic links, like every path a tool reads.
        const triage = await readTriage(join(target.absolute, ...DEFAULT_TRIAGE.split('/')), triageFile, { missingOk: true, root });
        const history = triage ? triageHistory(triage, new Date()) : { entries: [], inForce: 0, expired: 0 };
        const wanted = fingerprint?.trim().toLowerCase();
        // Reasons are free text people typed: masked like every other text a tool returns.
        const matched = history.entries
          .filter((entry) => wanted === undefined || entry.fingerprint.startsWith(wanted))
          .map((entry) => ({ ...entry, reason: redactText(entry.reason) }));
        const entries = matched.slice(0, limit ?? DEFAULT_TRIAGE_LIMIT);
        const header = triage
          ? `${triageFile}: ${plural(history.inForce, 'decision')} in force, ${history.expired} expired; ${plural(matched.length, 'entry', 'entries')}${wanted ? ` for ${wanted}` : ''}, newest first`
          : `${triageFile}: no triage file; record a decision with: ops triage accept FINGERPRINT --reason TEXT`;
        return result(triageText(header, entries, matched.length), {
          path: target.relative,
          triageFile,
          exists: triage !== undefined,
          inForce: history.inForce,
          expired: history.expired,
          matched: matched.length,
          truncated: entries.length < matched.length,
          entries,
        });
      }),
  );
}
