// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import "./chunk-model.js";
import { a as SEVERITIES, n as CATEGORIES, t as AUDITOR_NAME } from "./chunk-kinds.js";
import { z } from "zod";
// src/config/committee-schema.ts
/** The `committee:` section of the root cockpit.yaml (docs/COMMITTEE.md): quorum, SARIF imports, model reviewers. */
var QUORUM_KEYS = [
	"default",
	"external",
	...CATEGORIES,
	...SEVERITIES
];
var quorumValue = z.number().int().min(1).max(20);
/**
* cockpit.yaml `committee.quorum`: votes needed. `external` for findings no cockpit engine raised; then by category,
* then severity, then `default` (1 when unset).
*/
var QuorumConfigSchema = z.object(Object.fromEntries(QUORUM_KEYS.map((key) => [key, quorumValue.optional()]))).strict();
/** A model reviewer reached through an OpenAI-compatible chat-completions endpoint. */
var ReviewerConfigSchema = z.object({
	name: z.string().regex(AUDITOR_NAME, "an auditor name: letters, digits, . _ -, not starting with cockpit-"),
	/** The API's base URL, e.g. http://127.0.0.1:11434/v1 (Ollama); requests go to `<url>/chat/completions`. */
	url: z.url({ protocol: /^https?$/ }),
	model: z.string().min(1),
	/** The environment variable holding the API key (sent as a bearer token); none for a local server. */
	api_key_env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional(),
	/** What the reviewer is asked to judge, in your words. */
	brief: z.string().min(1),
	/** Categories it reviews (default: all). */
	categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
	/** true: a run in which this reviewer cannot answer fails (exit 3). Default false. */
	required: z.boolean().optional()
}).strict();
/** Per run, for all reviewers together. */
var ReviewBudgetSchema = z.object({
	/** Most tokens (prompt and answer, as the server reports them) one run may spend. Default 20000. */
	max_tokens: z.number().int().min(1).optional(),
	/** Most seconds one run may spend waiting for reviewers. Default 60. */
	max_seconds: z.number().positive().optional(),
	/** Most seconds one request may take. Default 20. */
	request_timeout_seconds: z.number().positive().optional()
}).strict();
/** cockpit.yaml `committee:` (root file only). */
var CommitteeConfigSchema = z.object({
	quorum: QuorumConfigSchema.optional(),
	reviewers: z.array(ReviewerConfigSchema).optional(),
	budget: ReviewBudgetSchema.optional(),
	/** SARIF files read on every run, as with --import-sarif TOOL=FILE; paths relative to the file's folder. */
	import_sarif: z.record(z.string().regex(AUDITOR_NAME, "an auditor name: letters, digits, . _ -, not starting with cockpit-"), z.string().min(1)).optional()
}).strict();
// src/config/file-schema.ts
/**
* `cockpit.yaml`: the fleet's policy at the workspace root, and each agent's own additions
* ("Sovereign Gates") in its folder. Unknown keys are errors, so a typo never silently disables a gate.
*/
var RuleSettingSchema = z.union([z.enum(["off", ...SEVERITIES]), z.object({
	severity: z.enum(["off", ...SEVERITIES]).optional(),
	options: z.record(z.string(), z.unknown()).optional()
}).strict()]);
var GateSchema = z.object({
	/** Severities that block (exit 2; secrets/PII always exit 1). Default: [error]. */
	block_on: z.array(z.enum(SEVERITIES)).min(1).optional(),
	/** Secrets and PII findings block with exit 1. Default true; lockable at the root. */
	secrets: z.boolean().optional()
}).strict();
var CockpitFileSchema = z.object({
	version: z.literal(1).optional(),
	/** The agent's entry point ("brain"), relative to the file's folder. */
	entry_point: z.string().min(1).optional(),
	/** Several entry points (or agents) relative to the file's folder. */
	targets: z.array(z.string().min(1)).optional(),
	/** gitignore-style patterns, relative to the file's folder, never audited. */
	exclude: z.array(z.string().min(1)).optional(),
	/** Per-rule severity (`off` disables) and options; keys are rule ids or `category/*`. */
	rules: z.record(z.string(), RuleSettingSchema).optional(),
	gate: GateSchema.optional(),
	/** Most files one heal run may change. */
	max_fix_files: z.number().int().min(0).optional(),
	finops: z.object({
		preferred_models: z.array(z.string()).optional(),
		max_output_tokens: z.number().int().positive().optional()
	}).strict().optional(),
	/** Values the one-click fixes write. */
	heal: z.object({
		http_timeout_seconds: z.number().positive().optional(),
		model_timeout_seconds: z.number().positive().optional(),
		max_retries: z.number().int().min(1).optional(),
		tool_retry_attempts: z.number().int().min(2).optional(),
		retry_stop_attempts: z.number().int().min(1).optional(),
		loop_agent_max_iterations: z.number().int().min(1).optional()
	}).strict().optional(),
	/** Package indexes for dependency checks. */
	registries: z.record(z.string(), z.unknown()).optional(),
	/** Root only: settings agent files may not loosen, e.g. [gate.secrets, gate.block_on, rules]. */
	lock: z.array(z.enum([
		"gate.secrets",
		"gate.block_on",
		"rules",
		"exclude"
	])).optional(),
	/**
	* Root only: which code is test code (conventional test, fixture and mock paths always are). Test code
	* is read for real-looking secrets and personal data only, unless `rules: all`.
	*/
	test_code: z.object({
		/** gitignore-style patterns, relative to the root, that are test code too. */
		paths: z.array(z.string().min(1)).optional(),
		/** Patterns that are production code whatever their names say (e.g. a package named `testing`). */
		production_paths: z.array(z.string().min(1)).optional(),
		rules: z.enum(["secrets-and-pii", "all"]).optional()
	}).strict().optional(),
	/** Who owns the agent (`@user`, `@org/team`, e-mail), instead of what CODEOWNERS says about its folder. */
	owners: z.array(z.string().min(1)).optional(),
	/** Respect .gitignore files (default true). */
	gitignore: z.boolean().optional(),
	/** Root only: audit by committee (docs/COMMITTEE.md): quorum per category or severity, SARIF files to import. */
	committee: CommitteeConfigSchema.optional()
}).strict();
export { CockpitFileSchema as t };
