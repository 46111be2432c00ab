import { escapeForTerminal } from '../util/terminal-text.js';
import type { CliIo } from './io.js';
import type { FileProgress, RunProgress } from '../run/request.js';
import { plural } from '../util/plural.js';

// Fleet progress on stderr: a redrawn bar on a terminal (done/total, current agent, elapsed, ETA),
// plain lines elsewhere so CI logs stay readable: there, one line per tenth of the fleet (every agent of a
// fleet of ten or fewer), so 400 agents log 10 lines, not 400.

/** At most about this many progress lines in a log (not a terminal). */
export const PLAIN_LINES = 10;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

export function createProgress(io: CliIo, stderrIsTty: boolean, quiet: boolean): RunProgress {
  if (quiet) return { start: () => undefined, update: () => undefined, finish: () => undefined };
  let drawn = false;
  return {
    start(total) {
      io.stderr(`Auditing ${plural(total, 'agent')}…\n`);
    },
    update(event) {
      const note = event.cached ? ' (unchanged, cached)' : '';
      // An agent's path is a folder name from the audited tree: its control characters are shown, not obeyed.
      event = { ...event, agent: escapeForTerminal(event.agent) };
      if (!stderrIsTty) {
        const step = Math.max(1, Math.ceil(event.total / PLAIN_LINES));
        if (event.done % step !== 0 && event.done !== event.total) return;
        io.stderr(`[${event.done}/${event.total}] ${event.agent}: ${event.verdict}${note}\n`);
        return;
      }
      const width = 24;
      const filled = Math.round((event.done / event.total) * width);
      const eta = event.done > 0 ? ((event.elapsedMs / event.done) * (event.total - event.done)) : 0;
      const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${event.done}/${event.total} ${event.agent.slice(-40)} · ${seconds(event.elapsedMs)} · ETA ${seconds(eta)}`;
      io.stderr(`\r\u001b[2K${line}`);
      drawn = true;
    },
    finish() {
      if (drawn) io.stderr('\r\u001b[2K');
    },
  };
}

// Progress through one large agent's files (worker batches), on a terminal only: a CI log gets nothing, as
// before. `add` counts files sent, `done` files finished.

export function createFileProgress(io: CliIo, stderrIsTty: boolean, quiet: boolean): FileProgress {
  if (!stderrIsTty || quiet) return { add: () => undefined, done: () => undefined, finish: () => undefined };
  let total = 0;
  let finished = 0;
  let drawn = false;
  return {
    add(files) {
      total += files;
    },
    done(files) {
      finished += files;
      io.stderr(`\r\u001b[2KAuditing files: ${finished}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) io.stderr('\r\u001b[2K');
    },
  };
}
