import type { Command } from 'commander';
import { MIN_TOKEN_LENGTH } from '../../server/token-length.js';
import type { CliIo } from '../io.js';
import type { ServeFlags } from './serve-run.js';
import { CONFIG_HELP, SHOWN_DEFAULT_LAKE } from './option-help.js';

/** The environment variable that holds the API token of a server bound beyond loopback. */
export const TOKEN_VARIABLE = 'OPS_SERVER_TOKEN';

export function registerServe(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the web dashboard and its HTTP API over an evidence lake (reads new audits without a restart)')
    .option('-w, --workspace <dir>', 'the workspace the dashboard audits and heals (default: the current folder)')
    .option('--lake <dir>', `evidence lake folder, relative to the current folder (default: WORKSPACE/${SHOWN_DEFAULT_LAKE})`)
    .option('-c, --config <file>', CONFIG_HELP)
    .option('--store <url>', 'read the PostgreSQL fleet store (postgres://…, docs/STORE.md) instead of the lake; dashboard audits are pushed to it')
    .option('--host <address>', `address to bind; anything but loopback needs ${TOKEN_VARIABLE} (default: 127.0.0.1)`)
    .option('-p, --port <port>', 'port to listen on; 0 picks a free one (default: 8080)')
    .option('--no-open', 'do not open the dashboard in a browser')
    .addHelpText(
      'after',
      `
The server binds 127.0.0.1 unless told otherwise and then only answers requests addressed to
127.0.0.1 or localhost. Binding any other address needs ${TOKEN_VARIABLE} (at least ${MIN_TOKEN_LENGTH}
characters); every /api request must then send Authorization: Bearer <token>, and the dashboard
takes it once from ?token= in its URL. Stop the server with Ctrl-C (SIGINT) or SIGTERM.

Examples:
  ops serve
  ops serve --workspace examples --port 0 --no-open
  ops serve --lake shard-lakes/merged --port 9000
  ops serve --store postgres://cockpit@db.example:5432/fleet?sslmode=verify-full
  ${TOKEN_VARIABLE}=$(openssl rand -hex 32) ops serve --host 0.0.0.0
  curl -s http://127.0.0.1:8080/api/fleet`,
    )
    .action(async (flags: ServeFlags) => {
      const { runServe } = await import('./serve-run.js');
      setExitCode(await runServe(flags, io));
    });
}
