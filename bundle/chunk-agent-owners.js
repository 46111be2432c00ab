// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as repositoryRoot } from "./chunk-repository-root.js";
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
import { n as loadRootConfig } from "./chunk-root-config2.js";
import { i as agentLocation } from "./chunk-agent-location.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { existsSync } from "node:fs";
// src/owners/codeowners.ts
/**
* CODEOWNERS, as GitHub and GitLab read it: who owns a path. GitHub: the last matching line wins. GitLab: the
* same within each `[Section]`, and the owners of every section that matches are combined; a section heading
* may name default owners for its lines that name none. Patterns follow gitignore rules with GitHub's
* exceptions: no `!` negation and no `[...]` ranges, and `docs/*` owns the files directly in docs/ only.
*
* https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners
* https://docs.gitlab.com/user/project/codeowners/reference/
*/
/** Where GitHub and GitLab look, in GitHub's order; the first that exists is the file. */
var CODEOWNERS_PATHS = [
	".github/CODEOWNERS",
	"CODEOWNERS",
	"docs/CODEOWNERS",
	".gitlab/CODEOWNERS"
];
/** A line's pattern as a regular expression over a repository-relative path, or undefined for what GitHub ignores. */
function patternRegExp(raw) {
	let pattern = raw.replace(/\\#/g, "#").replace(/\\ /g, " ");
	if (pattern.startsWith("!") || /\[[^\]]*\]/.test(pattern)) return void 0;
	const directoryOnly = pattern.endsWith("/");
	if (directoryOnly) pattern = pattern.slice(0, -1);
	const anchored = pattern.startsWith("/") || pattern.slice(0, -1).includes("/");
	pattern = pattern.replace(/^\//, "");
	if (pattern === "" || pattern === "**") return /^.*$/;
	let body = "";
	for (let index = 0; index < pattern.length; index++) {
		const char = pattern[index];
		if (char === "*" && pattern[index + 1] === "*") {
			const slashAfter = pattern[index + 2] === "/";
			body += slashAfter ? "(?:.*/)?" : ".*";
			index += slashAfter ? 2 : 1;
		} else if (char === "*") body += "[^/]*";
		else if (char === "?") body += "[^/]";
		else body += char.replace(/[.+^${}()|\\]/g, "\\$&");
	}
	const lastSegment = pattern.slice(pattern.lastIndexOf("/") + 1);
	const contents = directoryOnly ? "/.*" : /[*?]/.test(lastSegment) ? "" : "(?:/.*)?";
	return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${body}${contents}$`);
}
var SECTION = /^\^?\[([^\]]+)\](?:\[\d+\])?\s*(.*)$/;
/** Parses a CODEOWNERS file; lines it cannot use are skipped, as GitHub and GitLab skip them. */
function parseCodeowners(text) {
	const sections = [{
		name: "",
		rules: []
	}];
	let current = sections[0];
	let defaults = [];
	for (const rawLine of text.split(/\r?\n/)) {
		const line = rawLine.trim();
		if (line === "" || line.startsWith("#")) continue;
		const heading = SECTION.exec(line);
		if (heading && !line.includes("/", line.indexOf("]"))) {
			const name = heading[1].trim().toLowerCase();
			defaults = ownersIn(heading[2] ?? "");
			const existing = sections.find((section) => section.name === name);
			current = existing ?? {
				name,
				rules: []
			};
			if (!existing) sections.push(current);
			continue;
		}
		const [pattern = "", ...rest] = splitUnescaped(line);
		const regex = patternRegExp(pattern);
		if (!regex) continue;
		const owners = ownersIn(rest.join(" "));
		current.rules.push({
			pattern: regex,
			owners: owners.length > 0 ? owners : defaults
		});
	}
	return { ownersOf(path) {
		const found = [];
		for (const section of sections) {
			const last = section.rules.findLast((rule) => rule.pattern.test(path));
			for (const owner of last?.owners ?? []) if (!found.includes(owner)) found.push(owner);
		}
		return found;
	} };
}
/** `@user`, `@org/team`, `@@role` (GitLab) and e-mail addresses; a `#` starts a comment (GitHub). */
function ownersIn(text) {
	return (text.split(/\s#/)[0] ?? "").split(/\s+/).filter((word) => /^@{1,2}[\w.-]+(\/[\w.-]+)*$|^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(word));
}
/** Splits on whitespace not escaped with a backslash (`docs/my\ file.md`). */
function splitUnescaped(line) {
	return line.split(/(?<!\\)\s+/).filter(Boolean);
}
// src/owners/agent-owners.ts
/** The repository's CODEOWNERS (the first of GitHub's and GitLab's places), or undefined. */
async function readCodeowners(repository) {
	for (const candidate of CODEOWNERS_PATHS) {
		if (!existsSync(path.join(repository, candidate))) continue;
		const text = await readFile(path.join(repository, candidate), "utf8").catch(() => void 0);
		if (text !== void 0) return parseCodeowners(text);
	}
}
/**
* Who owns each agent under `root`: the `owners:` of the agent's own cockpit.yaml when it names any, else what
* the repository's CODEOWNERS says about the agent's folder. Ownership is read now, not from the lake: it is
* who to ask today, whoever owned the agent when it was audited.
*/
async function agentOwners(root, agentPaths) {
	const repository = repositoryRoot(root) ?? path.resolve(root);
	const codeowners = await readCodeowners(repository);
	const owners = /* @__PURE__ */ new Map();
	for (const agentPath of agentPaths) {
		const folder = agentLocation(root, agentPath);
		const declared = CONFIG_FILE_NAMES.some((name) => existsSync(path.join(folder, name))) ? (await loadRootConfig(folder).catch(() => void 0))?.config.owners : void 0;
		const relative = path.relative(repository, folder).split(path.sep).join("/");
		const found = declared && declared.length > 0 ? declared : codeowners?.ownersOf(relative === "" ? "." : `${relative}/`) ?? [];
		if (found.length > 0) owners.set(agentPath, found);
	}
	return owners;
}
/** The report with each agent's owners (only agents someone owns get the key). */
async function withAgentOwners(result, root) {
	const agents = result.report.agents;
	if (agents.length === 0) return result;
	const owners = await agentOwners(root, agents.map((agent) => agent.path));
	if (owners.size === 0) return result;
	return {
		...result,
		report: {
			...result.report,
			agents: agents.map((agent) => owners.has(agent.path) ? {
				...agent,
				owners: owners.get(agent.path)
			} : agent)
		}
	};
}
export { agentOwners, withAgentOwners };
