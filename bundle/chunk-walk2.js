// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as errorMessage, t as CockpitError } from "./chunk-errors2.js";
import { n as leavesBase } from "./chunk-path-containment.js";
import { t as toPosixRelative } from "./chunk-paths.js";
import { n as readRegularFile, t as InputFileError } from "./chunk-read-regular-file2.js";
import { readdir } from "node:fs/promises";
import ignore from "ignore";
import path from "node:path";
// src/source/walk.ts
var IGNORE_FILE = ".cockpitignore";
/** An ignore file is a page of patterns; a huge one is a mistake, and no path is longer than PATH_MAX. */
var MAX_IGNORE_FILE_BYTES = 1048576;
var MAX_PATTERN_CHARS = 4096;
/**
* An ignore file's text, or undefined when it is gone or unreadable (skipped, as git does). A FIFO,
* a device, a link leading out of the root or an oversized file is an error naming the file.
*/
async function readIgnoreFile(root, file) {
	try {
		return await readRegularFile(file, {
			shown: toPosixRelative(root, file),
			root,
			maxBytes: MAX_IGNORE_FILE_BYTES
		});
	} catch (error) {
		if (error instanceof InputFileError && (error.reason === "missing" || error.reason === "unreadable")) return void 0;
		throw error;
	}
}
/** Compiles one file's patterns; a pattern the matcher cannot take is an error naming file and line. */
function compilePatterns(content, source) {
	content.split(/\r?\n/).forEach((line, index) => {
		if (line.length > MAX_PATTERN_CHARS) throw new CockpitError(`${source}:${index + 1}: pattern longer than ${MAX_PATTERN_CHARS} characters; no path can be that long`);
	});
	try {
		const matcher = ignore().add(content);
		matcher.test(".cockpit-pattern-check");
		matcher.test(".cockpit-pattern-check/");
		return matcher;
	} catch (error) {
		throw patternError(source, error);
	}
}
/** The matcher's complaint without the compiled pattern it quotes (which may be huge). */
function patternError(source, error) {
	const reason = errorMessage(error).split(": ").at(-1)?.slice(0, 80) ?? "unknown error";
	return new CockpitError(`${source}: a pattern cannot be used (${reason})`);
}
/** Later (deeper) files override earlier ones, as in git: `!pattern` in a subfolder re-includes. */
function isIgnored(matchers, absolute, isDirectory) {
	let ignored = false;
	for (const { base, matcher, source } of matchers) {
		const relative = path.relative(base, absolute).split(path.sep).join("/");
		if (relative === "" || leavesBase(relative)) continue;
		let verdict;
		try {
			verdict = matcher.test(isDirectory ? `${relative}/` : relative);
		} catch (error) {
			throw patternError(source, error);
		}
		if (verdict.ignored) ignored = true;
		else if (verdict.unignored) ignored = false;
	}
	return ignored;
}
async function listFiles(root, options) {
	const excluded = new Set(options.excludeDirs);
	const files = [];
	const rootMatchers = [];
	if (options.extraPatterns && options.extraPatterns.length > 0) rootMatchers.push({
		base: root,
		matcher: compilePatterns(options.extraPatterns.join("\n"), "cockpit.yaml exclude"),
		source: "cockpit.yaml exclude"
	});
	async function walk(directory, inherited) {
		let entries;
		try {
			entries = await readdir(directory, { withFileTypes: true });
		} catch (error) {
			const code = error.code;
			if (directory !== root && code !== "ENOENT" && code !== "ENOTDIR") files.push(directory);
			return;
		}
		const names = new Set(entries.map((entry) => entry.name));
		options.onDirectory?.(directory, names);
		const matchers = [...inherited];
		for (const name of options.useGitignore ? [".gitignore", IGNORE_FILE] : [IGNORE_FILE]) {
			if (!names.has(name)) continue;
			const file = path.join(directory, name);
			const content = await readIgnoreFile(root, file);
			const source = toPosixRelative(root, file);
			if (content !== void 0) matchers.push({
				base: directory,
				matcher: compilePatterns(content, source),
				source
			});
		}
		const subfolders = [];
		for (const entry of entries) {
			const absolute = path.join(directory, entry.name);
			if (entry.isDirectory()) {
				if (excluded.has(entry.name) || isIgnored(matchers, absolute, true)) continue;
				subfolders.push(absolute);
			} else if (entry.isFile()) {
				if (!isIgnored(matchers, absolute, false)) files.push(absolute);
			}
		}
		await Promise.all(subfolders.map((folder) => walk(folder, matchers)));
	}
	await walk(root, rootMatchers);
	return files.sort();
}
export { listFiles as t };
