// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import "./chunk-file-schema.js";
import { n as loadCockpitFile } from "./chunk-load-file2.js";
import { n as agentPolicy, r as rootPolicy } from "./chunk-policy.js";
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
import { t as loadFleetConfig } from "./chunk-root-config2.js";
import { c as repositoryHash, l as agentHash, o as REPOSITORY_KIND, s as repositoryEntry } from "./chunk-audit-agent.js";
import { t as discoverAgents } from "./chunk-discover.js";
import { i as codeKindsOf } from "./chunk-file-kinds.js";
import { f as readLatest, h as writeRecord } from "./chunk-partitions.js";
import { t as runSource } from "./chunk-source.js";
import { t as agentReport } from "./chunk-build2.js";
import { n as RULES } from "./chunk-rules.js";
import { t as listFiles } from "./chunk-walk2.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { t as toPosixRelative } from "./chunk-paths.js";
import { n as TOOL_NAME, r as TOOL_VERSION } from "./chunk-version.js";
import { n as runAgentTask, t as hashAgent } from "./chunk-agent-task.js";
import { n as MAX_TIMER_MS } from "./chunk-settings.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { a as previousRun, c as takeSnapshot, d as walkRecorder, i as latestPath, l as trustedLatest, n as WARM_CACHE_FILE, o as reusableAgent, p as writeWarmCache, r as fleetKey, s as signatureOf, u as unchangedFile } from "./chunk-warm-cache2.js";
import { a as isRootAgent, i as agentLocation, r as agentIdSource } from "./chunk-agent-location.js";
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { MessageChannel } from "node:worker_threads";
import { setMaxListeners } from "node:events";
import { Piscina } from "piscina";
// src/lake/cockpit-gitignore.ts
/** The folder the cockpit keeps per repository: the evidence lake (local) beside the baseline and triage files (committed). */
var COCKPIT_FOLDER = ".cockpit";
/** What `.cockpit/.gitignore` says: the lake (and the warm cache inside it) stays local; everything else there is committed. */
function cockpitGitignore(lakeName) {
	return [
		"# Written by AgentOps Cockpit when it made the evidence lake here (docs/BASELINES.md). Yours to edit: it is never rewritten.",
		"# The lake and its caches are local to each checkout; baseline.json and triage.json are committed.",
		`/${lakeName}/`,
		""
	].join("\n");
}
/**
* Called when a lake folder was just created: when it sits in `.cockpit/`, a `.gitignore` there keeps it out of
* commits. An existing file (or link) of that name is the user's and is never replaced. Best effort: a folder
* that cannot take the file still holds a usable lake, so a failure here does not fail the run.
*/
async function ignoreNewLake(lakeDir) {
	const parent = path.dirname(lakeDir);
	if (path.basename(parent) !== COCKPIT_FOLDER) return;
	try {
		await writeFile(path.join(parent, ".gitignore"), cockpitGitignore(path.basename(lakeDir)), { flag: "wx" });
	} catch {}
}
// src/audit/agent-deadline.ts
/** An agent that ran past its limit; the message is what the report shows. */
var AgentTimeoutError = class extends Error {
	name = "AgentTimeoutError";
	constructor(timeoutMs) {
		super(`timed out after ${timeoutMs} ms`);
	}
};
/** A limit Node's timers cannot hold (over 2^31 - 1 ms) would fire at once and fail every agent. */
function checkAgentTimeout(timeoutMs) {
	if (timeoutMs === void 0) return;
	if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 2147483647) throw new CockpitError(`agent timeout: ${timeoutMs} ms is not a whole number of milliseconds from 1 to ${MAX_TIMER_MS}`);
}
/**
* One agent on the pool. Its clock starts when a worker takes it up (the worker says so on `started`), not
* when it is queued; at the limit piscina stops that worker and starts a fresh one, so queued agents go on.
*/
async function runOnPool(pool, task, timeoutMs, signal) {
	if (timeoutMs === void 0) return await pool.run({
		kind: "agent",
		task
	}, signal ? { signal } : {});
	const controller = new AbortController();
	const cancel = () => controller.abort();
	signal?.addEventListener("abort", cancel, { once: true });
	if (signal?.aborted) controller.abort();
	const { port1, port2 } = new MessageChannel();
	let timer;
	let timedOut = false;
	port1.once("message", () => {
		timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, timeoutMs);
	});
	try {
		return await pool.run({
			kind: "agent",
			task,
			started: port2
		}, {
			signal: controller.signal,
			transferList: [port2]
		});
	} catch (error) {
		throw timedOut ? new AgentTimeoutError(timeoutMs) : error;
	} finally {
		clearTimeout(timer);
		port1.close();
		signal?.removeEventListener("abort", cancel);
	}
}
/**
* One agent in this thread (`--jobs 1`): agents run one at a time, each clock starting at its turn. The deadline
* abandons an agent that waits (a read that never ends, a promise that never settles); a loop that never yields
* cannot be interrupted in this thread, only on a worker (`--jobs 2` or more).
*/
function inThreadRunner(timeoutMs, signal) {
	let turn = Promise.resolve();
	return (task) => {
		const run = turn.then(() => {
			signal?.throwIfAborted();
			return withDeadline(runAgentTask(task), timeoutMs, signal);
		});
		turn = run.catch(() => void 0);
		return run;
	};
}
async function withDeadline(work, timeoutMs, signal) {
	if (timeoutMs === void 0 && !signal) return work;
	let timer;
	let onAbort;
	const deadline = new Promise((_, reject) => {
		if (timeoutMs !== void 0) timer = setTimeout(() => reject(new AgentTimeoutError(timeoutMs)), timeoutMs);
		onAbort = () => reject(signal.reason);
		signal?.addEventListener("abort", onAbort, { once: true });
	});
	try {
		return await Promise.race([work, deadline]);
	} finally {
		clearTimeout(timer);
		if (onAbort) signal?.removeEventListener("abort", onAbort);
	}
}
// src/audit/audit-workspace.ts
var WORKER_URL = new URL("./worker.js", import.meta.url).href;
/**
* A lazily started pool that checks batches of one large agent's files on worker threads; the
* caller must `close()` it. Small agents never start it.
*/
function batchRunner(jobs) {
	let pool;
	return {
		run(batch) {
			pool ??= newAuditPool(jobs);
			return pool.run({
				kind: "batch",
				batch
			});
		},
		close: async () => {
			await pool?.destroy();
		}
	};
}
/** Records held back by a cancellable run, written a few at a time once it is certain to finish. */
async function writeHeldRecords(lakeDir, records) {
	const WRITERS = 16;
	for (let index = 0; index < records.length; index += WRITERS) await Promise.all(records.slice(index, index + WRITERS).map((record) => writeRecord(lakeDir, record)));
}
function inShard(relativePath, shard) {
	if (!shard) return true;
	return Number.parseInt(agentHash(relativePath).slice(0, 8), 16) % shard.count === shard.index - 1;
}
function parseShard(value) {
	const match = /^(\d+)\/(\d+)$/.exec(value.trim());
	if (!match) return void 0;
	const index = Number(match[1]);
	const count = Number(match[2]);
	return index >= 1 && count >= 1 && index <= count ? {
		index,
		count
	} : void 0;
}
/** A stable digest of everything besides the files that decides an audit's result. */
function configDigest(policy, settings, lookups, kind) {
	const normalised = {
		tool: TOOL_VERSION,
		...kind ? { kind } : {},
		rules: RULES.map((rule) => rule.id),
		levels: [...policy.ruleLevels].sort(),
		options: [...policy.ruleOptions].sort(),
		blockOn: [...policy.blockOn].sort(),
		secretsGate: policy.secretsGate,
		exclude: policy.exclude,
		entryPoints: policy.entryPoints,
		heal: policy.heal,
		maxFileBytes: settings.maxFileBytes,
		registry: lookups ?? null
	};
	return sha256Hex(JSON.stringify(normalised));
}
async function discoverWorkspace(root, settings, hooks, onListed) {
	const rootConfig = (await loadFleetConfig(root, settings.configFile))?.config;
	const files = await listFiles(root, {
		excludeDirs: settings.excludeDirs,
		useGitignore: rootConfig?.gitignore ?? settings.useGitignore,
		extraPatterns: rootConfig?.exclude ?? [],
		...hooks ? { onDirectory: hooks.onDirectory } : {}
	});
	onListed?.(files);
	const codeFacts = hooks?.afterWalk(files);
	const agentConfigs = /* @__PURE__ */ new Map();
	const declaredEntries = /* @__PURE__ */ new Map();
	for (const file of files) {
		const relative = toPosixRelative(root, file);
		const base = path.posix.basename(relative);
		if (!CONFIG_FILE_NAMES.includes(base) || !relative.includes("/")) continue;
		if (relative.startsWith(".github/")) continue;
		const loaded = await loadCockpitFile(file, relative);
		const folder = path.posix.dirname(relative);
		agentConfigs.set(folder, loaded);
		const entries = [...loaded.config.entry_point ? [loaded.config.entry_point] : [], ...loaded.config.targets ?? []];
		if (entries.length > 0) declaredEntries.set(folder, entries);
	}
	if (rootConfig && (rootConfig.entry_point || rootConfig.targets)) declaredEntries.set(".", [...rootConfig.entry_point ? [rootConfig.entry_point] : [], ...rootConfig.targets ?? []]);
	return {
		rootConfig,
		agentConfigs,
		agents: await discoverAgents({
			root,
			files,
			declaredEntries,
			codeKinds: codeKindsOf(rootPolicy(rootConfig).codeKinds),
			...codeFacts ? { codeFacts } : {}
		}),
		files
	};
}
async function auditWorkspace(options) {
	checkAgentTimeout(options.agentTimeoutMs);
	const early = {};
	try {
		return await auditWithPool(options, early);
	} finally {
		await early.pool?.destroy();
	}
}
/** About a dozen small agents: fewer files are audited before workers would have loaded. */
var EARLY_POOL_MIN_FILES = 200;
/**
* A tree this large is a big fleet (2,000 generated agents walk 12,000 files; 400 agents 2,400). Its run holds every
* agent's report and lets each thread's garbage grow with it: V8 lets an old generation grow to several times what
* it holds, and the main thread, waiting on the workers, holds 60-80 MB but grew to 190-290 MB. Such a run bounds
* both, for more collections: 2,000 agents peak at 370-375 MiB instead of 530-580, and take 5-10 % longer
* (docs/BENCHMARKS.md, seventh session). Smaller trees keep V8's defaults: bounding cost the 400-agent fleet about
* 7 % of its time for memory it does not miss.
*/
var LARGE_TREE_FILES = 5e3;
/** A heap grows to 1.25 times what it held after its last full collection (V8 picks up to 4 times). */
var BOUNDED_HEAP_GROWING_PERCENT = 25;
/** Each worker's young generation: its garbage is short-lived, and V8 would take up to 48 MB for it. */
var BOUNDED_WORKER_YOUNG_MB = 16;
/** The flag is process-wide and read at each collection, so it also holds for the threads already running. */
function boundHeapGrowth() {
	setFlagsFromString(`--heap-growing-percent=${BOUNDED_HEAP_GROWING_PERCENT}`);
}
/** The audit's worker pool: every thread started at once (they load the checks before the first task). */
function newAuditPool(jobs, bounded = false) {
	return new Piscina({
		filename: WORKER_URL,
		maxThreads: jobs,
		minThreads: jobs,
		idleTimeout: 1e3,
		...bounded ? { resourceLimits: { maxYoungGenerationSizeMb: BOUNDED_WORKER_YOUNG_MB } } : {}
	});
}
async function auditWithPool(options, early) {
	const { root, settings, signal } = options;
	signal?.throwIfAborted();
	if (signal) setMaxListeners(0, signal);
	const runId = `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
	const startedAt = (/* @__PURE__ */ new Date()).toISOString();
	if (options.lakeDir && await mkdir(options.lakeDir, { recursive: true }) !== void 0) await ignoreNewLake(options.lakeDir);
	const walkedAtMs = Date.now();
	const walked = options.lakeDir ? walkRecorder() : void 0;
	const lastRun = options.lakeDir && options.cache !== false ? previousRun(options.lakeDir) : void 0;
	let snapshot;
	const codeFacts = /* @__PURE__ */ new Map();
	const hooks = walked && {
		onDirectory: walked.onDirectory,
		afterWalk(walkedFiles) {
			const taken = takeSnapshot(root, walkedAtMs, walked.dirs, [...walkedFiles, ...walked.ignoreFiles]);
			snapshot = taken;
			return {
				get: (relative) => {
					const facts = lastRun && unchangedFile(lastRun, relative, taken) ? lastRun.codeFacts.get(relative) : void 0;
					if (facts) codeFacts.set(relative, facts);
					return facts;
				},
				set: (relative, facts) => void codeFacts.set(relative, facts)
			};
		}
	};
	options.onPhase?.("discovering");
	const cold = lastRun === void 0 && !options.selectAgents;
	const threads = options.jobs ?? availableParallelism();
	let bounded = false;
	const listed = (walkedFiles) => {
		bounded = walkedFiles.length >= LARGE_TREE_FILES;
		if (bounded) boundHeapGrowth();
		if (cold && threads > 1 && walkedFiles.length >= EARLY_POOL_MIN_FILES) early.pool ??= newAuditPool(threads, bounded);
	};
	const { rootConfig, agentConfigs, agents, files } = await discoverWorkspace(root, settings, hooks, listed);
	signal?.throwIfAborted();
	const rootName = options.rootName ?? path.basename(root);
	const repository = repositoryEntry(root, files, agents, options.lakeDir ? [path.resolve(options.lakeDir)] : []);
	const discovered = repository ? [repository, ...agents] : agents;
	const selected = (options.selectAgents ? options.selectAgents(discovered) : discovered).filter((agent) => inShard(agent.path, options.shard));
	options.onStart?.(selected.length);
	options.onPhase?.("checking");
	const tasks = await Promise.all(selected.map(async (agent) => {
		const isRepository = agent === repository;
		const { policy, violations } = isRootAgent(agent.path) ? {
			policy: rootPolicy(rootConfig),
			violations: []
		} : agentPolicy(rootConfig, agentConfigs.get(agent.path));
		const id = isRepository ? repositoryHash(rootName) : agentHash(agentIdSource(root, agent.path));
		const known = lastRun?.agents.get(id);
		const previous = options.lakeDir && options.cache !== false ? (known && trustedLatest(options.lakeDir, known)) ?? await readLatest(options.lakeDir, id).catch(() => void 0) : void 0;
		const agentRoot = agentLocation(root, agent.path);
		const dependencyLookups = options.dependencies && !isRepository ? await options.dependencies.lookupsFor(agentRoot, agent.files) : void 0;
		const digest = configDigest(policy, settings, dependencyLookups, isRepository ? REPOSITORY_KIND : void 0);
		return {
			agent,
			task: {
				root: agentRoot,
				relativePath: agent.path,
				files: agent.files,
				entrypoints: agent.entrypoints,
				frameworks: agent.frameworks,
				maxFileBytes: settings.maxFileBytes,
				policy,
				lockViolations: violations,
				configDigest: digest,
				...dependencyLookups ? { dependencyLookups } : {},
				...isRepository ? { repository: {
					id,
					name: rootName
				} } : {}
			},
			candidate: previous && previous.tool.version === TOOL_VERSION && previous.configDigest === digest ? previous : void 0,
			reuse: void 0,
			contentHash: void 0,
			id,
			kind: isRepository ? REPOSITORY_KIND : void 0
		};
	}));
	await Promise.all(tasks.map(async (entry) => {
		if (!entry.candidate) return;
		const relativeFiles = entry.task.files.map((file) => toPosixRelative(root, file));
		const unchanged = snapshot && reusableAgent(lastRun, entry.id, relativeFiles, snapshot);
		if (unchanged && unchanged.contentHash === entry.candidate.contentHash && unchanged.configDigest === entry.task.configDigest) {
			entry.reuse = entry.candidate;
			return;
		}
		const { contentHash } = await hashAgent(entry.task);
		if (contentHash === entry.candidate.contentHash) entry.reuse = entry.candidate;
	}));
	signal?.throwIfAborted();
	options.onPhase?.("auditing");
	const toAudit = tasks.filter((entry) => !entry.reuse).length;
	const jobs = Math.max(1, Math.min(threads, toAudit));
	const pool = jobs > 1 ? early.pool ?? newAuditPool(jobs, bounded) : void 0;
	const runInThread = inThreadRunner(options.agentTimeoutMs, signal);
	const started = performance.now();
	const source = runSource(process.env, root);
	const reports = [];
	const heal = [];
	let done = 0;
	let cachedAgents = 0;
	let failures = 0;
	const held = [];
	try {
		await Promise.all(tasks.map(async (entry) => {
			const { agent, task, reuse, id, kind } = entry;
			let report;
			const cached = reuse !== void 0;
			try {
				if (reuse) {
					report = reuse.agent;
					cachedAgents++;
				} else {
					const result = pool ? await runOnPool(pool, task, options.agentTimeoutMs, signal) : await runInThread(task);
					entry.contentHash = result.contentHash;
					const { policy } = task;
					report = agentReport({
						audit: result.audit,
						gate: {
							blockOn: policy.blockOn,
							secretsGate: policy.secretsGate
						},
						...kind ? { kind } : {}
					});
					if (result.audit.fixes.length > 0) heal.push({
						agentRoot: task.root,
						agentPath: agent.path,
						fixes: result.audit.fixes
					});
					if (options.lakeDir) {
						const record = {
							schemaVersion: 1,
							tool: {
								name: TOOL_NAME,
								version: TOOL_VERSION
							},
							runId,
							startedAt,
							finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
							configDigest: task.configDigest,
							contentHash: result.contentHash,
							...source ? { source } : {},
							agent: report
						};
						if (signal) held.push(record);
						else await writeRecord(options.lakeDir, record);
					}
				}
			} catch (error) {
				if (signal?.aborted) throw signal.reason;
				failures++;
				const failed = {
					failed: true,
					id,
					name: kind ? rootName : path.posix.basename(isRootAgent(agent.path) ? root : agent.path),
					path: agent.path,
					...kind ? { kind } : {},
					error: error instanceof Error ? error.message.split("\n")[0] : String(error)
				};
				report = agentReport(failed);
			}
			reports.push(report);
			done++;
			options.onProgress?.({
				done,
				total: tasks.length,
				agent: agent.path,
				verdict: report.verdict,
				cached,
				elapsedMs: performance.now() - started
			});
		}));
	} finally {
		if (pool !== early.pool) await pool?.destroy();
	}
	signal?.throwIfAborted();
	if (options.lakeDir && held.length > 0) {
		options.onPhase?.("writing");
		await writeHeldRecords(options.lakeDir, held);
	}
	if (options.lakeDir && snapshot && walked && failures === 0 && !options.shard && !options.selectAgents && !options.dependencies) {
		const cachedAgentsList = tasks.map((entry) => ({
			id: entry.id,
			files: entry.task.files.map((file) => toPosixRelative(root, file)),
			contentHash: entry.reuse?.contentHash ?? entry.contentHash ?? "",
			configDigest: entry.task.configDigest,
			latest: signatureOf(latestPath(options.lakeDir, entry.id), void 0)
		}));
		await writeWarmCache(options.lakeDir, {
			key: fleetKey({
				root,
				rootName,
				lakeDir: options.lakeDir,
				maxFileBytes: settings.maxFileBytes,
				excludeDirs: settings.excludeDirs,
				useGitignore: settings.useGitignore,
				configFile: settings.configFile?.path
			}, walkedAtMs),
			walkedAtMs,
			dirs: snapshot.dirs,
			files: [...snapshot.files],
			codeFacts: [...codeFacts],
			agents: cachedAgentsList
		}).catch(() => void 0);
	} else if (options.lakeDir && failures > 0) await rm(path.join(options.lakeDir, WARM_CACHE_FILE), { force: true });
	const gates = new Map(tasks.map(({ agent, task }) => [agent.path, {
		blockOn: task.policy.blockOn,
		secretsGate: task.policy.secretsGate
	}]));
	return {
		agents: reports,
		heal,
		discovered: selected,
		cachedAgents,
		runId,
		gates
	};
}
export { parseShard as a, inShard as i, batchRunner as n, discoverWorkspace as r, auditWorkspace as t };
