// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import { t as isInsideOrSame } from "./chunk-path-containment.js";
import { lstat, open, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
// src/util/read-regular-file.ts
var InputFileError = class extends CockpitError {
	reason;
	code;
	constructor(reason, message, code) {
		super(message);
		this.reason = reason;
		this.code = code;
	}
};
function kindOf(info) {
	if (info.isDirectory()) return "a directory";
	if (info.isFIFO()) return "a FIFO";
	if (info.isCharacterDevice()) return "a character device";
	if (info.isBlockDevice()) return "a block device";
	if (info.isSocket()) return "a socket";
	return "not a regular file";
}
function formatBytes(bytes) {
	if (bytes >= 1048576 && bytes % 1048576 === 0) return `${bytes / 1024 / 1024} MB`;
	if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
	return `${bytes} bytes`;
}
var notRegular = (info, shown) => new InputFileError("not-regular", `${shown}: ${kindOf(info)}, not a regular file; not read`);
var tooLarge = (shown, maxBytes) => new InputFileError("too-large", `${shown}: larger than ${formatBytes(maxBytes)}; not read`);
/** The refusal of what the system said; a refusal of ours thrown inside the same `try` passes through as it is. */
function systemError(error, shown) {
	if (error instanceof InputFileError) return error;
	const code = error.code;
	return new InputFileError(code === "ENOENT" ? "missing" : "unreadable", `${shown}: cannot be read (${code ?? "unknown error"})`, code);
}
async function readRegularFile(file, options) {
	const { shown, maxBytes } = options;
	let real;
	let info;
	try {
		const own = await lstat(file);
		real = own.isSymbolicLink() ? await realpath(file) : file;
		info = own.isSymbolicLink() ? await stat(real) : own;
	} catch (error) {
		throw systemError(error, shown);
	}
	if (options.root !== void 0) {
		const root = await realpath(options.root).catch(() => path.resolve(options.root));
		const resolved = real === file ? await realpath(file).catch(() => file) : real;
		if (!isInsideOrSame(root, resolved)) throw new InputFileError("outside", `${shown}: a symbolic link that leads outside the audited folder; not read`);
	}
	if (!info.isFile()) throw notRegular(info, shown);
	if (info.size > maxBytes) throw tooLarge(shown, maxBytes);
	let handle;
	try {
		handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		throw systemError(error, shown);
	}
	try {
		const opened = await handle.stat();
		if (!opened.isFile()) throw notRegular(opened, shown);
		let buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
		let length = 0;
		for (;;) {
			const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
			if (bytesRead === 0) break;
			length += bytesRead;
			if (length > maxBytes) break;
			if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, maxBytes + 1 - buffer.length))]);
		}
		if (length > maxBytes) throw tooLarge(shown, maxBytes);
		return buffer.subarray(0, length).toString("utf8");
	} catch (error) {
		throw systemError(error, shown);
	} finally {
		await handle.close();
	}
}
/**
* The same checks for synchronous readers (package-manager config files: .npmrc, pip.conf, uv.toml):
* opened without following or waiting, then only a regular file of at most `maxBytes` is read.
*/
function readRegularFileSync(file, options) {
	const { shown, maxBytes } = options;
	let descriptor;
	try {
		descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw systemError(error, shown);
	}
	try {
		const info = fstatSync(descriptor);
		if (!info.isFile()) throw notRegular(info, shown);
		if (info.size > maxBytes) throw tooLarge(shown, maxBytes);
		const buffer = Buffer.alloc(info.size + 1);
		let length = 0;
		for (let read; length < buffer.length && (read = readSync(descriptor, buffer, length, buffer.length - length, length)) > 0;) length += read;
		if (length > maxBytes) throw tooLarge(shown, maxBytes);
		return buffer.subarray(0, length).toString("utf8");
	} catch (error) {
		throw systemError(error, shown);
	} finally {
		closeSync(descriptor);
	}
}
export { readRegularFile as n, readRegularFileSync as r, InputFileError as t };
