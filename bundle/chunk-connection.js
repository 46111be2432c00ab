// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { r as storeConnection } from "./chunk-url.js";
import { _ as LakeRecordSchema, a as historyName } from "./chunk-partitions.js";
import { i as PERSONAS } from "./chunk-kinds.js";
import { r as summarise } from "./chunk-summary2.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { n as readRegularFile } from "./chunk-read-regular-file2.js";
import { c as verdictFor, i as combineExitCodes, l as verdictRank } from "./chunk-gate.js";
import "./chunk-model.js";
import "./chunk-model2.js";
import { t as compareText } from "./chunk-compare-text.js";
import { i as currentRuleId } from "./chunk-renamed-ids.js";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
// src/store/identity.ts
/** 16 hex characters, like a lake agent hash. Repository names compare case-insensitively (GitHub and GitLab do). */
function storeAgentId(repository, localId) {
	if (!repository) return localId;
	return sha256Hex(`store-agent:${repository.toLowerCase()}\n${localId}`).slice(0, 16);
}
/**
* The record as the store keeps it: `agent.id` is the store id and `source.repository` names the
* repository, so reports, the API and the dashboard all tell the two `agents/planner` apart. The
* rest of the provenance is the record's own, else the pushing job's (never a mix of the two).
*/
function storeRecord(record, repository, jobSource) {
	if (!repository) return record;
	return {
		...record,
		source: {
			...record.source ?? jobSource ?? {},
			repository
		},
		agent: {
			...record.agent,
			id: storeAgentId(repository, record.agent.id)
		}
	};
}
// src/store/repository.ts
/** A remote URL, scp-like address or plain `owner/name` as `owner/name`; undefined when nothing names a repository. */
function normaliseRepository(raw) {
	let text = raw?.trim().replace(/[?#].*$/, "");
	if (!text) return void 0;
	const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0];
	if (scheme) {
		text = text.slice(scheme.length);
		const at = text.lastIndexOf("@");
		if (at >= 0) text = text.slice(at + 1);
		const slash = text.indexOf("/");
		text = slash < 0 ? "" : text.slice(slash + 1);
	} else if (!/^[a-z]:[\\/]/i.test(text)) {
		const scp = /^(?:.*@)?[^:/\\\s]+:(?!\/\/)(.*)$/.exec(text);
		if (scp) text = scp[1];
	}
	const segments = text.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".");
	if (segments.length === 0) return void 0;
	segments[segments.length - 1] = segments.at(-1).replace(/\.git$/i, "");
	const name = segments.filter(Boolean).join("/");
	return name === "" ? void 0 : name;
}
/** The `.git` of the working tree holding `dir` (a folder, or a `gitdir:` file as worktrees and submodules have). */
async function gitDirAbove(dir) {
	for (let current = path.resolve(dir);; current = path.dirname(current)) {
		const candidate = path.join(current, ".git");
		const info = await stat(candidate).catch(() => void 0);
		if (info?.isDirectory()) return candidate;
		if (info?.isFile()) {
			const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(candidate, "utf8").catch(() => ""))?.[1];
			if (pointer) return path.resolve(current, pointer);
		}
		if (path.dirname(current) === current) return void 0;
	}
}
/** `url` of `[remote "origin"]` in a git config file (the first one, as `git remote get-url` answers). */
function originUrl(config) {
	let inOrigin = false;
	for (const line of config.split(/\r?\n/)) {
		const section = /^\s*\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
		if (section) {
			inOrigin = section[1].toLowerCase() === "remote" && section[2] === "origin";
			continue;
		}
		if (!inOrigin) continue;
		const entry = /^\s*url\s*=\s*(.*)$/i.exec(line);
		if (!entry) continue;
		let value = entry[1].trim();
		if (value.startsWith("\"")) value = /^"((?:[^"\\]|\\.)*)"/.exec(value)?.[1] ?? value;
		else value = value.replace(/\s[;#].*$/, "");
		return value || void 0;
	}
}
/**
* The repository named by the `origin` remote of the git working tree that holds `dir`, read from
* `.git/config` itself (no git process, no safe.directory question); undefined outside a checkout.
*/
async function gitRemoteRepository(dir) {
	const gitDir = await gitDirAbove(dir);
	if (!gitDir) return void 0;
	const common = (await readFile(path.join(gitDir, "commondir"), "utf8").catch(() => "")).trim();
	const configFile = path.join(common ? path.resolve(gitDir, common) : gitDir, "config");
	let config;
	try {
		config = await readRegularFile(configFile, {
			shown: configFile,
			maxBytes: 1048576
		});
	} catch {
		return;
	}
	return normaliseRepository(originUrl(config));
}
/**
* The repository for a push, in precedence order: `--repository` overrides everything; a record's
* own `source.repository` comes next (push.ts applies it); then the CI environment, then the git
* remote of the lake's working tree, for records that say nothing.
*/
async function pushRepository(options) {
	if (options.flag !== void 0) {
		const name = normaliseRepository(options.flag);
		if (!name) throw new CockpitError("--repository: names no repository (expected owner/name, or a remote URL)");
		return { override: {
			name,
			from: "--repository"
		} };
	}
	for (const variable of ["GITHUB_REPOSITORY", "CI_PROJECT_PATH"]) {
		const name = normaliseRepository(options.env[variable]);
		if (name) return { fallback: {
			name,
			from: variable
		} };
	}
	const remote = await gitRemoteRepository(options.lakeDir);
	return remote ? { fallback: {
		name: remote,
		from: "git remote origin"
	} } : {};
}
// src/server/code-links.ts
var SEGMENT = /^[A-Za-z0-9_.~-]+$/;
var HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
var COMMIT = /^[0-9a-f]{7,64}$/i;
/** `origin` (scheme, host, port) and repository path of a remote, or undefined. */
function parseRemote(remote) {
	const text = remote.trim();
	if (text === "" || /[\s\u0000-\u001f\u007f]/.test(text)) return void 0;
	let scheme;
	let host;
	let port = "";
	let repositoryPath;
	const scp = /^(?:[^@/:]+@)?([^@/:]{2,}):(?!\/\/)(.+)$/.exec(text);
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
		let url;
		try {
			url = new URL(text);
		} catch {
			return;
		}
		const protocol = url.protocol.toLowerCase();
		if (protocol === "https:" || protocol === "http:") {
			scheme = protocol.slice(0, -1);
			port = url.port;
		} else if (protocol === "ssh:" || protocol === "git:" || protocol === "git+ssh:" || protocol === "ssh+git:") scheme = "https";
		else return;
		host = url.hostname.toLowerCase();
		try {
			repositoryPath = decodeURIComponent(url.pathname);
		} catch {
			return;
		}
	} else if (scp) {
		scheme = "https";
		host = scp[1].toLowerCase();
		repositoryPath = scp[2];
	} else return;
	if (!HOST.test(host)) return void 0;
	const segments = repositoryPath.replace(/\/+$/, "").replace(/\.git$/i, "").split("/").filter((segment) => segment !== "");
	if (segments.length < 2 || segments.some((segment) => !SEGMENT.test(segment) || segment === "." || segment === "..")) return void 0;
	return {
		origin: `${scheme}://${host}${port ? `:${port}` : ""}`,
		host,
		path: segments.join("/")
	};
}
/** GitHub (github.com, GitHub Enterprise Cloud `*.ghe.com`, hosts named `github.*`) or GitLab (`gitlab.com`, hosts named `gitlab.*`). */
function forgeOfHost(host) {
	if (host === "github.com" || host.endsWith(".ghe.com") || /(^|\.)github\./.test(host)) return "github";
	if (host === "gitlab.com" || /(^|\.)gitlab\./.test(host)) return "gitlab";
}
/** The path of a report file under the repository's top, each segment percent-encoded; undefined for anything that would leave it. */
function encodedFilePath(root, file) {
	const joined = [root ?? "", file].filter((part) => part !== "" && part !== ".").join("/");
	const segments = joined.split("/");
	if (joined === "" || joined.startsWith("/") || segments.some((segment) => segment === "" || segment === "." || segment === "..")) return void 0;
	return segments.map((segment) => encodeURIComponent(segment)).join("/");
}
/** A function from a finding's file and lines to its link, or undefined when this source cannot give links. */
function codeLinker(source) {
	if (!source?.remote || !source.commit || !COMMIT.test(source.commit)) return void 0;
	const remote = parseRemote(source.remote);
	if (!remote) return void 0;
	const forge = source.forge ?? forgeOfHost(remote.host);
	if (!forge) return void 0;
	const commit = source.commit.toLowerCase();
	const base = forge === "github" ? `${remote.origin}/${remote.path}/blob/${commit}` : `${remote.origin}/${remote.path}/-/blob/${commit}`;
	return (file, { startLine, endLine }) => {
		const encoded = encodedFilePath(source.root, file);
		if (!encoded) return void 0;
		const lines = endLine > startLine ? forge === "github" ? `L${startLine}-L${endLine}` : `L${startLine}-${endLine}` : `L${startLine}`;
		return `${base}/${encoded}#${lines}`;
	};
}
/** Links by finding fingerprint, for every finding of a record that has one. */
function codeLinks(record) {
	const link = codeLinker(record.source);
	const links = {};
	if (!link) return links;
	for (const finding of [...record.agent.findings, ...record.agent.suppressed]) {
		const url = link(finding.file, finding.region);
		if (url) links[finding.fingerprint] = url;
	}
	return links;
}
// src/server/fleet-rollups.ts
function rollupAgent(agent) {
	const bySeverity = {
		error: 0,
		warning: 0,
		note: 0
	};
	for (const finding of agent.findings) bySeverity[finding.severity]++;
	return {
		path: agent.path,
		verdict: agent.verdict,
		bySeverity
	};
}
/**
* The folder an agent is counted under: its parent folder, cut to the first two segments
* (`teams/risk/fraud` and `teams/risk/fraud/sub` → `teams/risk`; `apps/chat` → `apps`). An agent
* directly under the root has no parent folder and stands for itself (`planner` → `planner`); the
* root agent and the repository entry are `.`. Every folder is a path prefix the findings list
* filters by (`/api/findings?folder=teams/risk`).
*/
function folderOf(agentPath) {
	const segments = agentPath.split("/").filter((segment) => segment !== "" && segment !== ".");
	if (segments.length === 0) return ".";
	if (segments.length === 1) return segments[0];
	return segments.slice(0, Math.min(2, segments.length - 1)).join("/");
}
/** A folder filter as written (`teams/risk/`, `./teams`) in the form agent paths are compared with. */
function normaliseFolder(folder) {
	const trimmed = folder.replace(/^(?:\.\/)+/, "").replace(/\/+$/, "");
	return trimmed === "" ? "." : trimmed;
}
/** Whether an agent lies at `folder` or below it, by whole segments (`team/a` is not inside `team/ab`). */
function inFolder(agentPath, folder) {
	const prefix = normaliseFolder(folder);
	return agentPath === prefix || agentPath.startsWith(`${prefix}/`);
}
/** Blocked: any verdict but pass (a security or policy block, or an audit that failed): the agents that fail CI. */
function isBlocked(verdict) {
	return verdict !== "pass";
}
function emptyCounts() {
	return {
		agents: 0,
		blocked: 0,
		findings: 0,
		error: 0,
		warning: 0,
		note: 0
	};
}
function add(counts, agent) {
	counts.agents++;
	if (isBlocked(agent.verdict)) counts.blocked++;
	counts.error += agent.bySeverity.error;
	counts.warning += agent.bySeverity.warning;
	counts.note += agent.bySeverity.note;
	counts.findings += agent.bySeverity.error + agent.bySeverity.warning + agent.bySeverity.note;
}
/** Worst first: most blocked agents, then most errors, warnings and findings; ties by name. */
function worstFirst(name) {
	return (a, b) => b.blocked - a.blocked || b.error - a.error || b.warning - a.warning || b.findings - a.findings || compareText(name(a), name(b));
}
function folderRollup(agents) {
	const byFolder = /* @__PURE__ */ new Map();
	for (const agent of agents) {
		const folder = folderOf(agent.path);
		const entry = byFolder.get(folder) ?? {
			folder,
			...emptyCounts()
		};
		add(entry, agent);
		byFolder.set(folder, entry);
	}
	return [...byFolder.values()].sort(worstFirst((entry) => entry.folder));
}
/**
* Per owner, each agent it owns (an agent with two owners counts for both, so the rows need not add
* up to the fleet); owners that differ only in case are one owner, as the findings filter matches
* them, shown as first met. Agents nobody owns are counted apart.
*/
function ownerRollup(agents, owners) {
	const byOwner = /* @__PURE__ */ new Map();
	const unowned = emptyCounts();
	for (const agent of agents) {
		const names = owners.get(agent.path) ?? [];
		if (names.length === 0) add(unowned, agent);
		const seen = /* @__PURE__ */ new Set();
		for (const name of names) {
			const key = name.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			const entry = byOwner.get(key) ?? {
				owner: name,
				...emptyCounts()
			};
			add(entry, agent);
			byOwner.set(key, entry);
		}
	}
	return {
		owners: [...byOwner.values()].sort(worstFirst((entry) => entry.owner)),
		unowned
	};
}
/** The histogram's buckets: no findings, one, a few, several, many. */
var BUCKETS = [
	{
		label: "0",
		min: 0,
		max: 0
	},
	{
		label: "1",
		min: 1,
		max: 1
	},
	{
		label: "2–4",
		min: 2,
		max: 4
	},
	{
		label: "5–9",
		min: 5,
		max: 9
	},
	{
		label: "10+",
		min: 10
	}
];
function findingsPerAgent(agents) {
	const buckets = BUCKETS.map((bucket) => ({
		...bucket,
		agents: 0
	}));
	for (const agent of agents) {
		const findings = agent.bySeverity.error + agent.bySeverity.warning + agent.bySeverity.note;
		const bucket = buckets.findLast((entry) => findings >= entry.min);
		bucket.agents++;
	}
	return buckets;
}
/** Agents per framework (an agent with two frameworks counts for both), with their verdicts; most agents first. */
function frameworkCounts(agents) {
	const counts = /* @__PURE__ */ new Map();
	for (const agent of agents) for (const name of new Set(agent.frameworks)) {
		const entry = counts.get(name) ?? {
			name,
			agents: 0,
			verdicts: {
				pass: 0,
				"security-block": 0,
				"policy-block": 0,
				failed: 0
			}
		};
		entry.agents++;
		entry.verdicts[agent.verdict]++;
		counts.set(name, entry);
	}
	return [...counts.values()].sort((a, b) => b.agents - a.agents || compareText(a.name, b.name));
}
// src/server/fleet-views.ts
/**
* The API's views over lake records: plain functions from records to response bodies, so every
* number the dashboard shows is computed in one place and tested without a server.
*/
var TOP_RULES = 10;
/** Worst first: the findings list's first sort key (the fleet store's `cockpit_findings.severity_rank`). */
var SEVERITY_RANK = {
	error: 0,
	warning: 1,
	note: 2
};
function severityCounts(findings) {
	const counts = {
		error: 0,
		warning: 0,
		note: 0
	};
	for (const finding of findings) counts[finding.severity]++;
	return counts;
}
function topRules(agents) {
	const byRule = /* @__PURE__ */ new Map();
	for (const finding of agents.flatMap((agent) => agent.findings)) {
		const entry = byRule.get(finding.ruleId) ?? {
			ruleId: finding.ruleId,
			title: finding.title,
			count: 0
		};
		entry.count++;
		byRule.set(finding.ruleId, entry);
	}
	return [...byRule.values()].sort((a, b) => b.count - a.count || compareText(a.ruleId, b.ruleId)).slice(0, TOP_RULES);
}
/** UTC day of an ISO timestamp. */
function dayOf(iso) {
	return iso.slice(0, 10);
}
/**
* The fleet over time: for every day with at least one run, each agent's last record up to the end
* of that day, summed. Days without runs carry no new information and are left out.
*/
function fleetTrend(histories) {
	const days = [...new Set(histories.flatMap((runs) => runs.map((run) => dayOf(run.finishedAt))))].sort();
	const points = days.map((date) => ({
		date,
		findings: 0,
		error: 0,
		warning: 0,
		note: 0,
		agents: 0
	}));
	for (const runs of histories) {
		const ordered = [...runs].sort((a, b) => compareText(a.finishedAt, b.finishedAt));
		let next = 0;
		let last;
		days.forEach((day, index) => {
			while (next < ordered.length && dayOf(ordered[next].finishedAt) <= day) last = ordered[next++];
			if (!last) return;
			const point = points[index];
			const counts = severityCounts(last.agent.findings);
			point.agents++;
			point.findings += last.agent.findings.length;
			point.error += counts.error;
			point.warning += counts.warning;
			point.note += counts.note;
		});
	}
	return points;
}
function fleetView(options) {
	const agents = options.records.map((record) => record.agent);
	const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
	const verdicts = {
		pass: 0,
		"security-block": 0,
		"policy-block": 0,
		failed: 0
	};
	for (const agent of agents) verdicts[agent.verdict]++;
	const rollupAgents = agents.map(rollupAgent);
	return {
		root: options.root,
		generatedAt: options.now.toISOString(),
		verdict: verdictFor(exitCode),
		exitCode,
		summary: summarise(agents),
		verdicts,
		topRules: topRules(agents),
		frameworks: frameworkCounts(agents),
		trend: fleetTrend(options.histories),
		folders: folderRollup(rollupAgents),
		findingsPerAgent: findingsPerAgent(rollupAgents)
	};
}
function agentRow(record) {
	const { agent } = record;
	const byPersona = Object.fromEntries(PERSONAS.map((persona) => [persona, 0]));
	for (const finding of agent.findings) byPersona[finding.persona]++;
	return {
		id: agent.id,
		name: agent.name,
		path: agent.path,
		...record.source?.repository ? { repository: record.source.repository } : {},
		...agent.kind ? { kind: agent.kind } : {},
		language: agent.language,
		frameworks: agent.frameworks,
		verdict: agent.verdict,
		exitCode: agent.exitCode,
		findings: agent.findings.length,
		bySeverity: severityCounts(agent.findings),
		byPersona,
		lastAudit: record.finishedAt
	};
}
/** The owner filter is the handler's (owners are read from the workspace): the records it gets are already the owner's. */
function matchesAgent(row, agent, query) {
	if (query.verdict === "blocked" ? !isBlocked(row.verdict) : query.verdict && row.verdict !== query.verdict) return false;
	if (query.folder && !inFolder(row.path, query.folder)) return false;
	if (query.persona && row.byPersona[query.persona] === 0) return false;
	if (query.framework && !row.frameworks.includes(query.framework)) return false;
	if (query.rule && !agent.findings.some((finding) => currentRuleId(finding.ruleId) === currentRuleId(query.rule))) return false;
	if (query.q) {
		const needle = query.q.toLowerCase();
		if (!row.name.toLowerCase().includes(needle) && !row.path.toLowerCase().includes(needle)) return false;
	}
	return true;
}
var AGENT_ORDER = {
	name: (a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()),
	path: (a, b) => compareText(a.path, b.path),
	verdict: (a, b) => verdictRank(a.verdict) - verdictRank(b.verdict),
	findings: (a, b) => a.findings - b.findings,
	errors: (a, b) => a.bySeverity.error - b.bySeverity.error,
	warnings: (a, b) => a.bySeverity.warning - b.bySeverity.warning,
	lastAudit: (a, b) => compareText(a.lastAudit, b.lastAudit)
};
/** Filters combine with AND; ties keep path order so pages never shuffle. */
function agentList(records, query) {
	const direction = query.order === "desc" ? -1 : 1;
	const compare = AGENT_ORDER[query.sort];
	const rows = records.map((record) => ({
		row: agentRow(record),
		agent: record.agent
	})).filter(({ row, agent }) => matchesAgent(row, agent, query)).map(({ row }) => row).sort((a, b) => direction * compare(a, b) || compareText(a.path, b.path));
	return {
		total: rows.length,
		items: rows.slice(query.offset, query.offset + query.limit)
	};
}
/** One agent's active findings as `/api/findings` rows, in the record's order. */
function findingRows(record) {
	const link = codeLinker(record.source);
	return record.agent.findings.map((finding) => {
		const codeUrl = link?.(finding.file, finding.region);
		return {
			agentId: record.agent.id,
			agentName: record.agent.name,
			agentPath: record.agent.path,
			finding,
			...codeUrl ? { codeUrl } : {}
		};
	});
}
/** The agent-level filters of the findings list: which agents' findings it lists at all. */
function matchesRecord(record, query) {
	const { agent } = record;
	if (query.agent && agent.id !== query.agent) return false;
	if (query.folder && !inFolder(agent.path, query.folder)) return false;
	if (query.verdict === "blocked") return isBlocked(agent.verdict);
	return !query.verdict || agent.verdict === query.verdict;
}
/**
* Every active finding of the fleet, worst first, then by agent path and position. The sort is
* stable: ties keep the records' order (agent path, then id, as stores list them) and each record's
* own finding order. The fleet store answers the same from `cockpit_findings` (store/postgres/findings.ts).
*/
function findingList(records, query) {
	const rows = records.filter((record) => matchesRecord(record, query)).flatMap(findingRows).filter(({ finding }) => (!query.severity || finding.severity === query.severity) && (!query.persona || finding.persona === query.persona) && (!query.category || finding.category === query.category) && (!query.rule || currentRuleId(finding.ruleId) === currentRuleId(query.rule))).sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || compareText(a.agentPath, b.agentPath) || compareText(a.finding.file, b.finding.file) || a.finding.region.startLine - b.finding.region.startLine || a.finding.region.startColumn - b.finding.region.startColumn || compareText(a.finding.ruleId, b.finding.ruleId));
	return {
		total: rows.length,
		items: rows.slice(query.offset, query.offset + query.limit)
	};
}
// src/store/postgres/rows.ts
function fact(finding) {
	return [
		finding.ruleId,
		finding.title,
		finding.severity,
		finding.category,
		finding.persona,
		finding.fixability
	];
}
function fleetFacts(agent) {
	return {
		name: agent.name,
		verdict: agent.verdict,
		exitCode: agent.exitCode,
		language: agent.language,
		frameworks: [...agent.frameworks],
		suppressed: agent.suppressed.map(fact),
		findings: agent.findings.map(fact)
	};
}
function skeletonFinding([ruleId, title, severity, category, persona, fixability]) {
	return {
		ruleId,
		title,
		message: "",
		file: "",
		region: {
			startLine: 1,
			startColumn: 1,
			endLine: 1,
			endColumn: 1
		},
		severity,
		category,
		persona,
		fixability,
		remediation: "",
		fingerprint: "",
		tags: []
	};
}
/**
* A record holding only the facts, for the fleet view: what the view counts is exact, the rest
* (messages, files, snippets, run ids) is blank. Never shown, never stored.
*/
function skeletonRecord(agentId, agentPath, facts) {
	return {
		schemaVersion: 1,
		tool: {
			name: "",
			version: ""
		},
		runId: "skeleton",
		startedAt: "1970-01-01T00:00:00.000Z",
		finishedAt: "1970-01-01T00:00:00.000Z",
		configDigest: "",
		contentHash: "",
		agent: {
			id: agentId,
			name: facts.name,
			path: agentPath,
			entrypoint: null,
			language: facts.language,
			frameworks: facts.frameworks,
			verdict: facts.verdict,
			exitCode: facts.exitCode,
			stats: {
				filesScanned: 0,
				bytesScanned: 0,
				filesSkipped: 0
			},
			findings: facts.findings.map(skeletonFinding),
			suppressed: facts.suppressed.map(skeletonFinding)
		}
	};
}
/** The newest run is the one with the greatest lake history name, exactly as the lake decides. */
function sortKey(record) {
	return historyName(record);
}
function runRow(record, fallbackSource) {
	const counts = severityCounts(record.agent.findings);
	const source = record.source ?? fallbackSource;
	return {
		agent_id: record.agent.id,
		run_id: record.runId,
		sort_key: sortKey(record),
		finished_at: record.finishedAt,
		day: record.finishedAt.slice(0, 10),
		verdict: record.agent.verdict,
		findings: record.agent.findings.length,
		errors: counts.error,
		warnings: counts.warning,
		notes: counts.note,
		record,
		started_iso: record.startedAt,
		finished_iso: record.finishedAt,
		fingerprints: record.agent.findings.map((finding) => finding.fingerprint),
		source_repository: source?.repository ?? null,
		source_commit: source?.commit ?? null,
		source_ci_run: source?.ciRun ?? null
	};
}
function agentTableRow(record) {
	const row = agentRow(record);
	return {
		agent_id: record.agent.id,
		latest_run_id: record.runId,
		latest_sort_key: sortKey(record),
		path: record.agent.path,
		name_key: row.name.toLowerCase(),
		path_key: row.path.toLowerCase(),
		verdict: row.verdict,
		verdict_rank: verdictRank(row.verdict),
		frameworks: [...row.frameworks],
		personas: Object.entries(row.byPersona).filter(([, count]) => count > 0).map(([persona]) => persona),
		rule_ids: [...new Set(record.agent.findings.map((finding) => finding.ruleId))].sort(),
		findings: row.findings,
		errors: row.bySeverity.error,
		last_audit: row.lastAudit,
		agent_row: row,
		fleet_facts: fleetFacts(record.agent)
	};
}
// src/store/postgres/migration-2-repository.ts
var CHUNK = 500;
/** Only the columns version 1 created: a later migration's columns do not exist yet when this one runs. */
var INSERT_AGENTS = `
  INSERT INTO cockpit_agents (agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
                              frameworks, personas, rule_ids, findings, errors, last_audit, agent_row, fleet_facts)
  SELECT agent_id, runs, latest_run_id, latest_sort_key, path, name_key, path_key, verdict, verdict_rank,
         ARRAY(SELECT jsonb_array_elements_text(frameworks)), ARRAY(SELECT jsonb_array_elements_text(personas)),
         ARRAY(SELECT jsonb_array_elements_text(rule_ids)), findings, errors, last_audit, agent_row, fleet_facts
  FROM jsonb_to_recordset($1::jsonb) AS t(agent_id text, runs integer, latest_run_id text, latest_sort_key text, path text,
       name_key text, path_key text, verdict text, verdict_rank smallint, frameworks jsonb, personas jsonb, rule_ids jsonb,
       findings integer, errors integer, last_audit text, agent_row jsonb, fleet_facts jsonb)`;
/** Each affected id's row, from its newest run and its run count. */
async function rebuildAgents(client, ids) {
	for (let start = 0; start < ids.length; start += CHUNK) {
		const chunk = ids.slice(start, start + CHUNK);
		const rows = (await client.query(`SELECT DISTINCT ON (r.agent_id) r.agent_id, r.record, c.runs
       FROM cockpit_runs r JOIN (SELECT agent_id, count(*)::int AS runs FROM cockpit_runs WHERE agent_id = ANY($1::text[]) GROUP BY agent_id) c USING (agent_id)
       ORDER BY r.agent_id, r.sort_key DESC`, [chunk])).rows.map((row) => ({
			...agentTableRow(LakeRecordSchema.parse(row.record)),
			agent_id: row.agent_id,
			runs: row.runs
		}));
		if (rows.length > 0) await client.query(INSERT_AGENTS, [JSON.stringify(rows)]);
	}
}
async function rekeyByRepository(client) {
	const pairs = await client.query("SELECT DISTINCT agent_id, source_repository FROM cockpit_runs WHERE source_repository IS NOT NULL");
	const rekeys = [];
	for (const pair of pairs.rows) {
		const repository = normaliseRepository(pair.source_repository);
		if (repository) rekeys.push({
			old_id: pair.agent_id,
			raw: pair.source_repository,
			repository,
			new_id: storeAgentId(repository, pair.agent_id)
		});
	}
	if (rekeys.length === 0) return;
	await client.query("CREATE TEMPORARY TABLE cockpit_rekey (old_id text, raw text, repository text, new_id text) ON COMMIT DROP");
	await client.query("INSERT INTO cockpit_rekey SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(old_id text, raw text, repository text, new_id text)", [JSON.stringify(rekeys)]);
	await client.query("DELETE FROM cockpit_agents WHERE agent_id IN (SELECT old_id FROM cockpit_rekey)");
	await client.query(`
    UPDATE cockpit_runs r
    SET agent_id = k.new_id,
        source_repository = k.repository,
        record = jsonb_set(r.record, '{agent,id}', to_jsonb(k.new_id))
                 || jsonb_build_object('source', coalesce(r.record->'source', jsonb_strip_nulls(jsonb_build_object('commit', r.source_commit, 'ciRun', r.source_ci_run)))
                                                 || jsonb_build_object('repository', k.repository))
    FROM cockpit_rekey k
    WHERE r.agent_id = k.old_id AND r.source_repository = k.raw`);
	await rebuildAgents(client, [...new Set(rekeys.flatMap((rekey) => [rekey.old_id, rekey.new_id]))].sort());
}
var REPOSITORY_IDENTITY_MIGRATION = {
	version: 2,
	name: "agent identity includes the repository",
	sql: "",
	run: rekeyByRepository
};
// src/store/postgres/migration-3-findings.ts
/**
* Version 3: `cockpit_findings`, one row per active finding of each agent's latest run, with the
* columns `/api/findings` filters and sorts on and the API row itself (findings.ts reads and writes
* it; push.ts keeps it current). Backfilled here, in SQL, from each agent's latest record: the same
* values findings.ts computes from a record (its finding rows, `SEVERITY_RANK` worst first; the
* tests compare both).
*
* Sorted text is COLLATE "C" (code point order), which is findingList's `<` on strings for text
* without characters beyond the BMP; `agent_id` keeps the collation of `cockpit_agents.agent_id`,
* which listLatest sorts ties by. Each index is a filter column followed by the whole page order, so
* a filtered page stops after LIMIT + OFFSET entries; a severity filter uses the first index (rank
* leads it), an agent filter the primary key.
*/
var FINDINGS_MIGRATION = {
	version: 3,
	name: "findings of the latest runs",
	sql: `
    -- Pushes already inside a transaction finish before the backfill reads; later ones wait for this
    -- commit. (A cockpit older than version 3 that checked the schema before it keeps pushing
    -- without maintaining the table until its push ends: upgrade every pusher together.)
    LOCK TABLE cockpit_agents IN SHARE MODE;
    CREATE TABLE cockpit_findings (
      agent_id text NOT NULL REFERENCES cockpit_agents (agent_id) ON DELETE CASCADE,
      -- The finding's index in the record's findings: the last tie-break, as findingList's stable sort.
      ordinal integer NOT NULL,
      severity_rank smallint NOT NULL,
      agent_path text COLLATE "C" NOT NULL,
      file text COLLATE "C" NOT NULL,
      start_line integer NOT NULL,
      start_column integer NOT NULL,
      rule_id text COLLATE "C" NOT NULL,
      -- The name of severity_rank, for people reading the table.
      severity text NOT NULL,
      persona text NOT NULL,
      category text NOT NULL,
      -- The /api/findings item: {agentId, agentName, agentPath, finding}.
      api_row jsonb NOT NULL,
      PRIMARY KEY (agent_id, ordinal)
    );
    CREATE INDEX cockpit_findings_in_order ON cockpit_findings (severity_rank, agent_path, file, start_line, start_column, rule_id, agent_id, ordinal);
    CREATE INDEX cockpit_findings_by_rule ON cockpit_findings (rule_id, severity_rank, agent_path, file, start_line, start_column, agent_id, ordinal);
    CREATE INDEX cockpit_findings_by_persona ON cockpit_findings (persona, severity_rank, agent_path, file, start_line, start_column, rule_id, agent_id, ordinal);
    CREATE INDEX cockpit_findings_by_category ON cockpit_findings (category, severity_rank, agent_path, file, start_line, start_column, rule_id, agent_id, ordinal);

    INSERT INTO cockpit_findings (agent_id, ordinal, severity_rank, agent_path, file, start_line, start_column, rule_id, severity, persona, category, api_row)
    SELECT a.agent_id, f.ordinal - 1,
           CASE f.finding->>'severity' WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
           r.record->'agent'->>'path', f.finding->>'file',
           (f.finding->'region'->>'startLine')::integer, (f.finding->'region'->>'startColumn')::integer,
           f.finding->>'ruleId', f.finding->>'severity', f.finding->>'persona', f.finding->>'category',
           jsonb_build_object('agentId', r.record->'agent'->'id', 'agentName', r.record->'agent'->'name',
                              'agentPath', r.record->'agent'->'path', 'finding', f.finding)
    FROM cockpit_agents a
    JOIN cockpit_runs r ON r.agent_id = a.agent_id AND r.run_id = a.latest_run_id
    CROSS JOIN LATERAL jsonb_array_elements(r.record->'agent'->'findings') WITH ORDINALITY AS f(finding, ordinal);
    ANALYZE cockpit_findings;
  `
};
// src/store/postgres/migration-4-run-facts.ts
/**
* Version 4: what runs as history need of each run, as columns, so the fleet's runs and the first run of a
* finding are answered without reading records (runs.ts): the run's start and finish exactly as the record
* writes them (ISO text, which run-history.ts compares as text) and the fingerprints of its findings, in the
* record's order, duplicates kept (new and fixed count them as a multiset). `cockpit_runs_by_run` finds a
* run's rows across agents. Backfilled here, in SQL, from each record: the values rows.ts computes for a push
* (the tests compare both).
*/
var RUN_FACTS_MIGRATION = {
	version: 4,
	name: "run facts: start, finish and finding fingerprints",
	sql: `
    ALTER TABLE cockpit_runs
      ADD COLUMN started_iso text COLLATE "C",
      ADD COLUMN finished_iso text COLLATE "C",
      ADD COLUMN fingerprints text[];
    UPDATE cockpit_runs SET
      started_iso = record->>'startedAt',
      finished_iso = record->>'finishedAt',
      fingerprints = ARRAY(SELECT f.finding->>'fingerprint'
                           FROM jsonb_array_elements(record->'agent'->'findings') WITH ORDINALITY AS f(finding, ordinal)
                           ORDER BY f.ordinal);
    ALTER TABLE cockpit_runs
      ALTER COLUMN started_iso SET NOT NULL,
      ALTER COLUMN finished_iso SET NOT NULL,
      ALTER COLUMN fingerprints SET NOT NULL;
    -- A run's rows across agents, and what the fleet's runs read of every row, for index-only scans.
    CREATE INDEX cockpit_runs_by_run ON cockpit_runs (run_id) INCLUDE (agent_id, started_iso, finished_iso, findings, errors, warnings, notes);
    ANALYZE cockpit_runs;
  `
};
// src/store/postgres/transaction.ts
var RETRYABLE = /* @__PURE__ */ new Set(["40P01", "40001"]);
var MAX_ATTEMPTS = 5;
/**
* `work` on one pooled client between `begin` and COMMIT. Any error rolls back (a failed ROLLBACK, on a
* lost connection, is ignored) and is thrown again; the client goes back to the pool either way.
*/
async function inTransaction(pool, work, begin = "BEGIN") {
	const client = await pool.connect();
	try {
		await client.query(begin);
		const result = await work(client);
		await client.query("COMMIT");
		return result;
	} catch (error) {
		await client.query("ROLLBACK").catch(() => void 0);
		throw error;
	} finally {
		client.release();
	}
}
function sqlState(error) {
	const code = typeof error === "object" && error !== null ? error.code : void 0;
	return typeof code === "string" ? code : void 0;
}
/**
* A writing transaction that concurrent writers may deadlock or serialise against: tried again, after a
* short random pause, when PostgreSQL ends it with one of those errors (at most MAX_ATTEMPTS tries).
*/
async function inRetriedTransaction(pool, work) {
	for (let attempt = 1;; attempt++) {
		try {
			return await inTransaction(pool, work);
		} catch (error) {
			if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has(sqlState(error) ?? "")) throw error;
		}
		await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.floor(Math.random() * 30)));
	}
}
// src/store/postgres/migrations.ts
var MIGRATIONS_TABLE = "cockpit_schema_migrations";
/** Arbitrary but fixed: every cockpit process takes the same advisory lock ("cockpit" in ASCII). */
var MIGRATION_LOCK = 27988495489329524n;
var MIGRATIONS = [
	{
		version: 1,
		name: "fleet store: runs and agents",
		sql: `
      -- Every pushed record, one row per (agent, run): the lake's history. The record is the source
      -- of truth (stored redacted, as the lake holds it); the other columns are copies for queries.
      CREATE TABLE cockpit_runs (
        agent_id text NOT NULL CHECK (agent_id ~ '^[0-9a-f]{16}$'),
        run_id text NOT NULL,
        -- The lake's history file name (finishedAt + run id): the newest run is the greatest key.
        sort_key text COLLATE "C" NOT NULL,
        finished_at timestamptz NOT NULL,
        -- finishedAt's UTC day, as the fleet trend groups runs.
        day date NOT NULL,
        verdict text NOT NULL,
        findings integer NOT NULL,
        errors integer NOT NULL,
        warnings integer NOT NULL,
        notes integer NOT NULL,
        record jsonb NOT NULL,
        -- Where the record came from: the record's own source, else the pushing job's environment.
        source_repository text,
        source_commit text,
        source_ci_run text,
        pushed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agent_id, run_id)
      );
      -- History in order, and the trend from the index alone (index-only scan).
      CREATE INDEX cockpit_runs_by_agent ON cockpit_runs (agent_id, sort_key) INCLUDE (day, findings, errors, warnings, notes);

      -- One row per agent pointing at its newest run, with what the dashboard filters and sorts on.
      CREATE TABLE cockpit_agents (
        agent_id text PRIMARY KEY,
        -- How many runs of this agent the store holds; the fleet's sum tells readers whether anything changed.
        runs integer NOT NULL,
        latest_run_id text NOT NULL,
        latest_sort_key text COLLATE "C" NOT NULL,
        path text COLLATE "C" NOT NULL,
        name_key text COLLATE "C" NOT NULL,
        path_key text COLLATE "C" NOT NULL,
        verdict text NOT NULL,
        verdict_rank smallint NOT NULL,
        frameworks text[] NOT NULL,
        personas text[] NOT NULL,
        rule_ids text[] NOT NULL,
        findings integer NOT NULL,
        errors integer NOT NULL,
        last_audit text COLLATE "C" NOT NULL,
        agent_row jsonb NOT NULL,
        -- What the fleet summary counts, without reading the record (rows.ts FleetFacts).
        fleet_facts jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agent_id, latest_run_id) REFERENCES cockpit_runs (agent_id, run_id)
      );
      CREATE INDEX cockpit_agents_by_path ON cockpit_agents (path, agent_id);
      CREATE INDEX cockpit_agents_by_verdict ON cockpit_agents (verdict, path, agent_id);
      CREATE INDEX cockpit_agents_by_frameworks ON cockpit_agents USING gin (frameworks);
      CREATE INDEX cockpit_agents_by_rules ON cockpit_agents USING gin (rule_ids);
    `
	},
	REPOSITORY_IDENTITY_MIGRATION,
	FINDINGS_MIGRATION,
	RUN_FACTS_MIGRATION
];
Math.max(...MIGRATIONS.map((migration) => migration.version));
/** The applied version; 0 for a database the cockpit has never touched. */
async function schemaVersion(pool) {
	if (!(await pool.query(`SELECT to_regclass($1)::text AS table`, [MIGRATIONS_TABLE])).rows[0]?.table) return 0;
	return (await pool.query(`SELECT max(version) AS version FROM ${MIGRATIONS_TABLE}`)).rows[0]?.version ?? 0;
}
/** The store was migrated by a newer cockpit: this one must not write (or misread) it. */
var SchemaTooNewError = class extends CockpitError {
	constructor(version, known) {
		super(`the store's schema is version ${version}, newer than this cockpit knows (${known}): upgrade the cockpit`);
	}
};
/**
* Brings the schema to SCHEMA_VERSION and returns the versions applied by this call. A store
* already current costs one query and takes no lock, so read-only roles can use a migrated store.
*/
async function migrate(pool, migrations = MIGRATIONS) {
	const target = Math.max(...migrations.map((migration) => migration.version));
	const current = await schemaVersion(pool);
	if (current > target) throw new SchemaTooNewError(current, target);
	if (current === target) return [];
	const applied = [];
	for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
		if (migration.version <= current) continue;
		await inTransaction(pool, async (client) => {
			await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK.toString()]);
			await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
			if ((await client.query(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE version = $1`, [migration.version])).rowCount === 0) {
				if (migration.sql.trim() !== "") await client.query(migration.sql);
				await migration.run?.(client);
				await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
				applied.push(migration.version);
			}
		});
	}
	return applied;
}
// src/store/postgres/connection.ts
/** Network errors carry a code; Node's happy-eyeballs connect wraps several in an AggregateError. */
function errorCode(error) {
	if (typeof error !== "object" || error === null) return void 0;
	const code = error.code;
	if (typeof code === "string" && code !== "") return code;
	const inner = error.errors;
	return Array.isArray(inner) ? inner.map(errorCode).find((value) => value !== void 0) : void 0;
}
var TLS_CODES = {
	DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed certificate",
	SELF_SIGNED_CERT_IN_CHAIN: "self-signed certificate in the chain",
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: "certificate not signed by a trusted CA",
	UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "certificate not signed by a trusted CA",
	CERT_HAS_EXPIRED: "certificate expired",
	ERR_TLS_CERT_ALTNAME_INVALID: "certificate does not name this host"
};
/** Why a connection failed, in a few words; never the password (pg's messages do not contain it, but be sure). */
function connectFailure(error, connection) {
	const code = errorCode(error);
	const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
	let detail;
	if (code && TLS_CODES[code]) detail = `TLS: ${TLS_CODES[code]}; set sslrootcert=FILE or PGSSLROOTCERT to the server's CA`;
	else if (/does not support SSL/i.test(message)) detail = `the server does not offer TLS, but sslmode=${connection.sslMode} needs it`;
	else if (/timeout/i.test(message)) detail = `timed out after ${(connection.config.connectionTimeoutMillis ?? 0) / 1e3} s`;
	else if (code && /^[A-Z][A-Z0-9_]+$/.test(code)) detail = message && !message.includes(code) ? `${code}: ${message}` : code;
	else detail = message || "unknown error";
	if (typeof connection.config.password === "string" && connection.config.password.length > 0) detail = detail.split(connection.config.password).join("****");
	return `${connection.label}: cannot connect (${detail})`;
}
async function probe(pool) {
	(await pool.connect()).release();
}
/**
* A lost connection must never be an unhandled 'error' event: that crashes the process with exit 1,
* which CI reads as "secret found". The pool's own listener covers idle clients; a client checked out
* with `pool.connect()` has none while in use, and pg emits 'error' on it even as the running query
* fails. So every client gets a listener when it is created: the failed query (or the next one, on a
* client no longer queryable) then carries the error to `storeError`, one line and exit 3.
*/
function guardPool(pool) {
	pool.on("error", () => void 0);
	pool.on("connect", (client) => {
		client.on("error", () => void 0);
	});
}
/**
* Opens a pool and checks it with one connection, so an unreachable store is one clear line (exit 3)
* before any work starts. sslmode prefer/allow retries without TLS when the server has none, as libpq does.
*/
async function openStorePool(url, env, options = {}) {
	const connection = storeConnection(url, env);
	const create = (config) => {
		const pool = new pg.Pool({
			...config,
			max: options.max ?? 8,
			idleTimeoutMillis: 1e4
		});
		guardPool(pool);
		return pool;
	};
	let pool = create(connection.config);
	try {
		await probe(pool);
	} catch (error) {
		await pool.end().catch(() => void 0);
		if (!((connection.sslMode === "prefer" || connection.sslMode === "allow") && error instanceof Error && /does not support SSL/i.test(error.message))) throw new CockpitError(connectFailure(error, connection));
		pool = create({
			...connection.config,
			ssl: false
		});
		try {
			await probe(pool);
		} catch (plainError) {
			await pool.end().catch(() => void 0);
			throw new CockpitError(connectFailure(plainError, connection));
		}
	}
	let closed = false;
	return {
		pool,
		label: connection.label,
		close: async () => {
			if (closed) return;
			closed = true;
			await pool.end();
		}
	};
}
var LOST_CONNECTION = /Connection terminated|not queryable|terminating connection/i;
/** Socket errors, and the SQLSTATEs of a backend shut down or killed (57P01-57P03). */
var LOST_CONNECTION_CODES = /* @__PURE__ */ new Set([
	"ECONNRESET",
	"EPIPE",
	"ECONNREFUSED",
	"57P01",
	"57P02",
	"57P03"
]);
/** Errors that mean "the database is not there right now" (down, restarting, unreachable, full), not "this query failed". */
function isUnavailable(error) {
	const message = error instanceof Error ? error.message : String(error);
	const code = errorCode(error);
	if (LOST_CONNECTION.test(message) || /timeout|timed out/i.test(message)) return true;
	if (code === void 0) return false;
	return LOST_CONNECTION_CODES.has(code) || /^(08...|53300|57P0[1-4])$/.test(code) || [
		"ETIMEDOUT",
		"ENOTFOUND",
		"EHOSTUNREACH",
		"ENETUNREACH",
		"EAI_AGAIN"
	].includes(code);
}
/** A database error after connecting, as one line naming the store (SQLSTATE kept: it is what DBAs search for). */
function storeError(label, error) {
	if (error instanceof SchemaTooNewError) return new CockpitError(`${label}: ${error.message}`);
	if (error instanceof CockpitError) return error;
	const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
	const code = errorCode(error);
	if (LOST_CONNECTION.test(message) || code !== void 0 && LOST_CONNECTION_CODES.has(code)) return new CockpitError(`${label}: lost the connection to the database (${message || code})`);
	return new CockpitError(`${label}: ${message || "unknown error"}${code && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : ""}`);
}
/** Runs `work` with an open store and always closes it; errors become one-line CockpitErrors. */
async function withStore(url, env, work) {
	const store = await openStorePool(url, env);
	try {
		return await work(store);
	} catch (error) {
		throw storeError(store.label, error);
	} finally {
		await store.close().catch(() => void 0);
	}
}
export { storeAgentId as C, pushRepository as S, normaliseFolder as _, migrate as a, codeLinks as b, agentTableRow as c, sortKey as d, SEVERITY_RANK as f, fleetView as g, findingRows as h, withStore as i, runRow as l, findingList as m, openStorePool as n, inRetriedTransaction as o, agentList as p, storeError as r, inTransaction as s, isUnavailable as t, skeletonRecord as u, ownerRollup as v, storeRecord as w, normaliseRepository as x, rollupAgent as y };
