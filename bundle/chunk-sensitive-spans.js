// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as replaceSpans, c as redactPii, i as redactSecret, o as scanPii, t as scanSecrets } from "./chunk-scan.js";
import { n as errorMessage } from "./chunk-errors2.js";
// src/secrets/key-blocks.ts
/** `-----BEGIN RSA PRIVATE KEY-----`, OpenSSH, PKCS#8, encrypted, EC, DSA, PGP (`PRIVATE KEY BLOCK`). */
var PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/g;
/** `PuTTY-User-Key-File-3: ssh-ed25519` opens a .ppk key; `Private-MAC:` is its last line. */
var PUTTY_BEGIN = /PuTTY-User-Key-File-\d+:/g;
/** How far an END line or a PuTTY MAC line is looked for: bigger than any real key. */
var MAX_BLOCK_CHARS = 64e3;
/** A line that can only be key material: base64 (or a PEM header), maybe quoted or escaped in code. */
var KEY_BODY_LINE = /^[\s"'`+]*(?:[A-Za-z0-9+/=]{16,}|(?:Proc-Type|DEK-Info|Version|Comment|Hash|Encryption|Public-Lines|Private-Lines|Private-MAC|Key-Derivation|Argon2-[A-Za-z]+): .*)[\s"'`,;)\\n+]*$/;
/** End offset of the line `offset` is on (at its `\n`, or the text's end). */
function endOfLine(text, offset) {
	const newline = text.indexOf("\n", offset);
	return newline === -1 ? text.length : newline;
}
/** From `from`, the end of the run of lines that look like key material. */
function endOfBody(text, from) {
	let end = from;
	let cursor = from;
	while (cursor < text.length && cursor - from < MAX_BLOCK_CHARS) {
		const lineStart = cursor + 1;
		const lineEnd = endOfLine(text, lineStart);
		if (!KEY_BODY_LINE.test(text.slice(lineStart, lineEnd))) break;
		end = lineEnd;
		cursor = lineEnd;
	}
	return end;
}
function pemBlocks(text) {
	const blocks = [];
	for (const match of text.matchAll(PEM_BEGIN)) {
		const start = match.index;
		const endMarker = `-----END ${match[1]}-----`;
		const endAt = text.indexOf(endMarker, start);
		if (endAt !== -1 && endAt - start <= MAX_BLOCK_CHARS) blocks.push({
			start,
			end: endAt + endMarker.length
		});
		else blocks.push({
			start,
			end: endOfBody(text, endOfLine(text, start))
		});
	}
	return blocks;
}
function puttyBlocks(text) {
	const blocks = [];
	for (const match of text.matchAll(PUTTY_BEGIN)) {
		const start = match.index;
		const mac = text.indexOf("Private-MAC:", start);
		if (mac !== -1 && mac - start <= MAX_BLOCK_CHARS) blocks.push({
			start,
			end: endOfLine(text, mac)
		});
		else blocks.push({
			start,
			end: endOfBody(text, endOfLine(text, start))
		});
	}
	return blocks;
}
function keyBlocks(text) {
	return [...pemBlocks(text), ...puttyBlocks(text)].sort((a, b) => a.start - b.start);
}
// src/secrets/sensitive-spans.ts
/**
* Every secret, personal datum and private key block in a file's text, with what to show instead: the
* spans heal diffs and dashboard excerpts mask wherever they fall. `file` is the path detectors see
* (file-name scoped detectors such as `.pgpass` need it).
*/
function sensitiveSpans(text, file) {
	return [
		...scanSecrets(text, file).map((match) => ({
			start: match.start,
			end: match.end,
			replacement: redactSecret(match.secret)
		})),
		...scanPii(text, file).map((match) => ({
			start: match.start,
			end: match.end,
			replacement: redactPii(match.kind, match.value)
		})),
		...keyBlocks(text).map((block) => ({
			...block,
			replacement: redactSecret(text.slice(block.start, block.end))
		}))
	].sort((a, b) => a.start - b.start || b.end - a.end);
}
/**
* A short free text (an error line, a path or URL a client sent) with every secret, personal datum
* and key block in it redacted, scanned from the text alone. Diffs and excerpts do not use it: they
* mask the spans of the whole file, since a diff can cut a key block in half and half a key matches
* no detector.
*/
function redactText(text) {
	return replaceSpans(text, sensitiveSpans(text, "text"));
}
/** An error as a response or tool result shows it: its first line, redacted. */
function redactedErrorLine(error) {
	return redactText(errorMessage(error).split("\n")[0]);
}
export { redactedErrorLine as n, sensitiveSpans as r, redactText as t };
