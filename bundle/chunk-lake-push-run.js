// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { S as pushRepository, i as withStore } from "./chunk-connection.js";
import { n as sourceFromEnvironment, t as pushLake } from "./chunk-push.js";
import { t as DEFAULT_LAKE } from "./chunk-default-path4.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { n as redactStoreUrl, t as isStoreUrl } from "./chunk-url.js";
import { t as terminalSafe } from "./chunk-terminal-safe2.js";
import { t as CockpitError } from "./chunk-errors2.js";
import "./chunk-common.js";
import { t as plural } from "./chunk-plural.js";
import path from "node:path";
// src/cli/commands/lake-push-run.ts
/** `7 agents + repository`, as the report counts its entries (the repository entry is no agent). */
function entries(counts) {
	const agents = plural(counts.agents, "agent");
	if (counts.repositoryEntries === 0) return agents;
	return `${agents} + ${counts.repositoryEntries === 1 ? "repository" : `${counts.repositoryEntries} repository entries`}`;
}
/** Which repositories keyed the pushed agents, and where the default one came from. */
function repositoryText(used, chosen) {
	if (used.length === 0) return "no repository known, agents keyed by path alone (name one with --repository)";
	const names = used.map((name) => chosen && name === chosen.name ? `${name} (from ${chosen.from})` : `${name} (from the records)`);
	return `repositor${used.length === 1 ? "y" : "ies"} ${terminalSafe(names.join(", "))}`;
}
/** `ops lake push`: copies a lake into the PostgreSQL fleet store (docs/STORE.md). */
async function runLakePush(flags, io) {
	if (!isStoreUrl(flags.to)) throw new CockpitError(`--to: '${redactStoreUrl(flags.to)}' is not a PostgreSQL URL (postgres://user@host:port/database)`);
	const format = flags.format ?? "text";
	if (format !== "text" && format !== "json") throw new CockpitError(`--format: unknown format '${format}' (expected text, json)`);
	if (flags.lake !== void 0 && isStoreUrl(flags.lake)) throw new CockpitError(`--lake: '${redactStoreUrl(flags.lake)}' is a fleet store; push copies a lake folder into the store named by --to`);
	const shownLake = flags.lake ?? DEFAULT_LAKE.split(path.sep).join("/");
	const lake = path.resolve(io.cwd, flags.lake ?? DEFAULT_LAKE);
	await requireDirectory(lake, shownLake);
	const { override, fallback } = await pushRepository({
		flag: flags.repository,
		env: io.env,
		lakeDir: lake
	});
	const environment = sourceFromEnvironment(io.env);
	const commit = flags.commit ?? environment?.commit;
	const ciRun = flags.ciRun ?? environment?.ciRun;
	const source = commit || ciRun ? {
		...commit ? { commit } : {},
		...ciRun ? { ciRun } : {}
	} : void 0;
	const { label, counts } = await withStore(flags.to, io.env, async ({ pool, label }) => ({
		label,
		counts: await pushLake(pool, lake, {
			source,
			repository: {
				override: override?.name,
				fallback: fallback?.name
			}
		})
	}));
	const chosen = override ?? fallback;
	if (format === "json") io.stdout(`${JSON.stringify({
		store: label,
		lake: shownLake,
		...counts,
		repository: chosen ?? null
	}, null, 2)}\n`);
	else io.stdout(`Pushed ${shownLake} to ${label}: ${entries(counts)}, ${plural(counts.records, "record")} (${counts.inserted} new, ${counts.unchanged} unchanged); latest run updated for ${plural(counts.latestUpdated, "agent")}; ${repositoryText(counts.repositories, chosen)}.\n`);
	return 0;
}
export { runLakePush };
