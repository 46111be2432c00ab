// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as loadFleetConfig } from "./chunk-root-config2.js";
import { a as resolveSettings } from "./chunk-settings.js";
import { a as classifyAnswer, c as fixFor, d as PYPI_ACCEPT, f as metadataUrl, h as discoverProjectIndexes, l as needsFailover, m as privateNames, n as createHttpClient, o as describeAvailability, r as answers, t as bypassesProxy, u as NPM_ACCEPT, v as describeIndex, y as redactUrl } from "./chunk-http.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { t as renderTable } from "./chunk-table.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as useColor } from "./chunk-common.js";
import path from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { createColors } from "picocolors";
import { lookup } from "node:dns/promises";
import net from "node:net";
import tls from "node:tls";
// src/registry/diagnose/probe.ts
/** The package each ecosystem's probe asks for: a 404 still proves the index let us in. */
var PROBE_PACKAGE = {
	pypi: "pip",
	npm: "npm"
};
var since = (started) => Math.round(performance.now() - started);
function timed(work, timeoutMs) {
	return Promise.race([work, new Promise((_, reject) => setTimeout(() => reject(Object.assign(/* @__PURE__ */ new Error("timed out"), { code: "ETIMEDOUT" })), timeoutMs).unref())]);
}
async function dnsStep(host, timeoutMs) {
	const started = performance.now();
	try {
		const { address } = await timed(lookup(host), timeoutMs);
		return {
			ok: true,
			ms: since(started),
			detail: address
		};
	} catch (error) {
		return {
			ok: false,
			ms: since(started),
			detail: error.code ?? "error"
		};
	}
}
/**
* One timed socket step (TCP connect, TLS handshake): ok at `ready`, else the timeout or error code; the socket is
* closed either way. `open` runs inside the promise, so a connect that throws rejects the step as before.
*/
function socketStep(open, ready) {
	const started = performance.now();
	return new Promise((resolve) => {
		const socket = open();
		const done = (result) => {
			socket.destroy();
			resolve(result);
		};
		socket.once(ready, () => done({
			ok: true,
			ms: since(started)
		}));
		socket.once("timeout", () => done({
			ok: false,
			ms: since(started),
			detail: "ETIMEDOUT"
		}));
		socket.once("error", (error) => done({
			ok: false,
			ms: since(started),
			detail: error.code ?? "error"
		}));
	});
}
function connectStep(host, port, timeoutMs) {
	return socketStep(() => net.connect({
		host,
		port,
		timeout: timeoutMs
	}), "connect");
}
function tlsStep(host, port, timeoutMs, ca) {
	return socketStep(() => tls.connect({
		host,
		port,
		servername: net.isIP(host) ? void 0 : host,
		timeout: timeoutMs,
		...ca ? { ca: [...tls.rootCertificates, ca] } : {}
	}), "secureConnect");
}
/** The package a probe asks for: `pip` / `npm`, or `@scope/npm` on a scope's registry (npm sends only that scope there). */
function probePackage(index) {
	return index.ecosystem === "npm" && index.role === "scoped" && index.scope ? `${index.scope}/${PROBE_PACKAGE.npm}` : PROBE_PACKAGE[index.ecosystem];
}
var AUTH_BY_KIND = {
	"answered-found": "ok",
	"not-found": "ok",
	refused: "forbidden",
	unavailable: "unreachable",
	broken: "broken"
};
function authOf(decision) {
	if (decision.kind === "refused") return decision.status === 401 ? "unauthorized" : "forbidden";
	if (decision.kind === "unavailable" && decision.status !== void 0) return "error";
	return AUTH_BY_KIND[decision.kind];
}
/** A probe result built from the shared decision; the `decision` itself stays out of JSON. */
function withDecision(probe, decision) {
	const result = {
		...probe,
		auth: authOf(decision),
		availability: {
			kind: decision.kind,
			...decision.kind === "answered-found" ? {} : { reason: describeAvailability(decision) }
		}
	};
	Object.defineProperty(result, "decision", {
		value: decision,
		enumerable: false
	});
	return result;
}
/** A network step that failed, as the decision the HTTP request would have come to. */
function stepDecision(failure, detail, options, proxy) {
	return classifyAnswer("pypi", "", {
		ok: false,
		failure,
		detail,
		elapsedMs: 0
	}, {
		timeoutMs: options.timeoutMs,
		...proxy ? { proxy } : {}
	});
}
var stepFailure = (detail, fallback) => detail === "ETIMEDOUT" ? "timeout" : fallback;
/**
* DNS, TCP, TLS and one authenticated GET against an index, each timed; stops at the first step that fails. The
* GET's answer goes through the same decision as the resolver's (classifyAnswer), so diagnose and `--resolve` agree.
*/
async function probeIndex(index, options) {
	let url;
	try {
		url = new URL(index.url);
	} catch {
		return withDecision({ http: {
			ms: 0,
			failure: "not a valid URL"
		} }, {
			kind: "unavailable",
			failure: "other",
			what: "not a valid URL"
		});
	}
	if (url.protocol !== "file:") {
		const secure = url.protocol === "https:";
		const port = Number(url.port || (secure ? 443 : 80));
		const host = url.hostname.replace(/^\[|\]$/g, "");
		const proxyUrl = secure ? options.env["HTTPS_PROXY"] ?? options.env["https_proxy"] ?? options.env["HTTP_PROXY"] ?? options.env["http_proxy"] : options.env["HTTP_PROXY"] ?? options.env["http_proxy"];
		const viaProxy = proxyUrl && !bypassesProxy(host, port, options.env["NO_PROXY"] ?? options.env["no_proxy"]) ? safeUrl(proxyUrl) : void 0;
		const steps = {};
		const target = viaProxy ? {
			host: viaProxy.hostname,
			port: Number(viaProxy.port || (viaProxy.protocol === "https:" ? 443 : 80))
		} : {
			host,
			port
		};
		const proxy = viaProxy ? `${viaProxy.protocol}//${viaProxy.host}` : void 0;
		if (proxy) steps.proxy = proxy;
		if (!net.isIP(target.host)) {
			steps.dns = await dnsStep(target.host, options.timeoutMs);
			if (!steps.dns.ok) return withDecision(steps, stepDecision(stepFailure(steps.dns.detail, "dns"), steps.dns.detail ?? "error", options, proxy));
		}
		steps.tcp = await connectStep(target.host, target.port, options.timeoutMs);
		if (!steps.tcp.ok) return withDecision(steps, stepDecision(stepFailure(steps.tcp.detail, "connect"), steps.tcp.detail ?? "error", options, proxy));
		if (secure && !viaProxy) {
			steps.tls = await tlsStep(host, port, options.timeoutMs, options.extraCa);
			if (!steps.tls.ok) return withDecision(steps, stepDecision(stepFailure(steps.tls.detail, "tls"), steps.tls.detail ?? "error", options, proxy));
		}
		return withDecision(steps, await askProbe(index, options, steps));
	}
	const local = {};
	return withDecision(local, await askProbe(index, options, local));
}
/** The probe's GET and its decision; fills in the HTTP column. */
async function askProbe(index, options, steps) {
	const name = probePackage(index);
	const headers = {
		accept: index.ecosystem === "pypi" ? PYPI_ACCEPT : NPM_ACCEPT,
		"user-agent": "agentops-cockpit diagnose"
	};
	const authorization = options.credentials.authorizationHeader(index);
	if (authorization) headers["authorization"] = authorization;
	const target = metadataUrl(index.ecosystem, index.url, name);
	const response = await options.http.get(target, headers);
	steps.http = response.ok ? {
		status: response.status,
		ms: response.elapsedMs
	} : {
		ms: response.elapsedMs,
		failure: `${response.failure} (${response.detail})`
	};
	const proxy = options.http.proxyFor(target);
	return classifyAnswer(index.ecosystem, name, response, {
		timeoutMs: options.timeoutMs,
		...proxy ? { proxy } : {}
	});
}
function safeUrl(raw) {
	try {
		return new URL(raw.includes("://") ? raw : `http://${raw}`);
	} catch {
		return;
	}
}
// src/registry/diagnose/diagnose.ts
var PROXY_VARIABLES = [
	"HTTPS_PROXY",
	"https_proxy",
	"HTTP_PROXY",
	"http_proxy",
	"NO_PROXY",
	"no_proxy"
];
/** NODE_EXTRA_CA_CERTS is what the cockpit (Node) reads; the others are what pip/requests read. */
var CA_VARIABLES = [
	"NODE_EXTRA_CA_CERTS",
	"SSL_CERT_FILE",
	"SSL_CERT_DIR",
	"REQUESTS_CA_BUNDLE",
	"PIP_CERT",
	"NPM_CONFIG_CAFILE"
];
/** What to do about one index's state; undefined when it works. Network steps first, then the shared decision's fix. */
function remedyFor(index, probe) {
	const failedStep = probe.dns && !probe.dns.ok ? "dns" : probe.tcp && !probe.tcp.ok ? "tcp" : probe.tls && !probe.tls.ok ? "tls" : void 0;
	const via = probe.proxy ? ` (through the proxy ${probe.proxy})` : "";
	switch (failedStep) {
		case "dns": return `cannot resolve ${probe.proxy ? "the proxy host" : safeHostname(index.url)} (${probe.dns?.detail}): check the host name, your VPN and DNS; behind a corporate proxy set HTTPS_PROXY`;
		case "tcp": return `cannot connect${via} (${probe.tcp?.detail}): the service is down, or a firewall blocks the port; check the VPN, or HTTPS_PROXY / NO_PROXY`;
		case "tls": return `TLS failed (${probe.tls?.detail}): if a corporate CA signs the certificate, point NODE_EXTRA_CA_CERTS (and SSL_CERT_FILE / REQUESTS_CA_BUNDLE for pip) at its PEM bundle`;
	}
	if (!probe.decision || answers(probe.decision)) return void 0;
	const fix = fixFor(probe.decision, index);
	const what = probe.availability.reason;
	return probe.decision.kind === "refused" || !what ? fix : `${what}: ${fix}`;
}
function safeHostname(url) {
	try {
		return new URL(url).hostname;
	} catch {
		return url;
	}
}
/** Probes every configured index and mirror of both ecosystems and says, per ecosystem, whether any path works. */
async function diagnose(options) {
	const { env } = options;
	const discovered = discoverProjectIndexes(options);
	const patterns = privateNames(discovered.privateNames);
	const extraCaFile = env["NODE_EXTRA_CA_CERTS"];
	const extraCa = extraCaFile && existsSync(extraCaFile) ? readFileSync(extraCaFile, "utf8") : void 0;
	const http = createHttpClient({
		timeoutMs: options.timeoutMs,
		env
	});
	try {
		const ecosystems = await Promise.all(["pypi", "npm"].map(async (ecosystem) => {
			const own = options.publicOnly ? [] : discovered.indexes.filter((index) => index.ecosystem === ecosystem);
			const mirrors = discovered.mirrors[ecosystem].filter((mirror) => !own.some((index) => index.url === mirror.url));
			const all = [...own, ...mirrors];
			const probes = await Promise.all(all.map((index) => probeIndex(index, {
				http,
				credentials: discovered.credentials,
				env,
				timeoutMs: options.timeoutMs,
				...extraCa ? { extraCa } : {}
			})));
			const indexes = all.map((index, i) => {
				const probe = probes[i];
				const remedy = remedyFor(index, probe);
				return {
					...describeIndex(index),
					probe,
					...remedy ? { remedy } : {}
				};
			});
			const configured = indexes.slice(0, own.length);
			const mirrorsProbed = indexes.slice(own.length);
			const decisions = configured.map((index) => index.probe.decision);
			const failover = needsFailover(decisions);
			const standIn = failover ? mirrorsProbed.find((mirror) => answers(mirror.probe.decision)) : void 0;
			const ordinary = failover ? standIn !== void 0 : true;
			const via = failover ? standIn?.url : configured[0]?.url;
			const entry = {
				ecosystem,
				working: ordinary,
				...ordinary && via ? { via } : {},
				indexes
			};
			if (patterns.covers(ecosystem)) {
				const privateOk = own.length > 0 && !failover;
				entry.privateNames = privateOk ? { working: true } : {
					working: false,
					remedy: `names matching registries.private (${patterns.patterns.join(", ")}) are never sent to a mirror: ${own.length === 0 ? "no index is configured for them (--public asks the mirrors only)" : "fix the configured index that fails"}`
				};
				entry.working = entry.working && privateOk;
			}
			return entry;
		}));
		const proxies = PROXY_VARIABLES.filter((name) => env[name]).map((name) => ({
			name,
			value: redactUrl(env[name])
		}));
		const ca = CA_VARIABLES.filter((name) => env[name]).map((name) => {
			const value = env[name];
			const exists = existsSync(value);
			return {
				name,
				value,
				exists,
				...exists ? {} : { remedy: `${name} points at ${value}, which does not exist: fix the path or unset it` }
			};
		});
		const exitCode = ecosystems.every((entry) => entry.working) ? 0 : 3;
		return {
			ecosystems,
			environment: {
				proxies,
				ca
			},
			warnings: discovered.warnings,
			exitCode
		};
	} finally {
		await http.close();
	}
}
// src/cli/commands/diagnose-run.ts
var AUTH_LABELS = {
	ok: "ok",
	unauthorized: "401",
	forbidden: "403",
	unreachable: "unreachable",
	error: "error",
	broken: "broken"
};
function step(result) {
	if (!result) return "–";
	return result.ok ? `${result.ms} ms` : `FAIL ${result.detail ?? ""}`.trim();
}
function formatDiagnosis(report, color) {
	const colors = createColors(color);
	const lines = [];
	for (const entry of report.ecosystems) {
		const head = entry.working ? colors.green(`working path: ${entry.via}`) : colors.red("NO working path");
		lines.push(`${colors.bold(entry.ecosystem)}  ${head}`);
		const [header, ...rows] = renderTable([
			"Index",
			"Role",
			"Configured in",
			"DNS",
			"TCP",
			"TLS",
			"HTTP",
			"Auth"
		], entry.indexes.map((index) => [
			index.url,
			index.scope ? `${index.role} ${index.scope}` : index.role,
			index.origin + (index.hasCredentials ? ` (credentials: ${index.credentialSource ?? "yes"})` : ""),
			step(index.probe.dns),
			step(index.probe.tcp),
			step(index.probe.tls),
			index.probe.http ? index.probe.http.status !== void 0 ? `${index.probe.http.status} ${index.probe.http.ms} ms` : `FAIL ${index.probe.http.failure ?? ""}` : "–",
			AUTH_LABELS[index.probe.auth]
		]), [
			0,
			1,
			2,
			3,
			4,
			5,
			6,
			7
		]);
		lines.push(colors.dim(`  ${header}`), ...rows.map((row, i) => `  ${entry.indexes[i].probe.auth === "ok" ? row : colors.yellow(row)}`));
		for (const index of entry.indexes) if (index.remedy) lines.push(`  ${colors.yellow("→")} ${index.url}: ${index.remedy}`);
		if (entry.privateNames?.remedy) lines.push(`  ${colors.yellow("→")} ${entry.privateNames.remedy}`);
		lines.push("");
	}
	const { proxies, ca } = report.environment;
	lines.push(`${colors.bold("Proxy")}: ${proxies.length ? proxies.map((proxy) => `${proxy.name}=${proxy.value}`).join(" ") : "none (HTTPS_PROXY, HTTP_PROXY, NO_PROXY unset)"}`, `${colors.bold("CA")}: ${ca.length ? ca.map((entry) => `${entry.name}=${entry.value}${entry.exists ? "" : colors.red(" (missing)")}`).join(" ") : "system store (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE, REQUESTS_CA_BUNDLE unset)"}`);
	for (const entry of ca) if (entry.remedy) lines.push(`  ${colors.yellow("→")} ${entry.remedy}`);
	for (const warning of report.warnings) lines.push(colors.dim(`warning: ${warning}`));
	lines.push(report.exitCode === 0 ? colors.green("Every ecosystem has a working path (exit 0).") : colors.red("Some ecosystem has no working path (exit 3)."));
	return `${lines.join("\n")}\n`;
}
/** `ops diagnose`: probes every configured index; the exit code says whether each ecosystem has a working path. */
async function runDiagnose(target, flags, io) {
	if (flags.format !== "text" && flags.format !== "json") throw new CockpitError(`--format: unknown format '${flags.format}' (expected text, json)`);
	const settings = resolveSettings({
		color: flags.color,
		registryTimeout: flags.timeout,
		config: flags.config,
		cwd: io.cwd
	}, io.env);
	const root = path.resolve(io.cwd, target);
	await requireDirectory(root, target);
	const registries = (await loadFleetConfig(root, settings.configFile))?.config.registries;
	const report = await diagnose({
		cwd: root,
		env: io.env,
		timeoutMs: settings.registryTimeoutMs,
		...flags.public ? { publicOnly: true } : {},
		...registries ? { cockpitRegistries: registries } : {},
		flags: {
			...flags.indexUrl ? { indexUrl: flags.indexUrl } : {},
			...flags.extraIndexUrl?.length ? { extraIndexUrls: flags.extraIndexUrl } : {},
			...flags.npmRegistry ? { npmRegistry: flags.npmRegistry } : {}
		}
	});
	io.stdout(flags.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatDiagnosis(report, useColor(settings, io)));
	return report.exitCode;
}
export { runDiagnose };
