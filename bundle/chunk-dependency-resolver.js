// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { _ as Credentials, a as classifyAnswer, c as fixFor, d as PYPI_ACCEPT, f as metadataUrl, g as indexFromUrl, h as discoverProjectIndexes, i as blocksScope, l as needsFailover, m as privateNames, n as createHttpClient, o as describeAvailability, p as NO_PRIVATE_NAMES, r as answers, s as failsOver, u as NPM_ACCEPT, v as describeIndex, y as redactUrl } from "./chunk-http.js";
import { r as writeFileAtomic } from "./chunk-atomic-write2.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { n as defaultCacheDir } from "./chunk-cache-root2.js";
import { t as compareText } from "./chunk-compare-text.js";
import { i as readAgentManifests, r as packageKey, t as declaredRegistryDependencies } from "./chunk-manifests.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { existsSync } from "node:fs";
import { eq, valid } from "@renovatebot/pep440";
import pLimit from "p-limit";
// src/registry/resolve/cache.ts
/**
* One small JSON file per (index, package) under `<dir>/registry/`, written atomically so concurrent runs never
* see a torn entry. Keys hash the index URL without credentials, so no secret reaches the disk.
*/
function diskCache(dir, ttlMs, now = Date.now) {
	const file = (ecosystem, indexUrl, name) => path.join(dir, "registry", `${sha256Hex(`${ecosystem}\0${indexUrl.replace(/\/+$/, "")}\0${name}`).slice(0, 40)}.json`);
	return {
		async get(ecosystem, indexUrl, name, options = {}) {
			let entry;
			try {
				entry = JSON.parse(await readFile(file(ecosystem, indexUrl, name), "utf8"));
			} catch {
				return;
			}
			if (entry.version !== 1 || typeof entry.fetchedAt !== "number" || !entry.answer) return void 0;
			if (!options.stale && now() - entry.fetchedAt > ttlMs) return void 0;
			return entry.answer;
		},
		async put(ecosystem, indexUrl, name, answer) {
			const entry = {
				version: 1,
				fetchedAt: now(),
				answer
			};
			try {
				await writeFileAtomic(file(ecosystem, indexUrl, name), JSON.stringify(entry));
			} catch {}
		}
	};
}
// src/registry/resolve/resolver.ts
/** The registries anyone can publish to. */
var PUBLIC_HOSTS = /* @__PURE__ */ new Set([
	"pypi.org",
	"pypi.python.org",
	"test.pypi.org",
	"registry.npmjs.org",
	"registry.npmjs.com",
	"registry.yarnpkg.com"
]);
/** A mirror (public by definition: cockpit.yaml `registries.mirrors` or the public defaults) or a public registry's host. */
function isPublicIndex(index) {
	if (index.role === "mirror") return true;
	try {
		return PUBLIC_HOSTS.has(new URL(index.url).hostname);
	} catch {
		return false;
	}
}
/** npm: the package's scope (`@acme`) or '' for unscoped names; PyPI has one scope per index. */
function lookupScope(ecosystem, name) {
	return ecosystem === "npm" && name.startsWith("@") && name.includes("/") ? name.slice(0, name.indexOf("/")).toLowerCase() : "";
}
var key = (ecosystem, url) => `${ecosystem} ${url.replace(/\/+$/, "")}`;
/**
* Looks packages up in their configured indexes with a bounded pool and an on-disk cache. Every answer goes
* through one decision (availability.ts): refused, unavailable and broken send the lookup to the public mirrors
* in order, a 404 does not (the package is simply not there). Per (index, scope, credential) the first lookup
* goes alone and the others wait for it; a refusal or a connection-level failure then holds for that scope for
* the rest of the run, so a refusing registry sees one failed login, not a burst. A private name is never sent
* to a mirror. Every question is asked at most once per run.
*/
var Resolver = class {
	#options;
	#limit;
	#private;
	#lookups = /* @__PURE__ */ new Map();
	#resolutions = /* @__PURE__ */ new Map();
	#blocked = /* @__PURE__ */ new Map();
	#probes = /* @__PURE__ */ new Map();
	#failovers = /* @__PURE__ */ new Map();
	#fromCache = 0;
	#requests = 0;
	constructor(options) {
		this.#options = options;
		this.#limit = pLimit(options.concurrency ?? 8);
		this.#private = options.privateNames ?? NO_PRIVATE_NAMES;
	}
	/** The indexes that answer for `name`: npm asks the scope's registry or the primary; pip asks all of them; --public none (mirrors only). */
	indexesFor(ecosystem, name, configured) {
		if (this.#options.publicOnly) return [];
		const own = configured.filter((index) => index.ecosystem === ecosystem);
		if (ecosystem === "npm") {
			const scope = lookupScope(ecosystem, name);
			const scoped = scope ? own.find((index) => index.role === "scoped" && index.scope?.toLowerCase() === scope) : void 0;
			const primary = own.find((index) => index.role === "primary");
			return scoped ? [scoped] : primary ? [primary] : [...this.#options.mirrors.npm.slice(0, 1)];
		}
		return own.filter((index) => index.role !== "scoped");
	}
	resolve(ecosystem, name, configured, credentials = this.#options.credentials) {
		const indexes = this.indexesFor(ecosystem, name, configured);
		const id = `${ecosystem} ${name} ${indexes.map((index) => `${index.url}#${credentialTag(credentials, index)}`).join(" ")} ${mirrorTags(this.#options.mirrors[ecosystem], credentials)}`;
		let pending = this.#resolutions.get(id);
		if (!pending) {
			pending = this.#resolve(ecosystem, name, indexes, credentials);
			this.#resolutions.set(id, pending);
		}
		return pending;
	}
	async #resolve(ecosystem, name, indexes, credentials) {
		const privatePattern = this.#private.match(ecosystem, name);
		const attempts = [];
		const found = [];
		const failed = [];
		const outcomes = await Promise.all(indexes.map((index) => this.#ask(ecosystem, name, index, credentials)));
		indexes.forEach((index, i) => {
			const { outcome, skipped } = outcomes[i];
			attempts.push(attempt(index, outcome, false, skipped, this.#isPublic(index)));
			if (outcome.kind === "answered-found") found.push({
				info: outcome.info,
				index: index.url
			});
			else if (failsOver(outcome)) failed.push({
				index,
				outcome
			});
		});
		const withheld = [];
		let substituted = false;
		if (needsFailover(outcomes.map((asked) => asked.outcome))) {
			const asked = new Set(indexes.map((index) => key(ecosystem, index.url)));
			const mirrors = this.#options.mirrors[ecosystem].filter((mirror) => !asked.has(key(ecosystem, mirror.url)));
			if (privatePattern) withheld.push(...mirrors.map((mirror) => redactUrl(mirror.url)));
			else for (const mirror of mirrors) {
				const { outcome, skipped } = await this.#ask(ecosystem, name, mirror, credentials);
				attempts.push(attempt(mirror, outcome, true, skipped, true));
				if (!answers(outcome)) continue;
				substituted = true;
				if (outcome.kind === "answered-found") found.push({
					info: outcome.info,
					index: mirror.url
				});
				for (const entry of failed) this.#recordFailover(ecosystem, entry, mirror.url, name, outcome.kind === "answered-found");
				break;
			}
			if (!substituted) for (const entry of failed) this.#recordFailover(ecosystem, entry, void 0, name, false);
		}
		const base = {
			ecosystem,
			name,
			attempts,
			withheld,
			...privatePattern ? { privatePattern } : {}
		};
		if (found.length > 0) {
			const [first, ...rest] = found;
			const versions = [.../* @__PURE__ */ new Set([...first.info.versions, ...rest.flatMap((entry) => entry.info.versions)])];
			return {
				...base,
				status: "found",
				info: {
					...first.info,
					versions
				},
				answeredBy: redactUrl(first.index)
			};
		}
		const unanswered = needsFailover(outcomes.map((asked) => asked.outcome)) && !substituted;
		return {
			...base,
			status: unanswered ? "unresolved" : "missing"
		};
	}
	/** Public: a public registry's host, or the URL of one of the mirrors (which are public by definition) configured as an index. */
	#isPublic(index) {
		return isPublicIndex(index) || this.#options.mirrors[index.ecosystem].some((mirror) => key(index.ecosystem, mirror.url) === key(index.ecosystem, index.url));
	}
	#recordFailover(ecosystem, entry, mirror, name, resolved) {
		if (entry.outcome.kind === "unavailable" && entry.outcome.failure === "offline") return;
		const id = key(ecosystem, entry.index.url);
		let failover = this.#failovers.get(id);
		if (!failover) {
			const status = "status" in entry.outcome && entry.outcome.status !== void 0 ? entry.outcome.status : entry.outcome.kind === "broken" ? 200 : 0;
			failover = {
				ecosystem,
				index: redactUrl(entry.index.url),
				origin: entry.index.origin,
				status,
				reason: describeAvailability(entry.outcome),
				resolved: [],
				unresolved: []
			};
			this.#failovers.set(id, failover);
		}
		if (mirror && !failover.mirror) failover.mirror = redactUrl(mirror);
		const list = resolved ? failover.resolved : failover.unresolved;
		if (!list.includes(name)) list.push(name);
	}
	/** One question to one index, asked once per run; an (index, scope) that refused or could not be reached is not asked again. */
	async #ask(ecosystem, name, index, credentials) {
		const authorization = credentials.authorizationHeader(index);
		const scope = lookupScope(ecosystem, name);
		const scopeKey = `${key(ecosystem, index.url)} ${scope} ${authorization ? sha256Hex(authorization).slice(0, 16) : "-"}`;
		const blocked = this.#blocked.get(scopeKey);
		if (blocked) return {
			outcome: blocked.outcome,
			skipped: true
		};
		const id = `${scopeKey} ${name}`;
		let pending = this.#lookups.get(id);
		if (!pending) {
			pending = this.#lookup(ecosystem, name, index, authorization, scopeKey, scope);
			this.#lookups.set(id, pending);
		}
		return pending;
	}
	async #lookup(ecosystem, name, index, authorization, scopeKey, scope) {
		const { cache, offline } = this.#options;
		const cached = await cache?.get(ecosystem, index.url, name, { stale: offline === true });
		if (cached) {
			this.#fromCache++;
			return {
				outcome: cached.kind === "found" ? {
					kind: "answered-found",
					info: cached.info,
					cached: true
				} : {
					kind: "not-found",
					status: 404,
					cached: true
				},
				skipped: false
			};
		}
		if (offline) return {
			outcome: {
				kind: "unavailable",
				failure: "offline",
				what: "offline and not in the cache"
			},
			skipped: false
		};
		const probe = this.#probes.get(scopeKey);
		if (probe) {
			await probe;
			const blocked = this.#blocked.get(scopeKey);
			if (blocked) return {
				outcome: blocked.outcome,
				skipped: true
			};
			return {
				outcome: await this.#fetch(ecosystem, name, index, authorization, scopeKey, scope),
				skipped: false
			};
		}
		let open = () => void 0;
		this.#probes.set(scopeKey, new Promise((resolve) => open = resolve));
		try {
			return {
				outcome: await this.#fetch(ecosystem, name, index, authorization, scopeKey, scope),
				skipped: false
			};
		} finally {
			open();
		}
	}
	#fetch(ecosystem, name, index, authorization, scopeKey, scope) {
		const { cache, http } = this.#options;
		return this.#limit(async () => {
			const headers = {
				accept: ecosystem === "pypi" ? PYPI_ACCEPT : NPM_ACCEPT,
				"user-agent": "agentops-cockpit"
			};
			if (authorization) headers["authorization"] = authorization;
			this.#requests++;
			const url = metadataUrl(ecosystem, index.url, name);
			const result = await http.get(url, headers);
			const proxy = http.proxyFor(url);
			const outcome = classifyAnswer(ecosystem, name, result, {
				timeoutMs: this.#options.timeoutMs ?? 1e4,
				...proxy ? { proxy } : {}
			});
			if (blocksScope(outcome) && !this.#blocked.has(scopeKey)) this.#blocked.set(scopeKey, {
				outcome,
				ecosystem,
				index,
				scope
			});
			if (outcome.kind === "not-found") await cache?.put(ecosystem, index.url, name, { kind: "missing" });
			if (outcome.kind === "answered-found") await cache?.put(ecosystem, index.url, name, {
				kind: "found",
				info: outcome.info
			});
			return outcome;
		});
	}
	/** What happened in this run, for the report: no credentials, URLs redacted. */
	summary() {
		const refused = /* @__PURE__ */ new Map();
		for (const blocked of this.#blocked.values()) {
			if (blocked.outcome.kind !== "refused") continue;
			const entry = {
				ecosystem: blocked.ecosystem,
				index: redactUrl(blocked.index.url),
				status: blocked.outcome.status,
				...blocked.scope ? { scope: blocked.scope } : {}
			};
			const id = `${entry.ecosystem} ${entry.index} ${blocked.scope}`;
			if (!refused.has(id)) refused.set(id, entry);
		}
		return {
			failovers: [...this.#failovers.values()].map((failover) => ({
				...failover,
				resolved: [...failover.resolved].sort(),
				unresolved: [...failover.unresolved].sort()
			})).sort(byEcosystemAndIndex),
			refused: [...refused.values()].sort((a, b) => byEcosystemAndIndex(a, b) || compareText(a.scope ?? "", b.scope ?? "")),
			requests: this.#requests,
			fromCache: this.#fromCache
		};
	}
};
/** Which credential an index is asked with, as a short digest: answers and refusals are kept apart per credential. */
function credentialTag(credentials, index) {
	const header = credentials.authorizationHeader(index);
	return header ? sha256Hex(header).slice(0, 16) : "-";
}
function mirrorTags(mirrors, credentials) {
	return mirrors.map((mirror) => credentialTag(credentials, mirror)).join(",");
}
function attempt(index, outcome, mirror, skipped, isPublic) {
	const out = {
		index: redactUrl(index.url),
		origin: index.origin,
		outcome: outcome.kind,
		mirror,
		public: isPublic
	};
	if (outcome.kind === "refused" || outcome.kind === "not-found") out.status = outcome.status;
	if (outcome.kind === "unavailable" && outcome.status !== void 0) out.status = outcome.status;
	if (outcome.kind !== "answered-found") out.reason = describeAvailability(outcome);
	const fix = fixFor(outcome, index);
	if (fix) out.fix = fix;
	if (outcome.kind === "unavailable" && outcome.failure === "offline") out.offline = true;
	if (skipped) out.skipped = true;
	return out;
}
function byEcosystemAndIndex(a, b) {
	return compareText(a.ecosystem, b.ecosystem) || compareText(a.index, b.index);
}
// src/registry/lookups/lookups.ts
/** An agent's own credentials first, then the fleet's: one agent's committed password is never used for another agent. */
function layeredCredentials(own, fleet) {
	return { authorizationHeader: (index) => own.get(index) ? own.authorizationHeader(index) : fleet.authorizationHeader(index) };
}
/**
* The agent's own index lines (`--index-url` in requirements) on top of the fleet's. Credentials in those lines
* go into a Credentials of the agent's own, layered on the fleet's.
*/
function agentIndexes(manifests, fleet, fleetCredentials) {
	const ownCredentials = new Credentials();
	const own = [];
	for (const hint of manifests.indexes) {
		if (hint.kind !== "index-url" && hint.kind !== "extra-index-url") continue;
		const setting = indexFromUrl("pypi", {
			role: hint.kind === "index-url" ? "primary" : "extra",
			rawUrl: hint.url,
			origin: `${hint.source.file}:${hint.source.line}`,
			tool: "pip"
		}, ownCredentials);
		if (!own.some((existing) => existing.url === setting.url)) own.push(setting);
	}
	if (own.length === 0) return {
		indexes: [...fleet],
		credentials: fleetCredentials
	};
	const ownPrimary = own.some((index) => index.role === "primary");
	const kept = fleet.filter((index) => !(ownPrimary && index.ecosystem === "pypi" && index.role === "primary") && !own.some((o) => o.url === index.url));
	return {
		indexes: [
			...own.filter((index) => index.role === "primary"),
			...kept,
			...own.filter((index) => index.role === "extra")
		],
		credentials: layeredCredentials(ownCredentials, fleetCredentials)
	};
}
/** One attempt in words; the same whichever lookup happened to probe the index first (lookups feed the cache digest). */
function describeAttempt(attempt) {
	const what = attempt.outcome === "answered-found" ? "found" : attempt.reason ?? attempt.outcome;
	return `${attempt.mirror ? "mirror " : ""}${attempt.index} ${what}`;
}
function reasonOf(resolution) {
	const parts = resolution.attempts.map(describeAttempt);
	if (resolution.privatePattern && resolution.withheld.length > 0) parts.push(`a private name (registries.private '${resolution.privatePattern}'): not sent to ${resolution.withheld.join(", ")}`);
	else if (resolution.privatePattern && resolution.attempts.length === 0) parts.push(`a private name (registries.private '${resolution.privatePattern}'): not sent to a public mirror`);
	return parts.join("; ") || "no index is configured for it";
}
/**
* The one line a run prints when it fails closed on this package: the index, what happened, the fix. Kept well
* under the 500 characters an error line is cut to.
*/
function failClosedLine(resolution) {
	const failedConfigured = resolution.attempts.find((attempt) => !attempt.mirror && attempt.outcome !== "answered-found" && attempt.outcome !== "not-found");
	const mirrors = resolution.attempts.filter((attempt) => attempt.mirror);
	return `${failedConfigured ? `${resolution.ecosystem} index ${failedConfigured.index} [${failedConfigured.origin}]: ${failedConfigured.reason ?? failedConfigured.outcome} for ${resolution.name}` : `no ${resolution.ecosystem} index could answer for ${resolution.name}`}; ${resolution.privatePattern ? `a private name (registries.private '${resolution.privatePattern}') is never sent to a public mirror` : mirrors.length === 0 ? "no mirror is configured to stand in" : `no mirror could answer (${mirrors.map((attempt) => `${attempt.index}: ${attempt.reason ?? attempt.outcome}`).join("; ")})`}. Fix: ${failedConfigured?.fix ?? mirrors.find((attempt) => attempt.fix)?.fix ?? "configure an index for it"}; or pass --resolve-best-effort to keep it a note`;
}
/** PEP 440 equality (`1.0` is `1.0.0`) for PyPI, exact strings for npm. */
function sameVersion(ecosystem, a, b) {
	if (a === b) return true;
	return ecosystem === "pypi" && valid(a) !== null && valid(b) !== null && eq(a, b);
}
/** Looks up every declared registry dependency of one agent; `unanswered` lists what no index could answer for (offline misses aside). */
async function lookupAgentDependencies(manifests, resolver, indexes, credentials) {
	const dependencies = declaredRegistryDependencies(manifests);
	const usedVersions = /* @__PURE__ */ new Map();
	for (const dependency of manifests.dependencies) {
		if (dependency.version === void 0) continue;
		const key = packageKey(dependency);
		usedVersions.set(key, (usedVersions.get(key) ?? /* @__PURE__ */ new Set()).add(dependency.version));
	}
	const lookups = {};
	const unanswered = [];
	const unique = new Map(dependencies.map((dependency) => [packageKey(dependency), dependency]));
	await Promise.all([...unique.entries()].map(async ([key, dependency]) => {
		const resolution = await resolver.resolve(dependency.ecosystem, dependency.name, indexes, ...credentials ? [credentials] : []);
		const versions = usedVersions.get(key) ?? /* @__PURE__ */ new Set();
		const pick = (table) => Object.fromEntries(Object.entries(table ?? {}).filter(([version]) => versions.has(version)));
		const lookup = {
			status: resolution.status,
			yanked: pick(resolution.info?.yanked),
			deprecated: pick(resolution.info?.deprecated)
		};
		if (resolution.answeredBy) lookup.answeredBy = resolution.answeredBy;
		if (resolution.info?.latest) lookup.latest = resolution.info.latest;
		if (resolution.privatePattern) lookup.privatePattern = resolution.privatePattern;
		const failed = resolution.attempts.find((attempt) => !attempt.mirror && !attempt.offline && attempt.outcome !== "answered-found" && attempt.outcome !== "not-found");
		if (failed) lookup.failedIndex = describeAttempt(failed);
		if (resolution.status === "unresolved") {
			lookup.reason = reasonOf(resolution);
			const offline = resolution.attempts.some((attempt) => attempt.offline) && !failed;
			lookup.cause = offline ? "offline" : resolution.privatePattern ? "private" : "unavailable";
			if (!offline) unanswered.push({
				key,
				line: failClosedLine(resolution)
			});
		}
		if (resolution.status === "found" && resolution.info) {
			const offered = resolution.info.versions;
			const absent = [...versions].filter((version) => !offered.some((candidate) => sameVersion(dependency.ecosystem, version, candidate))).sort();
			if (absent.length > 0) lookup.absentVersions = absent;
			if (resolution.privatePattern) {
				const publicAnswer = resolution.attempts.find((attempt) => attempt.public && attempt.outcome === "answered-found");
				if (publicAnswer) lookup.publicAnswer = publicAnswer.index;
			}
		}
		if (resolution.info?.latest && resolution.info.deprecated[resolution.info.latest]) lookup.deprecated[resolution.info.latest] = resolution.info.deprecated[resolution.info.latest];
		lookups[key] = lookup;
	}));
	unanswered.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
	return {
		lookups: Object.fromEntries(Object.entries(lookups).sort(([a], [b]) => compareText(a, b))),
		unanswered
	};
}
// src/registry/lookups/dependency-resolver.ts
/**
* No index and no mirror could answer for a package, and the user did not choose best-effort: the run fails
* closed (exit 3, this one line) rather than pass a fleet whose dependencies were never checked.
*/
var RegistryUnavailableError = class extends CockpitError {};
/** One run's dependency resolution: index discovery, the HTTP client, the cache and the resolver, shared by all agents. */
var DependencyResolver = class {
	#resolver;
	#http;
	#indexes;
	#mirrors;
	#credentials;
	#warnings;
	#settings;
	#options;
	/** Unanswerable lookups stay notes (--resolve-best-effort, cockpit.yaml registries.best-effort) instead of failing the run. */
	bestEffort;
	#seen = /* @__PURE__ */ new Map();
	constructor(options) {
		const { env, settings } = options;
		this.#options = options;
		const discovered = discoverProjectIndexes(options);
		this.bestEffort = settings.registryBestEffort || discovered.bestEffort;
		this.#indexes = discovered.indexes;
		this.#mirrors = discovered.mirrors;
		this.#credentials = discovered.credentials;
		this.#warnings = discovered.warnings;
		this.#settings = settings;
		this.#http = createHttpClient({
			timeoutMs: settings.registryTimeoutMs,
			env
		});
		this.#resolver = new Resolver({
			http: this.#http,
			credentials: discovered.credentials,
			mirrors: discovered.mirrors,
			cache: diskCache(settings.cacheDir ?? defaultCacheDir(env), settings.registryCacheTtlMs),
			offline: settings.registryMode === "offline",
			publicOnly: settings.publicOnly,
			privateNames: privateNames(discovered.privateNames),
			timeoutMs: settings.registryTimeoutMs
		});
	}
	/**
	* An agent folder with its own .npmrc is an npm project of its own: npm reads that file (registry, scopes, tokens)
	* when installing there, so its npm indexes and credentials replace the fleet's for this agent.
	*/
	#agentNpm(agentRoot) {
		if (path.resolve(agentRoot) === path.resolve(this.#options.cwd) || !existsSync(path.join(agentRoot, ".npmrc"))) return void 0;
		const own = discoverProjectIndexes({
			...this.#options,
			cwd: agentRoot
		});
		for (const warning of own.warnings) if (!this.#warnings.includes(warning)) this.#warnings.push(warning);
		return {
			indexes: own.indexes.filter((index) => index.ecosystem === "npm"),
			credentials: layeredCredentials(own.credentials, this.#credentials)
		};
	}
	/**
	* Looks up one agent's declared dependencies (files: the agent's files, absolute). Throws RegistryUnavailableError
	* when a package could not be answered by any index or mirror, unless best-effort was chosen.
	*/
	async lookupsFor(agentRoot, files) {
		const manifests = readAgentManifests(agentRoot, files);
		if (declaredRegistryDependencies(manifests).length === 0) return {};
		const npm = this.#agentNpm(agentRoot);
		const own = agentIndexes(manifests, npm ? [...this.#indexes.filter((index) => index.ecosystem !== "npm"), ...npm.indexes] : this.#indexes, npm?.credentials ?? this.#credentials);
		const { lookups, unanswered } = await lookupAgentDependencies(manifests, this.#resolver, own.indexes, own.credentials);
		for (const [key, lookup] of Object.entries(lookups)) this.#seen.set(key, lookup);
		if (!this.bestEffort && unanswered.length > 0) throw new RegistryUnavailableError(unanswered[0].line);
		return lookups;
	}
	summary() {
		const run = this.#resolver.summary();
		const statuses = [...this.#seen.values()].map((lookup) => lookup.status);
		return {
			mode: this.#settings.registryMode === "offline" ? "offline" : "online",
			publicOnly: this.#settings.publicOnly,
			indexes: this.#indexes.map((index) => ({
				ecosystem: index.ecosystem,
				...describeIndex(index)
			})),
			mirrors: ["pypi", "npm"].flatMap((ecosystem) => this.#mirrors[ecosystem].map((mirror) => ({
				ecosystem,
				url: redactUrl(mirror.url),
				origin: mirror.origin
			}))),
			failovers: run.failovers,
			refused: run.refused,
			packages: {
				checked: statuses.length,
				found: statuses.filter((status) => status === "found").length,
				missing: statuses.filter((status) => status === "missing").length,
				unresolved: statuses.filter((status) => status === "unresolved").length
			},
			requests: run.requests,
			fromCache: run.fromCache,
			warnings: [...this.#warnings]
		};
	}
	close() {
		return this.#http.close();
	}
	/** Ends the run's requests now (a run that failed closed does not wait for lookups still in flight). */
	abort() {
		return this.#http.destroy();
	}
};
export { DependencyResolver };
