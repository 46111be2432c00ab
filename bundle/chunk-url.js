// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { r as readRegularFileSync } from "./chunk-read-regular-file2.js";
import { isIP } from "node:net";
// src/store/url.ts
/**
* A PostgreSQL store URL (`postgres://user:password@host:port/database?sslmode=…`) turned into a
* node-postgres pool configuration, the way libpq reads it: URL first, then the PG* environment
* variables, then libpq's defaults. The password is only ever in `config`; everything printable
* goes through `label`.
*/
var SSL_MODES = [
	"disable",
	"allow",
	"prefer",
	"require",
	"verify-ca",
	"verify-full"
];
var STORE_SCHEME = /^postgres(?:ql)?:\/\//i;
var DEFAULT_PORT = 5432;
var DEFAULT_CONNECT_TIMEOUT_S = 10;
var APPLICATION_NAME = "agentops-cockpit";
function isStoreUrl(value) {
	return STORE_SCHEME.test(value);
}
/**
* The URL with its password masked, for messages about a URL that may not even parse: the userinfo
* password and a `password=` query parameter become `****`, the user name stays (it is no secret).
*/
function redactStoreUrl(raw) {
	const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(raw)?.[0] ?? "";
	const rest = raw.slice(scheme.length);
	const at = rest.lastIndexOf("@");
	const colon = at < 0 ? -1 : rest.slice(0, at).indexOf(":");
	return (colon < 0 ? raw : `${scheme}${rest.slice(0, colon)}:****@${rest.slice(at + 1)}`).replace(/([?&]password=)[^&#]*/gi, "$1****");
}
function decode(text, what, shown) {
	try {
		return decodeURIComponent(text);
	} catch {
		throw new CockpitError(`${shown}: the ${what} is not valid percent-encoding`);
	}
}
function readPem(file, what) {
	return readRegularFileSync(file, {
		shown: `${what} ${file}`,
		maxBytes: 1048576
	});
}
/**
* libpq's sslmode on top of Node's TLS. `prefer`/`allow` try TLS without verification and fall back
* to plain text when the server has no TLS (connection.ts does the fallback); `require` encrypts
* without checking the certificate unless a root certificate is given (then it is `verify-ca`, as in
* libpq); `verify-full` checks the chain and the host name, against `sslrootcert` or, without one,
* Node's trusted CAs (`sslrootcert=system` says so explicitly).
*/
function tlsOptions(inputs) {
	const { mode, rootCert } = inputs;
	if (mode === "disable" || inputs.host.startsWith("/")) return false;
	const options = {};
	if (inputs.cert) options.cert = readPem(inputs.cert, "sslcert");
	if (inputs.key) options.key = readPem(inputs.key, "sslkey");
	const ca = rootCert && rootCert !== "system" ? readPem(rootCert, "sslrootcert") : void 0;
	if (ca) options.ca = ca;
	if (mode === "allow" || mode === "prefer") return {
		...options,
		rejectUnauthorized: false
	};
	if (mode === "require" && !ca) return {
		...options,
		rejectUnauthorized: false
	};
	if (mode === "verify-ca" || mode === "require") {
		if (!ca) throw new CockpitError(`${inputs.shown}: sslmode=verify-ca needs a root certificate (sslrootcert=FILE or PGSSLROOTCERT)`);
		return {
			...options,
			rejectUnauthorized: true,
			checkServerIdentity: () => void 0
		};
	}
	return {
		...options,
		rejectUnauthorized: true,
		...isIP(inputs.host) === 0 && !inputs.host.startsWith("/") ? { servername: inputs.host } : {}
	};
}
/** The URL and its host; `postgres://user@/db?host=/socket/dir` (user but no host) is valid for libpq, not for WHATWG. */
function parseUrl(raw, shown) {
	if (!isStoreUrl(raw)) throw new CockpitError(`${shown}: not a PostgreSQL URL (expected postgres://user@host:port/database)`);
	try {
		const url = new URL(raw);
		return {
			url,
			hostname: url.hostname
		};
	} catch {}
	try {
		if (/^[^?#]*@\//.test(raw.replace(STORE_SCHEME, ""))) return {
			url: new URL(raw.replace(/@\//, "@placeholder/")),
			hostname: ""
		};
	} catch {}
	throw new CockpitError(`${shown}: not a valid URL (percent-encode '@', ':' and '/' in the user name and password)`);
}
function positiveInteger(value, what, shown) {
	const number = Number(value);
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) throw new CockpitError(`${shown}: ${what} '${value}' is not a positive whole number`);
	return number;
}
/** The URL as shown: user, host, port and database; never the password or query parameters. */
function connectionLabel(parts) {
	const user = encodeURIComponent(parts.user);
	const userinfo = parts.hasPassword ? `${user}:****@` : `${user}@`;
	if (parts.host.startsWith("/")) return `postgres://${userinfo}/${encodeURIComponent(parts.database)}?host=${parts.host}&port=${parts.port}`;
	return `postgres://${userinfo}${isIP(parts.host) === 6 ? `[${parts.host}]` : parts.host}:${parts.port}/${encodeURIComponent(parts.database)}`;
}
/**
* Settings from the URL, then PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE,
* PGSSLROOTCERT, PGSSLCERT, PGSSLKEY, PGCONNECT_TIMEOUT, PGAPPNAME, PGOPTIONS; query parameters `sslmode`,
* `sslrootcert`, `sslcert`, `sslkey`, `connect_timeout`, `application_name`, `host`, `port`, `user`,
* `password`, `dbname`, `options`, `channel_binding` are honoured, others are ignored (as their owners' drivers do).
*/
function storeConnection(raw, env) {
	const shown = redactStoreUrl(raw);
	const { url, hostname: rawHostname } = parseUrl(raw, shown);
	const query = (name) => url.searchParams.get(name) ?? void 0;
	const fromEnv = (name) => env[name] === "" ? void 0 : env[name];
	const hostname = decode(rawHostname, "host", shown).replace(/^\[(.*)\]$/, "$1");
	if (hostname.includes(",")) throw new CockpitError(`${shown}: several hosts in one URL are not supported; name one host`);
	const host = hostname || query("host") || fromEnv("PGHOST") || "localhost";
	const portText = url.port || query("port") || fromEnv("PGPORT");
	const port = portText === void 0 ? DEFAULT_PORT : positiveInteger(portText, "port", shown);
	const user = decode(url.username, "user name", shown) || query("user") || fromEnv("PGUSER") || fromEnv("USER") || "postgres";
	const password = decode(url.password, "password", shown) || query("password") || fromEnv("PGPASSWORD");
	const database = decode(url.pathname.replace(/^\//, ""), "database name", shown) || query("dbname") || fromEnv("PGDATABASE") || user;
	const rootCert = query("sslrootcert") ?? fromEnv("PGSSLROOTCERT");
	const modeText = query("sslmode") ?? fromEnv("PGSSLMODE") ?? (rootCert === "system" ? "verify-full" : "prefer");
	if (!SSL_MODES.includes(modeText)) throw new CockpitError(`${shown}: sslmode '${modeText}' is not one of ${SSL_MODES.join(", ")}`);
	const sslMode = modeText;
	const ssl = tlsOptions({
		mode: sslMode,
		host,
		rootCert,
		cert: query("sslcert") ?? fromEnv("PGSSLCERT"),
		key: query("sslkey") ?? fromEnv("PGSSLKEY"),
		shown
	});
	const timeoutText = query("connect_timeout") ?? fromEnv("PGCONNECT_TIMEOUT");
	const connectTimeoutS = timeoutText === void 0 ? DEFAULT_CONNECT_TIMEOUT_S : positiveInteger(timeoutText, "connect_timeout", shown);
	const options = query("options") ?? fromEnv("PGOPTIONS");
	const config = {
		host,
		port,
		user,
		database,
		ssl,
		application_name: query("application_name") ?? fromEnv("PGAPPNAME") ?? APPLICATION_NAME,
		connectionTimeoutMillis: connectTimeoutS * 1e3,
		...options ? { options } : {},
		...query("channel_binding") === "require" ? { enableChannelBinding: true } : {}
	};
	if (password) config.password = password;
	return {
		config,
		label: connectionLabel({
			user,
			hasPassword: Boolean(password),
			host,
			port,
			database
		}),
		sslMode
	};
}
export { redactStoreUrl as n, storeConnection as r, isStoreUrl as t };
