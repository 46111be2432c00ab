// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/util/http-url.ts
/**
* `text` as an absolute http: or https: URL; undefined for anything else (malformed, relative, file:, git+ssh:…).
* The one check before a registry address, a tarball's origin or a proxy target is taken apart.
*/
function parseHttpUrl(text) {
	let url;
	try {
		url = new URL(text);
	} catch {
		return;
	}
	return url.protocol === "http:" || url.protocol === "https:" ? url : void 0;
}
export { parseHttpUrl as t };
