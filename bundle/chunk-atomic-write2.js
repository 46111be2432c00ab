// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { randomBytes } from "node:crypto";
import { chmod, lstat, mkdir, open, readlink, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { constants } from "node:fs";
// src/util/atomic-write.ts
/**
* The one output writer. What a path names decides how it is written:
* - nothing yet, or a regular file: a temporary file in the same folder renamed over it, so readers
*   see the old content or the new, never a torn file (the old file's permissions are kept);
* - a symbolic link: written through to what it points at, by these same rules (the link stays);
*   a regular file reached through /dev or /proc (`/dev/stdout` redirected to a file) is appended to;
* - a FIFO or a character device (`/dev/null`, a terminal, `/dev/stdout` on a pipe): written through,
*   never replaced; a FIFO nobody reads is refused rather than waited on;
* - a directory, block device or socket: refused.
* Failures are errors with a `code` (errno names, or the ones below); `describeWriteError` words them.
*/
async function writeFileAtomic(filePath, content) {
	await writeTo(path.resolve(filePath), content, 0);
}
/** A target this writer will not write. */
var OutputRefusedError = class extends Error {
	code;
	name = "OutputRefusedError";
	constructor(code, message) {
		super(message);
		this.code = code;
	}
};
var CODE_WORDS = {
	ENOSPC: "no space left on the device",
	EDQUOT: "disk quota exceeded",
	EACCES: "permission denied",
	EPERM: "operation not permitted",
	EROFS: "read-only file system",
	ENOENT: "no such folder",
	ENOTDIR: "a part of the path is not a folder",
	EPIPE: "the reader went away",
	EIO: "input/output error",
	ENAMETOOLONG: "name too long"
};
/** `ENOSPC: no space left on the device`, `a directory`: the reason part of a one-line error. */
function describeWriteError(error) {
	if (error instanceof OutputRefusedError) return error.message;
	const code = error?.code;
	if (!code) return "unknown error";
	const words = CODE_WORDS[code];
	return words ? `${code}: ${words}` : code;
}
/** Symbolic links followed before giving up, as the kernel's own limit. */
var MAX_LINKS = 40;
async function writeTo(target, content, links) {
	let info;
	try {
		info = await lstat(target);
	} catch (error) {
		if (error.code !== "ENOENT") throw error;
		await mkdir(path.dirname(target), { recursive: true });
		await replaceAtomically(target, content, void 0);
		return;
	}
	if (info.isSymbolicLink()) {
		if (links >= MAX_LINKS) throw new OutputRefusedError("ELOOP", "too many levels of symbolic links");
		await writeThroughLink(target, content, links);
		return;
	}
	if (info.isFile()) await replaceAtomically(target, content, info);
	else await writeToSpecial(target, content, info);
}
async function writeThroughLink(link, content, links) {
	let info;
	try {
		info = await stat(link);
	} catch (error) {
		if (error.code !== "ENOENT") throw error;
	}
	if (!info) return writeTo(path.resolve(path.dirname(link), await readlink(link)), content, links + 1);
	if (!info.isFile()) return writeToSpecial(link, content, info);
	const next = path.resolve(path.dirname(link), await readlink(link));
	if (DESCRIPTOR_ALIAS.test(link) || DESCRIPTOR_ALIAS.test(next)) return writeThrough(link, content, constants.O_APPEND);
	return replaceAtomically(await realpath(link), content, info);
}
var DESCRIPTOR_ALIAS = /^\/(?:dev|proc)\//;
async function writeToSpecial(target, content, info) {
	if (info.isDirectory()) throw new OutputRefusedError("EISDIR", "a directory");
	if (info.isBlockDevice()) throw new OutputRefusedError("EBLOCKDEVICE", "a block device; not overwritten");
	if (info.isSocket()) throw new OutputRefusedError("ESOCKET", "a socket, which cannot be opened as a file; to print the report, leave out --output");
	if (!info.isFIFO()) return writeThrough(target, content, 0);
	let probe;
	try {
		probe = await open(target, constants.O_WRONLY | constants.O_NONBLOCK);
	} catch (error) {
		if (error.code === "ENXIO") throw new OutputRefusedError("ENOREADER", "a FIFO that no process is reading");
		throw error;
	}
	try {
		await writeThrough(target, content, 0);
	} finally {
		await probe.close();
	}
}
/** Opens for writing only: never created, truncated or replaced (and a terminal never becomes ours). */
async function writeThrough(target, content, extraFlags) {
	const handle = await open(target, constants.O_WRONLY | constants.O_NOCTTY | extraFlags);
	try {
		await handle.writeFile(content);
	} finally {
		await handle.close();
	}
}
async function replaceAtomically(filePath, content, previous) {
	const directory = path.dirname(filePath);
	const temporary = path.join(directory, `.${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
	try {
		await writeFile(temporary, content, { flag: "wx" });
		if (previous) await chmod(temporary, previous.mode & 4095);
		await rename(temporary, filePath);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
}
export { describeWriteError as n, writeFileAtomic as r, OutputRefusedError as t };
