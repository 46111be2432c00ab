// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as parseHttpUrl } from "./chunk-http-url.js";
import { t as lazyRequire } from "./chunk-lazy-require.js";
import { t as LineIndex } from "./chunk-line-index.js";
import { t as normalizePypiName } from "./chunk-pypi-name.js";
import path, { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { readFileSync, realpathSync, statSync } from "node:fs";
// src/registry/manifests/locate-json.ts
/**
* JSON.parse drops positions, so this scans the (already validated) text once and records the line
* of every object key by its path. Paths are joined with NUL, which JSON keys practically never contain.
*/
var JsonLocator = class {
	lines = /* @__PURE__ */ new Map();
	constructor(text) {
		const path = [];
		const stack = [];
		let line = 1;
		let key = "";
		for (let i = 0; i < text.length; i++) {
			const c = text[i];
			if (c === "\n") line++;
			else if (c === "\"") {
				let j = i + 1;
				while (j < text.length && text[j] !== "\"") j += text[j] === "\\" ? 2 : 1;
				const top = stack[stack.length - 1];
				if (top?.obj && top.expectKey) {
					key = decode(text.slice(i, j + 1));
					top.expectKey = false;
					const at = [...path, key].join("\0");
					if (!this.lines.has(at)) this.lines.set(at, line);
				}
				i = j;
			} else if (c === "{" || c === "[") {
				const top = stack[stack.length - 1];
				if (top) path.push(top.obj ? key : String(top.index));
				stack.push({
					obj: c === "{",
					expectKey: c === "{",
					index: 0
				});
			} else if (c === "}" || c === "]") {
				stack.pop();
				if (stack.length > 0) path.pop();
			} else if (c === ",") {
				const top = stack[stack.length - 1];
				if (top?.obj) top.expectKey = true;
				else if (top) top.index++;
			}
		}
	}
	/** Line of the key at `path`, else of its nearest located ancestor, else 1. */
	line(path) {
		for (let n = path.length; n > 0; n--) {
			const found = this.lines.get(path.slice(0, n).join("\0"));
			if (found !== void 0) return found;
		}
		return 1;
	}
};
function decode(literal) {
	try {
		return JSON.parse(literal);
	} catch {
		return literal.slice(1, -1);
	}
}
// src/registry/manifests/names.ts
/** PEP 508 project name. */
var PYPI_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** Registry-independent npm name check (scoped or not); loose on case because old packages have capitals. */
var NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/i;
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
// src/registry/manifests/npm-spec.ts
var EXACT = /^[=v]?\s*(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
var DIRECT = /^(?:workspace:|file:|link:|portal:|patch:|git\+|git:|github:|gitlab:|bitbucket:|gist:|https?:|\.{0,2}\/|~\/)/;
/**
* Classifies a package.json value. Semver ranges never contain '/', so anything with one left after
* the protocol checks is a `user/repo` GitHub shorthand or a path.
*/
function classifyNpmSpec(key, raw) {
	const spec = raw.trim();
	if (spec.startsWith("npm:")) {
		const target = spec.slice(4);
		const at = target.indexOf("@", 1);
		const name = at < 0 ? target : target.slice(0, at);
		return {
			...classifyNpmSpec(name, at < 0 ? "" : target.slice(at + 1)),
			name
		};
	}
	if (DIRECT.test(spec) || spec.includes("/") || /\.(?:tgz|tar\.gz)$/.test(spec)) return {
		name: key,
		specifier: spec,
		pinned: false,
		direct: true
	};
	const exact = EXACT.exec(spec);
	return exact?.[1] ? {
		name: key,
		specifier: spec,
		pinned: true,
		version: exact[1],
		direct: false
	} : {
		name: key,
		specifier: spec,
		pinned: false,
		direct: false
	};
}
/**
* The registry a tarball came from: the URL up to the package path (`…/name/-/name-1.0.0.tgz`, scoped names
* possibly %2f-encoded), so Artifactory-style path prefixes survive; else the origin.
*/
function registryOf(resolved, name) {
	const url = parseHttpUrl(resolved);
	if (!url) return void 0;
	for (const form of [
		`/${name}/-/`,
		`/${name.replace("/", "%2f")}/-/`,
		`/${name.replace("/", "%2F")}/-/`
	]) {
		const at = resolved.indexOf(form);
		if (at > 0) return resolved.slice(0, at + 1);
	}
	const idx = resolved.indexOf("/-/");
	if (idx > 0) {
		const head = resolved.slice(0, idx);
		const cut = head.lastIndexOf("/");
		const scoped = head.slice(0, cut).lastIndexOf("/@");
		const base = scoped >= 0 && scoped > head.indexOf("://") + 2 ? head.slice(0, scoped + 1) : head.slice(0, cut + 1);
		if (base.length > url.origin.length) return base;
	}
	return `${url.origin}/`;
}
// src/registry/manifests/types.ts
var emptyResult = () => ({
	dependencies: [],
	issues: [],
	indexes: []
});
// src/registry/manifests/parse.ts
var toml = lazyRequire("smol-toml");
function safeParseToml(text, file) {
	const { parse: parseToml, TomlError } = toml();
	try {
		return {
			ok: true,
			doc: parseToml(text)
		};
	} catch (err) {
		const line = err instanceof TomlError ? err.line : 1;
		return {
			ok: false,
			issue: {
				file,
				line,
				message: `invalid TOML at line ${line}${err instanceof TomlError ? `, column ${err.column}` : ""}`
			}
		};
	}
}
function safeParseJson(text, file) {
	let doc;
	try {
		doc = JSON.parse(stripBom(text));
	} catch (err) {
		const line = jsonErrorLine(text, err instanceof Error ? err.message : "");
		return {
			ok: false,
			issue: {
				file,
				line,
				message: `invalid JSON at line ${line}`
			}
		};
	}
	if (!isRecord(doc)) return {
		ok: false,
		issue: {
			file,
			line: 1,
			message: "expected a JSON object"
		}
	};
	return {
		ok: true,
		doc
	};
}
/** The empty result a manifest reader fills, and the parsed document: none when parsing failed, which the result then reports. */
function startManifest(parsed) {
	const result = emptyResult();
	if (!parsed.ok) {
		result.issues.push(parsed.issue);
		return { result };
	}
	return {
		result,
		doc: parsed.doc
	};
}
var stripBom = (text) => text.charCodeAt(0) === 65279 ? text.slice(1) : text;
/** Node 20 says "at position N", newer V8 adds "(line L column C)"; end of input means the last line. */
function jsonErrorLine(text, message) {
	const byLine = /line (\d+) column \d+/.exec(message);
	if (byLine) return Number(byLine[1]);
	const byPos = /position (\d+)/.exec(message);
	const end = byPos ? Math.min(Number(byPos[1]), text.length) : text.length;
	let line = 1;
	for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
	if (end === text.length && text.endsWith("\n") && line > 1) line--;
	return line;
}
// src/registry/manifests/package-json.ts
var SECTIONS = [
	"dependencies",
	"devDependencies",
	"optionalDependencies",
	"peerDependencies"
];
function readPackageJson(text, file) {
	const { result, doc } = startManifest(safeParseJson(text, file));
	if (!doc) return result;
	const loc = new JsonLocator(stripBom(text));
	for (const section of SECTIONS) {
		const deps = doc[section];
		if (deps === void 0) continue;
		if (!isRecord(deps)) {
			result.issues.push({
				file,
				line: loc.line([section]),
				message: `${section} must be an object`
			});
			continue;
		}
		for (const [key, value] of Object.entries(deps)) {
			const line = loc.line([section, key]);
			if (typeof value !== "string") {
				result.issues.push({
					file,
					line,
					message: `line ${line}: ${section}.${key} must be a string`
				});
				continue;
			}
			const spec = classifyNpmSpec(key, value);
			if (!NPM_NAME.test(key) || !NPM_NAME.test(spec.name)) {
				result.issues.push({
					file,
					line,
					message: `line ${line}: invalid package name in ${section}`
				});
				continue;
			}
			const dep = {
				ecosystem: "npm",
				name: spec.name,
				specifier: spec.specifier,
				pinned: spec.pinned,
				source: {
					file,
					line
				},
				group: section
			};
			if (spec.version) dep.version = spec.version;
			if (spec.direct) dep.direct = true;
			if (spec.name !== key) dep.alias = key;
			if (section === "devDependencies") dep.dev = true;
			result.dependencies.push(dep);
		}
	}
	const publish = doc["publishConfig"];
	if (isRecord(publish)) for (const [key, url] of Object.entries(publish)) {
		if (typeof url !== "string") continue;
		const source = {
			file,
			line: loc.line(["publishConfig", key])
		};
		if (key === "registry") result.indexes.push({
			url,
			kind: "registry",
			source
		});
		else if (/^@[^:]+:registry$/.test(key)) result.indexes.push({
			url,
			kind: "scoped-registry",
			scope: key.slice(0, key.indexOf(":")),
			source
		});
	}
	return result;
}
// src/registry/manifests/package-lock.ts
/** package-lock.json / npm-shrinkwrap.json: v2/v3 `packages` map, else v1 nested `dependencies`. */
function readPackageLock(text, file) {
	const { result, doc } = startManifest(safeParseJson(text, file));
	if (!doc) return result;
	const loc = new JsonLocator(stripBom(text));
	const registries = /* @__PURE__ */ new Set();
	const add = (name, entry, path, installedAs) => {
		const line = loc.line(path);
		const rawVersion = typeof entry["version"] === "string" ? entry["version"] : "";
		const spec = classifyNpmSpec(name, rawVersion);
		const resolved = typeof entry["resolved"] === "string" ? entry["resolved"] : void 0;
		const fromRegistry = resolved === void 0 || /^https?:/.test(resolved) && resolved.includes("/-/");
		const direct = spec.direct || entry["link"] === true || !fromRegistry;
		const dep = {
			ecosystem: "npm",
			name: spec.name,
			specifier: direct ? resolved ?? rawVersion : spec.specifier,
			pinned: !direct && spec.version !== void 0,
			source: {
				file,
				line
			}
		};
		if (!direct && spec.version) dep.version = spec.version;
		if (direct) dep.direct = true;
		if (entry["dev"] === true) dep.dev = true;
		if (installedAs && installedAs !== dep.name) dep.alias = installedAs;
		result.dependencies.push(dep);
		const registry = resolved && !direct ? registryOf(resolved, spec.name) : void 0;
		if (registry && !registries.has(registry)) {
			registries.add(registry);
			result.indexes.push({
				url: registry,
				kind: "registry",
				source: {
					file,
					line: loc.line([...path, "resolved"])
				}
			});
		}
	};
	const packages = doc["packages"];
	if (isRecord(packages)) {
		for (const [key, entry] of Object.entries(packages)) {
			const at = key.lastIndexOf("node_modules/");
			if (at < 0) continue;
			if (!isRecord(entry)) {
				result.issues.push({
					file,
					line: loc.line(["packages", key]),
					message: `packages["${key}"] must be an object`
				});
				continue;
			}
			const installedAs = key.slice(at + 13);
			add(typeof entry["name"] === "string" ? entry["name"] : installedAs, entry, ["packages", key], installedAs);
		}
		return result;
	}
	const walk = (deps, path) => {
		if (!isRecord(deps)) return;
		for (const [name, entry] of Object.entries(deps)) {
			if (!isRecord(entry)) {
				result.issues.push({
					file,
					line: loc.line([...path, name]),
					message: `dependencies["${name}"] must be an object`
				});
				continue;
			}
			add(name, entry, [...path, name]);
			walk(entry["dependencies"], [
				...path,
				name,
				"dependencies"
			]);
		}
	};
	walk(doc["dependencies"], ["dependencies"]);
	return result;
}
// src/registry/manifests/locate-toml.ts
/** The name starts and ends with a non-blank, so blanks around it have one way to match (a lazy name was quadratic). */
var HEADER = /^[ \t]*\[\[?[ \t]*([^\]\s](?:[^\]]*[^\]\s])?)[ \t]*\]\]?[ \t]*(?:#.*)?$/;
var KEY_BEFORE = /[\s{,.]/;
var BARE_KEY = /^[A-Za-z0-9_-]+$/;
var LINE_BREAK = /[\n\r\u2028\u2029]/;
/**
* The first `key`, `"key"` or `'key'` at or after `from` that starts a line or follows a blank, `{`,
* `,` or `.`, and is followed by blanks and `=` or `.`. Searched with indexOf: a pattern built from a
* key was too large to compile for a long key, and rescanned near-misses.
*/
function findKey(text, key, from) {
	let best;
	for (const literal of [
		...BARE_KEY.test(key) ? [key] : [],
		`"${key}"`,
		`'${key}'`
	]) for (let at = text.indexOf(literal, from); at >= 0 && (!best || at < best.offset); at = text.indexOf(literal, at + 1)) {
		const before = at === 0 ? "" : text[at - 1];
		const separated = at - 1 >= from && KEY_BEFORE.test(before);
		if (!separated && at !== 0 && !LINE_BREAK.test(before)) continue;
		let next = at + literal.length;
		while (text[next] === " " || text[next] === "	") next++;
		if (text[next] !== "=" && text[next] !== ".") continue;
		best = {
			offset: at,
			matchStart: separated ? at - 1 : at
		};
		break;
	}
	return best;
}
/**
* smol-toml gives no positions, so entries are found again in the text: first the table header
* (longest defined prefix of the path, n-th occurrence for arrays of tables), then each remaining
* key, then the quoted value. Per-array cursors keep duplicate values on successive lines.
*/
var TomlLocator = class {
	text;
	lines;
	tables = /* @__PURE__ */ new Map();
	cursors = /* @__PURE__ */ new Map();
	firstHeader;
	constructor(text) {
		this.text = text;
		this.lines = new LineIndex(text);
		const headers = [];
		for (let line = 1; line <= this.lines.lineCount; line++) {
			const start = this.lines.lineStart(line);
			const end = this.lines.lineStart(line + 1);
			const m = HEADER.exec(text.slice(start, end).replace(/\r?\n$/, ""));
			if (m?.[1]) headers.push({
				offset: start,
				path: splitKey(m[1]).join("\0")
			});
		}
		this.firstHeader = headers[0]?.offset ?? text.length;
		headers.forEach((h, i) => {
			const range = {
				start: h.offset,
				end: headers[i + 1]?.offset ?? text.length,
				hasHeader: true
			};
			const list = this.tables.get(h.path) ?? [];
			list.push(range);
			this.tables.set(h.path, list);
		});
	}
	/** 1-based line where `table` (its `occurrence`-th instance) + `keys` is defined. */
	keyLine(table, keys = [], occurrence = 0) {
		return this.lineOf(this.anchor(table, keys, occurrence).offset);
	}
	/** 1-based line of the quoted `literal` inside the array/value at table + keys. */
	valueLine(table, keys, literal, occurrence = 0) {
		const { offset, end } = this.anchor(table, keys, occurrence);
		const cursorKey = [
			...table,
			String(occurrence),
			...keys
		].join("\0");
		const from = Math.max(offset, this.cursors.get(cursorKey) ?? 0);
		const probes = [literal, literal.split(/["'\\]/)[0] ?? ""].filter((p) => p !== "");
		for (const probe of probes) for (const q of ["\"", "'"]) {
			const at = this.text.indexOf(q + probe, from);
			if (at >= 0 && at < end) {
				this.cursors.set(cursorKey, at + 1);
				return this.lineOf(at);
			}
		}
		return this.lineOf(offset);
	}
	anchor(table, keys, occurrence) {
		const full = [...table, ...keys];
		let range = {
			start: 0,
			end: this.firstHeader,
			hasHeader: false
		};
		let rest = full;
		const own = this.tables.get(table.join("\0"));
		const after = own?.[occurrence]?.start ?? 0;
		const before = own?.[occurrence + 1]?.start ?? Infinity;
		for (let k = full.length; k > 0; k--) {
			const list = this.tables.get(full.slice(0, k).join("\0"));
			const found = k === table.length ? list?.[occurrence] : k > table.length ? list?.find((r) => r.start >= after && r.start < before) : list?.[0];
			if (found) {
				range = found;
				rest = full.slice(k);
				break;
			}
		}
		let offset = range.start;
		let from = range.hasHeader ? this.text.indexOf("\n", range.start) + 1 || range.end : range.start;
		for (const key of rest) {
			const found = findKey(this.text, key, from);
			if (!found || found.matchStart >= range.end) break;
			offset = found.offset;
			from = offset + 1;
		}
		return {
			offset,
			end: range.end
		};
	}
	lineOf(offset) {
		return this.lines.position(offset).line;
	}
};
/**
* The parts of a dotted key (`tool.poetry."my.group"`), quoted parts kept as written. A loop rather
* than a global pattern: a header-like line inside a multi-line string may open a quote it never
* closes, and a pattern rescanned the rest of the line from every such quote (quadratic).
*/
function splitKey(raw) {
	const parts = [];
	const unclosed = /* @__PURE__ */ new Set();
	for (let i = 0; i < raw.length;) {
		const c = raw[i];
		if ((c === "\"" || c === "'") && !unclosed.has(c)) {
			let j = i + 1;
			while (j < raw.length && raw[j] !== c) j += c === "\"" && raw[j] === "\\" ? 2 : 1;
			if (j < raw.length) {
				parts.push(raw.slice(i + 1, j));
				i = j + 1;
				continue;
			}
			unclosed.add(c);
			i++;
			continue;
		}
		if (/[A-Za-z0-9_-]/.test(c)) {
			let j = i + 1;
			while (j < raw.length && /[A-Za-z0-9_-]/.test(raw[j])) j++;
			parts.push(raw.slice(i, j));
			i = j;
			continue;
		}
		i++;
	}
	return parts;
}
// src/registry/manifests/pep508.ts
var NAME_PREFIX = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
var CLAUSE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*([A-Za-z0-9_.*+!-]+)\s*$/;
var URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
/**
* Hand-written rather than a dependency: only the shape is needed (name, extras, spec, URL, marker),
* markers are kept as text and only checked for balance.
*/
function parseRequirement(input) {
	const text = input.trim();
	const nameMatch = NAME_PREFIX.exec(text);
	if (!nameMatch) return {
		ok: false,
		error: "expected a package name"
	};
	const name = normalizePypiName(nameMatch[0]);
	let rest = text.slice(nameMatch[0].length).trimStart();
	const extras = [];
	if (rest.startsWith("[")) {
		const close = rest.indexOf("]");
		if (close < 0) return {
			ok: false,
			error: "unclosed extras bracket"
		};
		for (const raw of rest.slice(1, close).split(",")) {
			const extra = raw.trim();
			if (extra === "") continue;
			if (!PYPI_NAME.test(extra)) return {
				ok: false,
				error: `invalid extra "${extra}"`
			};
			extras.push(normalizePypiName(extra));
		}
		rest = rest.slice(close + 1).trimStart();
	}
	if (rest.startsWith("@")) {
		const body = rest.slice(1).trim();
		const sep = body.search(/(?<=\s);/);
		const url = sep < 0 ? body : body.slice(0, sep).trimEnd();
		if (!URI.test(url)) return {
			ok: false,
			error: "expected a URL after \"@\""
		};
		const marker = sep < 0 ? void 0 : checkMarker(body.slice(sep + 1));
		if (typeof marker === "object") return marker;
		return {
			ok: true,
			value: {
				name,
				extras,
				specifier: "",
				url,
				...marker !== void 0 ? { marker } : {}
			}
		};
	}
	const semi = rest.indexOf(";");
	let spec = (semi < 0 ? rest : rest.slice(0, semi)).trim();
	if (spec.startsWith("(") && spec.endsWith(")")) spec = spec.slice(1, -1).trim();
	if (spec !== "") {
		for (const clause of spec.split(",")) if (!CLAUSE.test(clause)) return {
			ok: false,
			error: `invalid version specifier "${clause.trim()}"`
		};
	}
	const marker = semi < 0 ? void 0 : checkMarker(rest.slice(semi + 1));
	if (typeof marker === "object") return marker;
	return {
		ok: true,
		value: {
			name,
			extras,
			specifier: spec,
			...marker !== void 0 ? { marker } : {}
		}
	};
}
function checkMarker(raw) {
	const marker = raw.trim();
	if (marker === "") return {
		ok: false,
		error: "empty environment marker"
	};
	let depth = 0;
	let quote;
	for (const c of marker) if (quote) {
		if (c === quote) quote = void 0;
	} else if (c === "\"" || c === "'") quote = c;
	else if (c === "(") depth++;
	else if (c === ")" && --depth < 0) break;
	if (quote || depth !== 0) return {
		ok: false,
		error: "unbalanced environment marker"
	};
	if (!/^[(\s]*([a-z_]+|["'])/.test(marker)) return {
		ok: false,
		error: "invalid environment marker"
	};
	return marker;
}
/** A single `==X` / `===X` clause without wildcard is a pin. */
function pinOf(specifier) {
	if (specifier.includes(",")) return void 0;
	const m = CLAUSE.exec(specifier);
	if (!m || m[1] !== "==" && m[1] !== "===" || m[2]?.includes("*")) return void 0;
	return m[2];
}
// src/registry/manifests/poetry.ts
/** Poetry's bare `1.2.3` (or `==1.2.3`) is an exact pin; `^`, `~`, `*`, ranges are not. */
function poetryPin(spec) {
	return /^(?:==)?\s*(\d[A-Za-z0-9.+!_-]*)$/.exec(spec.trim())?.[1];
}
/** [tool.poetry] dependencies, legacy dev-dependencies, group dependencies, and [[tool.poetry.source]]. */
function readPoetry(poetry, file, loc, result) {
	const base = ["tool", "poetry"];
	readTable(poetry["dependencies"], [...base, "dependencies"], {}, file, loc, result);
	readTable(poetry["dev-dependencies"], [...base, "dev-dependencies"], {
		dev: true,
		group: "dev"
	}, file, loc, result);
	const groups = poetry["group"];
	if (isRecord(groups)) for (const [group, body] of Object.entries(groups)) {
		if (!isRecord(body)) continue;
		readTable(body["dependencies"], [
			...base,
			"group",
			group,
			"dependencies"
		], {
			dev: true,
			group
		}, file, loc, result);
	}
	const sources = poetry["source"];
	if (!Array.isArray(sources)) return;
	sources.forEach((source, i) => {
		if (!isRecord(source) || typeof source["url"] !== "string") return;
		const priority = source["priority"];
		const primary = priority === void 0 ? source["secondary"] !== true : priority === "primary" || priority === "default";
		const name = typeof source["name"] === "string" ? source["name"] : void 0;
		result.indexes.push({
			url: source["url"],
			kind: primary || source["default"] === true ? "index-url" : "extra-index-url",
			...name ? { name } : {},
			source: {
				file,
				line: loc.keyLine([...base, "source"], ["url"], i)
			}
		});
	});
}
function readTable(table, path, extra, file, loc, result) {
	if (table === void 0) return;
	if (!isRecord(table)) {
		result.issues.push({
			file,
			line: loc.keyLine(path),
			message: `${path.join(".")} must be a table`
		});
		return;
	}
	for (const [rawName, value] of Object.entries(table)) {
		if (rawName.toLowerCase() === "python") continue;
		const line = loc.keyLine(path, [rawName]);
		if (!PYPI_NAME.test(rawName)) {
			result.issues.push({
				file,
				line,
				message: `line ${line}: invalid package name "${rawName}"`
			});
			continue;
		}
		const forms = Array.isArray(value) ? value : [value];
		for (const form of forms) {
			const dep = poetryDependency(normalizePypiName(rawName), form, {
				file,
				line
			});
			if (dep) result.dependencies.push({
				...dep,
				...extra
			});
			else result.issues.push({
				file,
				line,
				message: `line ${line}: unsupported dependency value for "${rawName}"`
			});
		}
	}
}
function poetryDependency(name, value, source) {
	if (typeof value === "string") {
		const version = poetryPin(value);
		return {
			ecosystem: "pypi",
			name,
			specifier: value,
			pinned: version !== void 0,
			...version ? { version } : {},
			source
		};
	}
	if (!isRecord(value)) return void 0;
	const dep = {
		ecosystem: "pypi",
		name,
		specifier: "",
		pinned: false,
		source
	};
	const direct = [
		"git",
		"url",
		"path",
		"file"
	].find((k) => typeof value[k] === "string");
	if (direct) {
		const ref = [
			"tag",
			"rev",
			"branch"
		].map((k) => value[k]).find((v) => typeof v === "string");
		dep.specifier = `${String(value[direct])}${ref ? `@${String(ref)}` : ""}`;
		dep.direct = true;
		if (value["develop"] === true) dep.editable = true;
	} else if (typeof value["version"] === "string") {
		dep.specifier = value["version"];
		const version = poetryPin(value["version"]);
		if (version) Object.assign(dep, {
			pinned: true,
			version
		});
	} else if (Object.keys(value).length === 0) return void 0;
	if (Array.isArray(value["extras"])) {
		const extras = value["extras"].filter((e) => typeof e === "string").map(normalizePypiName);
		if (extras.length > 0) dep.extras = extras;
	}
	if (typeof value["markers"] === "string") dep.marker = value["markers"];
	return dep;
}
// src/registry/manifests/pyproject.ts
/** PEP 621 [project], PEP 735 [dependency-groups], Poetry, and uv / Poetry package indexes. */
function readPyproject(text, file) {
	const { result, doc } = startManifest(safeParseToml(text, file));
	if (!doc) return result;
	const loc = new TomlLocator(text);
	const readArray = (table, keys, value, extra) => {
		if (value === void 0) return;
		if (!Array.isArray(value)) {
			result.issues.push({
				file,
				line: loc.keyLine(table, keys),
				message: `${[...table, ...keys].join(".")} must be an array`
			});
			return;
		}
		for (const entry of value) {
			if (isRecord(entry) && typeof entry["include-group"] === "string") continue;
			if (typeof entry !== "string") {
				result.issues.push({
					file,
					line: loc.keyLine(table, keys),
					message: `non-string entry in ${[...table, ...keys].join(".")}`
				});
				continue;
			}
			const line = loc.valueLine(table, keys, entry);
			const req = parseRequirement(entry);
			if (!req.ok) {
				result.issues.push({
					file,
					line,
					message: `line ${line}: invalid requirement: ${req.error}`
				});
				continue;
			}
			const { name, extras, specifier, url, marker } = req.value;
			const version = url ? void 0 : pinOf(specifier);
			const dep = {
				ecosystem: "pypi",
				name,
				specifier: url ?? specifier,
				pinned: version !== void 0,
				source: {
					file,
					line
				},
				...extra
			};
			if (version !== void 0) dep.version = version;
			if (extras.length > 0) dep.extras = extras;
			if (marker) dep.marker = marker;
			if (url) dep.direct = true;
			result.dependencies.push(dep);
		}
	};
	const project = doc["project"];
	if (isRecord(project)) {
		readArray(["project"], ["dependencies"], project["dependencies"], {});
		const optional = project["optional-dependencies"];
		if (isRecord(optional)) for (const [group, list] of Object.entries(optional)) readArray(["project", "optional-dependencies"], [group], list, {
			dev: true,
			group
		});
	}
	const groups = doc["dependency-groups"];
	if (isRecord(groups)) for (const [group, list] of Object.entries(groups)) readArray(["dependency-groups"], [group], list, {
		dev: true,
		group
	});
	const tool = isRecord(doc["tool"]) ? doc["tool"] : {};
	if (isRecord(tool["poetry"])) readPoetry(tool["poetry"], file, loc, result);
	if (isRecord(tool["uv"])) readUvIndexes(tool["uv"], file, loc, result);
	return result;
}
function readUvIndexes(uv, file, loc, result) {
	const t = ["tool", "uv"];
	if (typeof uv["index-url"] === "string") result.indexes.push({
		url: uv["index-url"],
		kind: "index-url",
		source: {
			file,
			line: loc.keyLine(t, ["index-url"])
		}
	});
	const extra = uv["extra-index-url"];
	for (const url of Array.isArray(extra) ? extra : typeof extra === "string" ? [extra] : []) {
		if (typeof url !== "string") continue;
		result.indexes.push({
			url,
			kind: "extra-index-url",
			source: {
				file,
				line: loc.valueLine(t, ["extra-index-url"], url)
			}
		});
	}
	const indexes = uv["index"];
	if (indexes === void 0) return;
	if (!Array.isArray(indexes)) {
		result.issues.push({
			file,
			line: loc.keyLine(t, ["index"]),
			message: "tool.uv.index must be an array of tables"
		});
		return;
	}
	indexes.forEach((index, i) => {
		const line = loc.keyLine([...t, "index"], ["url"], i);
		if (!isRecord(index) || typeof index["url"] !== "string") {
			result.issues.push({
				file,
				line,
				message: `tool.uv.index entry ${i + 1} has no url`
			});
			return;
		}
		const name = typeof index["name"] === "string" ? index["name"] : void 0;
		result.indexes.push({
			url: index["url"],
			kind: index["default"] === true ? "index-url" : "extra-index-url",
			...name ? { name } : {},
			source: {
				file,
				line
			}
		});
	});
}
// src/registry/manifests/python-locks.ts
/** uv.lock: `source = { registry = "…" }`, or git / url / path / directory / editable / virtual for non-registry packages. */
var uvSource = (pkg) => {
	const src = pkg["source"];
	if (!isRecord(src)) return {};
	if (typeof src["registry"] === "string") return { registry: src["registry"] };
	for (const key of [
		"git",
		"url",
		"path",
		"directory",
		"editable",
		"virtual"
	]) if (typeof src[key] === "string") return { direct: src[key] };
	return {};
};
/** poetry.lock: `[package.source] type/url`; no source table means PyPI. */
var poetrySource = (pkg) => {
	const src = pkg["source"];
	if (!isRecord(src) || typeof src["url"] !== "string") return {};
	const type = src["type"];
	if (type === "legacy" || type === "simple") return { registry: src["url"] };
	const ref = typeof src["resolved_reference"] === "string" ? `@${src["resolved_reference"]}` : "";
	return { direct: `${src["url"]}${type === "git" ? ref : ""}` };
};
function readPythonLock(text, file, sourceOf) {
	const { result, doc } = startManifest(safeParseToml(text, file));
	if (!doc) return result;
	const packages = doc["package"];
	if (packages === void 0) return result;
	const loc = new TomlLocator(text);
	if (!Array.isArray(packages)) {
		result.issues.push({
			file,
			line: loc.keyLine(["package"]),
			message: "package must be an array of tables"
		});
		return result;
	}
	const seen = /* @__PURE__ */ new Set();
	packages.forEach((pkg, i) => {
		const line = loc.keyLine(["package"], ["name"], i);
		if (!isRecord(pkg) || typeof pkg["name"] !== "string") {
			result.issues.push({
				file,
				line,
				message: `line ${line}: [[package]] without a name`
			});
			return;
		}
		const version = typeof pkg["version"] === "string" ? pkg["version"] : void 0;
		const { registry, direct } = sourceOf(pkg);
		const dep = {
			ecosystem: "pypi",
			name: normalizePypiName(pkg["name"]),
			specifier: direct ?? (version ? `==${version}` : ""),
			pinned: version !== void 0 && direct === void 0,
			source: {
				file,
				line
			}
		};
		if (version !== void 0) dep.version = version;
		if (direct !== void 0) dep.direct = true;
		if (pkg["category"] === "dev") dep.dev = true;
		result.dependencies.push(dep);
		if (registry && !seen.has(registry)) {
			seen.add(registry);
			result.indexes.push({
				url: registry,
				kind: "registry",
				source: {
					file,
					line: loc.keyLine(["package"], ["source"], i)
				}
			});
		}
	});
	return result;
}
var readUvLock = (text, file) => readPythonLock(text, file, uvSource);
var readPoetryLock = (text, file) => readPythonLock(text, file, poetrySource);
// src/registry/manifests/requirements.ts
/** pip's requirement-file grammar (pip/_internal/req/req_file.py): options pip accepts in a file. */
var VALUE_OPTIONS = /* @__PURE__ */ new Map([
	["-r", "requirement"],
	["--requirement", "requirement"],
	["-c", "constraint"],
	["--constraint", "constraint"],
	["-e", "editable"],
	["--editable", "editable"],
	["-i", "index-url"],
	["--index-url", "index-url"],
	["--extra-index-url", "extra-index-url"],
	["-f", "other"],
	["--find-links", "other"],
	["--trusted-host", "other"],
	["--no-binary", "other"],
	["--only-binary", "other"],
	["--use-feature", "other"]
]);
var FLAG_OPTIONS = /* @__PURE__ */ new Set([
	"--no-index",
	"--pre",
	"--prefer-binary",
	"--require-hashes"
]);
/** Options allowed after a requirement on the same line. */
var PER_REQUIREMENT = /* @__PURE__ */ new Set([
	"--hash",
	"--config-settings",
	"--global-option",
	"--build-option",
	"--install-option"
]);
/** A `#` at the start or after whitespace begins a comment (a lookbehind keeps it linear on long blank runs). */
var COMMENT_START = /(?<!\S)#/;
/** A marker's `;` needs whitespace before it (PEP 508). */
var MARKER_SEPARATOR = /(?<=\s);/;
var URL_LIKE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|(?:git|hg|svn|bzr)\+|file:)/;
var ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;
/** Joins `\` continuations like pip: the joined line keeps the first physical line's number. */
function logicalLines(text) {
	const out = [];
	let pending = [];
	let first = 0;
	text.split(/\r?\n/).forEach((raw, i) => {
		const isComment = /^\s*#/.test(raw);
		if (raw.endsWith("\\") && !isComment) {
			if (pending.length === 0) first = i + 1;
			pending.push(raw.slice(0, -1));
			return;
		}
		if (pending.length > 0) {
			pending.push(isComment ? ` ${raw}` : raw);
			out.push({
				line: first,
				text: pending.join("")
			});
			pending = [];
		} else out.push({
			line: i + 1,
			text: raw
		});
	});
	if (pending.length > 0) out.push({
		line: first,
		text: pending.join("")
	});
	return out;
}
/** Splits `--opt=value`, `--opt value`, `-rvalue`, `-r value`. */
function takeOption(tokens, i) {
	const tok = tokens[i] ?? "";
	if (tok.startsWith("--")) {
		const eq = tok.indexOf("=");
		if (eq > 0) return {
			opt: tok.slice(0, eq),
			value: tok.slice(eq + 1),
			next: i + 1
		};
		if (FLAG_OPTIONS.has(tok)) return {
			opt: tok,
			next: i + 1
		};
		return {
			opt: tok,
			value: tokens[i + 1],
			next: i + 2
		};
	}
	if (tok.length > 2) return {
		opt: tok.slice(0, 2),
		value: tok.slice(2).replace(/^=/, ""),
		next: i + 1
	};
	return {
		opt: tok,
		value: tokens[i + 1],
		next: i + 2
	};
}
function readRequirementsTxt(text, file) {
	const result = {
		...emptyResult(),
		includes: []
	};
	const issue = (line, message) => {
		result.issues.push({
			file,
			line,
			message: `line ${line}: ${message}`
		});
	};
	for (const { line, text: rawLine } of logicalLines(text)) {
		const commentAt = rawLine.search(COMMENT_START);
		const content = (commentAt < 0 ? rawLine : rawLine.slice(0, commentAt)).trim();
		if (content === "") continue;
		const source = {
			file,
			line
		};
		const tokens = content.split(/\s+/);
		if (content.startsWith("-")) {
			for (let i = 0; i < tokens.length;) {
				const { opt, value, next } = takeOption(tokens, i);
				i = next;
				const kind = VALUE_OPTIONS.get(opt);
				if (!kind && !FLAG_OPTIONS.has(opt)) {
					issue(line, PER_REQUIREMENT.has(opt) ? `${opt} needs a requirement before it` : `unknown option ${opt}`);
					break;
				}
				if (!kind) continue;
				if (value === void 0 || value === "") {
					issue(line, `${opt} needs a value`);
					break;
				}
				if (kind === "requirement" || kind === "constraint") result.includes?.push({
					kind,
					path: value,
					source
				});
				else if (kind === "index-url" || kind === "extra-index-url") result.indexes.push({
					url: value,
					kind,
					source
				});
				else if (kind === "editable") {
					result.dependencies.push({
						...directDependency(value, source),
						editable: true
					});
					i = tokens.length;
				}
			}
			continue;
		}
		const optAt = tokens.findIndex((t) => t.startsWith("-"));
		const reqText = (optAt < 0 ? tokens : tokens.slice(0, optAt)).join(" ");
		for (let i = optAt < 0 ? tokens.length : optAt; i < tokens.length;) {
			const { opt, next } = takeOption(tokens, i);
			i = next;
			if (!PER_REQUIREMENT.has(opt)) issue(line, `option ${opt} is not allowed after a requirement`);
		}
		if (URL_LIKE.test(reqText) || /^[./~]/.test(reqText) || ARCHIVE.test(reqText.split(/[\s;]/)[0] ?? "")) {
			result.dependencies.push(directDependency(reqText, source));
			continue;
		}
		const parsed = parseRequirement(reqText);
		if (!parsed.ok) {
			issue(line, `invalid requirement: ${parsed.error}`);
			continue;
		}
		const req = parsed.value;
		const version = req.url ? void 0 : pinOf(req.specifier);
		const dep = {
			ecosystem: "pypi",
			name: req.name,
			specifier: req.url ?? req.specifier,
			pinned: version !== void 0,
			source
		};
		if (version !== void 0) dep.version = version;
		if (req.extras.length > 0) dep.extras = req.extras;
		if (req.marker) dep.marker = req.marker;
		if (req.url) dep.direct = true;
		result.dependencies.push(dep);
	}
	return result;
}
/**
* A URL or path requirement (`-e .`, `git+https://…#egg=x`, `./dist/x-1.0-py3-none-any.whl`). The name comes from
* `#egg=`, else the last path segment (archive names lose their version); `.` and other nameless paths keep the path.
*/
function directDependency(raw, source) {
	const semi = raw.search(MARKER_SEPARATOR);
	const target = (semi < 0 ? raw : raw.slice(0, semi)).trim();
	const marker = semi < 0 ? "" : raw.slice(semi + 1).trim();
	let location = target;
	let extras = [];
	const bracket = trailingExtras(target);
	if (bracket && !URL_LIKE.test(target)) {
		location = target.slice(0, bracket.index);
		extras = bracket.extras.split(",").map((e) => normalizePypiName(e.trim())).filter(Boolean);
	}
	let name = /[#&]egg=([^&\s[]+)/.exec(location)?.[1];
	if (!name) {
		const path = withoutTrailingSlashes(location.replace(/[?#].*$/, ""));
		let last = path.slice(path.lastIndexOf("/") + 1).replace(/@[^@]*$/, "").replace(/\.git$/, "");
		if (/\.whl$/i.test(last)) last = last.split("-")[0] ?? last;
		else if (ARCHIVE.test(last)) {
			last = last.replace(ARCHIVE, "");
			const version = last.search(/-\d/);
			if (version >= 0) last = last.slice(0, version);
		}
		name = last;
	}
	const dep = {
		ecosystem: "pypi",
		name: name && name !== "." && name !== ".." ? normalizePypiName(name) : location,
		specifier: location,
		pinned: false,
		direct: true,
		source
	};
	if (extras.length > 0) dep.extras = extras;
	if (marker) dep.marker = marker;
	return dep;
}
/** `path[extra1,extra2]`: the bracket closing the text and the earliest `[` after the `]` before it. */
function trailingExtras(target) {
	if (!target.endsWith("]")) return void 0;
	const open = target.indexOf("[", target.lastIndexOf("]", target.length - 2) + 1);
	return open < 0 ? void 0 : {
		index: open,
		extras: target.slice(open + 1, -1)
	};
}
/** Trailing `/` removed by a loop: `/\/+$/` rescans every run of slashes that is not at the end. */
function withoutTrailingSlashes(path) {
	let end = path.length;
	while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
	return path.slice(0, end);
}
// src/registry/manifests/read.ts
/** Larger files are not manifests a person wrote or a lock worth parsing in one go. */
var MAX_BYTES = 33554432;
/** The reader for a file name, or undefined when it is not a manifest this module knows. */
function readerFor(file) {
	const name = basename(file).toLowerCase();
	if (name === "pyproject.toml") return readPyproject;
	if (name === "uv.lock") return readUvLock;
	if (name === "poetry.lock") return readPoetryLock;
	if (name === "package.json") return readPackageJson;
	if (name === "package-lock.json" || name === "npm-shrinkwrap.json") return readPackageLock;
	if (/requirements.*\.(?:txt|in)$/.test(name)) return readRequirementsTxt;
	if (/\.(?:txt|in)$/.test(name) && /(?:^|[\\/])requirements$/i.test(dirname(file))) return readRequirementsTxt;
}
var toPosix = (p) => p.split(sep).join("/");
/**
* Reads `files` (relative to `root`, or absolute inside it) with the matching readers, following
* requirements `-r` / `-c` includes relative to the including file. Each file is read once per role
* (requirement or constraint); a cycle, a missing include, or one leaving the root is an issue.
*/
function readManifests(root, files, options = {}) {
	const constraints = [];
	const out = {
		dependencies: [],
		issues: [],
		indexes: [],
		constraints
	};
	const rootAbs = resolve(root);
	const rootReal = safeRealpath(rootAbs) ?? rootAbs;
	const done = /* @__PURE__ */ new Set();
	const visit = (abs, reader, asConstraint, stack, from) => {
		const rel = toPosix(relative(rootAbs, abs));
		const at = from ? {
			file: from.source.file,
			line: from.source.line
		} : {
			file: rel,
			line: 1
		};
		const real = safeRealpath(abs);
		if (real === void 0 || !statSync(real).isFile()) {
			out.issues.push({
				...at,
				message: from ? `line ${at.line}: included file ${from.path} not found` : `${rel} not found`
			});
			return;
		}
		if (real !== rootReal && !real.startsWith(rootReal + sep)) {
			out.issues.push({
				...at,
				message: `line ${at.line}: ${from?.path ?? rel} is outside the agent root; not read`
			});
			return;
		}
		const key = `${asConstraint ? "c" : "r"}:${real}`;
		if (stack.includes(real)) {
			const chain = [...stack, real].map((p) => toPosix(relative(rootReal, p))).join(" -> ");
			out.issues.push({
				...at,
				message: `line ${at.line}: include cycle ${chain}`
			});
			return;
		}
		if (done.has(key)) return;
		done.add(key);
		let text = options.texts?.get(abs);
		if (text === void 0) {
			if (statSync(real).size > MAX_BYTES) {
				out.issues.push({
					file: rel,
					line: 1,
					message: `${rel} is larger than ${MAX_BYTES} bytes; not read`
				});
				return;
			}
			try {
				text = readFileSync(real, "utf8");
			} catch {
				out.issues.push({
					...at,
					message: `${rel} could not be read`
				});
				return;
			}
			options.texts?.set(abs, text);
		}
		const result = reader(text, rel);
		const target = asConstraint ? constraints : out.dependencies;
		out.issues.push(...result.issues);
		out.indexes.push(...result.indexes);
		let next = 0;
		const upTo = (line) => {
			while (next < result.dependencies.length && (result.dependencies[next]?.source.line ?? 0) < line) target.push(result.dependencies[next++]);
		};
		for (const inc of result.includes ?? []) {
			upTo(inc.source.line);
			if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(inc.path)) {
				out.issues.push({
					...inc.source,
					message: `line ${inc.source.line}: remote include ${inc.kind === "constraint" ? "-c" : "-r"} not followed`
				});
				continue;
			}
			visit(resolve(dirname(abs), inc.path), readRequirementsTxt, asConstraint || inc.kind === "constraint", [...stack, real], inc);
		}
		upTo(Infinity);
		constraints.push(...result.constraints ?? []);
	};
	for (const file of files) {
		const reader = readerFor(file);
		if (!reader) continue;
		visit(isAbsolute(file) ? file : join(rootAbs, file), reader, false, []);
	}
	return out;
}
function safeRealpath(p) {
	try {
		return realpathSync(p);
	} catch {
		return;
	}
}
// src/registry/lookups/manifests.ts
var LOCK_FILES = /* @__PURE__ */ new Set([
	"uv.lock",
	"poetry.lock",
	"package-lock.json",
	"npm-shrinkwrap.json"
]);
/** The agent's manifest and lock files among its files (absolute paths). */
function manifestFiles(files) {
	return files.filter((file) => readerFor(file) !== void 0).sort();
}
/**
* Reads every manifest of one agent; never throws (malformed content becomes issues). `texts` maps absolute
* paths to contents already read, and receives what this reads, so later steps never read a file again.
*/
function readAgentManifests(root, files, texts) {
	return readManifests(root, manifestFiles(files), texts ? { texts } : {});
}
/** A lock entry records what was installed; a manifest entry is what a person asked for. */
function fromLockFile(dependency) {
	return LOCK_FILES.has(path.posix.basename(dependency.source.file));
}
/** Dependencies a registry can answer for: declared (not locked), not a URL, path or workspace reference. */
function declaredRegistryDependencies(manifests) {
	return manifests.dependencies.filter((dependency) => !dependency.direct && !fromLockFile(dependency));
}
var packageKey = (dependency) => `${dependency.ecosystem}:${dependency.name}`;
export { readerFor as a, readAgentManifests as i, fromLockFile as n, packageKey as r, declaredRegistryDependencies as t };
