// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import path from "node:path";
// src/config/size.ts
var UNITS = {
	"": 1,
	b: 1,
	kb: 1024,
	k: 1024,
	mb: 1024 ** 2,
	m: 1024 ** 2,
	gb: 1024 ** 3,
	g: 1024 ** 3
};
/** Parses `2097152`, `512KB`, `2MB`, `1.5 mb` into bytes; `source` names where the value came from. */
function parseByteSize(value, source) {
	const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
	const multiplier = match ? UNITS[(match[2] ?? "").toLowerCase()] : void 0;
	if (!match || multiplier === void 0) throw new CockpitError(`${source}: '${value}' is not a size (use bytes or a unit: 512KB, 2MB)`);
	const bytes = Math.floor(Number(match[1]) * multiplier);
	if (bytes <= 0) throw new CockpitError(`${source}: size must be greater than zero`);
	return bytes;
}
// src/config/settings.ts
/**
* The single source of truth for every run setting: its default, its environment variable and its
* CLI flag. `resolveSettings` layers them: defaults < environment < flags. `cockpit.yaml` will slot in
* between defaults and environment.
*/
var REPORT_FORMATS = [
	"text",
	"json",
	"sarif",
	"html",
	"compact",
	"github"
];
var DEFAULT_SETTINGS = {
	maxFileBytes: 2097152,
	excludeDirs: [
		".git",
		".hg",
		".svn",
		"node_modules",
		".venv",
		"venv",
		".tox",
		".nox",
		"__pycache__",
		".mypy_cache",
		".pytest_cache",
		".ruff_cache",
		"dist",
		"build",
		"site-packages",
		".next",
		".turbo",
		".cache",
		".cockpit",
		"evidence_lake",
		".idea",
		".vscode",
		"coverage",
		".eggs"
	],
	useGitignore: true,
	format: "text",
	color: "auto",
	debug: false,
	registryMode: "off",
	publicOnly: false,
	registryBestEffort: false,
	registryTimeoutMs: 1e4,
	registryCacheTtlMs: 216e5,
	cacheDir: void 0,
	configFile: void 0
};
/** The longest delay Node's timers can hold (2^31 - 1 ms); a longer one fires after 1 ms instead. */
var MAX_TIMER_MS = 2147483647;
/** A time limit in seconds (`--agent-timeout`, `--registry-timeout`): positive, finite and short enough for a Node timer. */
function positiveSeconds(value, source) {
	const seconds = Number(value);
	const ms = Math.round(seconds * 1e3);
	if (!Number.isFinite(seconds) || seconds <= 0 || ms < 1) throw new CockpitError(`${source}: '${value}' is not a positive number of seconds`);
	if (ms > 2147483647) throw new CockpitError(`${source}: '${value}' is longer than ${MAX_TIMER_MS / 1e3} seconds (the longest timer Node can hold)`);
	return ms;
}
/** The per-agent time limit from `--agent-timeout <seconds>`. */
var parseAgentTimeout = positiveSeconds;
function parseFormat(value, source) {
	if (REPORT_FORMATS.includes(value)) return value;
	throw new CockpitError(`${source}: unknown format '${value}' (expected ${REPORT_FORMATS.join(", ")})`);
}
function isTruthy(value) {
	return value !== void 0 && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}
function resolveSettings(flags, env = process.env) {
	const settings = { ...DEFAULT_SETTINGS };
	if (env["COCKPIT_MAX_FILE_SIZE"]) settings.maxFileBytes = parseByteSize(env["COCKPIT_MAX_FILE_SIZE"], "COCKPIT_MAX_FILE_SIZE");
	if (env["COCKPIT_FORMAT"]) settings.format = parseFormat(env["COCKPIT_FORMAT"], "COCKPIT_FORMAT");
	if (env["NO_COLOR"] !== void 0 && env["NO_COLOR"] !== "") settings.color = "never";
	else if (isTruthy(env["FORCE_COLOR"])) settings.color = "always";
	if (isTruthy(env["COCKPIT_DEBUG"])) settings.debug = true;
	if (isTruthy(env["COCKPIT_NO_GITIGNORE"])) settings.useGitignore = false;
	const resolveEnv = env["COCKPIT_RESOLVE"];
	if (resolveEnv) {
		if (resolveEnv === "offline" || resolveEnv === "online" || resolveEnv === "off") settings.registryMode = resolveEnv;
		else settings.registryMode = isTruthy(resolveEnv) ? "online" : "off";
	}
	if (isTruthy(env["COCKPIT_PUBLIC_ONLY"])) settings.publicOnly = true;
	if (isTruthy(env["COCKPIT_RESOLVE_BEST_EFFORT"])) settings.registryBestEffort = true;
	if (env["COCKPIT_REGISTRY_TIMEOUT"]) settings.registryTimeoutMs = positiveSeconds(env["COCKPIT_REGISTRY_TIMEOUT"], "COCKPIT_REGISTRY_TIMEOUT");
	if (env["COCKPIT_REGISTRY_CACHE_TTL"]) settings.registryCacheTtlMs = positiveSeconds(env["COCKPIT_REGISTRY_CACHE_TTL"], "COCKPIT_REGISTRY_CACHE_TTL");
	if (env["COCKPIT_CACHE_DIR"]) settings.cacheDir = env["COCKPIT_CACHE_DIR"];
	const config = flags.config ?? (env["COCKPIT_CONFIG"] || void 0);
	if (config !== void 0) {
		if (config.trim() === "") throw new CockpitError(`${flags.config !== void 0 ? "--config" : "COCKPIT_CONFIG"}: expected the path of a cockpit.yaml file`);
		settings.configFile = {
			path: path.resolve(flags.cwd ?? process.cwd(), config),
			shown: config
		};
	}
	if (flags.maxFileSize !== void 0) settings.maxFileBytes = parseByteSize(flags.maxFileSize, "--max-file-size");
	if (flags.format !== void 0) settings.format = parseFormat(flags.format, "--format");
	if (flags.color !== void 0) settings.color = flags.color ? "always" : "never";
	if (flags.debug) settings.debug = true;
	if (flags.gitignore === false) settings.useGitignore = false;
	if (flags.resolve) settings.registryMode = "online";
	if (flags.public) {
		settings.publicOnly = true;
		if (settings.registryMode === "off") settings.registryMode = "online";
	}
	if (flags.resolveBestEffort) {
		settings.registryBestEffort = true;
		if (settings.registryMode === "off") settings.registryMode = "online";
	}
	if (flags.offline) settings.registryMode = "offline";
	if (flags.registryTimeout !== void 0) settings.registryTimeoutMs = positiveSeconds(flags.registryTimeout, "--registry-timeout");
	if (flags.cacheDir !== void 0) settings.cacheDir = flags.cacheDir;
	return settings;
}
export { resolveSettings as a, parseAgentTimeout as i, MAX_TIMER_MS as n, REPORT_FORMATS as r, DEFAULT_SETTINGS as t };
