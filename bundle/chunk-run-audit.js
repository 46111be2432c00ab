// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as loadFleetConfig } from "./chunk-root-config2.js";
import { a as failsClosed, r as SKIP_FIX } from "./chunk-gate.js";
import { t as DEFAULT_LAKE } from "./chunk-default-path4.js";
import { t as terminalSafe } from "./chunk-terminal-safe2.js";
import "./chunk-default-path3.js";
import { t as displayRoot } from "./chunk-display-root.js";
import { t as singleAgentPolicy } from "./chunk-single-agent-policy.js";
import path from "node:path";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
// src/run/audit-step.ts
/** The audit itself: planned agents one by one, a fleet through discovery, or one agent folder. */
function auditTree(step) {
	const { target } = step;
	if (target.kind === "planned") return auditPlanned(target.plan, step);
	if (target.kind === "fleet") return auditFleet(step, target.shard, target.onlyAgents);
	return auditOneAgent(step, step.scope.auditRoot, target.relativePath);
}
async function auditPlanned(plan, step) {
	const { assembleReport } = await import("./chunk-build.js");
	const agents = [];
	const heal = [];
	const gates = /* @__PURE__ */ new Map();
	const batches = workerBatches(step);
	try {
		for (const agent of plan.agents) {
			const audited = await auditOneAgent(step, agent.root, agent.relativePath, agent.onlyFiles, batches);
			agents.push(...audited.report.agents);
			heal.push(...audited.heal);
			for (const [agentPath, gate] of audited.gates) gates.set(agentPath, gate);
		}
	} finally {
		await batches?.close();
	}
	return {
		report: assembleReport(displayRoot(plan.root, step.cwd), agents),
		heal,
		gates
	};
}
async function auditFleet(step, shard, onlyAgents) {
	const { settings, hooks, given, cwd } = step;
	const changes = step.scope.changes;
	const root = step.scope.auditRoot;
	const [{ assembleReport }, { isRepositoryEntry }] = await Promise.all([import("./chunk-build.js"), import("./chunk-summary.js")]);
	let result;
	if (changes?.mode === "staged" && changes.files.size === 0) {
		hooks.progress?.start(0);
		result = {
			agents: [],
			heal: [],
			gates: /* @__PURE__ */ new Map()
		};
	} else {
		const rootName = path.basename(path.resolve(cwd, given));
		const warm = step.warm && step.lakeDir !== void 0 && step.cache && !shard && !onlyAgents && !changes && !step.dependencies && !step.env["COCKPIT_FAULT_INJECT"] && !process.env["COCKPIT_FAULT_INJECT"] ? await warmFleet(root, rootName, step.lakeDir, settings, hooks) : void 0;
		if (warm) result = {
			...warm,
			gates: /* @__PURE__ */ new Map()
		};
		else {
			const [{ auditWorkspace }, { selectChangedAgents }] = await Promise.all([import("./chunk-audit-workspace2.js"), import("./chunk-scope.js")]);
			const wanted = onlyAgents ? new Set(onlyAgents) : void 0;
			const select = (agents) => {
				const changed = changes ? selectChangedAgents(changes, agents) : [...agents];
				return wanted ? changed.filter((agent) => wanted.has(agent.path)) : changed;
			};
			result = await auditWorkspace({
				root,
				rootName,
				settings,
				...step.jobs !== void 0 ? { jobs: step.jobs } : {},
				...shard ? { shard } : {},
				...step.lakeDir ? { lakeDir: step.lakeDir } : {},
				...changes || wanted ? { selectAgents: select } : {},
				cache: step.cache,
				agentTimeoutMs: step.agentTimeoutMs,
				...step.dependencies ? { dependencies: step.dependencies } : {},
				...hooks.progress ? {
					onStart: (total) => hooks.progress.start(total),
					onProgress: hooks.progress.update.bind(hooks.progress)
				} : {},
				...hooks.phase ? { onPhase: hooks.phase } : {},
				...step.signal ? { signal: step.signal } : {}
			});
		}
	}
	hooks.progress?.finish();
	if (result.agents.length === 0 && changes) hooks.notice?.(`No agent under ${given} has ${changes.mode === "staged" ? "staged changes" : `changes since ${changes.ref ?? ""}`}: nothing was audited.`, "info");
	else if (result.agents.length === 0 && !changes && !onlyAgents) hooks.notice?.(`No agents found under ${given}: nothing was audited (see \`ops discover ${given}\`).`, "warning");
	else if (!changes && !shard && !onlyAgents && result.agents.every(isRepositoryEntry)) hooks.notice?.(`No agents found under ${given}: its files were scanned for secrets and personal data only (see \`ops discover ${given}\`).`, "info");
	return {
		report: assembleReport(displayRoot(root, cwd), result.agents, shard ? `${shard.index}/${shard.count}` : void 0),
		heal: result.heal,
		gates: result.gates
	};
}
/** One agent folder, gated as the fleet run of the folder above would gate it (config/single-agent-policy.ts). */
async function auditOneAgent(step, root, relativePath, onlyFiles, sharedBatches) {
	const { settings, hooks, cwd } = step;
	const changes = step.scope.changes;
	const { assembleReport, buildReport } = await import("./chunk-build.js");
	if (changes && changes.files.size === 0) return {
		report: assembleReport(displayRoot(root, cwd), []),
		heal: [],
		gates: /* @__PURE__ */ new Map()
	};
	const { policy, violations, settings: agentSettings } = await singleAgentPolicy(root, settings.configFile);
	const [{ auditAgent }, { listFiles }] = await Promise.all([import("./chunk-audit-agent2.js"), import("./chunk-walk.js")]);
	const batches = sharedBatches ?? workerBatches(step);
	const files = hooks.files;
	const runBatch = batches ? async (batch) => {
		files?.add(batch.files.length);
		const result = await batches.run(batch);
		files?.done(batch.files.length);
		return result;
	} : void 0;
	const useGitignore = agentSettings.gitignore ?? settings.useGitignore;
	const dependencyLookups = step.dependencies ? await step.dependencies.lookupsFor(root, await listFiles(root, {
		excludeDirs: settings.excludeDirs,
		useGitignore
	})) : void 0;
	let audit;
	try {
		audit = await auditAgent({
			root,
			maxFileBytes: settings.maxFileBytes,
			excludeDirs: settings.excludeDirs,
			useGitignore,
			policy,
			...violations.length > 0 ? { lockViolations: violations } : {},
			...relativePath !== void 0 ? { relativePath } : {},
			...runBatch ? { runBatch } : {},
			...dependencyLookups ? { dependencyLookups } : {}
		});
	} finally {
		files?.finish();
		if (!sharedBatches) await batches?.close();
	}
	if (onlyFiles) audit = (await import("./chunk-targets.js")).onlyTheseFiles(audit, onlyFiles);
	const gate = {
		blockOn: policy.blockOn,
		secretsGate: policy.secretsGate
	};
	return {
		report: buildReport(displayRoot(root, cwd), [{
			audit,
			gate
		}]),
		heal: [{
			agentRoot: root,
			agentPath: relativePath ?? ".",
			fixes: audit.fixes
		}],
		gates: /* @__PURE__ */ new Map([[audit.path, gate]])
	};
}
/**
* A fleet whose tree did not change since the last full run (audit/warm-cache.ts): its reports from the lake,
* found by stats alone, without loading the audit engine; undefined when anything changed.
*/
async function warmFleet(root, rootName, lakeDir, settings, hooks) {
	const started = performance.now();
	const { warmFleetReports } = await import("./chunk-warm-cache.js");
	const warm = warmFleetReports({
		root,
		rootName,
		lakeDir,
		maxFileBytes: settings.maxFileBytes,
		excludeDirs: settings.excludeDirs,
		useGitignore: settings.useGitignore,
		configFile: settings.configFile?.path
	});
	if (!warm) return void 0;
	hooks.progress?.start(warm.reports.length);
	warm.reports.forEach((agent, index) => hooks.progress?.update({
		done: index + 1,
		total: warm.reports.length,
		agent: agent.path,
		verdict: agent.verdict,
		cached: true,
		elapsedMs: performance.now() - started
	}));
	if (settings.debug) hooks.notice?.(`ops: warm path: ${warm.reports.length} agents from the lake; ${warm.files} files and ${warm.dirs} folders statted, none read`, "warning");
	return {
		agents: warm.reports,
		heal: []
	};
}
/** The worker pool for large agents' files (its module loads only when the first batch is sent); none with one job. */
function workerBatches(step) {
	const threads = step.jobs ?? availableParallelism();
	return threads > 1 ? lazyBatchRunner(threads) : void 0;
}
/** batchRunner without loading the fleet engine (piscina, the lake) until the first batch is sent. */
function lazyBatchRunner(threads) {
	let runner;
	return {
		run: async (batch) => {
			runner ??= import("./chunk-audit-workspace2.js").then((module) => module.batchRunner(threads));
			return (await runner).run(batch);
		},
		close: async () => {
			await (await runner)?.close();
		}
	};
}
// src/run/heal-step.ts
/**
* --heal: the plan of one-click fixes (bounded by max_fix_files unless forced); unless a dry run, the fixes are
* applied (on a branch when asked) and the tree audited again, since the verdict after healing is the gate's
* verdict on the healed tree.
*/
async function healStep(request, audited, fleet, auditAgain) {
	const options = request.heal;
	const { root, settings } = request;
	const { applyHealPlan, buildHealPlan, commitHealBranch, limitHealPlan } = await import("./chunk-heal.js");
	const maxFixFiles = fleet ? (await loadFleetConfig(root, settings.configFile))?.config.max_fix_files : (await singleAgentPolicy(root, settings.configFile)).settings.max_fix_files;
	const plan = await limitHealPlan(await buildHealPlan(audited.heal), {
		force: options.force === true,
		...maxFixFiles !== void 0 ? { maxFixFiles } : {}
	});
	if (options.dryRun) return {
		audited,
		heal: {
			plan,
			dryRun: true
		}
	};
	const before = new Set(audited.report.agents.flatMap((agent) => agent.findings.map((finding) => finding.fingerprint)));
	await applyHealPlan(plan);
	const branch = options.branch !== void 0 ? await commitHealBranch(root, options.branch, plan) : void 0;
	const healed = await auditAgain();
	const after = new Set(healed.report.agents.flatMap((agent) => agent.findings.map((finding) => finding.fingerprint)));
	return {
		audited: healed,
		heal: {
			plan,
			dryRun: false,
			resolved: [...before].filter((fingerprint) => !after.has(fingerprint)).length,
			...branch ? { branch } : {}
		}
	};
}
// src/run/run-audit.ts
var DEFAULT_AGENT_TIMEOUT_MS = 3e5;
/**
* The one audit pipeline (docs/ARCHITECTURE.md): committee files, scope (baseline, changes, staged snapshot,
* triage), package lookups, the audit, owners, heal (plan, apply, audit again), the committee's votes, and one
* gate over what is left. Front ends translate their inputs into an AuditRequest and format the AuditRun.
*/
async function runAudit(request) {
	const started = performance.now();
	const { root, settings, target } = request;
	const fleet = target.kind === "fleet" || target.kind === "planned" && target.plan.agents.length > 1;
	const scopeFlags = request.scope ?? {};
	const committee = request.committee !== true && !request.importSarif?.length ? void 0 : await (await import("./chunk-run.js")).prepareCommittee({
		root,
		fleet,
		importFlags: request.importSarif ?? [],
		configFile: settings.configFile,
		cwd: request.cwd,
		maxFileBytes: settings.maxFileBytes,
		env: request.env,
		cacheDir: settings.cacheDir
	});
	const triaged = scopeFlags.triage !== void 0 || request.triage === true && existsSync(path.join(root, ...".cockpit/triage.json".split("/")));
	const scopeModule = scopeFlags.baseline !== void 0 || scopeFlags.changedSince !== void 0 || scopeFlags.staged === true || triaged ? await import("./chunk-prepare.js") : void 0;
	const scope = scopeModule ? await scopeModule.prepareScope(root, request.given, scopeFlags, {
		cwd: request.cwd,
		excludeDirs: settings.excludeDirs,
		defaultTriage: request.triage === true
	}) : {
		auditRoot: root,
		dispose: async () => void 0
	};
	let dependencies;
	try {
		dependencies = await createDependencyResolver(request);
		const lakeDir = request.lake === false || target.kind !== "fleet" || scopeFlags.staged ? void 0 : request.lake ?? path.join(root, DEFAULT_LAKE);
		const step = {
			root,
			given: request.given,
			cwd: request.cwd,
			env: request.env,
			settings,
			target,
			dependencies,
			jobs: request.jobs ?? (scopeFlags.staged ? 1 : void 0),
			agentTimeoutMs: request.agentTimeoutMs ?? DEFAULT_AGENT_TIMEOUT_MS,
			cache: request.cache !== false && !request.heal,
			warm: request.warm !== false,
			lakeDir,
			scope,
			hooks: request.hooks ?? {},
			signal: request.signal
		};
		const audit = () => auditTree(step);
		let audited = await audit();
		let heal;
		if (request.heal) ({audited, heal} = await healStep(request, audited, fleet, audit));
		let report = audited.report;
		if (request.owners) report = (await (await import("./chunk-agent-owners.js")).withAgentOwners({ report }, root)).report;
		const gates = committee !== void 0 || scopeModule?.scopeActive(scope) === true ? await everyAgentsGate(report, audited.gates, scope.auditRoot, fleet, settings.configFile) : audited.gates;
		if (committee) report = await committee.apply(report, gates);
		let baselineStates;
		if (scopeModule?.scopeActive(scope)) {
			const narrowed = scopeModule.finishScope(report, scope, gates);
			report = narrowed.report;
			baselineStates = narrowed.states;
		}
		if (scopeFlags.staged) report = {
			...report,
			root: displayRoot(root, request.cwd)
		};
		if (dependencies) report = {
			...report,
			registry: dependencies.summary()
		};
		warnUnreadFiles(report, request);
		return {
			report,
			fleet,
			...heal ? { heal } : {},
			...baselineStates ? { baselineStates } : {},
			durationMs: performance.now() - started
		};
	} catch (error) {
		await dependencies?.abort();
		dependencies = void 0;
		throw error;
	} finally {
		await dependencies?.close();
		await scope.dispose();
	}
}
/** The audit's gates, completed for agents answered from the lake without an audit (the warm path). */
async function everyAgentsGate(report, audited, auditRoot, fleet, configFile) {
	const unknown = report.agents.map((agent) => agent.path).filter((agentPath) => !audited.has(agentPath));
	if (unknown.length === 0) return audited;
	const { loadAgentGates } = await import("./chunk-gates.js");
	return new Map([...audited, ...await loadAgentGates(auditRoot, unknown, fleet, configFile)]);
}
async function createDependencyResolver(request) {
	const { settings, root } = request;
	if (settings.registryMode === "off") return void 0;
	const registries = (await loadFleetConfig(root, settings.configFile))?.config.registries;
	const { DependencyResolver } = await import("./chunk-dependency-resolver.js");
	const indexes = request.indexes ?? {};
	const flags = {
		...indexes.indexUrl ? { indexUrl: indexes.indexUrl } : {},
		...indexes.extraIndexUrls?.length ? { extraIndexUrls: [...indexes.extraIndexUrls] } : {},
		...indexes.npmRegistry ? { npmRegistry: indexes.npmRegistry } : {}
	};
	return new DependencyResolver({
		cwd: root,
		env: request.env,
		settings,
		flags,
		...registries ? { cockpitRegistries: registries } : {}
	});
}
/** Files that could not be read fail the run closed (they may hold a secret): say which, once. */
function warnUnreadFiles(report, request) {
	const unread = report.agents.flatMap((agent) => (agent.skipped ?? []).filter(failsClosed));
	if (unread.length === 0) return;
	const [first] = unread;
	const more = unread.length > 1 ? ` (and ${unread.length - 1} more, listed in the report)` : "";
	request.hooks?.notice?.(`ops: error: ${terminalSafe(first.path)}: not scanned (${first.reason})${more}; it may hold a secret: make it readable, or ${SKIP_FIX}`, "warning");
}
export { runAudit as t };
