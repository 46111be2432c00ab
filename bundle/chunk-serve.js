// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_LAKE } from "./chunk-default-path4.js";
import path from "node:path";
// src/cli/commands/option-help.ts
var CONFIG_HELP = "the fleet's cockpit.yaml, instead of the one found at the root or above the agent (or $COCKPIT_CONFIG)";
var NO_COLOR_HELP = "never use colour (NO_COLOR is honoured too)";
/** The default lake folder as help shows it: with / on every platform. */
var SHOWN_DEFAULT_LAKE = DEFAULT_LAKE.split(path.sep).join("/");
/** `--lake <dir>` of the lake commands that read a lake folder. */
var LAKE_FOLDER_HELP = `lake folder, relative to the current folder (default: ${SHOWN_DEFAULT_LAKE} in the current folder)`;
/** `--lake <dir|url>` of the lake commands that work on a lake folder or the PostgreSQL fleet store alike. */
var LAKE_OR_STORE_HELP = `lake folder (relative to the current folder) or postgres:// fleet store (default: ${SHOWN_DEFAULT_LAKE} in the current folder)`;
// src/cli/commands/serve.ts
/** The environment variable that holds the API token of a server bound beyond loopback. */
var TOKEN_VARIABLE = "OPS_SERVER_TOKEN";
function registerServe(program, io, setExitCode) {
	program.command("serve").description("serve the web dashboard and its HTTP API over an evidence lake (reads new audits without a restart)").option("-w, --workspace <dir>", "the workspace the dashboard audits and heals (default: the current folder)").option("--lake <dir>", `evidence lake folder, relative to the current folder (default: WORKSPACE/${SHOWN_DEFAULT_LAKE})`).option("-c, --config <file>", CONFIG_HELP).option("--store <url>", "read the PostgreSQL fleet store (postgres://…, docs/STORE.md) instead of the lake; dashboard audits are pushed to it").option("--host <address>", `address to bind; anything but loopback needs ${TOKEN_VARIABLE} (default: 127.0.0.1)`).option("-p, --port <port>", "port to listen on; 0 picks a free one (default: 8080)").option("--no-open", "do not open the dashboard in a browser").addHelpText("after", `
The server binds 127.0.0.1 unless told otherwise and then only answers requests addressed to
127.0.0.1 or localhost. Binding any other address needs ${TOKEN_VARIABLE} (at least 16
characters); every /api request must then send Authorization: Bearer <token>, and the dashboard
takes it once from ?token= in its URL. Stop the server with Ctrl-C (SIGINT) or SIGTERM.

Examples:
  ops serve
  ops serve --workspace examples --port 0 --no-open
  ops serve --lake shard-lakes/merged --port 9000
  ops serve --store postgres://cockpit@db.example:5432/fleet?sslmode=verify-full
  ${TOKEN_VARIABLE}=$(openssl rand -hex 32) ops serve --host 0.0.0.0
  curl -s http://127.0.0.1:8080/api/fleet`).action(async (flags) => {
		const { runServe } = await import("./chunk-serve-run.js");
		setExitCode(await runServe(flags, io));
	});
}
export { LAKE_OR_STORE_HELP as a, LAKE_FOLDER_HELP as i, registerServe as n, NO_COLOR_HELP as o, CONFIG_HELP as r, SHOWN_DEFAULT_LAKE as s, TOKEN_VARIABLE as t };
