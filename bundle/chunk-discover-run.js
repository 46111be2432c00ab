// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { r as discoverWorkspace } from "./chunk-audit-workspace.js";
import { a as resolveSettings } from "./chunk-settings.js";
import { l as agentHash } from "./chunk-audit-agent.js";
import { t as renderTable } from "./chunk-table.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as useColor } from "./chunk-common.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { r as agentIdSource } from "./chunk-agent-location.js";
import { t as plural } from "./chunk-plural.js";
import path from "node:path";
import { createColors } from "picocolors";
// src/cli/commands/discover-run.ts
/** `ops discover`: the agents under a workspace and why each was recognised. */
async function runDiscover(target, flags, io) {
	if (flags.format !== "text" && flags.format !== "json") throw new CockpitError(`--format: unknown format '${flags.format}' (expected text, json)`);
	const settings = resolveSettings({
		gitignore: flags.gitignore,
		color: flags.color,
		config: flags.config,
		cwd: io.cwd
	}, io.env);
	const root = path.resolve(io.cwd, target);
	await requireDirectory(root, target);
	const { agents } = await discoverWorkspace(root, settings);
	const described = agents.map((agent) => ({
		id: agentHash(agentIdSource(root, agent.path)),
		path: agent.path,
		entrypoints: agent.entrypoints,
		frameworks: agent.frameworks,
		reasons: agent.reasons,
		files: agent.files.length
	}));
	if (flags.format === "json") io.stdout(`${JSON.stringify({
		root: target.split(path.sep).join("/"),
		agents: described
	}, null, 2)}\n`);
	else {
		const colors = createColors(useColor(settings, io));
		const [header, ...rows] = renderTable([
			"Agent",
			"Entry point",
			"Frameworks",
			"Files",
			"Why"
		], described.map((agent) => [
			agent.path,
			agent.entrypoints[0] ?? "–",
			agent.frameworks.join(", ") || "–",
			String(agent.files),
			agent.reasons.join("; ")
		]), [
			0,
			1,
			2,
			4
		]);
		io.stdout(`${colors.bold(`${plural(described.length, "agent")} under ${target}`)}\n${colors.dim(header)}\n${rows.join("\n")}${rows.length ? "\n" : ""}`);
	}
	return 0;
}
export { runDiscover };
