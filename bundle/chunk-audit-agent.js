// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { i as ruleLevel, t as DEFAULT_POLICY } from "./chunk-policy.js";
import { t as compareFindings } from "./chunk-order.js";
import { a as readManifest, c as javascriptImports, i as frameworksFromImports, l as pythonImports, n as readSources, o as frameworksFromManifest } from "./chunk-read-sources.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { a as isRootAgent, r as agentIdSource } from "./chunk-agent-location.js";
import { a as DEPENDENCY_CONFUSION_RISK, b as LOCKED_SETTING_RULE, c as MALFORMED_MANIFEST, d as UNRESOLVED_PACKAGE, f as YANKED_RELEASE, g as renamedRuleIdMessage, h as renamedRuleIdCheck, i as DANGEROUS_RELEASE, l as UNKNOWN_PACKAGE, m as renamedPatternMessage, n as RULES, o as DEPRECATED_RELEASE, p as RENAMED_RULE_ID_RULE, r as ruleById, s as DEPRECATED_SDK, t as CHECKS, u as UNPINNED_AGENT_PACKAGE, v as INVALID_SUPPRESSION_RULE, y as UNUSED_SUPPRESSION_RULE } from "./chunk-rules.js";
import { n as recoverFromParserTrap, t as parseSource } from "./chunk-parse.js";
import { t as LineIndex } from "./chunk-line-index.js";
import { t as listFiles } from "./chunk-walk2.js";
import { t as toPosixRelative } from "./chunk-paths.js";
import { t as fingerprint } from "./chunk-fingerprint.js";
import { t as redactedLine } from "./chunk-snippet.js";
import { n as RENAMED_RULE_IDS, r as coversRule } from "./chunk-renamed-ids.js";
import { n as validRuleKeys, t as nearestRuleKey } from "./chunk-rule-keys.js";
import { t as redactQuoted } from "./chunk-shown-text.js";
import { i as codeKindsOf } from "./chunk-file-kinds.js";
import { i as readAgentManifests, n as fromLockFile, r as packageKey } from "./chunk-manifests.js";
import { t as lazyRequire } from "./chunk-lazy-require.js";
import { t as normalizePypiName } from "./chunk-pypi-name.js";
import { t as isInsideOrSame } from "./chunk-path-containment.js";
import { randomUUID } from "node:crypto";
import ignore from "ignore";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { satisfies, valid, validRange } from "@renovatebot/pep440";
// src/audit/optimise-later.ts
setFlagsFromString(`--interrupt-budget=600000`);
// src/discovery/agent-identity.ts
/** Conventional entry files, strongest first (framework conventions, then generic names). */
var ENTRY_CANDIDATES = [
	"agent.py",
	"agent/agent.py",
	"src/agent.py",
	"crew.py",
	"main.py",
	"src/main.py",
	"app.py",
	"__main__.py",
	"graph.py",
	"src/agent.ts",
	"src/index.ts",
	"src/mastra/index.ts",
	"agent.ts",
	"main.ts",
	"index.ts",
	"src/main.ts",
	"src/index.js",
	"index.js",
	"main.js"
];
/** The hash that names an agent's partition: 16 hex chars of sha256 over its workspace-relative path. */
function agentHash(relativePath) {
	return sha256Hex(`agent:${relativePath}`).slice(0, 16);
}
function languageOf(files) {
	const counts = {
		python: 0,
		typescript: 0,
		javascript: 0
	};
	for (const file of files) if (file.language !== "other") counts[file.language]++;
	const script = counts.typescript + counts.javascript;
	if (counts.python > 0 && script > 0) return counts.python >= script * 4 ? "python" : script >= counts.python * 4 ? counts.typescript > 0 ? "typescript" : "javascript" : "mixed";
	if (counts.python > 0) return "python";
	if (counts.typescript > 0) return "typescript";
	if (counts.javascript > 0) return "javascript";
	return "unknown";
}
/**
* Names an agent from the files under its root: manifest name (else folder name), entry point,
* language and the frameworks its imports and manifests use.
*/
function identifyAgent(options) {
	const { root, relativePath, files } = options;
	const frameworks = /* @__PURE__ */ new Set();
	let name;
	const byPath = new Map(files.map((file) => [file.path, file]));
	const paths = new Set(byPath.keys());
	const frameworkFiles = [];
	for (const file of files) {
		const manifest = readManifest(path.posix.basename(file.path), file.text);
		if (manifest) {
			if (!file.path.includes("/") && manifest.name && name === void 0) name = manifest.name;
			for (const id of frameworksFromManifest(manifest)) frameworks.add(id);
			continue;
		}
		if (file.language === "other") continue;
		const python = file.language === "python";
		const found = frameworksFromImports(file.path, python, python ? pythonImports(file.text) : javascriptImports(file.text), paths, file.text);
		if (found.size > 0) frameworkFiles.push(file.path);
		for (const id of found) frameworks.add(id);
	}
	const entrypoint = ENTRY_CANDIDATES.find((candidate) => byPath.has(candidate)) ?? frameworkFiles[0] ?? null;
	return {
		id: agentHash(agentIdSource(root, relativePath)),
		name: name ?? path.basename(root),
		path: relativePath,
		entrypoint,
		language: languageOf(files),
		frameworks: [...frameworks].sort()
	};
}
// src/audit/agent-files.ts
/**
* This thread's file access for the audit its last batch came from. A worker takes several batches of one large
* agent; sharing one `AgentFiles` between them lets the cross-module analysis (keyed by it) parse each of the
* agent's modules once per worker instead of once per batch, which cost more than the batches' own checks.
*/
var lastAudit;
/**
* The agent's files for cross-module checks: the batch's own files, the others read (once) from disk when asked for,
* each parsed once. Trees are plain JavaScript (source/syntax-tree.ts), so they go when the `AgentFiles` does: a
* batch on its own keeps every tree it parsed for as long as its caller holds it; an audit split in batches keeps
* the modules the cross-module analysis parsed until this thread takes up another audit (a pool runs one task per
* worker at a time), but not each file's own tree: keeping those too raised the 20 MiB agent's peak by a third.
*/
function agentFilesOf(files, index) {
	if (index?.auditId === void 0) return newAgentFiles(/* @__PURE__ */ new Map(), files, index, "batch");
	if (lastAudit?.id !== index.auditId) {
		const held = /* @__PURE__ */ new Map();
		lastAudit = {
			id: index.auditId,
			held,
			files: newAgentFiles(held, [], index, "audit")
		};
	}
	for (const file of files) lastAudit.held.set(file.path, file);
	return lastAudit.files;
}
function newAgentFiles(held, files, index, lifetime) {
	for (const file of files) held.set(file.path, file);
	const paths = index ? index.paths : [...held.keys()];
	const known = new Set(paths);
	const reads = /* @__PURE__ */ new Map();
	const trees = /* @__PURE__ */ new Map();
	const parse = (file) => parseSource(file.language, file.path, file.text);
	const kept = (file) => {
		let tree = trees.get(file.path);
		if (!tree) trees.set(file.path, tree = parse(file));
		return tree;
	};
	return {
		paths,
		tree: (file) => lifetime === "batch" ? kept(file) : trees.get(file.path) ?? parse(file),
		moduleTree: kept,
		read(relative) {
			const file = held.get(relative);
			if (file) return Promise.resolve(file);
			if (!index || !known.has(relative)) return Promise.resolve(void 0);
			let read = reads.get(relative);
			if (!read) {
				const absolute = path.join(index.root, ...relative.split("/"));
				const [found] = readSources(index.root, [absolute], index.maxFileBytes).files;
				read = Promise.resolve(found ? {
					...found,
					path: relative
				} : void 0);
				reads.set(relative, read);
			}
			return read;
		}
	};
}
// src/audit/rule-finding.ts
/** A finding of `rule`: the one place rule metadata (title, category, persona, remediation, tags) is copied in. */
function ruleFinding(rule, facts) {
	return {
		ruleId: rule.id,
		title: rule.title,
		message: facts.message,
		file: facts.file,
		region: facts.region,
		severity: facts.severity ?? rule.severity,
		category: rule.category,
		persona: rule.persona,
		fixability: facts.fixability ?? rule.fixability,
		remediation: rule.remediation,
		fingerprint: facts.fingerprint,
		...facts.snippet !== void 0 ? { snippet: facts.snippet } : {},
		tags: [...rule.tags],
		...facts.fix !== void 0 ? { fix: facts.fix } : {},
		...facts.suppression ? { suppression: {
			kind: "inline",
			reason: facts.suppression.reason
		} } : {}
	};
}
// src/audit/suppressions.ts
/**
* Linear on any line: the id list is bounded (so many unclosed `ignore[` cost no rescans) and the
* reason is everything after it, trimmed in code (a lazy reason between optional blanks was cubic).
*/
var SUPPRESSION = /(?:#|\/\/|--|<!--|\/\*)\s*cockpit:\s*ignore\[([^\]]{0,1000})\](.*)/;
var COMMENT_CLOSE = /(?:-->|\*\/)$/;
function parseSuppressionDirective(line) {
	if (!line.includes("cockpit:")) return void 0;
	const match = SUPPRESSION.exec(line);
	if (!match) return void 0;
	return {
		ruleIds: (match[1] ?? "").split(",").map((id) => id.trim()).filter((id) => id !== ""),
		reason: (match[2] ?? "").trim().replace(COMMENT_CLOSE, "").trim(),
		index: match.index
	};
}
function parseSuppression(line) {
	const directive = parseSuppressionDirective(line);
	if (!directive || directive.ruleIds.length === 0 || directive.reason === "") return void 0;
	return {
		ruleIds: directive.ruleIds,
		reason: directive.reason
	};
}
function suppressionCovers(suppression, ruleId) {
	return suppression.ruleIds.some((id) => coversRule(id, ruleId));
}
/** The suppression that silences `ruleId` here: one on the finding's line, else on the line before. */
function honouredSuppression(line, previousLine, ruleId) {
	const suppression = parseSuppression(line) ?? (previousLine !== void 0 ? parseSuppression(previousLine) : void 0);
	return suppression && suppressionCovers(suppression, ruleId) ? suppression : void 0;
}
// src/audit/suppression-diagnostics.ts
var VALID_KEYS = validRuleKeys(RULES.map((rule) => rule.id));
function diagnoseSuppressions(files, findings, policy) {
	const kinds = codeKindsOf(policy.codeKinds);
	const lines = /* @__PURE__ */ new Map();
	const directives = [];
	for (const file of files) {
		if (!file.text.includes("cockpit:")) continue;
		if (kinds.kindOf(file.reportPath) === "docs") continue;
		const split = file.text.split(/\r?\n/);
		lines.set(file.reportPath, split);
		split.forEach((text, index) => {
			const directive = parseSuppressionDirective(text);
			if (directive && !directive.ruleIds.some(isPlaceholder)) directives.push({
				...directive,
				file: file.reportPath,
				line: index + 1
			});
		});
	}
	if (directives.length === 0) return [...findings];
	const lineOf = (file, line) => lines.get(file)?.[line - 1] ?? "";
	const used = /* @__PURE__ */ new Set();
	const explained = /* @__PURE__ */ new Set();
	const result = findings.map((finding) => {
		if (!lines.has(finding.file)) return finding;
		const line = finding.region.startLine;
		const own = parseSuppression(lineOf(finding.file, line));
		if (finding.suppression) {
			used.add(`${finding.file}:${own ? line : line - 1}`);
			return finding;
		}
		const reasonless = (own ? [line] : [line, line - 1]).find((at) => {
			const directive = at >= 1 ? parseSuppressionDirective(lineOf(finding.file, at)) : void 0;
			return directive !== void 0 && directive.reason === "" && directive.ruleIds.length > 0 && suppressionCovers({
				ruleIds: directive.ruleIds,
				reason: ""
			}, finding.ruleId);
		});
		if (reasonless === void 0) return finding;
		explained.add(`${finding.file}:${reasonless}`);
		return {
			...finding,
			message: `${finding.message} (the cockpit: ignore on line ${reasonless} has no reason after its ']', so it is not honoured)`
		};
	});
	const ordinals = /* @__PURE__ */ new Map();
	const add = (rule, directive, message, about = "") => {
		const severity = ruleLevel(policy, rule.id) ?? rule.severity;
		if (severity === "off") return;
		const identity = `${directive.ruleIds.join(",")}\0${directive.reason === "" ? "" : "reason"}${about === "" ? "" : `\0${about}`}`;
		const key = `${rule.id}\0${directive.file}\0${identity}`;
		const ordinal = ordinals.get(key) ?? 0;
		ordinals.set(key, ordinal + 1);
		const column = directive.index + 1;
		const text = lineOf(directive.file, directive.line);
		result.push(ruleFinding(rule, {
			message,
			file: directive.file,
			region: {
				startLine: directive.line,
				startColumn: column,
				endLine: directive.line,
				endColumn: text.length + 1
			},
			severity,
			fingerprint: fingerprint(rule.id, directive.file, identity, ordinal),
			snippet: `cockpit: ignore[${redactQuoted(directive.ruleIds.join(", "), 200)}]`
		}));
	};
	for (const directive of directives) {
		for (const formerId of new Set(directive.ruleIds.filter((id) => RENAMED_RULE_IDS.has(id)))) add(RENAMED_RULE_ID_RULE, directive, renamedRuleIdMessage(formerId, RENAMED_RULE_IDS.get(formerId), "The cockpit: ignore comment"), formerId);
		for (const pattern of new Set(directive.ruleIds)) {
			const message = renamedPatternMessage(pattern, "The cockpit: ignore comment");
			if (message !== void 0) add(RENAMED_RULE_ID_RULE, directive, message, pattern);
		}
		const at = `${directive.file}:${directive.line}`;
		const problem = directiveProblem(directive);
		if (problem) add(INVALID_SUPPRESSION_RULE, directive, problem);
		else if (directive.reason === "") {
			if (!explained.has(at)) add(INVALID_SUPPRESSION_RULE, directive, `cockpit: ignore[${redactQuoted(directive.ruleIds.join(", "))}] has no reason after its ']': a suppression is honoured only with one.`);
		} else if (!used.has(at)) add(UNUSED_SUPPRESSION_RULE, directive, `cockpit: ignore[${redactQuoted(directive.ruleIds.join(", "))}] silences no finding on line ${directive.line} or ${directive.line + 1}; remove it or move it next to the finding.`);
	}
	return result;
}
/**
* `ignore[RULE-ID]` in a help text or `ignore[${rule.id}]` in a template is the syntax shown, not a suppression
* (the pattern cannot tell a comment from a string): rule ids are lower case and never hold `$`, `{` or `<`.
*/
function isPlaceholder(id) {
	return /[${}<>]/.test(id) || /^[A-Z][A-Z_-]*$/.test(id);
}
/** What makes a directive name no real rule; undefined when every id is a rule or `category/*`. */
function directiveProblem(directive) {
	if (directive.ruleIds.length === 0) return "cockpit: ignore[] names no rule: put the rule id the finding shows between the brackets.";
	if (directive.ruleIds.some((id) => id === "*" || id === "*/*")) return "cockpit: ignore[*] is never honoured: a blanket suppression would hide every future finding there; name the rule ids (or category/*).";
	const unknown = directive.ruleIds.find((id) => !VALID_KEYS.has(id));
	if (unknown === void 0) return void 0;
	const near = nearestRuleKey(unknown, VALID_KEYS);
	return `cockpit: ignore[...] names unknown rule '${redactQuoted(unknown)}'${near ? ` (did you mean '${near}'?)` : ""}; it silences nothing.`;
}
// src/registry/knowledge/agent-packages.ts
var pypi = (kind, ...patterns) => patterns.map((pattern) => ({
	ecosystem: "pypi",
	pattern,
	kind
}));
var npm = (kind, ...patterns) => patterns.map((pattern) => ({
	ecosystem: "npm",
	pattern,
	kind
}));
var AGENT_PACKAGES = [
	...pypi("framework", "google-adk", "langchain", "langchain-*", "langgraph", "langgraph-*", "crewai", "crewai-tools", "openai-agents", "llama-index", "llama-index-*", "pydantic-ai", "pydantic-ai-slim", "autogen-agentchat", "autogen-core", "autogen-ext", "ag2", "pyautogen", "semantic-kernel", "haystack-ai", "dspy", "dspy-ai", "smolagents", "mcp", "fastmcp"),
	...pypi("model-sdk", "openai", "anthropic", "google-genai", "google-generativeai", "google-cloud-aiplatform", "litellm", "mistralai", "cohere", "groq"),
	...npm("framework", "ai", "@ai-sdk/*", "langchain", "@langchain/*", "@openai/agents*", "@google/adk", "mastra", "@mastra/*", "llamaindex", "@llamaindex/*", "@modelcontextprotocol/sdk"),
	...npm("model-sdk", "openai", "@anthropic-ai/sdk", "@google/genai", "@google/generative-ai", "@google-cloud/vertexai", "@mistralai/mistralai", "cohere-ai", "groq-sdk")
];
/**
* `@scope/*` is the whole scope; `name-*` is the publisher's dash family; `@openai/agents*` is the package itself
* plus its `@openai/agents-…` parts. A bare prefix match would also take unrelated names (`langchainx`), so a family
* always needs the separator.
*/
function patternMatches(pattern, name) {
	if (!pattern.endsWith("*")) return name === pattern;
	const stem = pattern.slice(0, -1);
	if (stem.endsWith("/") || stem.endsWith("-")) return name.startsWith(stem) && name.length > stem.length;
	return name === stem || name.startsWith(`${stem}-`) && name.length > stem.length + 1;
}
/** Whether `name` is an agent framework or model SDK; PyPI names compare PEP 503-normalised, npm names exactly. */
function agentPackageKind(ecosystem, name) {
	const key = ecosystem === "pypi" ? normalizePypiName(name) : name;
	const exact = AGENT_PACKAGES.find((entry) => entry.ecosystem === ecosystem && entry.pattern === key);
	if (exact) return exact.kind;
	return AGENT_PACKAGES.find((entry) => entry.ecosystem === ecosystem && patternMatches(entry.pattern, key))?.kind;
}
// src/registry/knowledge/dangerous-releases.ts
var LANGCHAIN_CORE_SERIALIZATION = {
	advisory: "CVE-2025-68664 / GHSA-c67j-w6g6-q2cm",
	summary: "dumps()/dumpd() do not escape user data carrying the reserved \"lc\" key, and load()/loads() revive it as a LangChain object with secrets_from_env on by default, so injected data can read environment secrets.",
	source: "https://github.com/advisories/GHSA-c67j-w6g6-q2cm"
};
var LANGCHAIN_JS_SERIALIZATION = {
	advisory: "CVE-2025-68665 / GHSA-r399-636x-v7f6",
	summary: "toJSON() does not escape user data carrying the reserved \"lc\" key, so deserializing it revives attacker-shaped LangChain objects and can leak secrets.",
	source: "https://github.com/advisories/GHSA-r399-636x-v7f6"
};
var DANGEROUS_RELEASES = [
	{
		ecosystem: "pypi",
		name: "langchain-core",
		affected: "<0.3.81",
		fixed: "0.3.81",
		...LANGCHAIN_CORE_SERIALIZATION
	},
	{
		ecosystem: "pypi",
		name: "langchain-core",
		affected: ">=1.0.0,<1.2.5",
		fixed: "1.2.5",
		...LANGCHAIN_CORE_SERIALIZATION
	},
	{
		ecosystem: "pypi",
		name: "langchain-core",
		affected: ">=1.0.0,<=1.3.2",
		fixed: "1.3.3",
		advisory: "CVE-2026-44843 / GHSA-pjwx-r37v-7724",
		summary: "Runtime paths such as RunnableWithMessageHistory, astream_log() and astream_events(version=\"v1\") call load() with allowed_objects=\"all\", so untrusted input can instantiate any LangChain-serializable class with arguments it chooses.",
		source: "https://github.com/advisories/GHSA-pjwx-r37v-7724"
	},
	{
		ecosystem: "pypi",
		name: "langchain",
		affected: "<0.0.236",
		fixed: "0.0.236",
		advisory: "CVE-2023-36095 / GHSA-gwqq-6vq7-5j86",
		summary: "PALChain runs the Python code the model writes through exec(), so a prompt injection becomes code execution on the host.",
		source: "https://github.com/advisories/GHSA-gwqq-6vq7-5j86"
	},
	{
		ecosystem: "pypi",
		name: "langchain-experimental",
		affected: "<0.0.15",
		fixed: "0.0.15",
		advisory: "CVE-2023-44467 / GHSA-gjjr-63x4-v8cq",
		summary: "The PALChain code checks can be bypassed, so model-written Python still reaches exec() and runs arbitrary code.",
		source: "https://github.com/pypa/advisory-database/blob/main/vulns/langchain-experimental/PYSEC-2023-194.yaml"
	},
	{
		ecosystem: "pypi",
		name: "llama-index",
		affected: "<0.9.14",
		fixed: "0.9.14",
		advisory: "CVE-2023-39662 / GHSA-2xxc-73fv-36f7",
		summary: "PandasQueryEngine executes the pandas code the model returns, so a crafted question can run arbitrary Python on the server.",
		source: "https://github.com/advisories/GHSA-2xxc-73fv-36f7"
	},
	{
		ecosystem: "pypi",
		name: "mcp",
		affected: "<1.23.0",
		fixed: "1.23.0",
		advisory: "CVE-2025-66416 / GHSA-9h52-p55h-vw2f",
		summary: "HTTP servers built with FastMCP (streamable HTTP or SSE) start without DNS rebinding protection, so a web page can reach an unauthenticated localhost server and call its tools.",
		source: "https://github.com/advisories/GHSA-9h52-p55h-vw2f"
	},
	{
		ecosystem: "pypi",
		name: "litellm",
		affected: "<1.40.16",
		fixed: "1.40.16",
		advisory: "GHSA-gppg-gqw8-wh9g",
		summary: "The proxy puts values sent to /config/update into the environment and later passes them to eval() when it reads secrets through Google KMS, so one request can run code on the server.",
		source: "https://github.com/advisories/GHSA-gppg-gqw8-wh9g"
	},
	{
		ecosystem: "pypi",
		name: "litellm",
		affected: ">=1.82.7,<=1.82.8",
		fixed: "any other release (1.82.6 is the last one before the compromise); rotate every credential the environment could read",
		advisory: "PYSEC-2026-2 / MAL-2026-2144",
		summary: "These two releases were uploaded with a stolen publishing token and carry a credential stealer that runs when litellm is imported (1.82.8: whenever Python starts) and sends keys and cloud tokens to the attacker.",
		source: "https://osv.dev/vulnerability/MAL-2026-2144"
	},
	{
		ecosystem: "pypi",
		name: "smolagents",
		affected: "<1.17.0",
		fixed: "1.17.0",
		advisory: "CVE-2025-5120",
		summary: "The default local Python executor can be escaped through its allowed modules and functions, so model-written code runs unrestricted on the host.",
		source: "https://www.cve.org/CVERecord?id=CVE-2025-5120"
	},
	{
		ecosystem: "npm",
		name: "@langchain/core",
		affected: "<0.3.80",
		fixed: "0.3.80",
		...LANGCHAIN_JS_SERIALIZATION
	},
	{
		ecosystem: "npm",
		name: "@langchain/core",
		affected: ">=1.0.0 <1.1.8",
		fixed: "1.1.8",
		...LANGCHAIN_JS_SERIALIZATION
	},
	{
		ecosystem: "npm",
		name: "langchain",
		affected: "<0.3.37",
		fixed: "0.3.37",
		...LANGCHAIN_JS_SERIALIZATION
	},
	{
		ecosystem: "npm",
		name: "langchain",
		affected: ">=1.0.0 <1.2.3",
		fixed: "1.2.3",
		...LANGCHAIN_JS_SERIALIZATION
	},
	{
		ecosystem: "npm",
		name: "@modelcontextprotocol/sdk",
		affected: "<1.24.0",
		fixed: "1.24.0",
		advisory: "CVE-2025-66414 / GHSA-w48q-cv73-mx4w",
		summary: "StreamableHTTPServerTransport and SSEServerTransport leave DNS rebinding protection off by default, so a web page can reach an unauthenticated localhost server and call its tools.",
		source: "https://github.com/advisories/GHSA-w48q-cv73-mx4w"
	},
	{
		ecosystem: "npm",
		name: "@mastra/core",
		affected: "1.42.1",
		fixed: "any other release (only 1.42.1 was malicious); rotate every credential the machine could read",
		advisory: "GHSA-pp62-grrw-hvfp / MAL-2026-6011",
		summary: "This release was published with malicious code, and any machine that installed it must be treated as compromised.",
		source: "https://github.com/advisories/GHSA-pp62-grrw-hvfp"
	}
];
// src/registry/knowledge/deprecated-sdks.ts
var DEPRECATED_SDKS = [
	{
		ecosystem: "pypi",
		name: "google-generativeai",
		successor: "google-genai",
		since: "2025-11-30",
		note: "The old Gemini SDK is legacy: Google moved all development to the unified Google Gen AI SDK and ended support for this one, bug fixes included.",
		source: "https://pypi.org/project/google-generativeai/"
	},
	{
		ecosystem: "npm",
		name: "@google/generative-ai",
		successor: "@google/genai",
		since: "2025-08-31",
		note: "The old Gemini JavaScript SDK is legacy: new features land only in the Google Gen AI SDK, and its README gives this date for the end of all support.",
		source: "https://www.npmjs.com/package/@google/generative-ai"
	},
	{
		ecosystem: "npm",
		name: "@google-cloud/vertexai",
		successor: "@google/genai",
		since: "2025-06-24",
		note: "The Vertex AI generative AI client is deprecated and Google removes it on 2026-06-24; the Google Gen AI SDK covers Vertex AI too.",
		source: "https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations/genai-vertexai-sdk"
	},
	{
		ecosystem: "pypi",
		name: "pinecone-client",
		successor: "pinecone",
		since: "5.1.0",
		note: "Pinecone renamed its Python SDK in 5.1.0; releases go out as pinecone and PyPI marks pinecone-client deprecated.",
		source: "https://github.com/pinecone-io/python-sdk/releases/tag/v5.1.0"
	},
	{
		ecosystem: "pypi",
		name: "gpt-index",
		successor: "llama-index",
		since: "2023-02-19",
		note: "GPT Index was renamed LlamaIndex; gpt-index was kept only as a duplicate of the old name, and current LlamaIndex ships as llama-index.",
		source: "https://pypi.org/project/llama-index/0.5.9/"
	}
];
// src/registry/knowledge/match.ts
var semver$1 = lazyRequire("semver");
var sameName = (ecosystem, a, b) => ecosystem === "pypi" ? normalizePypiName(a) === normalizePypiName(b) : a === b;
/** Whether the range parses for its ecosystem; an empty range is refused because both libraries read it as "any". */
function isValidRange(ecosystem, range) {
	if (range.trim() === "") return false;
	return ecosystem === "pypi" ? validRange(range) : semver$1().validRange(range) !== null;
}
/**
* Whether `version` falls in `affected`. Pre-releases match only when the range names one, as pip and npm resolve
* them. An invalid version or range matches nothing: the pep440 library throws on a version it cannot parse.
*/
function versionMatches(ecosystem, version, affected) {
	if (!isValidRange(ecosystem, affected)) return false;
	if (ecosystem === "pypi") {
		if (valid(version) === null) return false;
		try {
			return satisfies(version, affected);
		} catch {
			return false;
		}
	}
	if (semver$1().valid(version) === null) return false;
	return semver$1().satisfies(version, affected, { includePrerelease: false });
}
function deprecatedSdk(ecosystem, name) {
	return DEPRECATED_SDKS.find((entry) => entry.ecosystem === ecosystem && sameName(ecosystem, entry.name, name));
}
/** Every known-dangerous entry for this exact release, in table order. */
function dangerousReleases(ecosystem, name, version) {
	return DANGEROUS_RELEASES.filter((entry) => entry.ecosystem === ecosystem && sameName(ecosystem, entry.name, name) && versionMatches(ecosystem, version, entry.affected));
}
// src/audit/dependency-findings.ts
var semver = lazyRequire("semver");
/** A version far beyond any real release: a range that admits it has no upper bound. */
var FAR_FUTURE = "999999.0.0";
/** True when the declared range lets the next major release in (no version, `>=`, `*`, a dist-tag). */
function hasNoUpperBound(dependency) {
	const spec = dependency.specifier.trim();
	if (spec === "") return true;
	if (dependency.ecosystem === "pypi") try {
		return satisfies(FAR_FUTURE, spec);
	} catch {
		return false;
	}
	const range = semver().validRange(spec);
	if (range === null) return /^[a-z][\w.-]*$/i.test(spec);
	return semver().satisfies(FAR_FUTURE, range);
}
/** Builds findings at a manifest line, honouring inline suppressions and rule levels from cockpit.yaml. */
var FindingSink = class {
	input;
	findings = [];
	#lines = /* @__PURE__ */ new Map();
	#ordinals = /* @__PURE__ */ new Map();
	constructor(input) {
		this.input = input;
	}
	#lineText(file, line) {
		let lines = this.#lines.get(file);
		if (!lines) {
			lines = (this.input.texts.get(path.join(this.input.root, ...file.split("/"))) ?? "").split(/\r?\n/);
			this.#lines.set(file, lines);
		}
		return lines[line - 1] ?? "";
	}
	add(rule, at, message, identity, name) {
		const level = ruleLevel(this.input.policy, rule.id) ?? rule.severity;
		if (level === "off") return;
		const text = this.#lineText(at.file, at.line);
		const column = name ? columnOf(text, name) : 1;
		const honoured = honouredSuppression(text, at.line > 1 ? this.#lineText(at.file, at.line - 1) : void 0, rule.id);
		const reportPath = this.input.prefix + at.file;
		const ordinalKey = `${rule.id}\0${reportPath}\0${identity}`;
		const ordinal = this.#ordinals.get(ordinalKey) ?? 0;
		this.#ordinals.set(ordinalKey, ordinal + 1);
		this.findings.push(ruleFinding(rule, {
			message,
			file: reportPath,
			region: {
				startLine: at.line,
				startColumn: column,
				endLine: at.line,
				endColumn: column + Math.max(1, name?.length ?? 1)
			},
			severity: level,
			fingerprint: fingerprint(rule.id, reportPath, identity, ordinal),
			...text ? { snippet: redactLine(text) } : {},
			...honoured ? { suppression: honoured } : {}
		}));
	}
};
/**
* Manifest lines can carry index URLs with credentials; the snippet never does. Linear on any line:
* the match starts only at `://` (a scheme-first pattern rescanned every letter run, 35 s on 200 KB),
* and the lookbehind then checks the scheme before it.
*/
var URL_CREDENTIALS = /:\/\/(?<=[a-z][a-z0-9+.-]*:\/\/)[^/\s@'"]+@/gi;
function redactLine(text) {
	const line = text.replace(URL_CREDENTIALS, "://****@").trim();
	return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
/**
* Where a package name starts on its line (1-based), treating runs of `-`, `_` and `.` alike (PEP 503)
* and ignoring case. Both sides are normalised and searched with indexOf: no pattern built from input.
*/
function columnOf(text, name) {
	const wanted = name.toLowerCase().replace(/[-_.]+/g, "-");
	if (wanted === "") return 1;
	const characters = [];
	const offsets = [];
	let afterSeparator = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		const separator = character === "-" || character === "_" || character === ".";
		if (separator && afterSeparator) continue;
		afterSeparator = separator;
		for (const lower of separator ? "-" : character.toLowerCase()) {
			characters.push(lower);
			offsets.push(index);
		}
	}
	const at = characters.join("").indexOf(wanted);
	return at < 0 ? 1 : offsets[at] + 1;
}
var shown = (dependency) => `${dependency.alias ?? dependency.name}${dependency.specifier ? ` ${dependency.specifier}` : ""}`;
/**
* deps/dependency-confusion-risk fires on exactly two conditions (docs/REGISTRIES.md):
* (a) the name matches a `registries.private` pattern and a public registry answered "found" for it (only an
*     index the installer itself asks can: private names are never sent to a failover mirror);
* (b) a configured index refused, failed or answered a broken document for the package, and the pinned or locked
*     version is missing from what the answering index offers.
* A public package such as `requests` answered by a mirror after a refusal, with its pinned version there, is neither.
*/
function confusionMessage(dependency, lookup) {
	if (lookup.status !== "found") return void 0;
	if (lookup.privatePattern && lookup.publicAnswer) return `${shown(dependency)} is a private name (registries.private '${lookup.privatePattern}'), but the public registry ${lookup.publicAnswer} has a package of that name and the installer asks it: an install can take the public one.`;
	if (lookup.failedIndex && lookup.absentVersions?.length) {
		const versions = lookup.absentVersions.join(", ");
		return `${shown(dependency)}: ${lookup.failedIndex}, and ${lookup.answeredBy ?? "the index that answered"} has a package of that name but not ${versions}: it may be a different (squatted) package than the one the unreachable index holds.`;
	}
}
/** Every dependency finding of one agent: manifest problems, static rules and, with lookups, registry rules. */
function dependencyFindings(input) {
	const sink = new FindingSink(input);
	const { manifests, lookups } = input;
	for (const issue of manifests.issues) sink.add(MALFORMED_MANIFEST, issue, `${issue.file}: ${issue.message}`, `${issue.file}\0${issue.message.replace(/^line \d+: /, "")}`);
	const declared = manifests.dependencies.filter((dependency) => !dependency.direct && !fromLockFile(dependency));
	const locked = new Set(manifests.dependencies.filter(fromLockFile).map(packageKey));
	for (const dependency of declared) {
		const key = packageKey(dependency);
		const kind = agentPackageKind(dependency.ecosystem, dependency.name);
		if (kind && !dependency.dev && !dependency.pinned && !locked.has(key) && hasNoUpperBound(dependency)) {
			const what = kind === "framework" ? "agent framework" : "model SDK";
			const how = dependency.specifier.trim() === "" ? "has no version at all" : `(${dependency.specifier}) has no upper bound`;
			sink.add(UNPINNED_AGENT_PACKAGE, dependency.source, `The ${what} ${dependency.name} ${how} and no lock file pins it: the next install can bring a new major release that changes the agent's behaviour.`, key, dependency.alias ?? dependency.name);
		}
		const deprecated = deprecatedSdk(dependency.ecosystem, dependency.name);
		if (deprecated) sink.add(DEPRECATED_SDK, dependency.source, `${dependency.name} is deprecated in favour of ${deprecated.successor}${deprecated.since ? ` (since ${deprecated.since})` : ""}: ${deprecated.note} See ${deprecated.source}`, key, dependency.alias ?? dependency.name);
	}
	const versioned = /* @__PURE__ */ new Map();
	for (const dependency of [...declared, ...manifests.dependencies.filter(fromLockFile)]) {
		if (dependency.version === void 0) continue;
		const id = `${packageKey(dependency)}@${dependency.version}`;
		if (!versioned.has(id)) versioned.set(id, dependency);
	}
	for (const dependency of versioned.values()) for (const advisory of dangerousReleases(dependency.ecosystem, dependency.name, dependency.version)) sink.add(DANGEROUS_RELEASE, dependency.source, `${dependency.name} ${dependency.version} is affected by ${advisory.advisory}: ${advisory.summary} Fixed in ${advisory.fixed}. See ${advisory.source}`, `${packageKey(dependency)}\0${advisory.advisory}`, dependency.name);
	if (!lookups) return sink.findings;
	const reported = /* @__PURE__ */ new Set();
	for (const dependency of declared) {
		const key = packageKey(dependency);
		const lookup = lookups[key];
		if (!lookup || reported.has(`${dependency.source.file}\0${key}`)) continue;
		reported.add(`${dependency.source.file}\0${key}`);
		if (lookup.status === "missing") sink.add(UNKNOWN_PACKAGE, dependency.source, lookup.failedIndex ? `${shown(dependency)}: ${lookup.failedIndex}, and the mirror that answered in its place has no package named ${dependency.name}. It may be a hallucinated or mistyped name that anyone could register; if it is an internal package, list it in cockpit.yaml registries.private and give the cockpit credentials for the private index.` : `${shown(dependency)}: no index has a package named ${dependency.name}. It may be a hallucinated or mistyped name that anyone could register.`, key, dependency.alias ?? dependency.name);
		else if (lookup.status === "unresolved") sink.add(UNRESOLVED_PACKAGE, dependency.source, `${dependency.name} could not be checked: ${lookup.reason ?? "no index answered"}.`, key, dependency.alias ?? dependency.name);
		const confusion = confusionMessage(dependency, lookup);
		if (confusion) sink.add(DEPENDENCY_CONFUSION_RISK, dependency.source, confusion, key, dependency.alias ?? dependency.name);
		if (lookup.status === "found" && dependency.ecosystem === "npm" && dependency.version === void 0 && lookup.latest && lookup.deprecated[lookup.latest] && !deprecatedSdk("npm", dependency.name)) sink.add(DEPRECATED_RELEASE, dependency.source, `${dependency.name} is deprecated on the registry (latest ${lookup.latest}): "${lookup.deprecated[lookup.latest]}"`, key, dependency.alias ?? dependency.name);
	}
	for (const dependency of versioned.values()) {
		const lookup = lookups[packageKey(dependency)];
		const version = dependency.version;
		if (!lookup) continue;
		const yankReason = lookup.yanked[version];
		if (yankReason !== void 0) sink.add(YANKED_RELEASE, dependency.source, `${dependency.name} ${version} was yanked from ${lookup.answeredBy ?? "the index"}${yankReason ? `: "${yankReason}"` : " (no reason given)"}.`, `${packageKey(dependency)}@${version}`, dependency.name);
		const deprecation = lookup.deprecated[version];
		if (deprecation !== void 0 && dependency.ecosystem === "npm") sink.add(DEPRECATED_RELEASE, dependency.source, `${dependency.name}@${version} is deprecated: "${deprecation}"`, `${packageKey(dependency)}@${version}`, dependency.name);
	}
	return sink.findings;
}
// src/audit/repository-entry.ts
/**
* The repository-level entry of a workspace run: every walked file that no agent owns
* (`scripts/deploy.sh`, `infra/prod.tfvars`, `.github/workflows/ci.yml`). A leaked credential there
* is as leaked as one inside an agent, so these files are scanned by the text rules (secrets and
* personal data), and the entry is gated, reported and stored like an agent. The agent rules do not
* run: they judge agent code, and these files belong to no agent.
*/
var REPOSITORY_KIND = "repository";
/** Where the entry sits: the workspace root, whose files it holds (minus the agents'). */
var REPOSITORY_PATH = ".";
var TEXT_CATEGORIES = /* @__PURE__ */ new Set(["secret", "pii"]);
/** A secret or personal-data check: what reads files outside agents, and test code. */
function isTextCheck(check) {
	return check.rules.length > 0 && check.rules.every((rule) => TEXT_CATEGORIES.has(rule.category));
}
/** The checks that run on files outside agents; and the root cockpit.yaml's former rule ids, which no agent owns. */
var REPOSITORY_CHECKS = CHECKS.filter((check) => isTextCheck(check) || check === renamedRuleIdCheck);
/**
* The entry's lake partition: named by the root folder, like a root agent's, but in its own namespace so
* a root that was an agent in one run and holds only loose files in the next never shares a history.
*/
function repositoryHash(rootName) {
	return sha256Hex(`repository:${rootName}`).slice(0, 16);
}
/**
* A file of an evidence lake (`{agent_hash}/latest.json`, its history and their temp files): the cockpit's own,
* redacted output. A lake kept inside the root (`--lake shard-1`) would otherwise be re-read by every run and
* change the entry's content hash each time.
*/
var LAKE_FILE = /(?:^|\/)[0-9a-f]{16}\/(?:latest\.json|\.latest\.json\.[^/]*\.tmp|history\/[^/]+)$/;
/** The warm cache (audit/warm-cache.ts) and its temp files, the lake's own too: only beside a lake's records. */
var WARM_CACHE = /(?:^|\/)\.?\.cockpit-warm-cache\.json(?:\.[^/]*\.tmp)?$/;
var LAKE_RECORD = /(?:^|\/)[0-9a-f]{16}\/latest\.json$/;
function parentOf(relative) {
	const slash = relative.lastIndexOf("/");
	return slash < 0 ? "." : relative.slice(0, slash);
}
/** Which of the relative paths are lake files (records, history, the warm cache beside records). */
function lakeFileTest(relativePaths) {
	const lakes = new Set(relativePaths.filter((file) => LAKE_RECORD.test(file)).map((file) => parentOf(parentOf(file))));
	return (relative) => LAKE_FILE.test(relative) || WARM_CACHE.test(relative) && lakes.has(parentOf(relative));
}
/**
* The files of `files` that no agent owns, as a discovered entry at the root; undefined when the agents own
* every file (the root itself is an agent, or there is nothing else) so no entry duplicates an agent.
* `outside` drops files under further folders that are the run's own output (its lake).
*/
function repositoryEntry(root, files, agents, outside = []) {
	if (agents.some((agent) => agent.path === REPOSITORY_PATH)) return void 0;
	const owned = new Set(agents.flatMap((agent) => agent.files));
	const relative = new Map(files.map((file) => [file, toPosixRelative(root, file)]));
	const isLakeFile = lakeFileTest([...relative.values()]);
	const loose = files.filter((file) => !owned.has(file) && !outside.some((folder) => isInsideOrSame(folder, file)) && !isLakeFile(relative.get(file)));
	if (loose.length === 0) return void 0;
	return {
		path: REPOSITORY_PATH,
		entrypoints: [],
		frameworks: [],
		reasons: ["files outside every agent: scanned for secrets and personal data"],
		files: loose
	};
}
// src/audit/audit-agent.ts
/** Below this many files, shipping batches to workers costs more than it saves. */
var PARALLEL_MIN_FILES = 96;
var BATCHES = 16;
/** Checks a batch of files in this thread: the unit of work of both paths. */
async function auditBatch(batch, checks = CHECKS) {
	const result = {
		findings: [],
		fixes: []
	};
	const agentFiles = agentFilesOf(batch.files, batch.agentIndex);
	for (const file of batch.files) result.findings.push(...await auditSource(file, checks, batch.prefix + file.path, batch.policy, result.fixes, agentFiles));
	return result;
}
/** Splits files into batches of similar size (largest first, each to the lightest batch). */
function balancedBatches(files, count) {
	const batches = Array.from({ length: count }, () => ({
		files: [],
		bytes: 0
	}));
	for (const file of [...files].sort((a, b) => b.bytes - a.bytes)) {
		const lightest = batches.reduce((best, batch) => batch.bytes < best.bytes ? batch : best);
		lightest.files.push(file);
		lightest.bytes += file.bytes;
	}
	return batches.filter((batch) => batch.files.length > 0).map((batch) => batch.files);
}
/** Runs every applicable check over one file and turns raw reports into findings (paths as `reportPath`). */
async function auditSource(file, checks, reportPath, policy = DEFAULT_POLICY, fixes, agentFiles) {
	const raw = [];
	let parsed;
	const kinds = codeKindsOf(policy.codeKinds);
	const context = {
		file,
		codeKind: kinds.kindOf(reportPath),
		heal: policy.heal,
		...policy.ruleOptions.size > 0 ? { ruleOptions: policy.ruleOptions } : {},
		report: (finding) => raw.push(finding),
		tree: () => parsed ??= agentFiles?.tree ? agentFiles.tree(file) : parseSource(file.language, file.path, file.text),
		...agentFiles ? { agentFiles } : {}
	};
	const secretsAndPiiOnly = kinds.isTestCode(reportPath) && policy.codeKinds.rules !== "all";
	for (const check of checks) {
		if (secretsAndPiiOnly && !isTextCheck(check)) continue;
		if (check.appliesTo && !check.appliesTo(file)) continue;
		const reported = raw.length;
		try {
			await check.run(context);
		} catch (error) {
			if (!recoverFromParserTrap(error)) throw error;
			raw.length = reported;
		}
	}
	if (raw.length === 0) return [];
	const lines = new LineIndex(file.text);
	const sensitive = raw.flatMap((finding) => finding.sensitive ? [finding.sensitive] : []).sort((a, b) => a.start - b.start);
	const ordinals = /* @__PURE__ */ new Map();
	const findings = [];
	for (const finding of raw.sort((a, b) => a.start - b.start || (a.ruleId < b.ruleId ? -1 : 1))) {
		const rule = ruleById(finding.ruleId);
		if (!rule) throw new Error(`check reported unknown rule ${finding.ruleId}`);
		const level = ruleLevel(policy, rule.id) ?? rule.severity;
		if (level === "off") continue;
		const start = lines.position(finding.start);
		const end = lines.position(Math.max(finding.start, finding.end - 1));
		const ordinalKey = `${finding.ruleId}\0${finding.fingerprintContent}`;
		const ordinal = ordinals.get(ordinalKey) ?? 0;
		ordinals.set(ordinalKey, ordinal + 1);
		const lineStart = lines.lineStart(start.line);
		const lineEnd = start.line < lines.lineCount ? lines.lineStart(start.line + 1) - 1 : file.text.length;
		const honoured = honouredSuppression(lines.lineText(start.line), start.line > 1 ? lines.lineText(start.line - 1) : void 0, rule.id);
		findings.push(ruleFinding(rule, {
			message: finding.message,
			file: reportPath,
			region: {
				startLine: start.line,
				startColumn: start.column,
				endLine: end.line,
				endColumn: end.column + 1
			},
			severity: level,
			...finding.fixability ? { fixability: finding.fixability } : {},
			fingerprint: fingerprint(rule.id, reportPath, finding.fingerprintContent, ordinal),
			snippet: redactedLine(file.text, lineStart, lineEnd, sensitive, finding.start),
			...finding.fix ? { fix: finding.fix.description } : {},
			...honoured ? { suppression: honoured } : {}
		}));
		if (finding.fix && !honoured && fixes) fixes.push({
			fingerprint: findings.at(-1).fingerprint,
			ruleId: rule.id,
			file: reportPath,
			absolutePath: file.absolutePath,
			language: file.language,
			fix: finding.fix
		});
	}
	return findings;
}
function lockViolationFinding(violation) {
	return ruleFinding(LOCKED_SETTING_RULE, {
		message: `${violation.file} ${violation.message}; the fleet setting still applies.`,
		file: violation.file,
		region: {
			startLine: violation.line,
			startColumn: violation.column,
			endLine: violation.line,
			endColumn: violation.column + 1
		},
		fingerprint: fingerprint(LOCKED_SETTING_RULE.id, violation.file, violation.setting, 0)
	});
}
/** The agent's files after its own cockpit.yaml excludes, read and decoded. */
async function readAgentSources(options) {
	const policy = options.policy ?? DEFAULT_POLICY;
	let paths = options.files ?? await listFiles(options.root, {
		excludeDirs: options.excludeDirs,
		useGitignore: options.useGitignore
	});
	if (policy.exclude.length > 0) {
		const excluded = ignore().add([...policy.exclude]);
		paths = paths.filter((file) => !excluded.ignores(toPosixRelative(options.root, file)));
	}
	return readSources(options.root, paths, options.maxFileBytes);
}
/** Audits one agent folder: read its files, run the checks, and describe the agent. */
async function auditAgent(options) {
	const checks = options.checks ?? CHECKS;
	const policy = options.policy ?? DEFAULT_POLICY;
	const { files, skipped } = options.sources ?? await readAgentSources(options);
	const identified = identifyAgent({
		root: options.root,
		relativePath: options.relativePath ?? ".",
		files
	});
	const identity = {
		...identified,
		entrypoint: policy.entryPoints[0] ?? options.entrypoints?.[0] ?? identified.entrypoint,
		frameworks: [.../* @__PURE__ */ new Set([...identified.frameworks, ...options.frameworks ?? []])].sort()
	};
	const all = (options.lockViolations ?? []).map(lockViolationFinding);
	const bytesScanned = files.reduce((total, file) => total + file.bytes, 0);
	const prefix = isRootAgent(identity.path) ? "" : `${identity.path}/`;
	const fixes = [];
	const agentIndex = {
		auditId: randomUUID(),
		root: options.root,
		maxFileBytes: options.maxFileBytes,
		paths: files.map((file) => file.path)
	};
	const results = options.runBatch && !options.checks && files.length >= PARALLEL_MIN_FILES ? await Promise.all(balancedBatches(files, BATCHES).map((batch) => options.runBatch({
		files: batch,
		prefix,
		policy,
		agentIndex
	}))) : [await auditBatch({
		files,
		prefix,
		policy
	}, checks)];
	for (const result of results) {
		all.push(...result.findings);
		fixes.push(...result.fixes);
	}
	if (!options.checks) {
		const texts = new Map([...options.manifestTexts ?? [], ...files.map((file) => [file.absolutePath, file.text])]);
		const paths = [...files.map((file) => file.absolutePath), ...skipped.map((file) => path.join(options.root, ...file.path.split("/")))];
		all.push(...dependencyFindings({
			root: options.root,
			prefix,
			manifests: readAgentManifests(options.root, paths, texts),
			policy,
			texts,
			...options.dependencyLookups ? { lookups: options.dependencyLookups } : {}
		}));
	}
	const checked = options.checks ? all : diagnoseSuppressions(files.map((file) => ({
		reportPath: prefix + file.path,
		text: file.text
	})), all, policy);
	checked.sort(compareFindings);
	return {
		...identity,
		findings: checked.filter((finding) => !finding.suppression),
		suppressed: checked.filter((finding) => finding.suppression),
		stats: {
			filesScanned: files.length,
			bytesScanned,
			filesSkipped: skipped.length
		},
		skipped,
		fixes
	};
}
export { REPOSITORY_CHECKS as a, repositoryHash as c, readAgentSources as i, agentHash as l, auditBatch as n, REPOSITORY_KIND as o, auditSource as r, repositoryEntry as s, auditAgent as t };
