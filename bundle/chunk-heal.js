// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { m as redactPii, o as redactSecret, r as scanSecrets, s as replaceSpans, t as parseSource, u as scanPii } from "./chunk-parse.js";
import { o as joinAgentPath } from "./chunk-agent-location.js";
import { n as errorMessage, t as CockpitError } from "./chunk-errors.js";
import { r as resolveInside } from "./chunk-path-containment.js";
import { n as encodeText, r as hasUtf8Bom, t as decodeText } from "./chunk-decode.js";
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { access, lstat, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { constants } from "node:fs";
import { promisify } from "node:util";
import { formatPatch, structuredPatch } from "diff";
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
// src/heal/env-names.ts
/**
* One environment variable per distinct secret of an agent. Fixes name a variable after the
* assignment or the provider (`OPENAI_API_KEY`), so three different OpenAI keys would all become
* `OPENAI_API_KEY` and two of them would be lost at run time. In file order, the first secret keeps
* the name, the next different secret that wants it gets `OPENAI_API_KEY_2`, and so on; the same
* secret gets the same name wherever it appears.
*/
function renamed(fix, name) {
	const env = fix.env;
	if (env.name === name) return fix;
	return {
		...fix,
		description: fix.description.replace(env.name, name),
		edits: fix.edits.map((edit) => ({
			...edit,
			text: edit.text.replace(env.name, name)
		})),
		...fix.ensureLines ? { ensureLines: fix.ensureLines.map((wanted) => ({
			...wanted,
			line: wanted.line === `${env.name}=` ? `${name}=` : wanted.line
		})) } : {},
		env: {
			...env,
			name
		}
	};
}
function firstEdit(fix) {
	return Math.min(...fix.edits.map((edit) => edit.start));
}
function withDistinctEnvNames(fixes) {
	const ordered = fixes.filter((planned) => planned.fix.env).sort((a, b) => a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : firstEdit(a.fix) - firstEdit(b.fix));
	const nameOfSecret = /* @__PURE__ */ new Map();
	const taken = /* @__PURE__ */ new Set();
	const chosen = /* @__PURE__ */ new Map();
	for (const planned of ordered) {
		const { name, secretDigest } = planned.fix.env;
		let final = nameOfSecret.get(secretDigest);
		if (final === void 0) {
			final = name;
			for (let suffix = 2; taken.has(final); suffix++) final = `${name}_${suffix}`;
			taken.add(final);
			nameOfSecret.set(secretDigest, final);
		}
		chosen.set(planned, final);
	}
	return fixes.map((planned) => {
		const name = chosen.get(planned);
		return name === void 0 ? planned : {
			...planned,
			fix: renamed(planned.fix, name)
		};
	});
}
// src/heal/file-access.ts
var isRoot = () => process.getuid?.() === 0;
function kindOf(stats) {
	if (stats.isSymbolicLink()) return "a symbolic link";
	if (stats.isDirectory()) return "a folder";
	if (stats.isFIFO()) return "a FIFO";
	if (stats.isSocket()) return "a socket";
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
	return "not a regular file";
}
/** Why heal will not rewrite this regular file, if it will not. */
function refusalFor(stats) {
	if ((stats.mode & 128) === 0) return `read-only (mode ${(stats.mode & 511).toString(8).padStart(4, "0")}); left untouched`;
	if (stats.nlink > 1) return `has ${stats.nlink - 1} other hard link(s); rewriting it would split them, so it is left untouched`;
	const uid = process.getuid?.();
	if (uid !== void 0 && uid !== 0 && stats.uid !== uid) return `owned by another user (uid ${stats.uid}); heal would change its owner, so it is left untouched`;
}
/** The file (or the one about to be created) lies inside the agent, through any linked folder on the way. */
async function insideRoot(file, root) {
	return (await resolveInside(root, file, { allowMissing: true })).inside;
}
/**
* Reads a file heal may edit. `missing: 'empty'` treats a file that does not exist as empty (it
* will be created); otherwise a missing file is refused.
*/
async function readForEdit(file, root, options = {}) {
	let before;
	try {
		before = await lstat(file);
	} catch (error) {
		if (error.code === "ENOENT" && options.missing === "empty") {
			if (!await insideRoot(file, root)) return { refused: "is outside the agent folder (through a linked folder); left alone" };
			return { file: {
				text: "",
				encoding: "utf-8",
				bom: false,
				bytes: Buffer.alloc(0)
			} };
		}
		return { refused: `cannot be read (${errorMessage(error).split("\n")[0]})` };
	}
	if (before.isSymbolicLink()) return { refused: "is a symbolic link; heal edits only regular files, so it is left alone" };
	if (!before.isFile()) return { refused: `is ${kindOf(before)}, not a regular file; left alone` };
	if (!await insideRoot(file, root)) return { refused: "is outside the agent folder (through a linked folder); left alone" };
	const refusal = refusalFor(before);
	if (refusal) return { refused: refusal };
	let handle;
	try {
		handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		return { refused: `cannot be opened safely (${errorMessage(error).split("\n")[0]}); left alone` };
	}
	try {
		const stats = await handle.stat();
		if (!stats.isFile() || stats.dev !== before.dev || stats.ino !== before.ino) return { refused: "changed while heal opened it; left alone" };
		const bytes = await handle.readFile();
		const decoded = decodeText(bytes);
		if (!decoded) return { refused: "looks binary; left untouched" };
		const bom = decoded.encoding === "utf-8" && hasUtf8Bom(bytes);
		const again = encodeText(decoded.text, decoded.encoding, { bom });
		if (!again || !again.equals(bytes)) return { refused: `does not read back byte for byte as ${decoded.encoding}; left untouched` };
		return { file: {
			text: decoded.text,
			encoding: decoded.encoding,
			bom,
			bytes,
			stats: {
				dev: stats.dev,
				ino: stats.ino,
				mode: stats.mode,
				uid: stats.uid,
				gid: stats.gid
			}
		} };
	} finally {
		await handle.close();
	}
}
/** The new text in the file's own encoding and byte-order mark, or why it cannot be. */
function encodeLike(original, text) {
	return encodeText(text, original.encoding, { bom: original.bom }) ?? `the edit holds characters ${original.encoding} cannot store; left untouched`;
}
/**
* Replaces `file` with `bytes`, keeping the mode and owner of what was read. Returns why it did not,
* when the file changed since it was read (or appeared, for a new file) or its owner cannot be kept.
*/
async function writeLikeOriginal(file, root, original, bytes) {
	const now = await readForEdit(file, root, { missing: "empty" });
	if ("refused" in now) return now.refused;
	if (!(original.stats ? now.file.stats?.ino === original.stats.ino && now.file.stats.dev === original.stats.dev : !now.file.stats) || !now.file.bytes.equals(original.bytes)) return "changed since heal read it; heal again";
	const folder = path.dirname(file);
	const owner = original.stats ?? (isRoot() ? await lstat(folder) : void 0);
	const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
	const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, original.stats ? 384 : 438);
	let renamed = false;
	try {
		await handle.writeFile(bytes);
		if (owner) {
			const created = await handle.stat();
			if (created.uid !== owner.uid || created.gid !== owner.gid) try {
				await handle.chown(owner.uid, owner.gid);
			} catch (error) {
				return `cannot keep its owner ${owner.uid}:${owner.gid} (${errorMessage(error).split("\n")[0]}); left untouched`;
			}
		}
		if (original.stats) await handle.chmod(original.stats.mode & 4095);
		await handle.sync();
		await handle.close();
		await rename(temporary, file);
		renamed = true;
		return;
	} finally {
		if (!renamed) {
			await handle.close().catch(() => void 0);
			await rm(temporary, { force: true });
		}
	}
}
// src/heal/git-guard.ts
var execFileAsync$1 = promisify(execFile);
/** A `.git` entry in the file's folder or above it: the file is in a checkout. */
async function insideCheckout(folder) {
	for (let current = folder;; current = path.dirname(current)) try {
		await access(path.join(current, ".git"));
		return true;
	} catch {
		if (path.dirname(current) === current) return false;
	}
}
function firstLine(text) {
	return text.split("\n").map((line) => line.trim()).find((line) => line !== "") ?? "";
}
async function gitStatusOf(file) {
	const folder = path.dirname(file);
	try {
		const { stdout } = await execFileAsync$1("git", [
			"status",
			"--porcelain",
			"--",
			path.basename(file)
		], { cwd: folder });
		return { state: stdout.trim() === "" ? "clean" : "dirty" };
	} catch (error) {
		const failure = error;
		if (failure.code === "ENOENT") return await insideCheckout(folder) ? {
			state: "unknown",
			problem: "git is not installed"
		} : { state: "not-a-repository" };
		const stderr = String(failure.stderr ?? "");
		if (/not a git repository/i.test(stderr)) return { state: "not-a-repository" };
		return {
			state: "unknown",
			problem: firstLine(stderr.replace(/^fatal:\s*/im, "")) || firstLine(failure.message)
		};
	}
}
// src/heal/python-imports.ts
/**
* Adds the imports a fix needs, once, in the place a person would put them: merged into an existing
* `from X import ...` line, else after the last top-level import, else after the module docstring and
* any `from __future__` imports. Works on text lines so comments and layout stay as written.
*/
var IMPORT_LINE = /^(?:import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*|from\s+[\w.]+\s+import\s+.+)\s*(?:#.*)?$/;
function lineStarts(text) {
	const starts = [0];
	for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
	return starts;
}
/** End offset (after the newline) of the module docstring, when the file starts with one. */
function docstringEnd(text) {
	const match = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*[rRuU]?("""|''')[\s\S]*?\1[ \t]*(?:\r?\n|$)/.exec(text);
	return match ? match[0].length : 0;
}
function hasImport(text, wanted) {
	if ("module" in wanted) return new RegExp(`^import\\s+(?:[\\w.]+\\s*,\\s*)*${wanted.module.replace(".", "\\.")}(?:\\s|,|$)`, "m").test(text);
	const existing = new RegExp(`^from\\s+${wanted.from.replace(".", "\\.")}\\s+import\\s+(.+)$`, "m").exec(text);
	if (!existing) return false;
	const names = new Set((existing[1] ?? "").replace(/[()]/g, "").split(",").map((name) => name.trim().split(/\s+as\s+/)[0]));
	return wanted.names.every((name) => names.has(name));
}
function pythonImportEdits(text, imports, newline) {
	const edits = [];
	const missing = [];
	for (const wanted of imports) if (!hasImport(text, wanted)) missing.push(wanted);
	if (missing.length === 0) return edits;
	const lines = text.split("\n");
	const starts = lineStarts(text);
	const additions = [];
	const fromGroups = /* @__PURE__ */ new Map();
	for (const wanted of missing) if ("module" in wanted) {
		if (!additions.includes(`import ${wanted.module}`)) additions.push(`import ${wanted.module}`);
	} else {
		const group = fromGroups.get(wanted.from) ?? /* @__PURE__ */ new Set();
		wanted.names.forEach((name) => group.add(name));
		fromGroups.set(wanted.from, group);
	}
	for (const [module, names] of fromGroups) {
		const index = lines.findIndex((line) => new RegExp(`^from\\s+${module.replace(".", "\\.")}\\s+import\\s+[^(\\\\]+$`).test(line.replace(/\r$/, "")));
		if (index !== -1) {
			const line = lines[index].replace(/\r$/, "");
			const [, head, list, comment] = /^(from\s+\S+\s+import\s+)([^#]*?)(\s*#.*)?$/.exec(line) ?? [];
			const present = (list ?? "").split(",").map((name) => name.trim()).filter(Boolean);
			const merged = [...present, ...[...names].filter((name) => !present.map((entry) => entry.split(/\s+as\s+/)[0]).includes(name))];
			const start = starts[index];
			edits.push({
				start,
				end: start + line.length,
				text: `${head}${merged.join(", ")}${comment ?? ""}`
			});
		} else additions.push(`from ${module} import ${[...names].join(", ")}`);
	}
	if (additions.length === 0) return edits;
	let insertAt = docstringEnd(text);
	let lastImportLine = -1;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index].replace(/\r$/, "");
		if (starts[index] < insertAt) continue;
		if (IMPORT_LINE.test(line)) {
			lastImportLine = index;
			if (line.includes("(") && !line.includes(")")) {
				while (index + 1 < lines.length && !lines[index].includes(")")) index++;
				lastImportLine = index;
			}
		} else if (line.trim() !== "" && !line.startsWith("#")) break;
	}
	if (lastImportLine !== -1) insertAt = starts[lastImportLine + 1] ?? text.length;
	const prefix = insertAt === text.length && !text.endsWith("\n") && text.length > 0 ? newline : "";
	edits.push({
		start: insertAt,
		end: insertAt,
		text: `${prefix}${additions.join(newline)}${newline}`
	});
	return edits;
}
// src/heal/plan.ts
/**
* Edits overlap when they touch the same characters. Two insertions at one point do not: they are
* applied in the order the fixes were planned (rule order, so deterministic), and the parse check
* still guards the result. `f(a)` + `, timeout=60` + `, max_tokens=1024` is the common case.
*/
function overlaps(a, b) {
	if (a.start === a.end || b.start === b.end) return a.start > b.start && a.start < b.end || b.start > a.start && b.start < a.end;
	return a.start < b.end && b.start < a.end;
}
function applyEdits(text, edits) {
	let result = "";
	let cursor = 0;
	for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
		result += text.slice(cursor, edit.start) + edit.text;
		cursor = edit.end;
	}
	return result + text.slice(cursor);
}
function planFile(text, fixes, language) {
	const accepted = [];
	const applied = [];
	const dropped = [];
	for (const fix of fixes) {
		if (fix.edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) {
			dropped.push({
				fix,
				reason: "overlaps another fix in the same place"
			});
			continue;
		}
		accepted.push(...fix.edits);
		applied.push(fix);
	}
	let updated = applyEdits(text, accepted);
	const imports = applied.flatMap((fix) => fix.pythonImports ?? []);
	if (language === "python" && imports.length > 0) {
		const newline = text.includes("\r\n") ? "\r\n" : "\n";
		updated = applyEdits(updated, pythonImportEdits(updated, imports, newline));
	}
	return {
		original: text,
		updated,
		applied,
		dropped
	};
}
// src/heal/redacted-diff.ts
/**
* Unified diffs that never show a secret. The sensitive spans come from scanning each whole file
* (before and after the edit), not the diff text: a diff's 3 context lines can cut a private key
* in half, and half a key matches no detector. Every diff line that overlaps a span is masked.
*/
/** Masks one line of a file: the part of each span on it, merged where spans overlap. */
function maskLine(line, lineStart, spans) {
	const lineEnd = lineStart + line.length;
	const segments = [];
	for (const span of spans) {
		if (span.end <= lineStart || span.start >= lineEnd) continue;
		const start = Math.max(span.start, lineStart) - lineStart;
		const end = Math.min(span.end, lineEnd) - lineStart;
		const last = segments.at(-1);
		if (last && start < last.end) last.end = Math.max(last.end, end);
		else segments.push({
			start,
			end,
			text: span.start >= lineStart ? span.replacement : "…"
		});
	}
	let out = "";
	let cursor = 0;
	for (const segment of segments) {
		out += line.slice(cursor, segment.start) + segment.text;
		cursor = segment.end;
	}
	return out + line.slice(cursor);
}
/** A file's lines as the diff numbers them (split at `\n`, a `\r` kept), each masked where it must be. */
function maskedLines(text, file) {
	const spans = sensitiveSpans(text, file);
	const raw = text.split("\n");
	if (spans.length === 0) return {
		raw,
		masked: raw
	};
	let offset = 0;
	return {
		raw,
		masked: raw.map((line) => {
			const result = maskLine(line, offset, spans);
			offset += line.length + 1;
			return result;
		})
	};
}
/** The masked form of a diff line, or `…` should the diff ever number lines differently from the file. */
function shown(lines, index, content) {
	return lines.raw[index] === content ? lines.masked[index] : "…";
}
function redactedUnifiedDiff(file, before, after) {
	const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, "", "", { context: 3 });
	const old = maskedLines(before, file);
	const updated = maskedLines(after, file);
	for (const hunk of patch.hunks) {
		let oldLine = hunk.oldStart - 1;
		let newLine = hunk.newStart - 1;
		hunk.lines = hunk.lines.map((line) => {
			const marker = line[0];
			const content = line.slice(1);
			if (marker === " ") {
				const before = shown(old, oldLine++, content);
				const after = shown(updated, newLine++, content);
				return ` ${before !== content ? before : after}`;
			}
			if (marker === "-") return `-${shown(old, oldLine++, content)}`;
			if (marker === "+") return `+${shown(updated, newLine++, content)}`;
			return line;
		});
	}
	return formatPatch(patch);
}
// src/heal/heal.ts
var execFileAsync = promisify(execFile);
async function breaksSyntax(language, file, before, after) {
	if (language === "other") return false;
	const [old, updated] = await Promise.all([parseSource(language, file, before), parseSource(language, file, after)]);
	return Boolean(updated?.rootNode.hasError) && !old?.rootNode.hasError;
}
/** The change for a file heal will not touch: listed with its fixes and the reason, never read further. */
function refusedChange(base, reason) {
	return {
		...base,
		diff: "",
		updated: "",
		skipped: reason
	};
}
async function buildHealPlan(sources) {
	const files = [];
	const ensure = /* @__PURE__ */ new Map();
	for (const source of sources) {
		const byFile = /* @__PURE__ */ new Map();
		for (const planned of withDistinctEnvNames(source.fixes)) byFile.set(planned.absolutePath, [...byFile.get(planned.absolutePath) ?? [], planned]);
		for (const [absolutePath, planned] of [...byFile].sort(([a], [b]) => a < b ? -1 : 1)) {
			const base = {
				agent: source.agentPath,
				file: planned[0].file,
				absolutePath
			};
			const read = await readForEdit(absolutePath, source.agentRoot);
			if ("refused" in read) {
				files.push(refusedChange({
					...base,
					fixes: planned.map((entry) => ({
						ruleId: entry.ruleId,
						fingerprint: entry.fingerprint,
						description: entry.fix.description
					})),
					dropped: []
				}, read.refused));
				continue;
			}
			const original = read.file.text;
			const language = planned[0].language;
			const plan = planFile(original, planned.map((entry) => entry.fix), language);
			const change = {
				...base,
				diff: "",
				fixes: planned.filter((entry) => plan.applied.includes(entry.fix)).map((entry) => ({
					ruleId: entry.ruleId,
					fingerprint: entry.fingerprint,
					description: entry.fix.description
				})),
				dropped: plan.dropped.map(({ fix, reason }) => ({
					ruleId: planned.find((entry) => entry.fix === fix).ruleId,
					description: fix.description,
					reason
				})),
				updated: plan.updated
			};
			const bytes = encodeLike(read.file, plan.updated);
			if (typeof bytes === "string") change.skipped = bytes;
			else if (await breaksSyntax(language, absolutePath, original, plan.updated)) change.skipped = "the edited file would not parse; left untouched";
			else {
				change.diff = redactedUnifiedDiff(change.file, original, plan.updated);
				change.write = {
					agentRoot: source.agentRoot,
					read: read.file,
					bytes
				};
				for (const entry of planned.filter((item) => plan.applied.includes(item.fix))) for (const wanted of entry.fix.ensureLines ?? []) {
					const target = path.join(source.agentRoot, wanted.file);
					const record = ensure.get(target) ?? {
						agent: source.agentPath,
						agentRoot: source.agentRoot,
						reportPath: joinAgentPath(source.agentPath, wanted.file),
						lines: []
					};
					if (!record.lines.includes(wanted.line)) record.lines.push(wanted.line);
					ensure.set(target, record);
				}
			}
			files.push(change);
		}
	}
	for (const [absolutePath, wanted] of ensure) {
		const base = {
			agent: wanted.agent,
			file: wanted.reportPath,
			absolutePath,
			fixes: [],
			dropped: []
		};
		const read = await readForEdit(absolutePath, wanted.agentRoot, { missing: "empty" });
		if ("refused" in read) {
			files.push(refusedChange(base, read.refused));
			continue;
		}
		const original = read.file.text;
		const present = new Set(original.split(/\r?\n/).map((line) => line.split("=")[0]?.trim()));
		const missing = wanted.lines.filter((line) => !present.has(line.split("=")[0]));
		if (missing.length === 0) continue;
		const newline = original.includes("\r\n") ? "\r\n" : "\n";
		const updated = `${original}${original === "" || original.endsWith("\n") ? "" : newline}${missing.join(newline)}${newline}`;
		const bytes = encodeLike(read.file, updated);
		if (typeof bytes === "string") {
			files.push(refusedChange(base, bytes));
			continue;
		}
		files.push({
			...base,
			diff: redactedUnifiedDiff(wanted.reportPath, original, updated),
			updated,
			write: {
				agentRoot: wanted.agentRoot,
				read: read.file,
				bytes
			}
		});
	}
	return {
		files,
		totals: totalsOf(files)
	};
}
function totalsOf(files, dropped) {
	const active = files.filter((change) => !change.skipped && change.diff !== "");
	return {
		fixes: active.reduce((total, change) => total + change.fixes.length, 0),
		files: active.length,
		dropped: dropped ?? files.reduce((total, change) => total + change.dropped.length, 0),
		skippedFiles: files.filter((change) => change.skipped).length
	};
}
/** What `--force` overrides, said once for every message that offers it. */
var FORCE_HINT = "pass --force to heal anyway";
/**
* Decides which planned files may change: never a file with uncommitted git changes, nor one git
* cannot answer for (dubious ownership, a broken index), unless `force`; and at most `maxFixFiles`
* files ("blast radius"); the rest wait for the next run. `--force` overrides only the git checks:
* links, FIFOs, read-only files and files outside the agent are refused whatever the flags.
*/
async function limitHealPlan(plan, options) {
	let changed = 0;
	for (const change of plan.files) {
		if (change.skipped || change.diff === "") continue;
		const git = options.force ? void 0 : await gitStatusOf(change.absolutePath);
		if (git?.state === "dirty") change.skipped = "has uncommitted changes in git; commit or stash them, or pass --force";
		else if (git?.state === "unknown") {
			change.gitProblem = `git cannot tell whether ${change.file} has uncommitted changes (${git.problem})`;
			change.skipped = `${change.gitProblem}; ${FORCE_HINT}`;
		} else if (options.maxFixFiles !== void 0 && changed >= options.maxFixFiles) change.skipped = `over max_fix_files (${options.maxFixFiles}); heal again to continue`;
		else changed++;
	}
	plan.totals = totalsOf(plan.files);
	return plan;
}
/**
* Writes every file the plan may change, each through a temporary file and a rename, in its own
* encoding, mode and owner. Refuses to write anything (exit 3) when git could not answer for a file:
* a guard that cannot run is not a guard that passed. A file that changed since it was read, or
* whose owner cannot be kept, is skipped with the reason.
*/
async function applyHealPlan(plan) {
	const blocked = plan.files.find((change) => change.gitProblem);
	if (blocked) throw new CockpitError(`--heal: ${blocked.gitProblem}; nothing was changed. Fix git (e.g. git config --global --add safe.directory for a checkout another user owns) or ${FORCE_HINT}`);
	for (const change of plan.files) {
		if (change.skipped || change.diff === "" || !change.write) continue;
		try {
			const refused = await writeLikeOriginal(change.absolutePath, change.write.agentRoot, change.write.read, change.write.bytes);
			if (refused) change.skipped = refused;
		} catch (error) {
			change.skipped = `cannot be written (${errorMessage(error).split("\n")[0]}); left untouched`;
		}
	}
	plan.totals = totalsOf(plan.files);
	return plan;
}
/**
* `--heal --branch NAME`: a new branch with one commit holding exactly the healed files, its message
* listing the fixes, so a pull request can be opened from it. The working tree stays on that branch.
*/
async function commitHealBranch(root, branch, plan) {
	const changed = plan.files.filter((change) => !change.skipped && change.diff !== "");
	const git = (...args) => execFileAsync("git", args, { cwd: root });
	try {
		await git("rev-parse", "--is-inside-work-tree");
	} catch {
		throw new CockpitError(`--branch: ${root} is not inside a git checkout`);
	}
	try {
		await git("check-ref-format", "--branch", branch);
		await git("switch", "-c", branch);
	} catch (error) {
		throw new CockpitError(`--branch: cannot create branch '${branch}' (${errorMessage(error).split("\n")[0]})`);
	}
	if (changed.length === 0) return branch;
	await git("add", "--", ...changed.map((change) => change.absolutePath));
	const lines = changed.flatMap((change) => change.fixes.map((fix) => `- ${change.file}: ${fix.ruleId}: ${fix.description}`));
	const message = `Heal ${lines.length || changed.length} cockpit findings\n\n${lines.join("\n")}\n`;
	await git(...await git("config", "user.email").then(() => [], () => [
		"-c",
		"user.name=AgentOps Cockpit",
		"-c",
		"user.email=cockpit@localhost"
	]), "commit", "-q", "-m", message, "--", ...changed.map((change) => change.absolutePath));
	return branch;
}
export { redactText as a, limitHealPlan as i, buildHealPlan as n, redactedErrorLine as o, commitHealBranch as r, sensitiveSpans as s, applyHealPlan as t };
