// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/source/code-kind-settings.ts
var DEFAULT_CODE_KIND_SETTINGS = {
	testPaths: [],
	productionPaths: [],
	rules: "secrets-and-pii"
};
export { DEFAULT_CODE_KIND_SETTINGS as t };
