// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as skipByName, t as languageOf } from "./chunk-file-kinds.js";
import { t as lazyRequire } from "./chunk-lazy-require.js";
import { i as isNulPrefixedText, t as decodeText } from "./chunk-decode.js";
import { t as toPosixRelative } from "./chunk-paths.js";
import path from "node:path";
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from "node:fs";
// src/discovery/frameworks.ts
var FRAMEWORKS = [
	{
		id: "google-adk",
		name: "Google ADK",
		pythonModules: ["google.adk"],
		pypiPackages: ["google-adk"],
		npmPackages: ["@google/adk"]
	},
	{
		id: "langgraph",
		name: "LangGraph",
		pythonModules: ["langgraph"],
		pypiPackages: ["langgraph"],
		npmPackages: ["@langchain/langgraph"]
	},
	{
		id: "langchain",
		name: "LangChain",
		pythonModules: [
			"langchain",
			"langchain_core",
			"langchain_community",
			"langchain_openai",
			"langchain_anthropic",
			"langchain_google_genai",
			"langchain_google_vertexai",
			"langchain_aws"
		],
		pypiPackages: [
			"langchain",
			"langchain-core",
			"langchain-community",
			"langchain-openai",
			"langchain-anthropic",
			"langchain-google-genai"
		],
		npmPackages: [
			"langchain",
			"@langchain/core",
			"@langchain/openai",
			"@langchain/anthropic",
			"@langchain/community"
		]
	},
	{
		id: "crewai",
		name: "CrewAI",
		pythonModules: ["crewai", "crewai_tools"],
		pypiPackages: ["crewai", "crewai-tools"]
	},
	{
		id: "openai-agents",
		name: "OpenAI Agents SDK",
		pythonModules: ["agents"],
		pypiPackages: ["openai-agents"],
		npmPackages: [
			"@openai/agents",
			"@openai/agents-core",
			"@openai/agents-openai"
		]
	},
	{
		id: "llamaindex",
		name: "LlamaIndex",
		pythonModules: ["llama_index"],
		pypiPackages: ["llama-index", "llama-index-core"],
		npmPackages: ["llamaindex"]
	},
	{
		id: "pydantic-ai",
		name: "Pydantic AI",
		pythonModules: ["pydantic_ai"],
		pypiPackages: ["pydantic-ai", "pydantic-ai-slim"]
	},
	{
		id: "smolagents",
		name: "smolagents",
		pythonModules: ["smolagents"],
		pypiPackages: ["smolagents"]
	},
	{
		id: "vercel-ai-sdk",
		name: "Vercel AI SDK",
		npmPackages: ["ai", "@ai-sdk/*"]
	},
	{
		id: "mastra",
		name: "Mastra",
		npmPackages: ["@mastra/*", "mastra"]
	},
	{
		id: "anthropic-sdk",
		name: "Anthropic SDK (tool use)",
		pythonModules: ["anthropic"],
		npmPackages: ["@anthropic-ai/sdk"],
		toolUseOnly: true
	},
	{
		id: "openai-sdk",
		name: "OpenAI SDK (tool use)",
		pythonModules: ["openai"],
		npmPackages: ["openai"],
		toolUseOnly: true
	}
];
/** A model call that is handed tools: `tools=[...]` in Python, `tools: [...]` in TypeScript. */
var TOOLS_ARGUMENT = /\btools\s*[=:]\s*[\[\w{]/;
/** Whether a source file hands a model tools (`tools=[...]`, `tools: [...]`). */
function handsTools(text) {
	return TOOLS_ARGUMENT.test(text);
}
/**
* Frameworks in `found` plus, when none is an agent framework, the provider SDKs whose calls are handed tools.
* `text`: the file's text, or whether it hands tools (discovery's cached answer, see discover.ts).
*/
function withToolUse(found, candidates, text) {
	const tools = typeof text === "boolean" ? text : text !== void 0 && handsTools(text);
	if (found.size > 0 || !tools) return found;
	return new Set(candidates);
}
var PYTHON_IMPORT = /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import|import[ \t]+([A-Za-z_][\w.]*))/gm;
var JS_IMPORT = /(?:\bfrom[ \t]*|\bimport[ \t]*\(?[ \t]*|\brequire[ \t]*\([ \t]*)['"]([^'"\n]+)['"]/g;
/** Import roots named by a Python source file. */
function pythonImports(text) {
	const modules = [];
	for (const match of text.matchAll(PYTHON_IMPORT)) modules.push(match[1] ?? match[2]);
	return modules;
}
/** Package names imported or required by a TypeScript/JavaScript file (`@scope/pkg/sub` → `@scope/pkg`). */
function javascriptImports(text) {
	const packages = [];
	for (const match of text.matchAll(JS_IMPORT)) {
		const specifier = match[1];
		if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) continue;
		const parts = specifier.split("/");
		packages.push(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]);
	}
	return packages;
}
function moduleMatches(imported, root) {
	return imported === root || imported.startsWith(`${root}.`);
}
function packageMatches(name, pattern) {
	return pattern.endsWith("/*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}
/** The frameworks whose plugin `matches` an import, provider SDKs kept apart for withToolUse. */
function importedFrameworks(imports, matches, text) {
	const found = /* @__PURE__ */ new Set();
	const sdks = /* @__PURE__ */ new Set();
	for (const imported of imports) for (const plugin of FRAMEWORKS) {
		if (!matches(plugin, imported)) continue;
		(plugin.toolUseOnly ? sdks : found).add(plugin.id);
	}
	return withToolUse(found, sdks, text);
}
/**
* Frameworks a Python file imports. Pass the file's text to also recognise a hand-written agent: a provider
* SDK (anthropic, openai) whose calls are handed tools, in a file that imports no agent framework.
*/
function frameworksFromPythonModules(modules, text) {
	return importedFrameworks(modules, (plugin, imported) => plugin.pythonModules?.some((root) => moduleMatches(imported, root)), text);
}
/** Frameworks a TypeScript/JavaScript file imports (with its text: provider SDKs handed tools too). */
function frameworksFromNpmPackages(packages, text) {
	return importedFrameworks(packages, (plugin, name) => plugin.npmPackages?.some((pattern) => packageMatches(name, pattern)), text);
}
/** PEP 503 normalisation: `LangChain_Core` and `langchain-core` are the same distribution. */
function normalisePypiName(name) {
	return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function frameworksFromPypiPackages(packages) {
	const found = /* @__PURE__ */ new Set();
	for (const name of packages) {
		const normalised = normalisePypiName(name);
		for (const plugin of FRAMEWORKS) if (!plugin.toolUseOnly && plugin.pypiPackages?.some((candidate) => candidate === normalised)) found.add(plugin.id);
	}
	return found;
}
/** Frameworks a manifest depends on; provider SDKs never count there (most apps that call a model are not agents). */
function frameworksFromManifest(manifest) {
	return /* @__PURE__ */ new Set([...frameworksFromPypiPackages(manifest.pythonPackages), ...frameworksFromNpmPackages(manifest.npmPackages)]);
}
// src/discovery/manifests.ts
var toml = lazyRequire("smol-toml");
var REQUIREMENT_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;
function readRequirements(text) {
	const names = [];
	for (const line of text.split(/\r?\n/)) {
		const trimmed = line.trim();
		if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("-")) continue;
		const match = REQUIREMENT_NAME.exec(trimmed);
		if (match) names.push(match[1]);
	}
	return names;
}
function readPackageJson(text) {
	const info = {
		pythonPackages: [],
		npmPackages: []
	};
	try {
		const manifest = JSON.parse(text);
		if (typeof manifest["name"] === "string") info.name = manifest["name"];
		for (const field of [
			"dependencies",
			"devDependencies",
			"peerDependencies",
			"optionalDependencies"
		]) {
			const dependencies = manifest[field];
			if (dependencies && typeof dependencies === "object") info.npmPackages.push(...Object.keys(dependencies));
		}
	} catch {}
	return info;
}
function table(value) {
	return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
/** PEP 621 `[project]` and Poetry's `[tool.poetry]`. */
function readPyproject(text) {
	const info = {
		pythonPackages: [],
		npmPackages: []
	};
	let document;
	try {
		document = toml().parse(text);
	} catch {
		return info;
	}
	const project = table(document["project"]);
	const poetry = table(table(document["tool"])?.["poetry"]);
	const name = project?.["name"] ?? poetry?.["name"];
	if (typeof name === "string") info.name = name;
	const dependencies = project?.["dependencies"];
	if (Array.isArray(dependencies)) for (const requirement of dependencies) {
		const match = typeof requirement === "string" ? REQUIREMENT_NAME.exec(requirement) : null;
		if (match) info.pythonPackages.push(match[1]);
	}
	const poetryDependencies = table(poetry?.["dependencies"]);
	if (poetryDependencies) info.pythonPackages.push(...Object.keys(poetryDependencies).filter((key) => key !== "python"));
	return info;
}
/** What a manifest file declares, read by its base name; undefined for a file that is no manifest this module reads. */
function readManifest(base, text) {
	if (base === "package.json") return readPackageJson(text);
	if (base === "pyproject.toml") return readPyproject(text);
	if (/^requirements[\w.-]*\.txt$/.test(base)) return {
		pythonPackages: readRequirements(text),
		npmPackages: []
	};
}
// src/discovery/local-modules.ts
/**
* Resolving names before matching them: `from agents import TripAgents` in a CrewAI app with its own
* `agents.py` imports that file, not the OpenAI Agents SDK; and the SDK's own source tree is a library,
* not an agent that uses it.
*/
function parentOf(folder) {
	const parent = path.posix.dirname(folder);
	return parent === "" ? "." : parent;
}
/**
* True when the first segment of a Python import names a module of the project itself: `head.py` or a
* `head/` package in a folder that is on `sys.path` when the code runs. Those are the folders above the
* importing file that are not package interiors (a script's own folder, the parent of its top package,
* the project root); a local module there shadows an installed package of the same name. A module never
* imports itself, so `agents.py` saying `from agents.realtime import …` means the installed package.
*/
function isLocalPythonModule(module, importingFile, files) {
	const head = module.split(".")[0];
	for (let folder = parentOf(importingFile);; folder = parentOf(folder)) {
		const prefix = folder === "." ? "" : `${folder}/`;
		if (!files.has(`${prefix}__init__.py`)) {
			const moduleFile = `${prefix}${head}.py`;
			const packageInit = `${prefix}${head}/__init__.py`;
			if (files.has(moduleFile) && moduleFile !== importingFile || files.has(packageInit)) return true;
		}
		if (folder === ".") return false;
	}
}
/**
* Frameworks a code file imports (`python`: Python import roots, else npm package names), once its Python
* imports of the project's own modules are set aside. `toolUse`: the file's text, or whether it hands tools.
*/
function frameworksFromImports(file, python, imports, files, toolUse) {
	return python ? frameworksFromPythonModules(imports.filter((module) => !isLocalPythonModule(module, file, files)), toolUse) : frameworksFromNpmPackages(imports, toolUse);
}
/**
* Folders (relative, POSIX) that hold an agent framework's own library source: the import packages of a
* pyproject whose project is that framework (`openai-agents` → `src/agents`), and `src/`/`lib/` of an
* npm package that is one of its packages (`@openai/agents-core`). Examples and tests beside them stay agents.
*/
async function frameworkSourceFolders(relativeFiles, fileSet, absoluteFiles, read) {
	const folders = [];
	await Promise.all(relativeFiles.map(async (relative, index) => {
		const base = path.posix.basename(relative);
		if (base !== "pyproject.toml" && base !== "package.json") return;
		const directory = parentOf(relative);
		const prefix = directory === "." ? "" : `${directory}/`;
		const text = await read(absoluteFiles[index]).catch(() => "");
		if (base === "pyproject.toml") {
			const name = readPyproject(text).name;
			if (!name) return;
			const framework = FRAMEWORKS.find((plugin) => plugin.pypiPackages?.includes(normalisePypiName(name)));
			for (const module of framework?.pythonModules ?? []) {
				const modulePath = module.replace(/\./g, "/");
				for (const candidate of [`${prefix}${modulePath}`, `${prefix}src/${modulePath}`]) if (fileSet.has(`${candidate}/__init__.py`)) folders.push(candidate);
			}
			return;
		}
		const name = readPackageJson(text).name;
		if (!name) return;
		if (!FRAMEWORKS.some((plugin) => plugin.npmPackages?.some((pattern) => packageMatches(name, pattern)))) return;
		for (const candidate of [`${prefix}src`, `${prefix}lib`]) if (relativeFiles.some((file) => file.startsWith(`${candidate}/`))) folders.push(candidate);
	}));
	return folders.sort();
}
// src/source/read-sources.ts
/**
* Reads the files one after another with synchronous calls: a worker audits one agent at a time, and the files are
* small and mostly in the page cache, where a promise per stat and read (each a hop through libuv's thread pool,
* which the workers share) cost about four times the read itself (docs/BENCHMARKS.md, eighth session).
*/
function readSources(root, absolutePaths, maxFileBytes) {
	const result = {
		files: [],
		skipped: []
	};
	for (const absolutePath of absolutePaths) {
		const read = readOne(root, absolutePath, maxFileBytes);
		if ("text" in read) result.files.push(read);
		else result.skipped.push(read);
	}
	return result;
}
/**
* Reads a file the walk listed, whole, with synchronous calls. It is opened without blocking and checked before any
* read, because the path may have changed since the walk: a FIFO or device put there would block the thread for
* good, where no deadline can end it. Throws what the file system throws (ENOENT for a file gone since the walk).
*/
function readListedFile(absolutePath, maxBytes) {
	let descriptor;
	try {
		descriptor = openSync(absolutePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		if (isFolder(absolutePath)) return { kind: "folder" };
		throw error;
	}
	try {
		const info = fstatSync(descriptor);
		if (info.isDirectory()) return { kind: "folder" };
		if (!info.isFile()) return { kind: "not-a-file" };
		if (info.size > maxBytes) return { kind: "too-large" };
		return {
			kind: "file",
			bytes: readFileSync(descriptor)
		};
	} finally {
		closeSync(descriptor);
	}
}
function isFolder(absolutePath) {
	try {
		return statSync(absolutePath).isDirectory();
	} catch {
		return false;
	}
}
function readOne(root, absolutePath, maxFileBytes) {
	const relative = toPosixRelative(root, absolutePath);
	const byName = skipByName(absolutePath);
	if (byName) return {
		path: relative,
		reason: byName
	};
	try {
		const listed = readListedFile(absolutePath, maxFileBytes);
		if (listed.kind === "folder") return {
			path: relative,
			reason: "unreadable-folder"
		};
		if (listed.kind === "not-a-file") return {
			path: relative,
			reason: "unreadable"
		};
		if (listed.kind === "too-large") return {
			path: relative,
			reason: "too-large"
		};
		const { bytes } = listed;
		const decoded = decodeText(bytes);
		if (!decoded) return {
			path: relative,
			reason: isNulPrefixedText(bytes) ? "nul-prefixed" : "binary-content"
		};
		return {
			path: relative,
			absolutePath,
			text: decoded.text,
			bytes: bytes.length,
			encoding: decoded.encoding,
			language: languageOf(absolutePath)
		};
	} catch (error) {
		return {
			path: relative,
			reason: error.code === "ENOENT" ? "vanished" : "unreadable"
		};
	}
}
export { readManifest as a, javascriptImports as c, frameworksFromImports as i, pythonImports as l, readSources as n, frameworksFromManifest as o, frameworkSourceFolders as r, handsTools as s, readListedFile as t };
