// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as agentDepth, t as agentContains } from "./chunk-agent-location.js";
import { t as compareFindings } from "./chunk-order.js";
import { t as fingerprint } from "./chunk-fingerprint.js";
import { c as verdictFor, i as combineExitCodes, o as gateExitCode, s as gateWithSkips, t as DEFAULT_GATE } from "./chunk-gate.js";
import { r as summarise } from "./chunk-summary2.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { n as readRegularFile } from "./chunk-read-regular-file2.js";
import { n as CATEGORIES } from "./chunk-kinds.js";
import { i as redactExternalText, n as lineSnippet, r as loadFileText } from "./chunk-redaction.js";
import path from "node:path";
// src/committee/auditors.ts
/** The cockpit's own engines, each an auditor of the committee. */
var ENGINE_AUDITORS = [
	"cockpit-secrets",
	"cockpit-pii",
	"cockpit-security",
	"cockpit-dependencies",
	"cockpit-rules"
];
/** Prefix of the rule ids given to external findings: `external/<tool>/<rule>`. */
var EXTERNAL_PREFIX = "external/";
/**
* Which engine raised a cockpit finding, from its category and rule id: the secret scanner, the PII
* scanner, the security (taint) rules, the dependency checks, or the structural rules.
*/
function engineAuditor(finding) {
	if (finding.category === "secret") return "cockpit-secrets";
	if (finding.category === "pii") return "cockpit-pii";
	if (finding.category === "dependency" || finding.ruleId.startsWith("deps/")) return "cockpit-dependencies";
	if (finding.category === "security") return "cockpit-security";
	return "cockpit-rules";
}
/**
* A scanner's rule id made short and path-safe for `external/<tool>/<rule>`: secretlint writes
* `@secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-slack`, which becomes `slack`.
*/
function shortRuleId(ruleId) {
	return ruleId.split(">").at(-1).trim().replace(/^@secretlint\/secretlint-rule-/, "").replace(/[^A-Za-z0-9._/-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 120) || "unknown";
}
// src/committee/categories.ts
var CATEGORY_NAMES = CATEGORIES;
/**
* Which cockpit category an external scanner's result belongs to, so it can be matched with the cockpit's
* own finding about the same problem. Precision first: a result is mapped only from facts the scanner
* states (its tool, its rule id, its CWE or tags); anything else stays unmapped and never merges.
*/
/** Scanners that look for nothing but credentials: every result is a secret. */
var SECRET_SCANNERS = /* @__PURE__ */ new Set([
	"secretlint",
	"gitleaks",
	"betterleaks",
	"trufflehog",
	"detect-secrets",
	"ggshield"
]);
/**
* Bandit test ids (https://bandit.readthedocs.io/en/latest/plugins/index.html); only those with a
* clear cockpit counterpart. B105–B107 hardcoded passwords; B113 request without timeout; the rest
* injection, deserialisation and debug-mode tests.
*/
var BANDIT = {
	B105: "secret",
	B106: "secret",
	B107: "secret",
	B113: "reliability",
	B102: "security",
	B201: "security",
	B301: "security",
	B307: "security",
	B501: "security",
	B506: "security",
	B602: "security",
	B604: "security",
	B605: "security",
	B608: "security",
	B610: "security",
	B611: "security"
};
/** CWE ids (https://cwe.mitre.org) with a cockpit category. */
var CWE = {
	798: "secret",
	259: "secret",
	321: "secret",
	359: "pii",
	89: "security",
	78: "security",
	77: "security",
	94: "security",
	95: "security",
	22: "security",
	502: "security",
	918: "security",
	79: "security",
	611: "security",
	295: "security",
	400: "reliability",
	1088: "reliability",
	1104: "dependency",
	1395: "dependency",
	937: "dependency",
	1035: "dependency"
};
/** `CWE-798`, `CWE-798: Use of Hard-coded Credentials` (semgrep), `external/cwe/cwe-798` (CodeQL). */
var CWE_TAG = /\bcwe[-/]0*(\d{1,5})\b/i;
function cweTags(tags) {
	const ids = tags.map((tag) => CWE_TAG.exec(tag)?.[1]).filter((id) => id !== void 0);
	return [...new Set(ids.map((id) => `CWE-${Number(id)}`))];
}
function externalCategory(facts) {
	const cwes = cweTags(facts.tags);
	const tool = facts.tool.toLowerCase();
	const choose = (category) => ({
		category,
		mapped: true,
		cwes
	});
	if (SECRET_SCANNERS.has(tool)) return choose("secret");
	if (tool === "bandit") {
		const category = BANDIT[facts.ruleId.toUpperCase()];
		if (category) return choose(category);
	}
	if (/^(?:CVE-\d{4}-\d+|GHSA(?:-[0-9a-z]{4}){3})$/i.test(facts.ruleId)) return choose("dependency");
	if (/(?:^|\.)secrets?\./i.test(facts.ruleId)) return choose("secret");
	for (const cwe of cwes) {
		const category = CWE[Number(cwe.slice(4))];
		if (category) return choose(category);
	}
	const words = new Set(facts.tags.map((tag) => tag.toLowerCase()));
	const named = CATEGORY_NAMES.find((category) => words.has(category));
	if (named) return choose(named);
	if (words.has("secret") || words.has("secrets") || words.has("credentials")) return choose("secret");
	if (words.has("pii") || words.has("privacy")) return choose("pii");
	if (words.has("security")) return choose("security");
	return {
		category: "security",
		mapped: false,
		cwes
	};
}
var PERSONA_OF = {
	secret: "secops",
	pii: "secops",
	security: "secops",
	dependency: "secops",
	reliability: "sre",
	architecture: "architecture",
	policy: "governance",
	finops: "finops",
	ux: "ux"
};
function personaFor(category) {
	return PERSONA_OF[category];
}
// src/committee/quorum.ts
/**
* Votes a finding needs: `external` for one only external auditors raised (a scanner's lone finding the
* cockpit's own engines did not confirm), else its category's quorum, else its severity's, else `default`, else one.
*/
function quorumFor(quorum, category, severity, externalOnly = false) {
	return (externalOnly ? quorum.external : void 0) ?? quorum[category] ?? quorum[severity] ?? quorum.default ?? 1;
}
// src/committee/apply.ts
var LISTS = [
	"findings",
	"suppressed",
	"baselined",
	"outsideChanges"
];
function overlapScore(seat, result) {
	if (seat.startLine > result.endLine || result.startLine > seat.endLine) return 0;
	if (seat.startLine !== result.startLine) return 1;
	return seat.startColumn < result.endColumn && result.startColumn < seat.endColumn ? 3 : 2;
}
/** The seat about the same problem: same file, overlapping lines, same category; the closest wins, then the first. */
function matchingSeat(seats, region, category) {
	let best;
	let bestScore = 0;
	for (const seat of seats ?? []) {
		if (!seat.mapped || seat.finding.category !== category) continue;
		const score = overlapScore(seat.finding.region, region);
		if (score > bestScore) {
			best = seat;
			bestScore = score;
		}
	}
	return best;
}
function owningAgent(agents, file) {
	let owner;
	for (const agent of agents) if (agentContains(agent.path, file) && (!owner || agentDepth(agent.path) > agentDepth(owner.path))) owner = agent;
	return owner;
}
/** Inserts external findings into an already ordered list without moving the cockpit's own. */
function insertOrdered(list, added) {
	const result = [...list];
	for (const finding of [...added].sort(compareFindings)) {
		const index = result.findIndex((existing) => compareFindings(existing, finding) > 0);
		result.splice(index === -1 ? result.length : index, 0, finding);
	}
	return result;
}
function posixRelative(root, file) {
	const relative = path.relative(root, file);
	if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return void 0;
	return relative.split(path.sep).join("/");
}
async function applyCommittee(input) {
	const { report, root } = input;
	const seatsByFile = /* @__PURE__ */ new Map();
	const seatsByAgent = /* @__PURE__ */ new Map();
	const place = (seat) => {
		seatsByFile.set(seat.finding.file, [...seatsByFile.get(seat.finding.file) ?? [], seat]);
		seatsByAgent.set(seat.agent, [...seatsByAgent.get(seat.agent) ?? [], seat]);
	};
	const votable = report.agents.filter((agent) => !(agent.verdict === "failed" && agent.error !== void 0));
	const engineCounts = /* @__PURE__ */ new Map();
	for (const agent of votable) for (const list of LISTS) for (const finding of agent[list] ?? []) {
		const auditor = engineAuditor(finding);
		if (list === "findings") engineCounts.set(auditor, (engineCounts.get(auditor) ?? 0) + 1);
		place({
			finding,
			agent: agent.path,
			list,
			mapped: true,
			external: false,
			votes: [{
				auditor,
				decision: "raised",
				ruleId: finding.ruleId,
				rationale: finding.message
			}]
		});
	}
	const texts = /* @__PURE__ */ new Map();
	const textOf = (relative, absolute) => {
		let text = texts.get(relative);
		if (!text) texts.set(relative, text = loadFileText(absolute, relative, root, input.maxFileBytes, readRegularFile));
		return text;
	};
	const ordinals = /* @__PURE__ */ new Map();
	const runs = [];
	for (const imported of input.imports) {
		const run = {
			name: imported.tool,
			kind: "sarif",
			source: imported.source,
			results: imported.results.length + imported.unusable,
			merged: 0,
			added: 0,
			skipped: imported.unusable
		};
		runs.push(run);
		for (const result of imported.results) {
			const relative = result.file === void 0 ? void 0 : posixRelative(root, result.file);
			const agent = relative === void 0 ? void 0 : owningAgent(votable, relative);
			if (relative === void 0 || !agent) {
				run.skipped++;
				continue;
			}
			const byDriver = externalCategory({
				tool: result.driver,
				ruleId: result.ruleId,
				tags: result.tags
			});
			const choice = byDriver.mapped ? byDriver : externalCategory({
				tool: result.tool,
				ruleId: result.ruleId,
				tags: result.tags
			});
			const text = await textOf(relative, result.file);
			if (choice.category === "secret" && !result.suppressed) text?.maskRegion(result.region);
			const rationale = redactExternalText(result.message || result.title, text, result.region, choice.category);
			const seat = choice.mapped ? matchingSeat(seatsByFile.get(relative), result.region, choice.category) : void 0;
			if (seat) {
				run.merged++;
				if (!seat.votes.some((vote) => vote.auditor === result.tool && vote.ruleId === result.ruleId)) seat.votes.push({
					auditor: result.tool,
					decision: result.suppressed ? "disputed" : "confirmed",
					ruleId: result.ruleId,
					rationale
				});
				continue;
			}
			if (result.suppressed) {
				run.skipped++;
				continue;
			}
			run.added++;
			place({
				finding: externalFinding(result, relative, choice, text, rationale, ordinals),
				agent: agent.path,
				list: "findings",
				mapped: choice.mapped,
				external: true,
				votes: [{
					auditor: result.tool,
					decision: "raised",
					ruleId: result.ruleId,
					rationale
				}]
			});
		}
	}
	if (input.review) {
		const seats = [...seatsByFile.values()].flat().filter((seat) => seat.list === "findings");
		const items = [];
		for (const seat of seats) items.push({
			finding: seat.finding,
			text: await textOf(seat.finding.file, path.join(root, ...seat.finding.file.split("/")))
		});
		const outcome = await input.review(items);
		for (const seat of seats) seat.votes.push(...outcome.votes.get(seat.finding.fingerprint) ?? []);
		runs.push(...outcome.runs);
	}
	let agreed = 0;
	let belowQuorum = 0;
	let disputed = 0;
	let voted = 0;
	const agents = report.agents.map((agent) => {
		const seats = seatsByAgent.get(agent.path);
		if (!votable.includes(agent)) return agent;
		const lists = {
			findings: [],
			suppressed: [],
			baselined: [],
			outsideChanges: []
		};
		const added = [];
		const below = [];
		for (const seat of seats ?? []) {
			const auditors = [...new Set(seat.votes.filter((vote) => vote.decision !== "disputed").map((vote) => vote.auditor))];
			const required = quorumFor(input.quorum, seat.finding.category, seat.finding.severity, seat.external);
			const met = auditors.length >= required;
			const finding = {
				...seat.finding,
				committee: {
					auditors,
					quorum: required,
					status: met ? "met" : "below-quorum",
					votes: seat.votes
				}
			};
			if (seat.list !== "findings") {
				lists[seat.list].push(finding);
				continue;
			}
			voted++;
			if (auditors.length > 1) agreed++;
			if (seat.votes.some((vote) => vote.decision === "disputed")) disputed++;
			if (!met) {
				belowQuorum++;
				below.push(finding);
			} else if (seat.external) added.push(finding);
			else lists.findings.push(finding);
		}
		const counted = insertOrdered(lists.findings, added);
		const exitCode = gateWithSkips(gateExitCode(counted, input.gates.get(agent.path) ?? DEFAULT_GATE), agent.skipped);
		return {
			...agent,
			verdict: verdictFor(exitCode),
			exitCode,
			findings: counted,
			suppressed: lists.suppressed,
			...agent.baselined ? { baselined: lists.baselined } : {},
			...agent.outsideChanges ? { outsideChanges: lists.outsideChanges } : {},
			belowQuorum: below.sort(compareFindings)
		};
	});
	const committee = {
		auditors: [...ENGINE_AUDITORS.map((name) => ({
			name,
			kind: "engine",
			results: engineCounts.get(name) ?? 0,
			merged: 0,
			added: 0,
			skipped: 0
		})), ...runs],
		quorum: {
			default: 1,
			...Object.fromEntries(Object.entries(input.quorum).filter(([, value]) => value !== void 0))
		},
		findings: voted,
		agreed,
		belowQuorum,
		disputed
	};
	const exitCode = combineExitCodes(agents.map((agent) => agent.exitCode));
	return {
		...report,
		exitCode,
		verdict: verdictFor(exitCode),
		summary: summarise(agents),
		committee,
		agents
	};
}
function externalFinding(result, relative, choice, text, message, ordinals) {
	const ruleId = `${EXTERNAL_PREFIX}${result.tool}/${shortRuleId(result.ruleId)}`;
	const snippet = text ? lineSnippet(text, result.region, choice.category) : void 0;
	const matched = text?.regionText(result.region);
	const content = matched !== void 0 && matched.length > 0 ? sha256Hex(matched) : text?.lineText(result.region.startLine) ?? `${result.region.startLine}`;
	const key = `${ruleId}\0${relative}\0${content}`;
	const ordinal = ordinals.get(key) ?? 0;
	ordinals.set(key, ordinal + 1);
	const severity = result.severity;
	return {
		ruleId,
		title: redactExternalText(result.title, text, result.region, choice.category).slice(0, 200),
		message,
		file: relative,
		region: result.region,
		severity,
		category: choice.category,
		persona: personaFor(choice.category),
		fixability: "structural",
		remediation: result.helpUri ? `See ${result.tool}'s documentation of this rule: ${result.helpUri}` : `See ${result.tool}'s documentation of rule ${shortRuleId(result.ruleId)}.`,
		fingerprint: fingerprint(ruleId, relative, content, ordinal),
		...snippet !== void 0 ? { snippet } : {},
		tags: [...choice.cwes, `auditor:${result.tool}`]
	};
}
export { applyCommittee };
