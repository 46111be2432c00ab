// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { f as readLatest, g as AGENT_HASH, i as agentIds, m as removeAgent, u as readAllLatest } from "./chunk-partitions.js";
import { i as withStore, x as normaliseRepository } from "./chunk-connection.js";
import { r as removeStoreAgent, t as findStoreAgents } from "./chunk-maintenance.js";
import { t as DEFAULT_LAKE } from "./chunk-default-path4.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { t as isStoreUrl } from "./chunk-url.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as terminalSafe } from "./chunk-terminal-safe2.js";
import "./chunk-common.js";
import { t as plural } from "./chunk-plural.js";
import path from "node:path";
// src/cli/commands/lake-remove-run.ts
/** Exactly one agent, or a one-line error that says how to pick. */
function single(agent, where, candidates, repository) {
	const shown = terminalSafe(agent);
	if (candidates.length === 0) throw new CockpitError(`${shown}: no such agent${repository ? ` of repository ${terminalSafe(repository)}` : ""} in ${where}`);
	if (candidates.length > 1) {
		const repositories = candidates.map((candidate) => candidate.repository ?? "(no repository)").join(", ");
		throw new CockpitError(`${shown}: ${candidates.length} agents in ${where} have this path (${terminalSafe(repositories)}); pick one with --repository NAME or give its agent hash`);
	}
	return candidates[0];
}
function described(candidate) {
	return `${terminalSafe(candidate.path)} (${candidate.repository ? `${terminalSafe(candidate.repository)}, ` : ""}${candidate.id})`;
}
async function removeFromStore(agent, flags, io) {
	return withStore(flags.lake, io.env, async ({ pool, label }) => {
		const chosen = single(agent, label, await findStoreAgents(pool, agent, flags.repository), flags.repository);
		const runs = await removeStoreAgent(pool, chosen.id);
		return `Removed agent ${described(chosen)} and its ${plural(runs, "run")} from ${label}.\n`;
	});
}
async function removeFromLake(agent, flags, io) {
	const shown = flags.lake ?? DEFAULT_LAKE.split(path.sep).join("/");
	const dir = path.resolve(io.cwd, flags.lake ?? DEFAULT_LAKE);
	await requireDirectory(dir, shown);
	const wanted = flags.repository === void 0 ? void 0 : normaliseRepository(flags.repository)?.toLowerCase();
	const ofRepository = (repository) => wanted === void 0 || normaliseRepository(repository)?.toLowerCase() === wanted;
	let candidates;
	if (AGENT_HASH.test(agent)) {
		candidates = [];
		if ((await agentIds(dir)).includes(agent)) {
			const record = await readLatest(dir, agent).catch(() => void 0);
			candidates.push({
				id: agent,
				path: record?.agent.path ?? agent,
				repository: record?.source?.repository ?? null
			});
		}
		candidates = candidates.filter((candidate) => ofRepository(candidate.repository ?? void 0));
	} else candidates = (await readAllLatest(dir)).filter((record) => (record.agent.path === agent || record.agent.name === agent) && ofRepository(record.source?.repository)).map((record) => ({
		id: record.agent.id,
		path: record.agent.path,
		repository: record.source?.repository ?? null
	}));
	const chosen = single(agent, shown, candidates, flags.repository);
	const entries = await removeAgent(dir, chosen.id);
	return `Removed agent ${described(chosen)} and its ${plural(entries, "history entry", "history entries")} from ${shown}.\n`;
}
/** `ops lake remove AGENT`: an agent and all its runs out of a lake folder or the fleet store. */
async function runLakeRemove(agent, flags, io) {
	io.stdout(flags.lake !== void 0 && isStoreUrl(flags.lake) ? await removeFromStore(agent, flags, io) : await removeFromLake(agent, flags, io));
	return 0;
}
export { runLakeRemove };
