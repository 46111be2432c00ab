// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { a as replaceSpans, i as redactSecret } from "./chunk-scan.js";
import { r as sensitiveSpans, t as redactText } from "./chunk-sensitive-spans.js";
// src/committee/redaction.ts
/**
* External scanners' messages and the excerpts the committee shows are masked the way the cockpit's own
* are: every secret, personal datum and key block the cockpit finds in the file, and for a secret result
* the very text the scanner pointed at, even when no cockpit detector knows its format.
*/
var MAX_MESSAGE = 500;
var MAX_SNIPPET = 300;
async function loadFileText(absolute, relative, root, maxBytes, read) {
	let text;
	try {
		text = await read(absolute, {
			shown: relative,
			root,
			maxBytes
		});
	} catch {
		return;
	}
	const lines = text.split(/\r?\n/);
	const lineText = (line) => lines[line - 1];
	const regionText = (region) => {
		if (region.startLine !== region.endLine) return void 0;
		const line = lineText(region.startLine);
		if (line === void 0 || region.endColumn <= region.startColumn) return void 0;
		return line.slice(region.startColumn - 1, region.endColumn - 1);
	};
	const spans = sensitiveSpans(text, relative);
	return {
		text,
		spans,
		lineText,
		regionText,
		maskRegion: (region) => {
			const pointed = regionText(region);
			if (pointed === void 0 || pointed.trim().length < 6) return;
			const start = lineOffset(text, region.startLine) + region.startColumn - 1;
			spans.push({
				start,
				end: start + pointed.length,
				replacement: redactSecret(pointed)
			});
			spans.sort((a, b) => a.start - b.start || b.end - a.end);
		}
	};
}
/** Offset of a 1-based line's first character. */
function lineOffset(text, line) {
	let offset = 0;
	for (let index = 1; index < line && offset !== -1; index++) offset = text.indexOf("\n", offset) + 1;
	return offset;
}
function replaceAll(text, value, replacement) {
	return value.length === 0 ? text : text.split(value).join(replacement);
}
/** A scanner's free text (message, title) with what the file holds masked, then the usual free-text redaction. */
function redactExternalText(message, file, region, category) {
	let result = message;
	if (file) {
		if (category === "secret") {
			const pointed = file.regionText(region);
			if (pointed !== void 0 && pointed.trim().length >= 6) result = replaceAll(result, pointed, redactSecret(pointed));
		}
		for (const span of file.spans) {
			const value = file.text.slice(span.start, span.end);
			if (value.length >= 4) result = replaceAll(result, value, span.replacement);
		}
	}
	const redacted = redactText(result.replace(/\s+/g, " ").trim());
	return redacted.length > MAX_MESSAGE ? `${redacted.slice(0, 499)}…` : redacted;
}
/** Overlapping spans become one, masked as a whole, so no tail of a secret is left between two masks. */
function mergeOverlapping(line, spans) {
	const merged = [];
	for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
		const last = merged.at(-1);
		if (last && span.start < last.end) {
			const end = Math.max(last.end, span.end);
			merged[merged.length - 1] = end === last.end ? last : {
				start: last.start,
				end,
				replacement: redactSecret(line.slice(last.start, end))
			};
		} else merged.push(span);
	}
	return merged;
}
/** The result's first line, masked; for a secret result the pointed-at text too. */
function lineSnippet(file, region, category) {
	const line = file.lineText(region.startLine);
	if (line === void 0) return void 0;
	const lineStart = lineOffset(file.text, region.startLine);
	const lineEnd = lineStart + line.length;
	const spans = file.spans.filter((span) => span.start < lineEnd && span.end > lineStart).map((span) => ({
		start: Math.max(0, span.start - lineStart),
		end: Math.min(line.length, span.end - lineStart),
		replacement: span.replacement
	}));
	const pointed = category === "secret" ? file.regionText(region) : void 0;
	if (pointed !== void 0 && pointed.length > 0) spans.push({
		start: region.startColumn - 1,
		end: region.endColumn - 1,
		replacement: redactSecret(pointed)
	});
	const masked = replaceSpans(line, mergeOverlapping(line, spans)).trim();
	return masked.length > MAX_SNIPPET ? `${masked.slice(0, 299)}…` : masked;
}
/** Lines around a finding (two before, two after), masked like a snippet, for a model reviewer. */
function excerptAround(file, region, category, context = 2) {
	const lines = [];
	const first = Math.max(1, region.startLine - context);
	const last = region.endLine + context;
	for (let number = first; number <= last; number++) {
		if (file.lineText(number) === void 0) break;
		const masked = lineSnippet(file, {
			startLine: number,
			startColumn: 1,
			endLine: number,
			endColumn: 1
		}, category === "secret" && number === region.startLine ? "security" : category);
		lines.push(`${number}: ${masked ?? ""}`);
	}
	if (category === "secret") {
		const index = region.startLine - first;
		if (lines[index] !== void 0) lines[index] = `${region.startLine}: ${lineSnippet(file, region, "secret") ?? ""}`;
	}
	return lines.join("\n");
}
export { redactExternalText as i, lineSnippet as n, loadFileText as r, excerptAround as t };
