// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
import { n as agentDepth, t as agentContains } from "./chunk-agent-location.js";
import path from "node:path";
// src/changes/hunks.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Undoes git's C-style quoting of unusual path names (`"a\tb"`, octal escapes for non-ASCII bytes). */
function unquoteGitPath(raw) {
	if (!raw.startsWith("\"") || !raw.endsWith("\"")) return raw;
	const body = raw.slice(1, -1);
	const bytes = [];
	const simple = {
		a: 7,
		b: 8,
		t: 9,
		n: 10,
		v: 11,
		f: 12,
		r: 13,
		"\"": 34,
		"\\": 92
	};
	for (let index = 0; index < body.length; index++) {
		const char = body[index];
		if (char !== "\\") {
			bytes.push(...Buffer.from(char, "utf8"));
			continue;
		}
		const next = body[index + 1] ?? "";
		const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
		if (octal) {
			bytes.push(Number.parseInt(octal[0], 8));
			index += 3;
		} else {
			bytes.push(simple[next] ?? next.charCodeAt(0));
			index += 1;
		}
	}
	return Buffer.from(bytes).toString("utf8");
}
/** `+++ b/path` → `path`; undefined for `/dev/null` (a deleted file). */
function newSidePath(line) {
	const raw = unquoteGitPath(line.slice(4).replace(/\t$/, ""));
	if (raw === "/dev/null") return void 0;
	return raw.startsWith("b/") ? raw.slice(2) : raw;
}
/** Parses `git diff --unified=0` output into changed new-side line ranges per file (paths as git prints them). */
function parseChangedLines(diff) {
	const changed = /* @__PURE__ */ new Map();
	let current;
	let inHeader = false;
	for (const line of diff.split("\n")) if (line.startsWith("diff --git ")) {
		current = void 0;
		inHeader = true;
	} else if (inHeader && line.startsWith("+++ ")) {
		const file = newSidePath(line);
		current = file === void 0 ? void 0 : changed.get(file) ?? [];
		if (file !== void 0 && current) changed.set(file, current);
	} else if (line.startsWith("@@ ")) {
		inHeader = false;
		if (!current) continue;
		const match = HUNK_HEADER.exec(line);
		if (!match) continue;
		const start = Number(match[1]);
		const count = match[2] === void 0 ? 1 : Number(match[2]);
		current.push(count === 0 ? {
			start: Math.max(1, start),
			end: start + 1
		} : {
			start,
			end: start + count - 1
		});
	}
	return changed;
}
function intersects(ranges, start, end) {
	return ranges.some((range) => range.start <= end && start <= range.end);
}
// src/changes/change-set.ts
/** Whether a finding lies in the changes: anywhere in a new file, or on a changed line of an edited one. */
function findingInChanges(changes, finding) {
	const change = changes.files.get(finding.file);
	if (!change) return false;
	if (change.kind === "whole") return true;
	if (change.kind === "deleted") return false;
	return intersects(change.lines, finding.region.startLine, finding.region.endLine);
}
/**
* The agents (by path relative to the root) that hold a changed or deleted file. A file belongs to
* the deepest agent that contains it, as in discovery. A changed root cockpit.yaml is the fleet
* policy of every agent, so it selects them all.
*/
function agentsWithChanges(changes, agentPaths) {
	if ([...changes.files.keys()].some((file) => CONFIG_FILE_NAMES.includes(file))) return new Set(agentPaths);
	const byDepth = [...agentPaths].sort((a, b) => agentDepth(b) - agentDepth(a));
	const selected = /* @__PURE__ */ new Set();
	for (const file of changes.files.keys()) {
		const owner = byDepth.find((agentPath) => agentContains(agentPath, file));
		if (owner !== void 0) selected.add(owner);
	}
	return selected;
}
/** Converts a path relative to the repository top to one relative to the audited root; undefined outside it. */
function relativeToRoot(prefix, fromTop) {
	if (prefix === "") return fromTop;
	if (!fromTop.startsWith(`${prefix}/`)) return void 0;
	return path.posix.relative(prefix, fromTop);
}
/** Drops changes in folders the audit never walks (`.git`, `node_modules`, the cockpit's own `.cockpit/`, …). */
function withoutExcludedDirs(changes, excludeDirs) {
	const excluded = new Set(excludeDirs);
	const files = [...changes.files].filter(([file]) => !file.split("/").slice(0, -1).some((segment) => excluded.has(segment)));
	return {
		...changes,
		files: new Map(files)
	};
}
export { parseChangedLines as a, withoutExcludedDirs as i, findingInChanges as n, relativeToRoot as r, agentsWithChanges as t };
