// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { r as DEFAULT_CODE_KINDS, t as languageOf } from "./chunk-file-kinds.js";
import { a as readManifest, c as javascriptImports, i as frameworksFromImports, l as pythonImports, o as frameworksFromManifest, r as frameworkSourceFolders, s as handsTools, t as readListedFile } from "./chunk-read-sources.js";
import { t as toPosixRelative } from "./chunk-paths.js";
import { o as joinAgentPath } from "./chunk-agent-location.js";
import path from "node:path";
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
/**
* A synchronous read behind the promise the passes expect: discovery reads every code file of the tree while the
* workers load their grammars, and a thread-pool hop per file cost more than the read (docs/BENCHMARKS.md).
* A path that is no longer a file is refused as an unreadable one is.
*/
function readSynchronously(file) {
	try {
		const listed = readListedFile(file, Number.POSITIVE_INFINITY);
		if (listed.kind !== "file") throw new Error(`${file}: not a regular file`);
		return Promise.resolve(listed.bytes.toString("utf8"));
	} catch (error) {
		return Promise.reject(error);
	}
}
async function discoverAgents(options) {
	const readOnce = options.read ?? readSynchronously;
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
				reasons: /* @__PURE__ */ new Map(),
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
		owner.reasons.set("cockpit.yaml names its entry point", -1);
		owner.strongEntries.push(...entries.map((entry) => joinAgentPath(folder, entry)));
	}
	await Promise.all(relativeFiles.map(async (relative, index) => {
		const base = path.posix.basename(relative);
		const absolute = options.files[index];
		if (neverAgent(relative)) return;
		if (base === "langgraph.json") {
			const owner = candidate(dirOf(relative));
			addReason(owner, "langgraph.json declares graphs", index);
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
			const manifest = readManifest(base, text);
			if (!manifest) return;
			const found = frameworksFromManifest(manifest);
			if (found.size === 0) return;
			const owner = candidate(dirOf(relative));
			addReason(owner, `${base} depends on ${[...found].sort().join(", ")}`, index);
			for (const id of found) owner.frameworks.add(id);
			return;
		}
		if (!CODE.test(base)) return;
		let facts = options.codeFacts?.get(relative);
		if (!facts) {
			facts = codeFileFacts(relative, await read(absolute).catch(() => ""));
			options.codeFacts?.set(relative, facts);
		}
		const found = frameworksFromImports(relative, base.endsWith(".ipynb") || languageOf(relative) === "python", facts.imports, fileSet, facts.handsTools);
		if (found.size === 0) return;
		const owner = candidate(ownerOf(relative));
		owner.importingFiles.push(relative);
		for (const id of found) {
			owner.frameworks.add(id);
			owner.imported.add(id);
		}
		if (found.has("google-adk") && base === "agent.py" && facts.rootAgent) {
			owner.foundEntries.push([index, relative]);
			addReason(owner, "ADK convention: agent.py defines root_agent", index);
		}
		if (found.has("crewai") && facts.crewBase) {
			owner.foundEntries.push([index, relative]);
			addReason(owner, "CrewAI convention: @CrewBase crew", index);
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
			reasons: [...orderedReasons(entry.reasons), ...entry.imported.size > 0 ? [`code imports ${[...entry.imported].sort().join(", ")}`] : []],
			files: filesByAgent.get(folder) ?? []
		};
	});
}
/** Files are read concurrently: a reason keeps the lowest index of the files that gave it, whichever finished first. */
function addReason(owner, reason, index) {
	const known = owner.reasons.get(reason);
	if (known === void 0 || index < known) owner.reasons.set(reason, index);
}
/** In the walk's file order (cockpit.yaml first), the same on every run. */
function orderedReasons(reasons) {
	return [...reasons].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([reason]) => reason);
}
export { isManifest as n, discoverAgents as t };
