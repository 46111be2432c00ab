// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { createRequire } from "node:module";
// src/util/lazy-require.ts
var require = createRequire(import.meta.url);
/**
* A CommonJS package loaded on first use, synchronously. For dependencies only some inputs need (TOML
* files, npm ranges): every module loaded at start-up costs time in every command (docs/BENCHMARKS.md,
* Start-up), and a package's CommonJS build is often fewer modules than its ESM one.
*/
function lazyRequire(specifier) {
	let loaded;
	return () => {
		loaded ??= require(specifier);
		return loaded;
	};
}
// src/registry/manifests/names.ts
/** PEP 503: lower-case, runs of `-`, `_`, `.` become one `-`. */
var normalizePypiName = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
/** PEP 508 project name. */
var PYPI_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** Registry-independent npm name check (scoped or not); loose on case because old packages have capitals. */
var NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/i;
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
export { lazyRequire as a, normalizePypiName as i, PYPI_NAME as n, isRecord as r, NPM_NAME as t };
