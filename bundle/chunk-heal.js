// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as parseSource } from "./chunk-parse.js";
import { o as joinAgentPath } from "./chunk-agent-location.js";
import { n as errorMessage, t as CockpitError } from "./chunk-errors2.js";
import { r as resolveInside } from "./chunk-path-containment.js";
import { n as encodeText, r as hasUtf8Bom, t as decodeText } from "./chunk-decode.js";
import { t as normalizePypiName } from "./chunk-pypi-name.js";
import { r as sensitiveSpans } from "./chunk-sensitive-spans.js";
import { randomBytes } from "node:crypto";
import { access, lstat, open, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { constants } from "node:fs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { formatPatch, structuredPatch } from "diff";
// src/heal/env-names.ts
/**
* One environment variable per distinct secret of an agent. Fixes name a variable after the
* assignment or the provider (`OPENAI_API_KEY`), so three different OpenAI keys would all become
* `OPENAI_API_KEY` and two of them would be lost at run time. In file order, the first secret keeps
* the name, the next different secret that wants it gets `OPENAI_API_KEY_2`, and so on; the same
* secret gets the same name wherever it appears.
*/
function renamed(fix, name) {
	const env = fix.env;
	if (env.name === name) return fix;
	return {
		...fix,
		description: fix.description.replace(env.name, name),
		edits: fix.edits.map((edit) => ({
			...edit,
			text: edit.text.replace(env.name, name)
		})),
		...fix.ensureLines ? { ensureLines: fix.ensureLines.map((wanted) => ({
			...wanted,
			line: wanted.line === `${env.name}=` ? `${name}=` : wanted.line
		})) } : {},
		env: {
			...env,
			name
		}
	};
}
function firstEdit(fix) {
	return Math.min(...fix.edits.map((edit) => edit.start));
}
function withDistinctEnvNames(fixes) {
	const ordered = fixes.filter((planned) => planned.fix.env).sort((a, b) => a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : firstEdit(a.fix) - firstEdit(b.fix));
	const nameOfSecret = /* @__PURE__ */ new Map();
	const taken = /* @__PURE__ */ new Set();
	const chosen = /* @__PURE__ */ new Map();
	for (const planned of ordered) {
		const { name, secretDigest } = planned.fix.env;
		let final = nameOfSecret.get(secretDigest);
		if (final === void 0) {
			final = name;
			for (let suffix = 2; taken.has(final); suffix++) final = `${name}_${suffix}`;
			taken.add(final);
			nameOfSecret.set(secretDigest, final);
		}
		chosen.set(planned, final);
	}
	return fixes.map((planned) => {
		const name = chosen.get(planned);
		return name === void 0 ? planned : {
			...planned,
			fix: renamed(planned.fix, name)
		};
	});
}
// src/heal/file-access.ts
var isRoot = () => process.getuid?.() === 0;
function kindOf(stats) {
	if (stats.isSymbolicLink()) return "a symbolic link";
	if (stats.isDirectory()) return "a folder";
	if (stats.isFIFO()) return "a FIFO";
	if (stats.isSocket()) return "a socket";
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
	return "not a regular file";
}
/** Why heal will not rewrite this regular file, if it will not. */
function refusalFor(stats) {
	if ((stats.mode & 128) === 0) return `read-only (mode ${(stats.mode & 511).toString(8).padStart(4, "0")}); left untouched`;
	if (stats.nlink > 1) return `has ${stats.nlink - 1} other hard link(s); rewriting it would split them, so it is left untouched`;
	const uid = process.getuid?.();
	if (uid !== void 0 && uid !== 0 && stats.uid !== uid) return `owned by another user (uid ${stats.uid}); heal would change its owner, so it is left untouched`;
}
/** The file (or the one about to be created) lies inside the agent, through any linked folder on the way. */
async function insideRoot(file, root) {
	return (await resolveInside(root, file, { allowMissing: true })).inside;
}
/**
* Reads a file heal may edit. `missing: 'empty'` treats a file that does not exist as empty (it
* will be created); otherwise a missing file is refused.
*/
async function readForEdit(file, root, options = {}) {
	let before;
	try {
		before = await lstat(file);
	} catch (error) {
		if (error.code === "ENOENT" && options.missing === "empty") {
			if (!await insideRoot(file, root)) return { refused: "is outside the agent folder (through a linked folder); left alone" };
			return { file: {
				text: "",
				encoding: "utf-8",
				bom: false,
				bytes: Buffer.alloc(0)
			} };
		}
		return { refused: `cannot be read (${errorMessage(error).split("\n")[0]})` };
	}
	if (before.isSymbolicLink()) return { refused: "is a symbolic link; heal edits only regular files, so it is left alone" };
	if (!before.isFile()) return { refused: `is ${kindOf(before)}, not a regular file; left alone` };
	if (!await insideRoot(file, root)) return { refused: "is outside the agent folder (through a linked folder); left alone" };
	const refusal = refusalFor(before);
	if (refusal) return { refused: refusal };
	let handle;
	try {
		handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		return { refused: `cannot be opened safely (${errorMessage(error).split("\n")[0]}); left alone` };
	}
	try {
		const stats = await handle.stat();
		if (!stats.isFile() || stats.dev !== before.dev || stats.ino !== before.ino) return { refused: "changed while heal opened it; left alone" };
		const bytes = await handle.readFile();
		const decoded = decodeText(bytes);
		if (!decoded) return { refused: "looks binary; left untouched" };
		const bom = decoded.encoding === "utf-8" && hasUtf8Bom(bytes);
		const again = encodeText(decoded.text, decoded.encoding, { bom });
		if (!again || !again.equals(bytes)) return { refused: `does not read back byte for byte as ${decoded.encoding}; left untouched` };
		return { file: {
			text: decoded.text,
			encoding: decoded.encoding,
			bom,
			bytes,
			stats: {
				dev: stats.dev,
				ino: stats.ino,
				mode: stats.mode,
				uid: stats.uid,
				gid: stats.gid
			}
		} };
	} finally {
		await handle.close();
	}
}
/** The new text in the file's own encoding and byte-order mark, or why it cannot be. */
function encodeLike(original, text) {
	return encodeText(text, original.encoding, { bom: original.bom }) ?? `the edit holds characters ${original.encoding} cannot store; left untouched`;
}
/**
* Replaces `file` with `bytes`, keeping the mode and owner of what was read. Returns why it did not,
* when the file changed since it was read (or appeared, for a new file) or its owner cannot be kept.
*/
async function writeLikeOriginal(file, root, original, bytes) {
	const now = await readForEdit(file, root, { missing: "empty" });
	if ("refused" in now) return now.refused;
	if (!(original.stats ? now.file.stats?.ino === original.stats.ino && now.file.stats.dev === original.stats.dev : !now.file.stats) || !now.file.bytes.equals(original.bytes)) return "changed since heal read it; heal again";
	const folder = path.dirname(file);
	const owner = original.stats ?? (isRoot() ? await lstat(folder) : void 0);
	const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
	const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, original.stats ? 384 : 438);
	let renamed = false;
	try {
		await handle.writeFile(bytes);
		if (owner) {
			const created = await handle.stat();
			if (created.uid !== owner.uid || created.gid !== owner.gid) try {
				await handle.chown(owner.uid, owner.gid);
			} catch (error) {
				return `cannot keep its owner ${owner.uid}:${owner.gid} (${errorMessage(error).split("\n")[0]}); left untouched`;
			}
		}
		if (original.stats) await handle.chmod(original.stats.mode & 4095);
		await handle.sync();
		await handle.close();
		await rename(temporary, file);
		renamed = true;
		return;
	} finally {
		if (!renamed) {
			await handle.close().catch(() => void 0);
			await rm(temporary, { force: true });
		}
	}
}
// src/heal/git-guard.ts
var execFileAsync$1 = promisify(execFile);
/** A `.git` entry in the file's folder or above it: the file is in a checkout. */
async function insideCheckout(folder) {
	for (let current = folder;; current = path.dirname(current)) try {
		await access(path.join(current, ".git"));
		return true;
	} catch {
		if (path.dirname(current) === current) return false;
	}
}
function firstLine(text) {
	return text.split("\n").map((line) => line.trim()).find((line) => line !== "") ?? "";
}
async function gitStatusOf(file) {
	const folder = path.dirname(file);
	try {
		const { stdout } = await execFileAsync$1("git", [
			"status",
			"--porcelain",
			"--",
			path.basename(file)
		], { cwd: folder });
		return { state: stdout.trim() === "" ? "clean" : "dirty" };
	} catch (error) {
		const failure = error;
		if (failure.code === "ENOENT") return await insideCheckout(folder) ? {
			state: "unknown",
			problem: "git is not installed"
		} : { state: "not-a-repository" };
		const stderr = String(failure.stderr ?? "");
		if (/not a git repository/i.test(stderr)) return { state: "not-a-repository" };
		return {
			state: "unknown",
			problem: firstLine(stderr.replace(/^fatal:\s*/im, "")) || firstLine(failure.message)
		};
	}
}
// src/heal/python-stdlib.ts
/**
* Top-level modules of the Python standard library (3.9–3.13, `sys.stdlib_module_names` without the
* private `_x` ones), so heal can tell an import it adds needs no manifest entry and sort it into the
* standard-library group the way isort and ruff do.
*/
var STDLIB = new Set("abc aifc argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg cProfile crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib ntpath numbers operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo".split(" "));
/** True for `os`, `os.path`, `urllib.request`; false for `tenacity`, `requests`. */
function isStdlibModule(module) {
	return STDLIB.has(module.split(".")[0]);
}
// src/heal/manifest.ts
/**
* The packages fixes import, by top-level module. tenacity: retry_if_exception_type, stop_after_attempt and
* wait_exponential are all in 8.2; 9.1.2 (April 2025) is the newest major (https://github.com/jd/tenacity/releases).
* requests 2.31 is the first release without CVE-2023-32681 (https://requests.readthedocs.io/en/latest/community/updates/).
* httpx: 0.27 has TransportError and is still 0.x, so `<1` (https://www.python-httpx.org/changelog/).
*/
var PACKAGES = {
	tenacity: {
		name: "tenacity",
		bound: ">=8.2,<10"
	},
	requests: {
		name: "requests",
		bound: ">=2.31,<3"
	},
	httpx: {
		name: "httpx",
		bound: ">=0.27,<1"
	}
};
/** The package to declare for a module a fix imports; `null` for the standard library, undefined when unknown. */
function packageForModule(module) {
	if (isStdlibModule(module)) return null;
	return PACKAGES[module.split(".")[0]];
}
/** A requirement string's distribution name: `crewai[tools]>=0.2` → `crewai`. */
var REQUIREMENT_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;
/** The body of a TOML table `[name]`: from the line after its header to the next header (or the end). */
function tableSpan(text, name) {
	const header = new RegExp(`^\\[${name.replace(/\./g, "\\.")}\\][ \\t]*(?:#.*)?\\r?$`, "m").exec(text);
	if (!header) return void 0;
	const start = header.index + header[0].length + 1;
	const next = /^\[/m.exec(text.slice(start));
	return {
		start: Math.min(start, text.length),
		end: next ? start + next.index : text.length
	};
}
/** `dependencies = [ ... ]` inside `[project]`: the offsets of `[` and `]`, skipping brackets in strings and comments. */
function projectDependencies(text) {
	const table = tableSpan(text, "project");
	if (!table) return void 0;
	const key = /^dependencies[ \t]*=[ \t]*\[/m.exec(text.slice(table.start, table.end));
	if (!key) return void 0;
	const open = table.start + key.index + key[0].length - 1;
	let quote;
	for (let index = open + 1; index < text.length; index++) {
		const char = text[index];
		if (quote) {
			if (char === "\\" && quote === "\"") index++;
			else if (char === quote) quote = void 0;
		} else if (char === "\"" || char === "'") quote = char;
		else if (char === "#") index = text.indexOf("\n", index) === -1 ? text.length : text.indexOf("\n", index);
		else if (char === "]") return {
			open,
			close: index
		};
	}
}
/** Which form a pyproject.toml declares dependencies in, if any. */
function pyprojectKind(text) {
	if (projectDependencies(text)) return "pyproject";
	if (tableSpan(text, "tool.poetry.dependencies")) return "poetry";
}
function stringsIn(text) {
	return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((match) => match[1] ?? match[2] ?? "");
}
/** The normalised names a manifest declares. */
function declaredPackages(kind, text) {
	const names = [];
	if (kind === "requirements") for (const line of text.split(/\r?\n/)) {
		const trimmed = line.replace(/#.*/, "").trim();
		if (trimmed === "" || trimmed.startsWith("-")) continue;
		const name = REQUIREMENT_NAME.exec(trimmed)?.[1];
		if (name) names.push(name);
	}
	else if (kind === "pyproject") {
		const span = projectDependencies(text);
		if (span) for (const entry of stringsIn(text.slice(span.open + 1, span.close))) names.push(REQUIREMENT_NAME.exec(entry)?.[1] ?? "");
	} else {
		const table = tableSpan(text, "tool.poetry.dependencies");
		if (table) for (const match of text.slice(table.start, table.end).matchAll(/^["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?[ \t]*=/gm)) names.push(match[1]);
	}
	return new Set(names.filter(Boolean).map(normalizePypiName));
}
/** The manifest with `packages` added in its own style, or undefined when there is nowhere to add them. */
function withPackages(kind, text, packages) {
	if (packages.length === 0) return text;
	const newline = text.includes("\r\n") ? "\r\n" : "\n";
	if (kind === "requirements") {
		const lines = packages.map((entry) => `${entry.name}${entry.bound}`);
		return `${text}${text === "" || text.endsWith("\n") ? "" : newline}${lines.join(newline)}${newline}`;
	}
	if (kind === "poetry") {
		const table = tableSpan(text, "tool.poetry.dependencies");
		if (!table) return void 0;
		const lastLine = text.slice(table.start, table.end).trimEnd().length;
		const at = table.start + lastLine;
		const lines = packages.map((entry) => `${entry.name} = "${entry.bound}"`);
		return `${text.slice(0, at)}${lastLine === 0 ? "" : newline}${lines.join(newline)}${lastLine === 0 ? newline : ""}${text.slice(at)}`;
	}
	const span = projectDependencies(text);
	if (!span) return void 0;
	const inside = text.slice(span.open + 1, span.close);
	const entries = packages.map((entry) => `"${entry.name}${entry.bound}"`);
	if (!inside.includes("\n")) {
		const trimmed = inside.replace(/[\s,]*$/, "");
		const at = span.open + 1 + trimmed.length;
		return `${text.slice(0, at)}${trimmed.trim() === "" ? "" : ", "}${entries.join(", ")}${text.slice(at, span.close).replace(/^[\s,]*/, "")}${text.slice(span.close)}`;
	}
	const lastString = [...inside.matchAll(/"(?:[^"\\]|\\.)*"|'[^']*'/g)].at(-1);
	if (!lastString) {
		const indent = "    ";
		return `${text.slice(0, span.open + 1)}${newline}${entries.map((entry) => `${indent}${entry},`).join(newline)}${newline}${text.slice(span.close)}`;
	}
	const lastEnd = span.open + 1 + lastString.index + lastString[0].length;
	const lineStart = text.lastIndexOf("\n", lastEnd - 1) + 1;
	const indent = /^[ \t]*/.exec(text.slice(lineStart))[0];
	const hasComma = /^[ \t]*,/.test(text.slice(lastEnd));
	const lineEnd = text.indexOf("\n", lastEnd);
	const at = lineEnd === -1 || lineEnd > span.close ? span.close : text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
	return `${hasComma ? text.slice(0, at) : `${text.slice(0, lastEnd)},${text.slice(lastEnd, at)}`}${entries.map((entry) => `${newline}${indent}${entry},`).join("")}${text.slice(at)}`;
}
// src/heal/python-imports.ts
/**
* Adds the imports a fix needs, once, where isort or ruff would put them: merged into an existing
* `from X import ...` line, else sorted into its section (standard library, third party, local), else
* as a new section in section order, after the module docstring and any `from __future__` imports.
* Works on text lines so comments and layout stay as written.
*/
var IMPORT_LINE = /^(?:import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*|from\s+[\w.]+\s+import\s+.+)\s*(?:#.*)?$/;
function lineStarts(text) {
	const starts = [0];
	for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
	return starts;
}
/** End offset (after the newline) of the module docstring, when the file starts with one. */
function docstringEnd(text) {
	const match = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*[rRuU]?("""|''')[\s\S]*?\1[ \t]*(?:\r?\n|$)/.exec(text);
	return match ? match[0].length : 0;
}
function hasImport(text, wanted) {
	if ("module" in wanted) return new RegExp(`^import\\s+(?:[\\w.]+\\s*,\\s*)*${wanted.module.replace(".", "\\.")}(?:\\s|,|$)`, "m").test(text);
	const existing = new RegExp(`^from\\s+${wanted.from.replace(".", "\\.")}\\s+import\\s+(.+)$`, "m").exec(text);
	if (!existing) return false;
	const names = new Set((existing[1] ?? "").replace(/[()]/g, "").split(",").map((name) => name.trim().split(/\s+as\s+/)[0]));
	return wanted.names.every((name) => names.has(name));
}
function pythonImportEdits(text, imports, newline, localModules = /* @__PURE__ */ new Set()) {
	const edits = [];
	const missing = [];
	for (const wanted of imports) if (!hasImport(text, wanted)) missing.push(wanted);
	if (missing.length === 0) return edits;
	const lines = text.split("\n");
	const starts = lineStarts(text);
	const additions = [];
	const fromGroups = /* @__PURE__ */ new Map();
	for (const wanted of missing) if ("module" in wanted) {
		if (!additions.includes(`import ${wanted.module}`)) additions.push(`import ${wanted.module}`);
	} else {
		const group = fromGroups.get(wanted.from) ?? /* @__PURE__ */ new Set();
		wanted.names.forEach((name) => group.add(name));
		fromGroups.set(wanted.from, group);
	}
	for (const [module, names] of fromGroups) {
		const index = lines.findIndex((line) => new RegExp(`^from\\s+${module.replace(".", "\\.")}\\s+import\\s+[^(\\\\]+$`).test(line.replace(/\r$/, "")));
		if (index !== -1) {
			const line = lines[index].replace(/\r$/, "");
			const [, head, list, comment] = /^(from\s+\S+\s+import\s+)([^#]*?)(\s*#.*)?$/.exec(line) ?? [];
			const present = (list ?? "").split(",").map((name) => name.trim()).filter(Boolean);
			const added = [...names].filter((name) => !present.map((entry) => entry.split(/\s+as\s+/)[0]).includes(name));
			const merged = isSortedNames(present) ? [...present, ...added].sort(compareImportedNames) : [...present, ...added];
			const start = starts[index];
			edits.push({
				start,
				end: start + line.length,
				text: `${head}${merged.join(", ")}${comment ?? ""}`
			});
		} else additions.push(`from ${module} import ${[...names].join(", ")}`);
	}
	if (additions.length === 0) return edits;
	edits.push(...placeAdditions(text, lines, starts, additions, newline, localModules));
	return edits;
}
/** isort's and ruff's `order-by-type`: UPPER_CASE constants, then CamelCase classes, then the rest, each by name. */
function compareImportedNames(a, b) {
	const rank = (name) => /^[A-Z0-9_]+$/.test(name) && /[A-Z]/.test(name) ? 0 : /^[A-Z]/.test(name) ? 1 : 2;
	return rank(a) - rank(b) || (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
}
function isSortedNames(names) {
	return names.every((name, index) => index === 0 || compareImportedNames(names[index - 1], name) <= 0);
}
/** isort/ruff sections, in file order: `__future__`, standard library, third party, first party/local. */
function sectionOf(module, localModules) {
	if (module === "__future__") return 0;
	if (module.startsWith(".") || localModules.has(module.split(".")[0])) return 3;
	return isStdlibModule(module) ? 1 : 2;
}
var IMPORT_MODULE = /^(?:import\s+([\w.]+)|from\s+(\.*[\w.]*)\s+import\b)/;
/** isort's default order inside a section: `import x` lines before `from x import` lines, then by module. */
var sortKey = (line) => {
	const match = IMPORT_MODULE.exec(line);
	return `${line.startsWith("from") ? 1 : 0}${(match?.[1] ?? match?.[2] ?? "").toLowerCase()}`;
};
/** The leading block of top-level imports (after the docstring), with comments and blank lines between them. */
function leadingImports(lines, starts, from, localModules) {
	const entries = [];
	for (let index = 0; index < lines.length; index++) {
		if (starts[index] < from) continue;
		const line = lines[index].replace(/\r$/, "");
		if (IMPORT_LINE.test(line) || /^from\s+\S+\s+import\s*\($/.test(line)) {
			const first = index;
			if (line.includes("(") && !line.includes(")")) while (index + 1 < lines.length && !lines[index].includes(")")) index++;
			while (index + 1 < lines.length && /\\\r?$/.test(lines[index])) index++;
			const match = IMPORT_MODULE.exec(line);
			entries.push({
				first,
				after: index + 1,
				section: sectionOf(match?.[1] ?? match?.[2] ?? "", localModules),
				key: sortKey(line)
			});
		} else if (line.trim() !== "" && !line.startsWith("#")) break;
	}
	return entries;
}
/**
* Where isort or ruff would put each new import: sorted into its own section when the file has one,
* else as a new section (blank lines around it) between the sections before and after it. A module
* docstring and `from __future__` imports stay first.
*/
function placeAdditions(text, lines, starts, additions, newline, localModules) {
	const edits = [];
	const offsetOf = (line) => starts[line] ?? text.length;
	const entries = leadingImports(lines, starts, docstringEnd(text), localModules);
	const bySection = /* @__PURE__ */ new Map();
	for (const line of [...additions].sort((a, b) => sortKey(a) < sortKey(b) ? -1 : 1)) {
		const section = sectionOf(IMPORT_MODULE.exec(line)?.[1] ?? IMPORT_MODULE.exec(line)?.[2] ?? "", localModules);
		bySection.set(section, [...bySection.get(section) ?? [], line]);
	}
	const endPrefix = (at) => at === text.length && text.length > 0 && !text.endsWith("\n") ? newline : "";
	for (const [section, group] of bySection) {
		const own = entries.filter((entry) => entry.section === section);
		if (own.length > 0) {
			for (const line of group) {
				const next = own.find((entry) => entry.key > sortKey(line));
				const at = next ? offsetOf(next.first) : offsetOf(own.at(-1).after);
				edits.push({
					start: at,
					end: at,
					text: `${endPrefix(at)}${line}${newline}`
				});
			}
			continue;
		}
		const block = group.join(newline);
		const before = entries.filter((entry) => entry.section < section).at(-1);
		const after = entries.find((entry) => entry.section > section);
		if (before) {
			const at = offsetOf(before.after);
			const followedByImport = after !== void 0 && after.first === before.after;
			edits.push({
				start: at,
				end: at,
				text: `${endPrefix(at)}${newline}${block}${newline}${followedByImport ? newline : ""}`
			});
		} else if (after) {
			const at = offsetOf(after.first);
			edits.push({
				start: at,
				end: at,
				text: `${block}${newline}${newline}`
			});
		} else {
			const at = docstringEnd(text);
			edits.push({
				start: at,
				end: at,
				text: `${endPrefix(at)}${block}${newline}`
			});
		}
	}
	return edits;
}
// src/heal/plan.ts
/**
* Edits overlap when they touch the same characters. Two insertions at one point do not: they are
* applied in the order the fixes were planned (rule order, so deterministic), and the parse check
* still guards the result. `f(a)` + `, timeout=60` + `, max_tokens=1024` is the common case.
*/
function overlaps(a, b) {
	if (a.start === a.end || b.start === b.end) return a.start > b.start && a.start < b.end || b.start > a.start && b.start < a.end;
	return a.start < b.end && b.start < a.end;
}
function applyEdits(text, edits) {
	let result = "";
	let cursor = 0;
	for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
		result += text.slice(cursor, edit.start) + edit.text;
		cursor = edit.end;
	}
	return result + text.slice(cursor);
}
/** `localModules`: top-level names of the agent's own Python modules, so their imports sort as first party. */
function planFile(text, fixes, language, localModules) {
	const accepted = [];
	const applied = [];
	const dropped = [];
	for (const fix of fixes) {
		if (fix.edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) {
			dropped.push({
				fix,
				reason: "overlaps another fix in the same place"
			});
			continue;
		}
		accepted.push(...fix.edits);
		applied.push(fix);
	}
	let updated = applyEdits(text, accepted);
	const imports = applied.flatMap((fix) => fix.pythonImports ?? []);
	if (language === "python" && imports.length > 0) {
		const newline = text.includes("\r\n") ? "\r\n" : "\n";
		updated = applyEdits(updated, pythonImportEdits(updated, imports, newline, localModules));
	}
	return {
		original: text,
		updated,
		applied,
		dropped
	};
}
// src/heal/redacted-diff.ts
/**
* Unified diffs that never show a secret. The sensitive spans come from scanning each whole file
* (before and after the edit), not the diff text: a diff's 3 context lines can cut a private key
* in half, and half a key matches no detector. Every diff line that overlaps a span is masked.
*/
/** Masks one line of a file: the part of each span on it, merged where spans overlap. */
function maskLine(line, lineStart, spans) {
	const lineEnd = lineStart + line.length;
	const segments = [];
	for (const span of spans) {
		if (span.end <= lineStart || span.start >= lineEnd) continue;
		const start = Math.max(span.start, lineStart) - lineStart;
		const end = Math.min(span.end, lineEnd) - lineStart;
		const last = segments.at(-1);
		if (last && start < last.end) last.end = Math.max(last.end, end);
		else segments.push({
			start,
			end,
			text: span.start >= lineStart ? span.replacement : "…"
		});
	}
	let out = "";
	let cursor = 0;
	for (const segment of segments) {
		out += line.slice(cursor, segment.start) + segment.text;
		cursor = segment.end;
	}
	return out + line.slice(cursor);
}
/** A file's lines as the diff numbers them (split at `\n`, a `\r` kept), each masked where it must be. */
function maskedLines(text, file) {
	const spans = sensitiveSpans(text, file);
	const raw = text.split("\n");
	if (spans.length === 0) return {
		raw,
		masked: raw
	};
	let offset = 0;
	return {
		raw,
		masked: raw.map((line) => {
			const result = maskLine(line, offset, spans);
			offset += line.length + 1;
			return result;
		})
	};
}
/** The masked form of a diff line, or `…` should the diff ever number lines differently from the file. */
function shown(lines, index, content) {
	return lines.raw[index] === content ? lines.masked[index] : "…";
}
function redactedUnifiedDiff(file, before, after) {
	const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, "", "", { context: 3 });
	const old = maskedLines(before, file);
	const updated = maskedLines(after, file);
	for (const hunk of patch.hunks) {
		let oldLine = hunk.oldStart - 1;
		let newLine = hunk.newStart - 1;
		hunk.lines = hunk.lines.map((line) => {
			const marker = line[0];
			const content = line.slice(1);
			if (marker === " ") {
				const before = shown(old, oldLine++, content);
				const after = shown(updated, newLine++, content);
				return ` ${before !== content ? before : after}`;
			}
			if (marker === "-") return `-${shown(old, oldLine++, content)}`;
			if (marker === "+") return `+${shown(updated, newLine++, content)}`;
			return line;
		});
	}
	return formatPatch(patch);
}
// src/heal/heal.ts
var execFileAsync = promisify(execFile);
async function breaksSyntax(language, file, before, after) {
	if (language === "other") return false;
	const [old, updated] = await Promise.all([parseSource(language, file, before), parseSource(language, file, after)]);
	return Boolean(updated?.rootNode.hasError) && !old?.rootNode.hasError;
}
/** The change for a file heal will not touch: listed with its fixes and the reason, never read further. */
function refusedChange(base, reason) {
	return {
		...base,
		diff: "",
		updated: "",
		skipped: reason
	};
}
async function buildHealPlan(sources) {
	const files = [];
	const ensure = /* @__PURE__ */ new Map();
	const notes = [];
	const manifestChanges = [];
	for (const source of sources) {
		const byFile = /* @__PURE__ */ new Map();
		for (const planned of withDistinctEnvNames(source.fixes)) byFile.set(planned.absolutePath, [...byFile.get(planned.absolutePath) ?? [], planned]);
		for (const [absolutePath, planned] of [...byFile].sort(([a], [b]) => a < b ? -1 : 1)) {
			const base = {
				agent: source.agentPath,
				file: planned[0].file,
				absolutePath
			};
			const read = await readForEdit(absolutePath, source.agentRoot);
			if ("refused" in read) {
				files.push(refusedChange({
					...base,
					fixes: planned.map((entry) => ({
						ruleId: entry.ruleId,
						fingerprint: entry.fingerprint,
						description: entry.fix.description
					})),
					dropped: []
				}, read.refused));
				continue;
			}
			const original = read.file.text;
			const language = planned[0].language;
			const plan = planFile(original, planned.map((entry) => entry.fix), language, language === "python" ? await localPythonModules(absolutePath, source.agentRoot) : void 0);
			const change = {
				...base,
				diff: "",
				fixes: planned.filter((entry) => plan.applied.includes(entry.fix)).map((entry) => ({
					ruleId: entry.ruleId,
					fingerprint: entry.fingerprint,
					description: entry.fix.description
				})),
				dropped: plan.dropped.map(({ fix, reason }) => ({
					ruleId: planned.find((entry) => entry.fix === fix).ruleId,
					description: fix.description,
					reason
				})),
				updated: plan.updated
			};
			const bytes = encodeLike(read.file, plan.updated);
			if (typeof bytes === "string") change.skipped = bytes;
			else if (await breaksSyntax(language, absolutePath, original, plan.updated)) change.skipped = "the edited file would not parse; left untouched";
			else {
				change.diff = redactedUnifiedDiff(change.file, original, plan.updated);
				change.write = {
					agentRoot: source.agentRoot,
					read: read.file,
					bytes
				};
				for (const entry of planned.filter((item) => plan.applied.includes(item.fix))) for (const wanted of entry.fix.ensureLines ?? []) {
					const target = path.join(source.agentRoot, wanted.file);
					const record = ensure.get(target) ?? {
						agent: source.agentPath,
						agentRoot: source.agentRoot,
						reportPath: joinAgentPath(source.agentPath, wanted.file),
						lines: []
					};
					if (!record.lines.includes(wanted.line)) record.lines.push(wanted.line);
					ensure.set(target, record);
				}
			}
			files.push(change);
		}
		const healed = files.filter((change) => change.agent === source.agentPath && change.write && change.fixes.length > 0);
		notes.push(...rotationNotes(source, healed));
		const declared = await declarePackages(source, healed);
		notes.push(...declared.notes);
		if (declared.change) {
			manifestChanges.push(declared.change);
			for (const change of declared.needing) change.requires = [...change.requires ?? [], declared.change.absolutePath];
		}
	}
	files.push(...manifestChanges);
	for (const [absolutePath, wanted] of ensure) {
		const base = {
			agent: wanted.agent,
			file: wanted.reportPath,
			absolutePath,
			fixes: [],
			dropped: []
		};
		const read = await readForEdit(absolutePath, wanted.agentRoot, { missing: "empty" });
		if ("refused" in read) {
			files.push(refusedChange(base, read.refused));
			continue;
		}
		const original = read.file.text;
		const present = new Set(original.split(/\r?\n/).map((line) => line.split("=")[0]?.trim()));
		const missing = wanted.lines.filter((line) => !present.has(line.split("=")[0]));
		if (missing.length === 0) continue;
		const newline = original.includes("\r\n") ? "\r\n" : "\n";
		const updated = `${original}${original === "" || original.endsWith("\n") ? "" : newline}${missing.join(newline)}${newline}`;
		const bytes = encodeLike(read.file, updated);
		if (typeof bytes === "string") {
			files.push(refusedChange(base, bytes));
			continue;
		}
		files.push({
			...base,
			diff: redactedUnifiedDiff(wanted.reportPath, original, updated),
			updated,
			write: {
				agentRoot: wanted.agentRoot,
				read: read.file,
				bytes
			}
		});
	}
	return {
		files,
		notes,
		totals: totalsOf(files)
	};
}
/** Top-level names of the agent's own Python modules near a file, so their imports sort as first party. */
async function localPythonModules(file, agentRoot) {
	const names = /* @__PURE__ */ new Set();
	for (const folder of /* @__PURE__ */ new Set([
		path.dirname(file),
		agentRoot,
		path.join(agentRoot, "src")
	])) {
		const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
		for (const entry of entries) if (entry.isFile() && entry.name.endsWith(".py")) names.add(entry.name.slice(0, -3));
		else if (entry.isDirectory() && /^[A-Za-z_]\w*$/.test(entry.name)) names.add(entry.name);
	}
	return names;
}
/**
* A key moved to an environment variable is still in every clone and in git history: it must be
* rotated. One note per variable.
*/
function rotationNotes(source, healed) {
	const notes = [];
	const seen = /* @__PURE__ */ new Set();
	for (const change of healed) for (const planned of source.fixes) {
		const env = planned.fix.env;
		if (!env || planned.absolutePath !== change.absolutePath || !change.fixes.some((fix) => fix.fingerprint === planned.fingerprint) || seen.has(env.name)) continue;
		seen.add(env.name);
		const name = change.fixes.find((fix) => fix.fingerprint === planned.fingerprint).description.match(/read (\S+) from/)?.[1] ?? env.name;
		notes.push({
			agent: source.agentPath,
			kind: "rotate-secret",
			text: `Rotate the key now read from ${name} (${change.file}): moving it out of the code does not remove it from git history or from existing clones. Revoke it with the provider and put the new one only in the environment.`
		});
	}
	return notes;
}
var MANIFESTS = ["pyproject.toml", "requirements.txt"];
/**
* Declares, in the agent's manifest, every third-party package an applied fix imports and the
* manifest lacks (`tenacity>=8.2,<10`). pyproject.toml when it lists dependencies ([project] or
* Poetry), else requirements.txt. With no manifest, or a package heal has no bound for, a note says so.
*/
async function declarePackages(source, healed) {
	const notes = [];
	const wanted = /* @__PURE__ */ new Map();
	for (const change of healed) {
		const applied = new Set(change.fixes.map((fix) => fix.fingerprint));
		const modules = source.fixes.filter((planned) => planned.absolutePath === change.absolutePath && applied.has(planned.fingerprint)).flatMap((planned) => (planned.fix.pythonImports ?? []).map((wantedImport) => "module" in wantedImport ? wantedImport.module : wantedImport.from));
		for (const module of new Set(modules)) {
			const pkg = packageForModule(module);
			if (pkg === null) continue;
			if (pkg === void 0) {
				notes.push({
					agent: source.agentPath,
					kind: "undeclared-package",
					text: `${change.file} now imports ${module}: declare its package, with a version range, in the agent's manifest.`
				});
				continue;
			}
			const entry = wanted.get(pkg.name) ?? {
				pkg,
				files: []
			};
			entry.files.push(change);
			wanted.set(pkg.name, entry);
		}
	}
	if (wanted.size === 0) return {
		needing: [],
		notes
	};
	const manifests = [];
	const refused = [];
	for (const name of MANIFESTS) {
		const absolutePath = path.join(source.agentRoot, name);
		if (!await lstat(absolutePath).catch(() => void 0)) continue;
		const read = await readForEdit(absolutePath, source.agentRoot);
		if ("refused" in read) {
			refused.push(`${name}: ${read.refused}`);
			continue;
		}
		const kind = name === "requirements.txt" ? "requirements" : pyprojectKind(read.file.text);
		if (kind) manifests.push({
			name,
			kind,
			absolutePath,
			read
		});
	}
	const missing = [...wanted.values()].filter(({ pkg }) => !manifests.some((manifest) => declaredPackages(manifest.kind, manifest.read.file.text).has(normalizePypiName(pkg.name))));
	if (missing.length === 0) return {
		needing: [],
		notes
	};
	const target = manifests[0];
	const updated = target ? withPackages(target.kind, target.read.file.text, missing.map(({ pkg }) => pkg)) : void 0;
	const bytes = target && updated !== void 0 ? encodeLike(target.read.file, updated) : void 0;
	if (!target || updated === void 0 || bytes === void 0 || typeof bytes === "string") {
		const why = refused.length > 0 ? `its manifest cannot be edited (${refused.join("; ")})` : "has no manifest listing dependencies (requirements.txt, or pyproject.toml with [project] dependencies or [tool.poetry.dependencies])";
		for (const { pkg, files } of missing) notes.push({
			agent: source.agentPath,
			kind: "undeclared-package",
			text: `${files.map((file) => file.file).join(", ")} now ${files.length === 1 ? "imports" : "import"} ${pkg.name}, but the agent ${why}: add ${pkg.name}${pkg.bound} where its dependencies are declared.`
		});
		return {
			needing: [],
			notes
		};
	}
	const reportPath = joinAgentPath(source.agentPath, target.name);
	return {
		change: {
			agent: source.agentPath,
			file: reportPath,
			absolutePath: target.absolutePath,
			fixes: [],
			dropped: [],
			diff: redactedUnifiedDiff(reportPath, target.read.file.text, updated),
			updated,
			write: {
				agentRoot: source.agentRoot,
				read: target.read.file,
				bytes
			}
		},
		needing: [...new Set(missing.flatMap(({ files }) => files))],
		notes
	};
}
function totalsOf(files, dropped) {
	const active = files.filter((change) => !change.skipped && change.diff !== "");
	return {
		fixes: active.reduce((total, change) => total + change.fixes.length, 0),
		files: active.length,
		dropped: dropped ?? files.reduce((total, change) => total + change.dropped.length, 0),
		skippedFiles: files.filter((change) => change.skipped).length
	};
}
/** What `--force` overrides, said once for every message that offers it. */
var FORCE_HINT = "pass --force to heal anyway";
/**
* Decides which planned files may change: never a file with uncommitted git changes, nor one git
* cannot answer for (dubious ownership, a broken index), unless `force`; and at most `maxFixFiles`
* files ("blast radius"); the rest wait for the next run. `--force` overrides only the git checks:
* links, FIFOs, read-only files and files outside the agent are refused whatever the flags.
*/
async function limitHealPlan(plan, options) {
	const counted = /* @__PURE__ */ new Set();
	const required = new Set(plan.files.flatMap((change) => change.requires ?? []));
	for (const change of plan.files) {
		if (change.skipped || change.diff === "") continue;
		const git = options.force ? void 0 : await gitStatusOf(change.absolutePath);
		const needs = required.has(change.absolutePath) ? [] : [change.absolutePath, ...change.requires ?? []].filter((file) => !counted.has(file));
		if (git?.state === "dirty") change.skipped = "has uncommitted changes in git; commit or stash them, or pass --force";
		else if (git?.state === "unknown") {
			change.gitProblem = `git cannot tell whether ${change.file} has uncommitted changes (${git.problem})`;
			change.skipped = `${change.gitProblem}; ${FORCE_HINT}`;
		} else if (options.maxFixFiles !== void 0 && needs.length > 0 && counted.size + needs.length > options.maxFixFiles) change.skipped = `over max_fix_files (${options.maxFixFiles}); heal again to continue`;
		else needs.forEach((file) => counted.add(file));
	}
	skipWithoutRequirements(plan.files);
	plan.totals = totalsOf(plan.files);
	return plan;
}
/**
* A file whose new import needs a manifest entry is not healed without it (an import of an undeclared
* package would break a fresh install); a manifest no healed file needs any more is not changed.
*/
function skipWithoutRequirements(files) {
	const active = (change) => change !== void 0 && !change.skipped && change.diff !== "";
	const byPath = new Map(files.map((change) => [change.absolutePath, change]));
	for (const change of files) {
		if (!active(change)) continue;
		const missing = (change.requires ?? []).map((file) => byPath.get(file)).find((required) => !active(required));
		if (missing) change.skipped = `needs ${missing.file}, which is skipped (${missing.skipped ?? "not planned"})`;
	}
	for (const change of files) {
		const needed = files.some((other) => active(other) && other.requires?.includes(change.absolutePath));
		if (active(change) && change.fixes.length === 0 && files.some((other) => other.requires?.includes(change.absolutePath)) && !needed) change.skipped = "no healed file needs it any more";
	}
}
/**
* Writes every file the plan may change, each through a temporary file and a rename, in its own
* encoding, mode and owner. Refuses to write anything (exit 3) when git could not answer for a file:
* a guard that cannot run is not a guard that passed. A file that changed since it was read, or
* whose owner cannot be kept, is skipped with the reason.
*/
async function applyHealPlan(plan) {
	const blocked = plan.files.find((change) => change.gitProblem);
	if (blocked) throw new CockpitError(`--heal: ${blocked.gitProblem}; nothing was changed. Fix git (e.g. git config --global --add safe.directory for a checkout another user owns) or ${FORCE_HINT}`);
	for (const change of plan.files) {
		if (change.skipped || change.diff === "" || !change.write) continue;
		try {
			const refused = await writeLikeOriginal(change.absolutePath, change.write.agentRoot, change.write.read, change.write.bytes);
			if (refused) change.skipped = refused;
		} catch (error) {
			change.skipped = `cannot be written (${errorMessage(error).split("\n")[0]}); left untouched`;
		}
	}
	plan.totals = totalsOf(plan.files);
	return plan;
}
/**
* `--heal --branch NAME`: a new branch with one commit holding exactly the healed files, its message
* listing the fixes, so a pull request can be opened from it. The working tree stays on that branch.
*/
async function commitHealBranch(root, branch, plan) {
	const changed = plan.files.filter((change) => !change.skipped && change.diff !== "");
	const git = (...args) => execFileAsync("git", args, { cwd: root });
	try {
		await git("rev-parse", "--is-inside-work-tree");
	} catch {
		throw new CockpitError(`--branch: ${root} is not inside a git checkout`);
	}
	try {
		await git("check-ref-format", "--branch", branch);
		await git("switch", "-c", branch);
	} catch (error) {
		throw new CockpitError(`--branch: cannot create branch '${branch}' (${errorMessage(error).split("\n")[0]})`);
	}
	if (changed.length === 0) return branch;
	await git("add", "--", ...changed.map((change) => change.absolutePath));
	const lines = changed.flatMap((change) => change.fixes.map((fix) => `- ${change.file}: ${fix.ruleId}: ${fix.description}`));
	const message = `Heal ${lines.length || changed.length} cockpit findings\n\n${lines.join("\n")}\n`;
	await git(...await git("config", "user.email").then(() => [], () => [
		"-c",
		"user.name=AgentOps Cockpit",
		"-c",
		"user.email=cockpit@localhost"
	]), "commit", "-q", "-m", message, "--", ...changed.map((change) => change.absolutePath));
	return branch;
}
export { applyHealPlan, buildHealPlan, commitHealBranch, limitHealPlan };
