// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as lazyRequire } from "./chunk-lazy-require.js";
import { r as readRegularFileSync, t as InputFileError } from "./chunk-read-regular-file2.js";
import { t as normalizePypiName } from "./chunk-pypi-name.js";
import { t as parseHttpUrl } from "./chunk-http-url.js";
import { fileURLToPath } from "node:url";
import { readFile, stat } from "node:fs/promises";
import path, { dirname, isAbsolute, join, resolve } from "node:path";
import { statSync } from "node:fs";
import { homedir } from "node:os";
import { inspect } from "node:util";
import { Parser } from "htmlparser2";
import { EnvHttpProxyAgent, request } from "undici";
// src/registry/indexes/cockpit.ts
var isRecord$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readCockpitRegistries(registries, warnings) {
	const out = {
		pypiExtras: [],
		npmScoped: [],
		mirrors: {},
		privateNames: [],
		bestEffort: false
	};
	if (!registries) return out;
	const base = "cockpit.yaml registries";
	const bad = (path, expected) => {
		warnings.push(`${base}.${path}: expected ${expected}; ignored`);
	};
	const cand = (role, rawUrl, path, scope) => ({
		role,
		rawUrl,
		origin: `${base}.${path}`,
		tool: "cockpit",
		...scope ? { scope } : {}
	});
	const urlList = (value, path) => {
		const list = typeof value === "string" ? [value] : Array.isArray(value) ? value : void 0;
		if (!list) {
			bad(path, "a URL or a list of URLs");
			return [];
		}
		return list.flatMap((u, i) => {
			if (typeof u === "string" && u.trim()) return [cand("extra", u.trim(), Array.isArray(value) ? `${path}[${i}]` : path)];
			bad(`${path}[${i}]`, "a URL");
			return [];
		});
	};
	for (const [eco, value] of Object.entries(registries)) if (eco === "pypi") {
		if (typeof value === "string") out.pypiPrimary = cand("primary", value, "pypi");
		else if (Array.isArray(value)) {
			const [first, ...rest] = urlList(value, "pypi");
			if (first) out.pypiPrimary = {
				...first,
				role: "primary"
			};
			out.pypiExtras.push(...rest);
		} else if (isRecord$1(value)) {
			const key = [
				"index-url",
				"indexUrl",
				"url"
			].find((k) => value[k] !== void 0);
			const primary = key ? value[key] : void 0;
			if (key && typeof primary === "string") out.pypiPrimary = cand("primary", primary, `pypi.${key}`);
			else if (key) bad(`pypi.${key}`, "a URL");
			for (const k of [
				"extra-index-urls",
				"extra-index-url",
				"extraIndexUrls",
				"extras"
			]) if (value[k] !== void 0) out.pypiExtras.push(...urlList(value[k], `pypi.${k}`));
		} else bad("pypi", "a URL, a list or a map");
	} else if (eco === "npm") {
		if (typeof value === "string") out.npmPrimary = cand("primary", value, "npm");
		else if (isRecord$1(value)) {
			const key = ["registry", "url"].find((k) => value[k] !== void 0);
			const primary = key ? value[key] : void 0;
			if (key && typeof primary === "string") out.npmPrimary = cand("primary", primary, `npm.${key}`);
			else if (key) bad(`npm.${key}`, "a URL");
			const scopes = Object.entries(value).filter(([k]) => k.startsWith("@")).map(([k, v]) => [
				k,
				v,
				`npm.${k}`
			]);
			if (isRecord$1(value.scopes)) scopes.push(...Object.entries(value.scopes).map(([k, v]) => [
				k,
				v,
				`npm.scopes.${k}`
			]));
			else if (value.scopes !== void 0) bad("npm.scopes", "a map of @scope to URL");
			for (const [scope, url, path] of scopes) if (!/^@[^/\s:]+$/.test(scope)) bad(path, "a key like @scope");
			else if (typeof url !== "string") bad(path, "a URL");
			else out.npmScoped.push(cand("scoped", url, path, scope));
		} else bad("npm", "a URL or a map");
	} else if (eco === "mirrors") {
		if (!isRecord$1(value)) {
			bad("mirrors", "a map of pypi and npm to URL lists");
			continue;
		}
		for (const [mirrorEco, list] of Object.entries(value)) {
			if (mirrorEco !== "pypi" && mirrorEco !== "npm") {
				bad(`mirrors.${mirrorEco}`, "pypi or npm");
				continue;
			}
			out.mirrors[mirrorEco] = urlList(list, `mirrors.${mirrorEco}`).map((c) => ({
				...c,
				role: "mirror"
			}));
		}
	} else if (eco === "private") {
		const list = typeof value === "string" ? [value] : Array.isArray(value) ? value : void 0;
		if (!list) bad("private", "a list of package name patterns (@scope, @scope/*, name-*)");
		else list.forEach((pattern, i) => {
			if (typeof pattern === "string" && pattern.trim() !== "") out.privateNames.push(pattern.trim());
			else bad(`private[${i}]`, "a package name pattern");
		});
	} else if (eco === "best-effort" || eco === "bestEffort") {
		if (typeof value === "boolean") out.bestEffort = value;
		else bad(eco, "true or false");
	} else warnings.push(`${base}.${eco}: unknown key (expected pypi, npm, mirrors, private or best-effort); ignored`);
	return out;
}
// src/registry/indexes/fsread.ts
/** A package-manager config file is a few lines; a FIFO or a device in its place is never read. */
var MAX_CONFIG_BYTES = 1048576;
/** Contents of a config file, or undefined when absent. Unreadable files become a warning, never an exception. */
function readConfig(path, warnings) {
	try {
		return readRegularFileSync(path, {
			shown: path,
			maxBytes: MAX_CONFIG_BYTES
		});
	} catch (err) {
		const code = err instanceof InputFileError ? err.code : void 0;
		if (err instanceof InputFileError && code === void 0) warnings.push(`${err.message.replace(/; not read$/, "")}; ignored`);
		else if (code !== "ENOENT" && code !== "ENOTDIR") warnings.push(`${path}: could not be read (${code ?? "error"}); ignored`);
		return;
	}
}
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}
function exists(path) {
	try {
		statSync(path);
		return true;
	} catch {
		return false;
	}
}
// src/registry/indexes/netrc.ts
var NetrcError = class extends Error {};
function tokenize(text) {
	const tokens = [];
	const lines = text.split(/\r\n|\r|\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (/^\s*#/.test(line)) continue;
		const words = line.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
		for (let w = 0; w < words.length; w++) {
			const word = words[w] ?? "";
			if (word === "macdef") {
				i++;
				while (i < lines.length && (lines[i] ?? "").trim() !== "") i++;
				break;
			}
			tokens.push(word.startsWith("\"") && word.endsWith("\"") && word.length >= 2 ? word.slice(1, -1).replace(/\\(.)/g, "$1") : word);
		}
	}
	return tokens;
}
function parseNetrc(text) {
	const result = { machines: /* @__PURE__ */ new Map() };
	const tokens = tokenize(text);
	let i = 0;
	while (i < tokens.length) {
		const head = tokens[i++];
		let name;
		if (head === "machine") {
			name = tokens[i++];
			if (name === void 0) throw new NetrcError("\"machine\" without a host name");
		} else if (head !== "default") throw new NetrcError(`unexpected token #${i}`);
		const entry = {
			login: "",
			password: ""
		};
		while (i < tokens.length && tokens[i] !== "machine" && tokens[i] !== "default") {
			const field = tokens[i++];
			const value = tokens[i++];
			if (value === void 0) throw new NetrcError("keyword without a value at the end of the file");
			if (field === "login" || field === "user") entry.login = value;
			else if (field === "password") entry.password = value;
			else if (field !== "account") throw new NetrcError("unknown keyword in an entry");
		}
		if (name === void 0) result.fallback = entry;
		else result.machines.set(name.toLowerCase(), entry);
	}
	return result;
}
/** Looks up by host name without port, as requests does. */
function netrcFor(netrc, url) {
	let host;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return;
	}
	return netrc.machines.get(host) ?? netrc.fallback;
}
// src/registry/indexes/npmrc-ini.ts
var ENV_EXPR = /(\\*)\$\{([^${}?]+)(\?)?\}/g;
function expandEnv(text, env, missing) {
	return text.replace(ENV_EXPR, (orig, esc, name, modifier) => {
		if (esc.length % 2 === 1) return orig.slice((esc.length + 1) / 2);
		const val = env[name];
		if (val === void 0) {
			missing.push(name);
			return esc.slice(esc.length / 2) + (modifier === "?" ? "" : `\${${name}}`);
		}
		return esc.slice(esc.length / 2) + val;
	});
}
function unsafe(raw) {
	const val = raw.trim();
	if (val.length >= 2 && val.startsWith("\"") && val.endsWith("\"")) {
		try {
			const parsed = JSON.parse(val);
			if (typeof parsed === "string") return parsed;
		} catch {}
		return val.slice(1, -1);
	}
	if (val.length >= 2 && val.startsWith("'") && val.endsWith("'")) return val.slice(1, -1);
	let out = "";
	let escaping = false;
	for (const c of val) if (escaping) {
		out += "\\;#".includes(c) ? c : `\\${c}`;
		escaping = false;
	} else if (c === ";" || c === "#") break;
	else if (c === "\\") escaping = true;
	else out += c;
	if (escaping) out += "\\";
	return out.trim();
}
function parseNpmrc(text, env) {
	const result = {
		entries: /* @__PURE__ */ new Map(),
		missingVars: [],
		badLines: [],
		sectionLines: []
	};
	let inSection = false;
	text.split(/\r\n|\r|\n/).forEach((line, i) => {
		const lineNo = i + 1;
		const stripped = line.trim();
		if (stripped === "" || stripped.startsWith(";") || stripped.startsWith("#")) return;
		if (/^\[[^\]]*\]\s*$/.test(stripped)) {
			inSection = true;
			result.sectionLines.push(lineNo);
			return;
		}
		if (inSection) return;
		const eq = stripped.indexOf("=");
		if (eq < 0) return;
		let k = unsafe(stripped.slice(0, eq));
		if (k === "") {
			result.badLines.push(lineNo);
			return;
		}
		if (k.endsWith("[]")) k = k.slice(0, -2);
		const key = expandEnv(k, env, result.missingVars);
		const value = expandEnv(unsafe(stripped.slice(eq + 1)), env, result.missingVars);
		result.entries.set(key, {
			value,
			line: lineNo
		});
	});
	return result;
}
// src/registry/indexes/npm.ts
function envLookup(env, name) {
	const want = `npm_config_${name}`.toLowerCase();
	for (const [k, v] of Object.entries(env)) if (k.toLowerCase() === want && v) return v;
}
function findLocalPrefix(cwd) {
	for (let dir = resolve(cwd);; dir = dirname(dir)) {
		if (exists(join(dir, "package.json")) || exists(join(dir, "node_modules"))) return dir;
		if (dirname(dir) === dir) return resolve(cwd);
	}
}
function envLayer(env) {
	const layer = /* @__PURE__ */ new Map();
	for (const [envKey, value] of Object.entries(env)) {
		if (!/^npm_config_/i.test(envKey) || !value) continue;
		let key = envKey.slice(11);
		if (!key.startsWith("//")) key = key.replace(/(?!^)_/g, "-").toLowerCase();
		layer.set(key, {
			value,
			origin: `env ${envKey}`
		});
	}
	return layer;
}
function fileLayer(path, label, env, warnings) {
	const layer = /* @__PURE__ */ new Map();
	const text = readConfig(path, warnings);
	if (text === void 0) return layer;
	const parsed = parseNpmrc(text, env);
	for (const name of new Set(parsed.missingVars)) warnings.push(`${label} (${path}): \${${name}} is not set in the environment; left unexpanded`);
	for (const line of parsed.badLines) warnings.push(`${label} (${path}) line ${line}: not a "key=value" line; ignored`);
	if (parsed.sectionLines.length) warnings.push(`${label} (${path}) line ${parsed.sectionLines[0]}: [section] keys are not npm settings; ignored`);
	for (const [key, entry] of parsed.entries) layer.set(key, {
		value: entry.value,
		origin: `${label} line ${entry.line}`
	});
	return layer;
}
function loadNpmConfig(opts, warnings) {
	const { env, home, cwd } = opts;
	const userPath = resolve(cwd, envLookup(env, "userconfig") ?? join(home, ".npmrc"));
	const projectPath = join(findLocalPrefix(cwd), ".npmrc");
	const layers = [envLayer(env)];
	if (projectPath !== userPath) layers.push(fileLayer(projectPath, "project .npmrc", env, warnings));
	layers.push(fileLayer(userPath, "user .npmrc", env, warnings));
	const prefix = envLookup(env, "prefix");
	const globalPath = envLookup(env, "globalconfig") ?? (prefix ? join(prefix, "etc", "npmrc") : void 0);
	if (globalPath) layers.push(fileLayer(resolve(cwd, globalPath), "global npmrc", env, warnings));
	return {
		get: (key) => {
			for (const layer of layers) {
				const v = layer.get(key);
				if (v) return v;
			}
		},
		keys: () => new Set(layers.flatMap((l) => [...l.keys()]))
	};
}
/** `//host:port/path/` prefixes of a registry URL, longest first. */
function nerfDarts(url) {
	let parsed;
	try {
		parsed = new URL(url);
	} catch {
		return [];
	}
	const segments = parsed.pathname.split("/").filter(Boolean);
	const out = [];
	for (let n = segments.length; n >= 0; n--) out.push(`//${parsed.host}/${segments.slice(0, n).map((s) => `${s}/`).join("")}`);
	return out;
}
function decodeBase64(value) {
	if (!/^[A-Za-z0-9+/=\s_-]+$/.test(value)) return void 0;
	return Buffer.from(value, "base64").toString("utf8");
}
/** Credentials for one auth-key prefix ('' for the legacy unscoped keys). */
function authAt(config, prefix, warnings) {
	const token = config.get(`${prefix}_authToken`);
	const unexpanded = (v) => /\$\{[^}]+\}/.test(v.value);
	if (token?.value && !unexpanded(token)) return {
		kind: "bearer",
		token: token.value,
		source: `${token.origin.replace(/ line \d+$/, "")} _authToken`
	};
	const username = config.get(`${prefix}username`);
	const password = config.get(`${prefix}_password`);
	if (username && password?.value && !unexpanded(password)) {
		const decoded = decodeBase64(password.value);
		if (decoded === void 0) warnings.push(`${password.origin}: _password is not base64; ignored`);
		else return {
			kind: "basic",
			username: username.value,
			password: decoded,
			source: `${password.origin.replace(/ line \d+$/, "")} username/_password`
		};
	}
	const auth = config.get(`${prefix}_auth`);
	if (auth?.value && !unexpanded(auth)) {
		const decoded = decodeBase64(auth.value);
		const colon = decoded?.indexOf(":") ?? -1;
		if (decoded === void 0 || colon < 0) warnings.push(`${auth.origin}: _auth is not base64 "user:password"; ignored`);
		else return {
			kind: "basic",
			username: decoded.slice(0, colon),
			password: decoded.slice(colon + 1),
			source: `${auth.origin.replace(/ line \d+$/, "")} _auth`
		};
	}
}
function npmAuthFor(config, registryUrl, isDefault, warnings) {
	for (const dart of nerfDarts(registryUrl)) {
		const found = authAt(config, `${dart}:`, warnings);
		if (found) return found;
	}
	if (!isDefault) return void 0;
	const legacy = authAt(config, "", warnings);
	if (legacy) warnings.push(`npm: ${legacy.source} is unscoped auth; npm 9 and later reject it (run "npm config fix")`);
	return legacy;
}
/** registry and @scope:registry settings from npm's own configuration. */
function npmCandidates(config) {
	const registry = config.get("registry");
	const scoped = [];
	for (const key of [...config.keys()].sort()) {
		const m = /^(@[^:]+):registry$/.exec(key);
		const v = m ? config.get(key) : void 0;
		if (m?.[1] && v) scoped.push({
			role: "scoped",
			scope: m[1],
			rawUrl: v.value,
			origin: v.origin,
			tool: "npm"
		});
	}
	return {
		...registry ? { primary: {
			role: "primary",
			rawUrl: registry.value,
			origin: registry.origin,
			tool: "npm"
		} } : {},
		scoped
	};
}
// src/registry/indexes/pip-ini.ts
var IniError = class extends Error {
	line;
	reason;
	constructor(line, reason) {
		super(`line ${line}: ${reason}`);
		this.line = line;
		this.reason = reason;
	}
};
var OPTION = /^(.*?)\s*([=:])\s*(.*)$/;
var SECTION = /^\[(.+)\]/;
function parsePipIni(text) {
	const sections = /* @__PURE__ */ new Map();
	let current;
	let open;
	const lines = text.split(/\r\n|\r|\n/);
	const close = () => {
		if (!open) return;
		while (open.parts.length > 1 && open.parts[open.parts.length - 1] === "") open.parts.pop();
		open.target.value = open.parts.join("\n");
		open = void 0;
	};
	lines.forEach((line, i) => {
		const lineNo = i + 1;
		const stripped = line.trim();
		const indent = line.length - line.trimStart().length;
		if (stripped === "" || stripped.startsWith("#") || stripped.startsWith(";")) {
			if (open) open.parts.push("");
			return;
		}
		if (open && indent > open.indent) {
			open.parts.push(stripped);
			return;
		}
		close();
		const header = SECTION.exec(stripped);
		if (header) {
			const name = header[1] ?? "";
			if (sections.has(name)) throw new IniError(lineNo, `duplicate section [${name}]`);
			current = /* @__PURE__ */ new Map();
			sections.set(name, current);
			return;
		}
		if (!current) throw new IniError(lineNo, "option before any [section]");
		const m = OPTION.exec(stripped);
		const name = (m?.[1] ?? "").trim().toLowerCase();
		if (!m || name === "") throw new IniError(lineNo, "expected \"key = value\"");
		if (current.has(name)) throw new IniError(lineNo, `duplicate option "${name}"`);
		const target = {
			value: m[3] ?? "",
			line: lineNo
		};
		current.set(name, target);
		open = {
			parts: [m[3] ?? ""],
			indent,
			target
		};
	});
	close();
	return sections;
}
// src/registry/indexes/pip.ts
function configFiles(opts) {
	const { env, home, cwd } = opts;
	const explicit = env.PIP_CONFIG_FILE;
	if (explicit === "/dev/null") return [];
	const explicitPath = explicit ? resolve(cwd, explicit) : void 0;
	const files = [];
	const xdgDirs = (env.XDG_CONFIG_DIRS || join(opts.systemDir, "xdg")).split(":").filter(Boolean);
	for (const dir of xdgDirs) files.push(join(dir, "pip", "pip.conf"));
	files.push(join(opts.systemDir, "pip.conf"));
	if (!(explicitPath && exists(explicitPath))) {
		files.push(join(home, ".pip", "pip.conf"));
		files.push(join(env.XDG_CONFIG_HOME || join(home, ".config"), "pip", "pip.conf"));
	}
	const venv = opts.virtualEnv ?? env.VIRTUAL_ENV;
	if (venv) files.push(join(venv, "pip.conf"));
	if (explicitPath) files.push(explicitPath);
	return files;
}
/** pip normalises option names: case-insensitive, '_' same as '-', optional leading '--'. */
var normalise = (name) => name.toLowerCase().replace(/_/g, "-").replace(/^--/, "");
function resolvePip(opts, warnings) {
	const merged = /* @__PURE__ */ new Map();
	for (const file of [...new Set(configFiles(opts))]) {
		const text = readConfig(file, warnings);
		if (text === void 0) continue;
		try {
			for (const [section, options] of parsePipIni(text)) for (const [name, v] of options) {
				const key = normalise(name);
				merged.set(`${section}.${key}`, {
					value: v.value,
					origin: `${file} [${section}] ${name}`
				});
			}
		} catch (err) {
			if (!(err instanceof IniError)) throw err;
			warnings.push(`${file}: ${err.message}; pip refuses to load such a file, so it was ignored`);
		}
	}
	const pick = (key, envName) => {
		const fromEnv = opts.env[envName];
		if (fromEnv !== void 0 && fromEnv !== "") return {
			value: fromEnv,
			origin: `env ${envName}`
		};
		return merged.get(`install.${key}`) ?? merged.get(`global.${key}`);
	};
	const index = pick("index-url", "PIP_INDEX_URL");
	const extra = pick("extra-index-url", "PIP_EXTRA_INDEX_URL");
	const noIndex = pick("no-index", "PIP_NO_INDEX");
	const result = {
		configured: Boolean(index || extra),
		extras: [],
		noIndex: false
	};
	if (noIndex && /^(1|true|yes|on)$/i.test(noIndex.value.trim())) {
		warnings.push(`pip: no-index is set (${noIndex.origin}); pip would not contact any index`);
		result.noIndex = true;
	}
	if (index) {
		const tokens = index.value.split(/\s+/).filter(Boolean);
		if (tokens.length > 1) warnings.push(`pip: ${index.origin} holds several URLs; pip uses it as one value, only the first is kept`);
		if (tokens[0]) result.primary = {
			role: "primary",
			rawUrl: tokens[0],
			origin: index.origin,
			tool: "pip"
		};
	}
	if (extra) extra.value.split(/\s+/).filter(Boolean).forEach((url, i, all) => {
		const origin = all.length > 1 ? `${extra.origin} #${i + 1}` : extra.origin;
		result.extras.push({
			role: "extra",
			rawUrl: url,
			origin,
			tool: "pip"
		});
	});
	return result;
}
// src/registry/indexes/redact.ts
/** Scheme plus userinfo; greedy so an unencoded '@' in a password still ends at the last '@' of the authority. */
var USERINFO = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*)@/;
function decode(s) {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}
/** Separates `https://user:pass@host/x` into the bare URL and its (decoded) userinfo. Keeps the rest of the string as written. */
function splitUrlCredentials(raw) {
	const m = USERINFO.exec(raw);
	if (!m) return { url: raw };
	const info = m[2] ?? "";
	const url = (m[1] ?? "") + raw.slice(m[0].length);
	const colon = info.indexOf(":");
	if (colon < 0) return info ? {
		url,
		username: decode(info)
	} : { url };
	return {
		url,
		username: decode(info.slice(0, colon)),
		password: decode(info.slice(colon + 1))
	};
}
/**
* `https://user:****@host/path`. A username with no password is masked too: in URLs such as
* `https://ghp_xxx@host` the "username" is the token.
*/
function redactUrl(raw) {
	const m = USERINFO.exec(raw);
	if (!m) return raw;
	const info = m[2] ?? "";
	const colon = info.indexOf(":");
	const shown = colon < 0 ? "****" : `${info.slice(0, colon)}:****`;
	return `${m[1] ?? ""}${shown}@${raw.slice(m[0].length)}`;
}
// src/registry/indexes/uv.ts
var toml = lazyRequire("smol-toml");
function loadToml(path, warnings) {
	const text = readConfig(path, warnings);
	if (text === void 0) return void 0;
	const { parse, TomlError } = toml();
	try {
		return parse(text);
	} catch (err) {
		const where = err instanceof TomlError ? ` at line ${err.line}, column ${err.column}` : "";
		warnings.push(`${path}: invalid TOML${where}; ignored`);
		return;
	}
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function projectFile(cwd, warnings) {
	for (let dir = resolve(cwd);; dir = dirname(dir)) {
		const uvToml = join(dir, "uv.toml");
		if (isFile(uvToml)) {
			const settings = loadToml(uvToml, warnings);
			return settings ? {
				path: uvToml,
				settings,
				prefix: ""
			} : void 0;
		} else {
			const pyproject = join(dir, "pyproject.toml");
			if (isFile(pyproject)) {
				const tool = loadToml(pyproject, warnings)?.tool;
				const uv = isRecord(tool) ? tool.uv : void 0;
				if (isRecord(uv)) return {
					path: pyproject,
					settings: uv,
					prefix: "tool.uv."
				};
			}
		}
		if (dirname(dir) === dir) return void 0;
	}
}
function discoverFiles(opts, warnings) {
	const { env } = opts;
	if (env.UV_NO_CONFIG && !/^(0|false|no|off)$/i.test(env.UV_NO_CONFIG)) return [];
	if (env.UV_CONFIG_FILE) {
		const path = resolve(opts.cwd, env.UV_CONFIG_FILE);
		const settings = loadToml(path, warnings);
		if (!settings && !isFile(path)) warnings.push(`uv: UV_CONFIG_FILE ${path} does not exist`);
		return settings ? [{
			path,
			settings,
			prefix: ""
		}] : [];
	}
	const files = [];
	const project = projectFile(opts.cwd, warnings);
	if (project) files.push(project);
	const userPath = join(env.XDG_CONFIG_HOME || join(opts.home, ".config"), "uv", "uv.toml");
	const user = isFile(userPath) ? loadToml(userPath, warnings) : void 0;
	if (user && userPath !== project?.path) files.push({
		path: userPath,
		settings: user,
		prefix: ""
	});
	const systemDirs = [...(env.XDG_CONFIG_DIRS ?? "").split(":").filter(Boolean), opts.systemDir];
	for (const dir of systemDirs) {
		const path = join(dir, "uv", "uv.toml");
		if (!isFile(path)) continue;
		const settings = loadToml(path, warnings);
		if (settings) files.push({
			path,
			settings,
			prefix: ""
		});
		break;
	}
	return files;
}
/** UV_INDEX_<NAME>_USERNAME/PASSWORD: name upper-cased, other characters as '_'. */
function namedCredential(name, env) {
	if (!name) return void 0;
	const stem = `UV_INDEX_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
	const username = env[`${stem}_USERNAME`];
	const password = env[`${stem}_PASSWORD`];
	if (username === void 0 && password === void 0) return void 0;
	const source = password !== void 0 ? `env ${stem}_PASSWORD` : `env ${stem}_USERNAME`;
	return password !== void 0 ? {
		kind: "basic",
		username: username ?? "",
		password,
		source
	} : {
		kind: "basic",
		username: username ?? "",
		source
	};
}
/** `name=url` or a bare URL; a name never contains ':' or '/', so `https://…` is not mistaken for one. */
function splitNamed(entry) {
	const m = /^([A-Za-z0-9._-]+)=(.+)$/.exec(entry);
	return m && m[1] && m[2] ? {
		name: m[1],
		url: m[2]
	} : { url: entry };
}
function resolveUv(opts, warnings) {
	const { env } = opts;
	const files = discoverFiles(opts, warnings);
	const result = {
		configured: false,
		extras: []
	};
	const seenNames = /* @__PURE__ */ new Set();
	const addExtra = (rawUrl, origin, name, explicit = false) => {
		if (name) {
			if (seenNames.has(name)) return;
			seenNames.add(name);
		}
		const credential = namedCredential(name, env);
		result.extras.push({
			role: "extra",
			rawUrl,
			origin: explicit ? `${origin} (explicit: pinned packages only)` : origin,
			tool: "uv",
			...credential ? { credential } : {}
		});
	};
	for (const [envName, named] of [["UV_INDEX", true], ["UV_EXTRA_INDEX_URL", false]]) {
		const value = env[envName];
		if (!value) continue;
		value.split(/\s+/).filter(Boolean).forEach((entry, i, all) => {
			const { name, url } = named ? splitNamed(entry) : {
				name: void 0,
				url: entry
			};
			addExtra(url, all.length > 1 ? `env ${envName} #${i + 1}` : `env ${envName}`, name);
		});
	}
	for (const envName of ["UV_DEFAULT_INDEX", "UV_INDEX_URL"]) {
		const value = env[envName]?.trim();
		if (!value || result.primary) continue;
		const { name, url } = envName === "UV_DEFAULT_INDEX" ? splitNamed(value) : {
			name: void 0,
			url: value
		};
		const credential = namedCredential(name, env);
		result.primary = {
			role: "primary",
			rawUrl: url,
			origin: `env ${envName}`,
			tool: "uv",
			...credential ? { credential } : {}
		};
	}
	for (const file of files) {
		const s = file.settings;
		const where = (key) => `${file.path} ${file.prefix}${key}`;
		const indexes = s.index;
		if (indexes !== void 0 && !Array.isArray(indexes)) warnings.push(`${where("index")}: expected [[index]] tables; ignored`);
		(Array.isArray(indexes) ? indexes : []).forEach((entry, i) => {
			const origin = `${where("index")}[${i}]`;
			if (!isRecord(entry) || typeof entry.url !== "string") {
				warnings.push(`${origin}: an [[index]] needs a string url; ignored`);
				return;
			}
			const name = typeof entry.name === "string" ? entry.name : void 0;
			if (entry.default === true) {
				if (!result.primary) {
					const credential = namedCredential(name, env);
					result.primary = {
						role: "primary",
						rawUrl: entry.url,
						origin,
						tool: "uv",
						...credential ? { credential } : {}
					};
				}
				return;
			}
			addExtra(entry.url, origin, name, entry.explicit === true);
		});
		const indexUrl = s["index-url"];
		if (typeof indexUrl === "string") {
			if (!result.primary) result.primary = {
				role: "primary",
				rawUrl: indexUrl,
				origin: where("index-url"),
				tool: "uv"
			};
		} else if (indexUrl !== void 0) warnings.push(`${where("index-url")}: expected a string; ignored`);
		const extra = s["extra-index-url"];
		if (Array.isArray(extra)) extra.forEach((url, i) => {
			if (typeof url === "string") addExtra(url, `${where("extra-index-url")}[${i}]`);
			else warnings.push(`${where("extra-index-url")}[${i}]: expected a string; ignored`);
		});
		else if (extra !== void 0) warnings.push(`${where("extra-index-url")}: expected an array of strings; ignored`);
	}
	result.configured = Boolean(result.primary) || result.extras.length > 0;
	return result;
}
// src/registry/indexes/types.ts
var key = (s) => `${s.ecosystem} ${s.url}`;
/**
* Secrets for discovered indexes, kept apart from IndexSetting so settings can be logged and serialised freely.
* The map lives in a #private field: JSON.stringify, util.inspect and structuredClone cannot see it.
*/
var Credentials = class {
	#byIndex = /* @__PURE__ */ new Map();
	/** First writer wins: callers add in precedence order. */
	set(index, credential) {
		if (!this.#byIndex.has(key(index))) this.#byIndex.set(key(index), credential);
	}
	get(index) {
		return this.#byIndex.get(key(index));
	}
	/** Value for an HTTP Authorization header, or undefined when the index has no credentials. */
	authorizationHeader(index) {
		const c = this.get(index);
		if (!c) return void 0;
		if (c.kind === "bearer") return `Bearer ${c.token}`;
		return `Basic ${Buffer.from(`${c.username}:${c.password ?? ""}`).toString("base64")}`;
	}
	get size() {
		return this.#byIndex.size;
	}
	toJSON() {
		return [...this.#byIndex.entries()].map(([k, c]) => {
			const space = k.indexOf(" ");
			const out = {
				ecosystem: k.slice(0, space),
				url: k.slice(space + 1),
				kind: c.kind,
				source: c.source
			};
			if (c.kind === "basic" && c.password !== void 0) out.username = c.username;
			return out;
		});
	}
	toString() {
		return `Credentials(${this.size} redacted)`;
	}
	[inspect.custom]() {
		return this.toString();
	}
};
var DEFAULT_PYPI = "https://pypi.org/simple";
/** What may be shown of an index setting: the redacted URL and where it and its credential came from, never the credential. */
function describeIndex(index) {
	return {
		role: index.role,
		...index.scope ? { scope: index.scope } : {},
		url: redactUrl(index.url),
		origin: index.origin,
		hasCredentials: index.hasCredentials,
		...index.credentialSource ? { credentialSource: index.credentialSource } : {}
	};
}
// src/registry/indexes/discover.ts
/**
* Overall precedence: cockpit flags > cockpit.yaml `registries` > each tool's own configuration > public default.
* Python: pip and uv read different files, so when no override is given each configured tool contributes its own
* primary (pip first); extras from every source are kept, because pip adds --extra-index-url to configured extras
* rather than replacing them (pypa/pip#6394).
*/
function discoverIndexes(options) {
	const warnings = [];
	const credentials = new Credentials();
	const { cwd, home, env, flags = {} } = options;
	const systemDir = options.systemConfigDir ?? "/etc";
	const cockpit = readCockpitRegistries(options.cockpitRegistries, warnings);
	const netrc = loadNetrc(env.NETRC ? resolve(cwd, env.NETRC) : join(home, ".netrc"), warnings);
	const finish = (ecosystem, list, useNetrc) => {
		const out = [];
		for (const c of list) {
			const setting = toSetting(ecosystem, c, useNetrc ? netrc : void 0, credentials, warnings);
			const same = out.find((s) => s.url === setting.url && s.scope === setting.scope && (s.role === setting.role || s.role === "primary"));
			if (!same) out.push(setting);
			else if (!same.hasCredentials && setting.hasCredentials) Object.assign(same, {
				hasCredentials: true,
				credentialSource: setting.credentialSource
			});
		}
		return out;
	};
	const pip = resolvePip({
		cwd,
		home,
		env,
		systemDir,
		...options.virtualEnv ? { virtualEnv: options.virtualEnv } : {}
	}, warnings);
	const uv = resolveUv({
		cwd,
		home,
		env,
		systemDir
	}, warnings);
	const pipUsed = pip.configured && !pip.noIndex;
	const override = flags.indexUrl ? cand("primary", flags.indexUrl, "flag --index-url") : cockpit.pypiPrimary;
	const pyPrimaries = [];
	if (override) pyPrimaries.push(override);
	else {
		if (pipUsed) pyPrimaries.push(pip.primary ?? defaultCand("https://pypi.org/simple", "default (pip: no index-url configured)", "pip"));
		if (uv.configured) pyPrimaries.push(uv.primary ?? defaultCand("https://pypi.org/simple", "default (uv: no default index configured)", "uv"));
		if (!pyPrimaries.length && !pip.noIndex) pyPrimaries.push(defaultCand(DEFAULT_PYPI, "default", "default"));
	}
	const pyExtras = [
		...(flags.extraIndexUrls ?? []).map((u, i, all) => cand("extra", u, all.length > 1 ? `flag --extra-index-url #${i + 1}` : "flag --extra-index-url")),
		...cockpit.pypiExtras,
		...pipUsed ? pip.extras : [],
		...uv.extras
	];
	const npmConfig = loadNpmConfig({
		cwd,
		home,
		env
	}, warnings);
	const fromNpm = npmCandidates(npmConfig);
	const npmPrimary = (flags.npmRegistry ? cand("primary", flags.npmRegistry, "flag --registry") : void 0) ?? cockpit.npmPrimary ?? fromNpm.primary ?? defaultCand("https://registry.npmjs.org/", "default", "default");
	const cockpitScopes = new Set(cockpit.npmScoped.map((c) => c.scope));
	const withNpmAuth = (list, primary) => list.map((c) => {
		const credential = npmAuthFor(npmConfig, splitUrlCredentials(c.rawUrl.trim()).url, primary && c.role === "primary", warnings);
		return credential ? {
			...c,
			credential
		} : c;
	});
	const npmList = withNpmAuth([
		npmPrimary,
		...cockpit.npmScoped,
		...fromNpm.scoped.filter((c) => !cockpitScopes.has(c.scope))
	], true);
	return {
		indexes: [...finish("pypi", [...pyPrimaries, ...pyExtras], true), ...finish("npm", npmList, false)],
		mirrors: {
			pypi: finish("pypi", cockpit.mirrors.pypi ?? [mirrorCand("https://pypi.org/simple")], true),
			npm: finish("npm", withNpmAuth(cockpit.mirrors.npm ?? [mirrorCand("https://registry.npmjs.org/")], false), false)
		},
		credentials,
		warnings,
		privateNames: cockpit.privateNames,
		bestEffort: cockpit.bestEffort
	};
}
/** Discovery for a project folder with the user's environment: HOME and VIRTUAL_ENV come from `env`. */
function discoverProjectIndexes(options) {
	const { env } = options;
	return discoverIndexes({
		...options,
		home: env["HOME"] || homedir(),
		...env["VIRTUAL_ENV"] ? { virtualEnv: env["VIRTUAL_ENV"] } : {}
	});
}
function cand(role, rawUrl, origin) {
	return {
		role,
		rawUrl,
		origin,
		tool: "cockpit"
	};
}
function defaultCand(url, origin, tool) {
	return {
		role: "primary",
		rawUrl: url,
		origin,
		tool
	};
}
function mirrorCand(url) {
	return {
		role: "mirror",
		rawUrl: url,
		origin: "default public mirror",
		tool: "default"
	};
}
function loadNetrc(path, warnings) {
	const text = readConfig(path, warnings);
	if (text === void 0) return void 0;
	try {
		return parseNetrc(text);
	} catch (err) {
		if (!(err instanceof NetrcError)) throw err;
		warnings.push(`${path}: ${err.message}; the file was ignored`);
		return;
	}
}
/**
* An index written somewhere other than the tool configuration (an agent's `--index-url` line): credentials in the
* URL are split off into `credentials` exactly as for configured indexes.
*/
function indexFromUrl(ecosystem, candidate, credentials, warnings = []) {
	return toSetting(ecosystem, candidate, void 0, credentials, warnings);
}
function toSetting(ecosystem, c, netrc, credentials, warnings) {
	const { url, username, password } = splitUrlCredentials(c.rawUrl.trim());
	if (!isAbsolute(url) && !URL.canParse(url)) warnings.push(`${c.origin}: not a valid URL (kept as written)`);
	let credential;
	if (username !== void 0 || password !== void 0) credential = password !== void 0 ? {
		kind: "basic",
		username: username ?? "",
		password,
		source: "url"
	} : {
		kind: "basic",
		username: username ?? "",
		source: "url"
	};
	else if (c.credential) credential = c.credential;
	else if (netrc) {
		const entry = netrcFor(netrc, url);
		if (entry && (entry.login || entry.password)) credential = {
			kind: "basic",
			username: entry.login,
			password: entry.password,
			source: ".netrc"
		};
	}
	const setting = {
		ecosystem,
		role: c.role,
		url,
		hasCredentials: Boolean(credential),
		origin: c.origin,
		tool: c.tool
	};
	if (c.scope) setting.scope = c.scope;
	if (credential) {
		setting.credentialSource = credential.source;
		credentials.set(setting, credential);
	}
	return setting;
}
// src/registry/indexes/private-names.ts
/** `*` and `?` wildcards, matched iteratively (linear in practice, no regular expression built from config). */
function globMatch(pattern, text) {
	let p = 0;
	let t = 0;
	let star = -1;
	let resume = 0;
	while (t < text.length) if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
		p++;
		t++;
	} else if (p < pattern.length && pattern[p] === "*") {
		star = p++;
		resume = t;
	} else if (star >= 0) {
		p = star + 1;
		t = ++resume;
	} else return false;
	while (pattern[p] === "*") p++;
	return p === pattern.length;
}
/** PEP 503 normalisation that keeps the wildcards. */
var normalisePypiPattern = (pattern) => pattern.split("*").map((part) => part.split("?").map((piece) => piece === "" ? "" : normalizePypiName(piece)).join("?")).join("*");
function privateNames(patterns) {
	const compiled = patterns.map((raw) => {
		const pattern = raw.trim();
		if (pattern.startsWith("@")) return {
			raw,
			npm: (pattern.indexOf("/") < 0 ? `${pattern}/*` : pattern).toLowerCase(),
			pypi: void 0
		};
		return {
			raw,
			npm: pattern.toLowerCase(),
			pypi: normalisePypiPattern(pattern)
		};
	});
	return {
		patterns: [...patterns],
		covers: (ecosystem) => compiled.some((entry) => ecosystem === "npm" ? true : entry.pypi !== void 0),
		match(ecosystem, name) {
			const wanted = ecosystem === "pypi" ? normalizePypiName(name) : name.toLowerCase();
			return compiled.find((entry) => {
				const pattern = ecosystem === "pypi" ? entry.pypi : entry.npm;
				return pattern !== void 0 && globMatch(pattern, wanted);
			})?.raw;
		}
	};
}
var NO_PRIVATE_NAMES = privateNames([]);
// src/registry/resolve/metadata.ts
var PYPI_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";
var NPM_ACCEPT = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*";
/** The document URL for one package: PEP 503 `<index>/<normalised>/`, npm `<registry>/<@scope%2fname>`. */
function metadataUrl(ecosystem, indexUrl, name) {
	const base = indexUrl.replace(/\/+$/, "");
	if (ecosystem === "pypi") return `${base}/${normalizePypiName(name)}/`;
	return `${base}/${name.startsWith("@") ? name.replace("/", "%2f") : encodeURIComponent(name)}`;
}
var ARCHIVE = /\.(?:tar\.gz|tar\.bz2|tar\.xz|tgz|zip|egg)$/i;
/** The version in a wheel (`name-ver-…whl`) or sdist (`name-ver.tar.gz`) file name, or undefined. */
function versionFromFilename(filename) {
	if (filename.endsWith(".whl")) return filename.split("-")[1];
	if (!ARCHIVE.test(filename)) return void 0;
	const stem = filename.replace(ARCHIVE, "");
	const dash = stem.lastIndexOf("-");
	return dash > 0 ? stem.slice(dash + 1) : void 0;
}
function fromFiles(files, listed = []) {
	const byVersion = /* @__PURE__ */ new Map();
	for (const version of listed) byVersion.set(version, []);
	for (const file of files) {
		const version = versionFromFilename(file.filename);
		if (version === void 0) continue;
		byVersion.set(version, [...byVersion.get(version) ?? [], file]);
	}
	const yanked = {};
	for (const [version, list] of byVersion) if (list.length > 0 && list.every((file) => file.yanked !== false)) {
		const reason = list.find((file) => typeof file.yanked === "string")?.yanked;
		yanked[version] = typeof reason === "string" ? reason : "";
	}
	return {
		versions: [...byVersion.keys()],
		yanked,
		deprecated: {}
	};
}
/**
* A 200 that is not the document the protocol promises: an SSO login page, an HTML error page, `{"error": …}`
* with the PEP 691 content type, a packument of another package. `what` completes "the index answered …".
* Broken never counts as "found" (resolve/availability.ts).
*/
var BrokenDocumentError = class extends Error {
	what;
	name = "BrokenDocumentError";
	constructor(what) {
		super(`answered ${what}, not a package index`);
		this.what = what;
	}
};
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/** A server's own error text, shortened and reduced to printable ASCII: it ends up in one stderr line. */
function quoted(value) {
	const text = (typeof value === "string" ? value : JSON.stringify(value) ?? "").replace(/[^\x20-\x7e]+/g, " ").trim();
	return `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}
var LOGIN_WORDS = /\b(?:sign[ -]?in|log[ -]?in|single sign-on)\b/i;
var PASSWORD_FIELD = /<input\b[^>]*\btype\s*=\s*["']?password/i;
/** An HTML page where a document was expected: a sign-in page (SSO in front of the index) or something else. */
function htmlWhat(body, passwordField) {
	const head = body.slice(0, 65536);
	return (passwordField ?? PASSWORD_FIELD.test(head)) || LOGIN_WORDS.test(head) ? "a login page" : "an HTML page";
}
function parseJsonObject(body, what) {
	let doc;
	try {
		doc = JSON.parse(body);
	} catch {
		throw new BrokenDocumentError(/^\s*</.test(body) ? htmlWhat(body) : `${what} that is not valid JSON`);
	}
	if (!isObject(doc)) throw new BrokenDocumentError(`${what} that is not a JSON object`);
	return doc;
}
/** PEP 691 JSON: `meta.api-version` and a `files` list are required; `name`, when given, must be the project asked for. */
function parseSimpleJson(body, project) {
	const doc = parseJsonObject(body, "JSON");
	if (typeof (isObject(doc["meta"]) ? doc["meta"]["api-version"] : void 0) !== "string" || !Array.isArray(doc["files"])) {
		if (doc["error"] !== void 0 || doc["message"] !== void 0) throw new BrokenDocumentError(`an error document (${quoted(doc["error"] ?? doc["message"])})`);
		throw new BrokenDocumentError("JSON without the PEP 691 meta.api-version and files");
	}
	if (typeof doc["name"] === "string" && normalizePypiName(doc["name"]) !== normalizePypiName(project)) throw new BrokenDocumentError(`the page of another project (${quoted(doc["name"])})`);
	return fromFiles(doc["files"].flatMap((file) => isObject(file) && typeof file["filename"] === "string" ? [{
		filename: file["filename"],
		yanked: typeof file["yanked"] === "string" ? file["yanked"] : file["yanked"] === true
	}] : []), Array.isArray(doc["versions"]) ? doc["versions"].filter((v) => typeof v === "string") : []);
}
/**
* PEP 503 HTML: one anchor per file; `data-yanked` (PEP 592) marks yanked files, its value is the reason.
* A page counts as a project page when at least one anchor names a distribution file (wheel, sdist, egg, zip),
* or when it carries the PEP 629 `<meta name="pypi:repository-version">` that PyPI, devpi and the other index
* servers emit. So a login page, an HTML error page or any other HTML is broken, while a real project page with
* zero files is still read (it has the meta tag); a page with neither is indistinguishable from an error page.
*/
function parseSimpleHtml(body) {
	const files = [];
	let current;
	let repositoryVersion = false;
	let passwordField = false;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === "meta" && attributes["name"]?.toLowerCase() === "pypi:repository-version") repositoryVersion = true;
			if (name === "input" && attributes["type"]?.toLowerCase() === "password") passwordField = true;
			if (name !== "a") return;
			const yanked = attributes["data-yanked"];
			current = {
				filename: "",
				yanked: yanked === void 0 ? false : yanked
			};
		},
		ontext(text) {
			if (current) current.filename += text;
		},
		onclosetag(name) {
			if (name !== "a" || !current) return;
			current.filename = current.filename.trim();
			if (current.filename) files.push(current);
			current = void 0;
		}
	}, { decodeEntities: true });
	parser.write(body);
	parser.end();
	const distributions = files.filter((file) => versionFromFilename(file.filename) !== void 0);
	if (distributions.length === 0 && !repositoryVersion) {
		const what = htmlWhat(body, passwordField);
		throw new BrokenDocumentError(what === "a login page" ? what : "HTML that lists no distribution files");
	}
	return fromFiles(distributions);
}
/** An npm packument: an object with a `versions` map; a `name`, when given, must be the package asked for. */
function parseNpm(body, name) {
	const doc = parseJsonObject(body, "JSON");
	const versionsMap = doc["versions"];
	if (!isObject(versionsMap)) {
		if (doc["error"] !== void 0) throw new BrokenDocumentError(`an error document (${quoted(doc["error"])})`);
		throw new BrokenDocumentError("JSON that is not a packument (no versions)");
	}
	if (typeof doc["name"] === "string" && doc["name"] !== name) throw new BrokenDocumentError(`the packument of another package (${quoted(doc["name"])})`);
	const versions = Object.keys(versionsMap);
	const deprecated = {};
	for (const [version, manifest] of Object.entries(versionsMap)) {
		const message = isObject(manifest) ? manifest["deprecated"] : void 0;
		if (typeof message === "string" && message !== "") deprecated[version] = message;
	}
	const distTags = doc["dist-tags"];
	const latest = isObject(distTags) ? distTags["latest"] : void 0;
	return {
		versions,
		yanked: {},
		deprecated,
		...typeof latest === "string" ? { latest } : {}
	};
}
/** Parses an index's answer about `name`; throws BrokenDocumentError on a document that is not what the protocol promises. */
function parseMetadata(ecosystem, contentType, body, name) {
	if (ecosystem === "npm") return parseNpm(body, name);
	return /json/i.test(contentType) || /^\s*\{/.test(body) ? parseSimpleJson(body, name) : parseSimpleHtml(body);
}
// src/registry/resolve/availability.ts
/** Failures that say something about the (index, scope) rather than one package: not asked again in the run. */
var TRANSPORT_FAILURES = /* @__PURE__ */ new Set([
	"dns",
	"connect",
	"tls",
	"timeout",
	"proxy",
	"redirect-loop",
	"too-many-redirects"
]);
var seconds = (ms) => `${Number((ms / 1e3).toFixed(1))} s`;
function networkWhat(failure, detail, context) {
	const via = context.proxy ? ` (through the proxy ${context.proxy})` : "";
	switch (failure) {
		case "timeout": return `timed out after ${seconds(context.timeoutMs)}${via}`;
		case "connect":
			if (detail === "ECONNREFUSED") return `connection refused${via}`;
			if (detail === "ECONNRESET" || detail === "UND_ERR_SOCKET") return `connection reset${via}`;
			return `cannot connect (${detail})${via}`;
		case "dns": return `host name not resolved (${detail})${via}`;
		case "tls": return `TLS failed (${detail})`;
		case "proxy": return `the proxy ${context.proxy ?? ""} failed (${detail})`.replace("  ", " ");
		case "redirect-loop": return `redirect loop (${detail})`;
		case "too-many-redirects": return `too many redirects (${detail})`;
		case "too-large": return `a document too large to read (${detail})`;
		default: return `no answer (${detail})${via}`;
	}
}
/** Classifies one HTTP result for `name`. The document of a 200 is parsed here, so "broken" is decided once. */
function classifyAnswer(ecosystem, name, result, context) {
	if (!result.ok) return {
		kind: "unavailable",
		failure: result.failure,
		what: networkWhat(result.failure, result.detail, context)
	};
	const { status } = result;
	if (status === 404 || status === 410) return {
		kind: "not-found",
		status
	};
	if (status === 401 || status === 403) return {
		kind: "refused",
		status
	};
	if (status !== 200) return {
		kind: "unavailable",
		status,
		what: `HTTP ${status}`
	};
	try {
		return {
			kind: "answered-found",
			info: parseMetadata(ecosystem, result.contentType, result.body, name)
		};
	} catch (error) {
		return {
			kind: "broken",
			what: error instanceof BrokenDocumentError ? error.message : "answered a document that could not be read, not a package index"
		};
	}
}
/** The index answered the question (yes or no): the path works. */
var answers = (availability) => availability.kind === "answered-found" || availability.kind === "not-found";
/** Refused, unavailable and broken send the lookup to the mirrors; not-found never does. */
var failsOver = (availability) => !answers(availability);
/**
* Whether lookups go to the mirrors: some configured index failed over, or none is configured (`--public`).
* The resolver and `ops diagnose` both decide the path with this and `answers` (the first mirror that answers stands in).
*/
var needsFailover = (configured) => configured.length === 0 || configured.some(failsOver);
/** Refusals and connection-level failures hold for every package of the (index, scope) for the rest of the run. */
var blocksScope = (availability) => availability.kind === "refused" || availability.kind === "unavailable" && availability.failure !== void 0 && TRANSPORT_FAILURES.has(availability.failure);
/** What happened, a few words: `found`, `not found (404)`, `refused (401)`, `HTTP 500`, `timed out after 10 s`, `answered a login page, …`. */
function describeAvailability(availability) {
	switch (availability.kind) {
		case "answered-found": return "found";
		case "not-found": return `not found (${availability.status})`;
		case "refused": return `refused (${availability.status})`;
		default: return availability.what;
	}
}
function safeHostname(url) {
	try {
		return new URL(url).hostname.replace(/^\[|\]$/g, "");
	} catch {
		return url;
	}
}
/** Where to put a credential for this index; `.netrc` matches a host NAME (`machine host`), never `host:port`. */
function credentialHint(index) {
	let nerfDart = safeHostname(index.url);
	try {
		const url = new URL(index.url);
		nerfDart = `//${url.host}${url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`}`;
	} catch {}
	return index.ecosystem === "npm" ? `add a token for it in .npmrc: ${nerfDart}:_authToken=\${NPM_TOKEN}` : `add credentials for it: a ~/.netrc entry (machine ${safeHostname(index.url)} login USER password TOKEN) or the pip.conf index-url with user:token`;
}
/** What to do about an index that did not answer; undefined when it answered. One clause, no trailing full stop. */
function fixFor(availability, index) {
	const from = index.credentialSource ?? "the configuration";
	switch (availability.kind) {
		case "answered-found":
		case "not-found": return;
		case "refused":
			if (availability.status === 401) return index.hasCredentials ? `401 with the credentials from ${from}: they are wrong or expired; renew them` : `401: the index needs credentials and none are configured; ${credentialHint(index)}`;
			return index.hasCredentials ? `403: the credentials from ${from} are valid but may not read this index; ask its administrators for read access or check the token's scope` : `403: the index refuses anonymous reads (or this network); ${credentialHint(index)}`;
		case "broken": return /login page/.test(availability.what) ? `use the index API URL, not its web UI, and ${credentialHint(index)}` : "check the URL (it must be the PEP 503 simple root or the npm registry root) or ask its administrators";
		case "unavailable": switch (availability.failure) {
			case "offline": return "run once online (without --offline) to fill the cache";
			case "timeout": return "the index is slow or unreachable: check the VPN and network, or raise --registry-timeout";
			case "connect": return "the service is down, or a firewall blocks the port; check the URL, the VPN, or HTTPS_PROXY / NO_PROXY";
			case "dns": return "check the host name, your VPN and DNS; behind a corporate proxy set HTTPS_PROXY";
			case "tls": return "if a corporate CA signs the certificate, point NODE_EXTRA_CA_CERTS (and SSL_CERT_FILE / REQUESTS_CA_BUNDLE for pip) at its PEM bundle";
			case "proxy": return "the proxy refused the connection: check HTTPS_PROXY (and its credentials) or exempt the index with NO_PROXY";
			case "redirect-loop": return "the index redirects in a loop: check the URL (trailing slash, http vs https) or a sign-in redirect that needs a token";
			case "too-many-redirects": return "the index redirects too often: point the configuration at the final URL";
			case "too-large": return "the index answered a document larger than any package page: check the URL";
			case void 0: return "the index is failing: try again later or ask its administrators";
			default: return "check the URL and the network";
		}
	}
}
// src/registry/resolve/http.ts
/** Redirects followed before the chain counts as "too many" (browsers allow 20; an index needs one, for the trailing slash). */
var MAX_REDIRECTS = 5;
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([
	301,
	302,
	303,
	307,
	308
]);
var TLS_CODES = /^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|HOSTNAME_MISMATCH)/;
/** Maps Node/undici error codes onto the few failures a user can act on. */
function classifyFailure(error) {
	const err = error;
	const code = err.code ?? err.cause?.code ?? "";
	const detail = code || err.name || "error";
	if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") return {
		failure: "dns",
		detail
	};
	if (code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") return {
		failure: "timeout",
		detail
	};
	if (err.name === "TimeoutError" || err.name === "AbortError") return {
		failure: "timeout",
		detail: err.name
	};
	if (TLS_CODES.test(code)) return {
		failure: "tls",
		detail
	};
	if (code === "ECONNREFUSED" || code === "ECONNRESET" || code === "EHOSTUNREACH" || code === "ENETUNREACH" || code === "UND_ERR_SOCKET") return {
		failure: "connect",
		detail
	};
	const proxyStatus = /Proxy response \((\d{3})\)/.exec(err.message ?? "");
	if (proxyStatus) return {
		failure: "proxy",
		detail: `CONNECT answered ${proxyStatus[1]}`
	};
	return {
		failure: "other",
		detail
	};
}
/** Whether NO_PROXY exempts a host (`*`, exact hosts, `.suffix` and `suffix` domains, optional `:port`), as undici reads it. */
function bypassesProxy(host, port, noProxy) {
	if (!noProxy) return false;
	return noProxy.split(/[\s,]+/).filter(Boolean).some((entry) => {
		if (entry === "*") return true;
		const [name, entryPort] = entry.replace(/^\*?\./, ".").split(":");
		if (entryPort && Number(entryPort) !== port) return false;
		const bare = name.startsWith(".") ? name.slice(1) : name;
		return host === bare || host.endsWith(`.${bare}`);
	});
}
/** Path and query only: what a redirect chain shows, never a credential a Location header might carry. */
function shortUrl(url) {
	return `${url.pathname}${url.search}`;
}
/**
* GETs through undici with the proxy settings from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, as
* pip and npm honour them), a hard timeout over the whole redirect chain and a body size limit. Up to
* MAX_REDIRECTS redirects are followed; a Location seen before is a redirect loop; the Authorization header
* never follows a redirect to another origin.
*/
function createHttpClient(options) {
	const { env, timeoutMs } = options;
	const maxBodyBytes = options.maxBodyBytes ?? 67108864;
	const pick = (...names) => names.map((name) => env[name]).find((value) => value !== void 0 && value !== "");
	const httpProxy = pick("HTTP_PROXY", "http_proxy");
	const httpsProxy = pick("HTTPS_PROXY", "https_proxy");
	const noProxy = pick("NO_PROXY", "no_proxy");
	const agent = new EnvHttpProxyAgent({
		httpProxy: httpProxy ?? "",
		httpsProxy: httpsProxy ?? httpProxy ?? "",
		noProxy: noProxy ?? "",
		connect: { timeout: timeoutMs },
		headersTimeout: timeoutMs,
		bodyTimeout: timeoutMs
	});
	const dispatcher = agent;
	const proxyFor = (url) => {
		const target = parseHttpUrl(url);
		if (!target) return void 0;
		const proxy = target.protocol === "https:" ? httpsProxy ?? httpProxy : httpProxy;
		const port = Number(target.port || (target.protocol === "https:" ? 443 : 80));
		if (!proxy || bypassesProxy(target.hostname.replace(/^\[|\]$/g, ""), port, noProxy)) return void 0;
		try {
			const parsed = new URL(proxy.includes("://") ? proxy : `http://${proxy}`);
			return `${parsed.protocol}//${parsed.host}`;
		} catch {
			return "the configured proxy";
		}
	};
	return {
		async get(url, headers) {
			if (url.startsWith("file:")) return readLocalIndex(url);
			const started = performance.now();
			const elapsed = () => Math.round(performance.now() - started);
			const signal = AbortSignal.timeout(timeoutMs);
			try {
				let current = new URL(url);
				let sent = { ...headers };
				const visited = [current.href];
				let response = await request(current, {
					method: "GET",
					headers: sent,
					dispatcher,
					signal
				});
				while (REDIRECT_STATUSES.has(response.statusCode) && typeof response.headers["location"] === "string") {
					await response.body.dump();
					const next = new URL(response.headers["location"], current);
					if (visited.includes(next.href)) return {
						ok: false,
						failure: "redirect-loop",
						detail: [...visited.slice(visited.indexOf(next.href)), next.href].map((href) => shortUrl(new URL(href))).join(" → "),
						elapsedMs: elapsed()
					};
					if (visited.length > MAX_REDIRECTS) return {
						ok: false,
						failure: "too-many-redirects",
						detail: `more than ${MAX_REDIRECTS}`,
						elapsedMs: elapsed()
					};
					if (next.origin !== current.origin) sent = Object.fromEntries(Object.entries(sent).filter(([name]) => !/^(?:authorization|cookie)$/i.test(name)));
					visited.push(next.href);
					current = next;
					response = await request(current, {
						method: "GET",
						headers: sent,
						dispatcher,
						signal
					});
				}
				const declared = Number(response.headers["content-length"] ?? 0);
				if (declared > maxBodyBytes) {
					response.body.destroy();
					return {
						ok: false,
						failure: "too-large",
						detail: `${declared} bytes`,
						elapsedMs: elapsed()
					};
				}
				const chunks = [];
				let size = 0;
				for await (const chunk of response.body) {
					size += chunk.length;
					if (size > maxBodyBytes) {
						response.body.destroy();
						return {
							ok: false,
							failure: "too-large",
							detail: `more than ${maxBodyBytes} bytes`,
							elapsedMs: elapsed()
						};
					}
					chunks.push(chunk);
				}
				const type = response.headers["content-type"];
				return {
					ok: true,
					status: response.statusCode,
					contentType: (Array.isArray(type) ? type[0] : type) ?? "",
					body: Buffer.concat(chunks).toString("utf8"),
					elapsedMs: elapsed()
				};
			} catch (error) {
				return {
					ok: false,
					...classifyFailure(error),
					elapsedMs: elapsed()
				};
			}
		},
		proxyFor,
		close: () => agent.close(),
		destroy: () => agent.destroy()
	};
}
/**
* A `file://` index (pip accepts them: a folder laid out like a simple index). As pip does, a folder URL
* reads its `index.html`; a missing file is a 404 so the resolver treats it like any index's "not found".
*/
async function readLocalIndex(url) {
	const started = performance.now();
	const elapsed = () => Math.round(performance.now() - started);
	let file;
	try {
		file = fileURLToPath(url);
	} catch {
		return {
			ok: false,
			failure: "other",
			detail: "not a local file URL",
			elapsedMs: elapsed()
		};
	}
	try {
		if (url.endsWith("/") || (await stat(file)).isDirectory()) file = path.join(file, "index.html");
		const body = await readFile(file, "utf8");
		return {
			ok: true,
			status: 200,
			contentType: file.endsWith(".json") ? "application/json" : "text/html",
			body,
			elapsedMs: elapsed()
		};
	} catch (error) {
		const code = error.code;
		if (code === "ENOENT" || code === "ENOTDIR") {
			const indexFolder = path.dirname(url.endsWith("/") ? path.dirname(file) : file);
			if (!await stat(indexFolder).then((info) => info.isDirectory(), () => false)) return {
				ok: false,
				failure: "other",
				detail: "no such index folder",
				elapsedMs: elapsed()
			};
			return {
				ok: true,
				status: 404,
				contentType: "text/plain",
				body: "",
				elapsedMs: elapsed()
			};
		}
		return {
			ok: true,
			status: 403,
			contentType: "text/plain",
			body: "",
			elapsedMs: elapsed()
		};
	}
}
export { Credentials as _, classifyAnswer as a, fixFor as c, PYPI_ACCEPT as d, metadataUrl as f, indexFromUrl as g, discoverProjectIndexes as h, blocksScope as i, needsFailover as l, privateNames as m, createHttpClient as n, describeAvailability as o, NO_PRIVATE_NAMES as p, answers as r, failsOver as s, bypassesProxy as t, NPM_ACCEPT as u, describeIndex as v, redactUrl as y };
