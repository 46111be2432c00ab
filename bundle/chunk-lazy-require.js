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
export { lazyRequire as t };
