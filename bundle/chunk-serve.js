// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_LAKE } from "./chunk-default-path4.js";
import path from "node:path";
// src/cli/commands/serve.ts
/** The environment variable that holds the API token of a server bound beyond loopback. */
var TOKEN_VARIABLE = "OPS_SERVER_TOKEN";
function registerServe(program, io, setExitCode) {
	program.command("serve").description("serve the web dashboard and its HTTP API over an evidence lake (reads new audits without a restart)").option("-w, --workspace <dir>", "the workspace the dashboard audits and heals (default: the current folder)").option("--lake <dir>", `evidence lake folder, relative to the current folder (default: WORKSPACE/${DEFAULT_LAKE.split(path.sep).join("/")})`).option("-c, --config <file>", "the fleet's cockpit.yaml, instead of the one found at the root or above the agent (or $COCKPIT_CONFIG)").option("--store <url>", "read the PostgreSQL fleet store (postgres://…, docs/STORE.md) instead of the lake; dashboard audits are pushed to it").option("--host <address>", `address to bind; anything but loopback needs ${TOKEN_VARIABLE} (default: 127.0.0.1)`).option("-p, --port <port>", "port to listen on; 0 picks a free one (default: 8080)").option("--no-open", "do not open the dashboard in a browser").addHelpText("after", `
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
export { registerServe as n, TOKEN_VARIABLE as t };
