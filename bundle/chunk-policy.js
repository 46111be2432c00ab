// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_CODE_KIND_SETTINGS } from "./chunk-code-kind-settings.js";
import { s as ruleIdsOf } from "./chunk-renamed-ids.js";
// src/heal/defaults.ts
var DEFAULT_HEAL_VALUES = {
	httpTimeoutSeconds: 30,
	modelTimeoutSeconds: 60,
	modelMaxRetries: 2,
	toolRetryAttempts: 3,
	toolRetryMaxWaitSeconds: 10,
	retryStopAttempts: 5,
	retryMaxWaitSeconds: 30,
	loopAgentMaxIterations: 10,
	maxOutputTokens: 1024
};
// src/config/policy.ts
var DEFAULT_LOCKS = ["gate.secrets"];
var SEVERITY_RANK = {
	off: 0,
	note: 1,
	warning: 2,
	error: 3
};
var DEFAULT_POLICY = {
	ruleLevels: /* @__PURE__ */ new Map(),
	ruleOptions: /* @__PURE__ */ new Map(),
	blockOn: ["error"],
	secretsGate: true,
	exclude: [],
	entryPoints: [],
	finops: {},
	heal: DEFAULT_HEAL_VALUES,
	codeKinds: DEFAULT_CODE_KIND_SETTINGS
};
function codeKindSettings(file) {
	const testCode = file?.test_code;
	if (!testCode) return DEFAULT_CODE_KIND_SETTINGS;
	return {
		testPaths: testCode.paths ?? [],
		productionPaths: testCode.production_paths ?? [],
		rules: testCode.rules ?? DEFAULT_CODE_KIND_SETTINGS.rules
	};
}
/** Layers cockpit.yaml's `heal:` and `finops.max_output_tokens` over the values fixes write. */
function healValues(base, file) {
	const heal = file?.heal;
	return {
		...base,
		...heal?.http_timeout_seconds !== void 0 ? { httpTimeoutSeconds: heal.http_timeout_seconds } : {},
		...heal?.model_timeout_seconds !== void 0 ? { modelTimeoutSeconds: heal.model_timeout_seconds } : {},
		...heal?.max_retries !== void 0 ? { modelMaxRetries: heal.max_retries } : {},
		...heal?.tool_retry_attempts !== void 0 ? { toolRetryAttempts: heal.tool_retry_attempts } : {},
		...heal?.retry_stop_attempts !== void 0 ? { retryStopAttempts: heal.retry_stop_attempts } : {},
		...heal?.loop_agent_max_iterations !== void 0 ? { loopAgentMaxIterations: heal.loop_agent_max_iterations } : {},
		...file?.finops?.max_output_tokens !== void 0 ? { maxOutputTokens: file.finops.max_output_tokens } : {}
	};
}
function levelOf(setting) {
	return typeof setting === "string" ? setting : setting.severity;
}
function applyRules(target, options, rules) {
	for (const [id, setting] of Object.entries(rules ?? {})) {
		const level = levelOf(setting);
		if (level) target.set(id, level);
		if (typeof setting === "object" && setting.options) options.set(id, setting.options);
	}
}
/** The level a policy gives a rule: exact id first, then `category/*`, else undefined (the rule's default). */
function ruleLevel(policy, ruleId) {
	return levelIn(policy.ruleLevels, ruleId);
}
/**
* Exact id, then a former pattern, then the current one: `governance/*` named the moved rules alone, so it stays more
* specific than `policy/*`, which before the move did not cover them (a file setting both keeps its meaning).
*/
function levelIn(levels, ruleId) {
	return levels.get(ruleId) ?? formerPatternLevel(levels, ruleId) ?? levels.get(`${ruleId.split("/")[0]}/*`);
}
/** `governance/*` written before its rules moved to policy/ still sets them (rules/renamed-ids.ts). */
function formerPatternLevel(levels, ruleId) {
	for (const id of ruleIdsOf(ruleId).slice(1)) {
		const level = levels.get(`${id.split("/")[0]}/*`);
		if (level) return level;
	}
}
/** What a key of an agent file overrides in the levels so far: an id's level however it is set, a pattern's own. */
function overriddenLevel(levels, key) {
	return key.endsWith("/*") ? levels.get(key) : levelIn(levels, key);
}
/** The policy of the root file alone (also what a single-agent audit uses). */
function rootPolicy(root) {
	const levels = /* @__PURE__ */ new Map();
	const options = /* @__PURE__ */ new Map();
	applyRules(levels, options, root?.rules);
	return {
		ruleLevels: levels,
		ruleOptions: options,
		blockOn: root?.gate?.block_on ?? DEFAULT_POLICY.blockOn,
		secretsGate: root?.gate?.secrets ?? true,
		exclude: root?.exclude ?? [],
		entryPoints: [...root?.entry_point ? [root.entry_point] : [], ...root?.targets ?? []],
		...root?.max_fix_files !== void 0 ? { maxFixFiles: root.max_fix_files } : {},
		finops: root?.finops ?? {},
		heal: healValues(DEFAULT_HEAL_VALUES, root),
		codeKinds: codeKindSettings(root)
	};
}
function agentPolicy(root, agent) {
	const base = rootPolicy(root);
	if (!agent) return {
		policy: {
			...base,
			exclude: [],
			entryPoints: []
		},
		violations: []
	};
	const locks = new Set(root?.lock ?? DEFAULT_LOCKS);
	const own = agent.config;
	const violations = [];
	const violation = (keyPath, message) => {
		const at = agent.positionOf(keyPath);
		violations.push({
			file: agent.shownPath,
			line: at.line,
			column: at.column,
			setting: keyPath.join("."),
			message
		});
	};
	let secretsGate = base.secretsGate;
	if (own.gate?.secrets !== void 0) {
		if (locks.has("gate.secrets") && own.gate.secrets === false && base.secretsGate) violation(["gate", "secrets"], "turns off the secrets gate, which the root cockpit.yaml locks");
		else secretsGate = own.gate.secrets;
	}
	let blockOn = base.blockOn;
	if (own.gate?.block_on) {
		const dropped = base.blockOn.filter((severity) => !own.gate.block_on.includes(severity));
		if (locks.has("gate.block_on") && dropped.length > 0) {
			violation(["gate", "block_on"], `stops blocking on ${dropped.join(", ")}, which the root cockpit.yaml locks`);
			blockOn = [.../* @__PURE__ */ new Set([...base.blockOn, ...own.gate.block_on])];
		} else blockOn = own.gate.block_on;
	}
	const levels = new Map(base.ruleLevels);
	const options = new Map(base.ruleOptions);
	for (const [id, setting] of Object.entries(own.rules ?? {})) {
		const level = levelOf(setting);
		const current = overriddenLevel(levels, id);
		const rootRanks = current === void 0 ? void 0 : SEVERITY_RANK[current];
		if (level && locks.has("rules") && (level === "off" || rootRanks !== void 0 && SEVERITY_RANK[level] < rootRanks)) {
			violation(["rules", id], `${level === "off" ? "disables" : "lowers"} rule ${id}, but the root cockpit.yaml locks rule settings`);
			continue;
		}
		if (level) levels.set(id, level);
		if (typeof setting === "object" && setting.options) {
			if (locks.has("rules")) violation([
				"rules",
				id,
				"options"
			], `sets options of rule ${id}, but the root cockpit.yaml locks rule settings`);
			else options.set(id, {
				...options.get(id),
				...setting.options
			});
		}
	}
	let exclude = own.exclude ?? [];
	if (locks.has("exclude") && exclude.length > 0) {
		violation(["exclude"], "adds excludes, but the root cockpit.yaml locks what is audited");
		exclude = [];
	}
	return {
		policy: {
			ruleLevels: levels,
			ruleOptions: options,
			blockOn,
			secretsGate,
			exclude,
			entryPoints: [...own.entry_point ? [own.entry_point] : [], ...own.targets ?? []],
			...own.max_fix_files !== void 0 || base.maxFixFiles !== void 0 ? { maxFixFiles: own.max_fix_files ?? base.maxFixFiles } : {},
			finops: {
				...base.finops,
				...own.finops
			},
			heal: healValues(base.heal, own),
			codeKinds: base.codeKinds
		},
		violations
	};
}
export { ruleLevel as i, agentPolicy as n, rootPolicy as r, DEFAULT_POLICY as t };
