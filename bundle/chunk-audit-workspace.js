// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names.js";
import "./chunk-file-schema.js";
import { n as loadCockpitFile } from "./chunk-load-file.js";
import { i as rootPolicy, r as agentPolicy } from "./chunk-policy.js";
import { t as loadFleetConfig } from "./chunk-root-config.js";
import { S as pythonImports, _ as frameworksFromNpmPackages, b as handsTools, c as repositoryHash, d as agentHash, f as frameworkSourceFolders, g as readRequirements, h as readPyproject, m as readPackageJson, o as REPOSITORY_KIND, p as isLocalPythonModule, s as repositoryEntry, v as frameworksFromPypiPackages, x as javascriptImports, y as frameworksFromPythonModules } from "./chunk-audit-agent.js";
import { f as DEFAULT_CODE_KINDS, i as languageOf, p as codeKindsOf } from "./chunk-parse.js";
import { t as toPosixRelative } from "./chunk-paths.js";
import { a as isRootAgent, i as agentLocation, o as joinAgentPath, r as agentIdSource } from "./chunk-agent-location.js";
import { f as readLatest, g as writeRecord } from "./chunk-store.js";
import { t as runSourceFromEnvironment } from "./chunk-source.js";
import { t as agentReport } from "./chunk-build2.js";
import { r as RULES } from "./chunk-rules.js";
import { n as listFiles } from "./chunk-walk2.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { n as TOOL_NAME, r as TOOL_VERSION } from "./chunk-version.js";
import { n as runAgentTask, t as hashAgent } from "./chunk-agent-task.js";
import { n as MAX_TIMER_MS } from "./chunk-settings.js";
import { t as CockpitError } from "./chunk-errors.js";
import { a as previousRun, c as signatureOf, d as unchangedFile, f as walkRecorder, i as latestPath, l as takeSnapshot, m as writeWarmCache, n as WARM_CACHE_FILE, r as fleetKey, s as reusableAgent, u as trustedLatest } from "./chunk-warm-cache2.js";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
// src/discovery/notebooks.ts
/**
* The Python code of a Jupyter notebook (its code cells, joined), so that crews and agents defined only in
* notebooks are discovered like scripts. Anything that is not a readable notebook yields no code.
*/
function notebookCode(text) {
	let document;
	try {
		document = JSON.parse(text);
	} catch {
		return "";
	}
	if (!document || typeof document !== "object") return "";
	const cells = document.cells;
	if (!Array.isArray(cells)) return "";
	const code = [];
	for (const cell of cells) {
		if (!cell || typeof cell !== "object") continue;
		const { cell_type: type, source } = cell;
		if (type !== "code") continue;
		if (typeof source === "string") code.push(source);
		else if (Array.isArray(source)) code.push(source.filter((line) => typeof line === "string").join(""));
	}
	return code.join("\n").replace(/^[ \t]*[!%].*$/gm, "");
}
// src/discovery/discover.ts
var MANIFESTS = /* @__PURE__ */ new Set([
	"pyproject.toml",
	"requirements.txt",
	"package.json",
	"setup.py",
	"setup.cfg",
	"langgraph.json",
	"cockpit.yaml",
	"cockpit.yml"
]);
var CONVENTIONAL_ENTRIES = [
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
	"index.js"
];
var CODE = /\.(py|ts|tsx|mts|js|mjs|jsx|ipynb)$/;
function isManifest(base) {
	return MANIFESTS.has(base) || /^requirements[\w.-]*\.txt$/.test(base);
}
function dirOf(relative) {
	const directory = path.posix.dirname(relative);
	return directory === "" ? "." : directory;
}
function ancestors(directory) {
	const chain = [];
	for (let current = directory;; current = dirOf(current)) {
		chain.push(current);
		if (current === ".") return chain;
	}
}
function codeFileFacts(relative, raw) {
	const notebook = relative.endsWith(".ipynb");
	const text = notebook ? notebookCode(raw) : raw;
	return {
		imports: notebook || languageOf(relative) === "python" ? pythonImports(text) : javascriptImports(text),
		handsTools: handsTools(text),
		rootAgent: /^root_agent\s*[:=]/m.test(text),
		crewBase: /@CrewBase\b/.test(text)
	};
}
async function discoverAgents(options) {
	const readOnce = options.read ?? ((file) => readFile(file, "utf8"));
	const texts = /* @__PURE__ */ new Map();
	const read = (file) => {
		if (!/(?:^|[\\/])(?:pyproject\.toml|package\.json)$/.test(file)) return readOnce(file);
		let text = texts.get(file);
		if (!text) texts.set(file, text = readOnce(file));
		return text;
	};
	const codeKinds = options.codeKinds ?? DEFAULT_CODE_KINDS;
	const relativeFiles = options.files.map((file) => toPosixRelative(options.root, file));
	const fileSet = new Set(relativeFiles);
	const frameworkSource = await frameworkSourceFolders(relativeFiles, fileSet, options.files, read);
	const neverAgent = (relative) => {
		const kind = codeKinds.kindOf(relative);
		if (kind === "test" || kind === "fixture" || kind === "vendored") return true;
		return frameworkSource.some((folder) => relative.startsWith(`${folder}/`));
	};
	const manifestDirs = new Set(relativeFiles.filter((file) => isManifest(path.posix.basename(file))).map(dirOf));
	const candidates = /* @__PURE__ */ new Map();
	const candidate = (directory) => {
		let entry = candidates.get(directory);
		if (!entry) {
			entry = {
				reasons: /* @__PURE__ */ new Set(),
				frameworks: /* @__PURE__ */ new Set(),
				strongEntries: [],
				foundEntries: [],
				importingFiles: [],
				imported: /* @__PURE__ */ new Set()
			};
			candidates.set(directory, entry);
		}
		return entry;
	};
	/** The folder that owns a file: nearest manifest folder below the root, else its top package folder. */
	const ownerOf = (relative) => {
		const directory = dirOf(relative);
		for (const folder of ancestors(directory)) if (folder !== "." && manifestDirs.has(folder)) return folder;
		if (directory === ".") return ".";
		if (relative.endsWith(".py")) {
			let top = directory;
			for (let current = directory; current !== "." && fileSet.has(`${current}/__init__.py`); current = dirOf(current)) top = current;
			return top;
		}
		return directory;
	};
	for (const [folder, entries] of options.declaredEntries ?? []) {
		const owner = candidate(folder);
		owner.reasons.add("cockpit.yaml names its entry point");
		owner.strongEntries.push(...entries.map((entry) => joinAgentPath(folder, entry)));
	}
	await Promise.all(relativeFiles.map(async (relative, index) => {
		const base = path.posix.basename(relative);
		const absolute = options.files[index];
		if (neverAgent(relative)) return;
		if (base === "langgraph.json") {
			const owner = candidate(dirOf(relative));
			owner.reasons.add("langgraph.json declares graphs");
			owner.frameworks.add("langgraph");
			try {
				const graphs = JSON.parse(await read(absolute)).graphs ?? {};
				for (const target of Object.values(graphs)) {
					const file = path.posix.normalize(path.posix.join(dirOf(relative), target.split(":")[0] ?? ""));
					if (fileSet.has(file)) owner.foundEntries.push([index, file]);
				}
			} catch {}
			return;
		}
		if (isManifest(base)) {
			const text = await read(absolute).catch(() => "");
			const manifest = base === "package.json" ? readPackageJson(text) : base === "pyproject.toml" ? readPyproject(text) : base.startsWith("requirements") ? {
				pythonPackages: readRequirements(text),
				npmPackages: []
			} : void 0;
			if (!manifest) return;
			const found = /* @__PURE__ */ new Set([...frameworksFromPypiPackages(manifest.pythonPackages), ...frameworksFromNpmPackages(manifest.npmPackages)]);
			if (found.size === 0) return;
			const owner = candidate(dirOf(relative));
			owner.reasons.add(`${base} depends on ${[...found].sort().join(", ")}`);
			for (const id of found) owner.frameworks.add(id);
			return;
		}
		if (!CODE.test(base)) return;
		let facts = options.codeFacts?.get(relative);
		if (!facts) {
			facts = codeFileFacts(relative, await read(absolute).catch(() => ""));
			options.codeFacts?.set(relative, facts);
		}
		const found = base.endsWith(".ipynb") || languageOf(relative) === "python" ? frameworksFromPythonModules(facts.imports.filter((module) => !isLocalPythonModule(module, relative, fileSet)), facts.handsTools) : frameworksFromNpmPackages(facts.imports, facts.handsTools);
		if (found.size === 0) return;
		const owner = candidate(ownerOf(relative));
		owner.importingFiles.push(relative);
		for (const id of found) {
			owner.frameworks.add(id);
			owner.imported.add(id);
		}
		if (found.has("google-adk") && base === "agent.py" && facts.rootAgent) {
			owner.foundEntries.push([index, relative]);
			owner.reasons.add("ADK convention: agent.py defines root_agent");
		}
		if (found.has("crewai") && facts.crewBase) {
			owner.foundEntries.push([index, relative]);
			owner.reasons.add("CrewAI convention: @CrewBase crew");
		}
	}));
	for (const entry of candidates.values()) entry.strongEntries.push(...entry.foundEntries.sort((a, b) => a[0] - b[0]).map(([, file]) => file));
	const root = candidates.get(".");
	if (root && root.importingFiles.length === 0 && root.strongEntries.length === 0 && candidates.size > 1) candidates.delete(".");
	for (const [folder, entry] of candidates) {
		if (entry.importingFiles.length > 0 || entry.strongEntries.length > 0) continue;
		if (!relativeFiles.some((file) => CODE.test(file) && (folder === "." || file.startsWith(`${folder}/`)))) candidates.delete(folder);
	}
	const roots = [...candidates.keys()].sort();
	/** Each file belongs to the deepest agent root that contains it. */
	const ownerRoot = (relative) => {
		for (const folder of ancestors(dirOf(relative))) if (candidates.has(folder)) return folder;
	};
	const filesByAgent = new Map(roots.map((folder) => [folder, []]));
	relativeFiles.forEach((relative, index) => {
		const owner = ownerRoot(relative);
		if (owner !== void 0) filesByAgent.get(owner).push(options.files[index]);
	});
	return roots.map((folder) => {
		const entry = candidates.get(folder);
		const within = (file) => folder === "." ? file : file.slice(folder.length + 1);
		const conventional = CONVENTIONAL_ENTRIES.map((name) => joinAgentPath(folder, name)).filter((file) => fileSet.has(file));
		return {
			path: folder,
			entrypoints: [.../* @__PURE__ */ new Set([
				...entry.strongEntries,
				...conventional,
				...entry.importingFiles.sort()
			])].filter((file) => ownerRoot(file) === folder).map(within).slice(0, 5),
			frameworks: [...entry.frameworks].sort(),
			reasons: [...entry.reasons, ...entry.imported.size > 0 ? [`code imports ${[...entry.imported].sort().join(", ")}`] : []],
			files: filesByAgent.get(folder) ?? []
		};
	});
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
async function runOnPool(pool, task, timeoutMs) {
	if (timeoutMs === void 0) return await pool.run({
		kind: "agent",
		task
	});
	const controller = new AbortController();
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
	}
}
/**
* One agent in this thread (`--jobs 1`): agents run one at a time, each clock starting at its turn. The deadline
* abandons an agent that waits (a read that never ends, a promise that never settles); a loop that never yields
* cannot be interrupted in this thread, only on a worker (`--jobs 2` or more).
*/
function inThreadRunner(timeoutMs) {
	let turn = Promise.resolve();
	return (task) => {
		const run = turn.then(() => withDeadline(runAgentTask(task), timeoutMs));
		turn = run.catch(() => void 0);
		return run;
	};
}
async function withDeadline(work, timeoutMs) {
	if (timeoutMs === void 0) return work;
	let timer;
	const deadline = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new AgentTimeoutError(timeoutMs)), timeoutMs);
	});
	try {
		return await Promise.race([work, deadline]);
	} finally {
		clearTimeout(timer);
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
			pool ??= new Piscina({
				filename: WORKER_URL,
				maxThreads: jobs,
				minThreads: jobs,
				idleTimeout: 1e3
			});
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
async function discoverWorkspace(root, settings, hooks) {
	const rootConfig = (await loadFleetConfig(root, settings.configFile))?.config;
	const files = await listFiles(root, {
		excludeDirs: settings.excludeDirs,
		useGitignore: rootConfig?.gitignore ?? settings.useGitignore,
		extraPatterns: rootConfig?.exclude ?? [],
		...hooks ? { onDirectory: hooks.onDirectory } : {}
	});
	const codeFacts = hooks?.afterWalk(files);
	const agentConfigs = /* @__PURE__ */ new Map();
	const declaredEntries = /* @__PURE__ */ new Map();
	for (const file of files) {
		const relative = toPosixRelative(root, file);
		const base = path.posix.basename(relative);
		if (!CONFIG_FILE_NAMES.includes(base) || !relative.includes("/")) continue;
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
	const { root, settings } = options;
	checkAgentTimeout(options.agentTimeoutMs);
	const runId = `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
	const startedAt = (/* @__PURE__ */ new Date()).toISOString();
	if (options.lakeDir) await mkdir(options.lakeDir, { recursive: true });
	const walkedAtMs = Date.now();
	const walked = options.lakeDir ? walkRecorder() : void 0;
	const lastRun = options.lakeDir && options.cache !== false ? previousRun(options.lakeDir) : void 0;
	let snapshot;
	const codeFacts = /* @__PURE__ */ new Map();
	const { rootConfig, agentConfigs, agents, files } = await discoverWorkspace(root, settings, walked && {
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
	});
	const rootName = options.rootName ?? path.basename(root);
	const repository = repositoryEntry(root, files, agents, options.lakeDir ? [path.resolve(options.lakeDir)] : []);
	const discovered = repository ? [repository, ...agents] : agents;
	const selected = (options.selectAgents ? options.selectAgents(discovered) : discovered).filter((agent) => inShard(agent.path, options.shard));
	options.onStart?.(selected.length);
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
	const toAudit = tasks.filter((entry) => !entry.reuse).length;
	const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), toAudit));
	const pool = jobs > 1 ? new Piscina({
		filename: WORKER_URL,
		maxThreads: jobs,
		minThreads: jobs,
		idleTimeout: 1e3
	}) : void 0;
	const runInThread = inThreadRunner(options.agentTimeoutMs);
	const started = performance.now();
	const source = runSourceFromEnvironment(process.env);
	const reports = [];
	const heal = [];
	let done = 0;
	let cachedAgents = 0;
	let failures = 0;
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
					const result = pool ? await runOnPool(pool, task, options.agentTimeoutMs) : await runInThread(task);
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
					if (options.lakeDir) await writeRecord(options.lakeDir, {
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
					});
				}
			} catch (error) {
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
		await pool?.destroy();
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
	return {
		agents: reports,
		heal,
		discovered: selected,
		cachedAgents,
		runId
	};
}
export { parseShard as a, inShard as i, batchRunner as n, discoverWorkspace as r, auditWorkspace as t };
