// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as errorMessage, t as CockpitError } from "./chunk-errors2.js";
import { n as readRegularFile } from "./chunk-read-regular-file2.js";
import { t as CockpitFileSchema } from "./chunk-file-schema.js";
import { _ as ruleOptionsProblem, n as RULES } from "./chunk-rules.js";
import { n as validRuleKeys, t as nearestRuleKey } from "./chunk-rule-keys.js";
import { i as currentRuleId } from "./chunk-renamed-ids.js";
import { t as redactQuoted } from "./chunk-shown-text.js";
import path from "node:path";
import { z } from "zod";
import { LineCounter, isMap, parseDocument } from "yaml";
// src/config/load-file.ts
/** A policy file is a page or two; anything far larger is a mistake (or `/dev/zero` behind a link). */
var MAX_CONFIG_BYTES = 1048576;
/**
* `root`: the folder the file must stay inside, symbolic links followed (default: its own folder).
* A missing file is `path: cannot be read (ENOENT)`; a FIFO, device, link out of the root or a file
* over MAX_CONFIG_BYTES is refused in one line.
*/
async function loadCockpitFile(filePath, shownPath, options = {}) {
	return parseCockpitDocument(await readRegularFile(filePath, {
		shown: shownPath,
		root: options.root ?? path.dirname(filePath),
		maxBytes: MAX_CONFIG_BYTES
	}), shownPath);
}
/**
* The `rules:` keys written as a former id, by the current id they stand for (empty: none). Both ids of one rule
* in one file would leave it unclear which setting applies: that is a one-line error at the second key.
*/
function writtenRuleKeys(rules, shownPath, keyPosition) {
	const written = /* @__PURE__ */ new Map();
	const seen = /* @__PURE__ */ new Map();
	for (const key of Object.keys(rules ?? {})) {
		const current = currentRuleId(key);
		const other = seen.get(current);
		if (other !== void 0) {
			const at = keyPosition(key);
			throw new CockpitError(`${shownPath}:${at.line}:${at.col}: rules names ${current} twice, as '${other}' and '${key}' (a former id still names the rule); keep '${current}' only`);
		}
		seen.set(current, key);
		if (current !== key) written.set(current, key);
	}
	return written;
}
function parseCockpitDocument(text, shownPath) {
	const lineCounter = new LineCounter();
	let document;
	let data;
	try {
		document = parseDocument(text, {
			lineCounter,
			prettyErrors: false,
			uniqueKeys: true
		});
		const firstError = document.errors[0];
		if (firstError) {
			const at = lineCounter.linePos(firstError.pos[0]);
			throw new CockpitError(`${shownPath}:${at.line}:${at.col}: invalid YAML: ${redactQuoted(firstError.message.split("\n")[0] ?? "", 200)}`);
		}
		data = document.toJS() ?? {};
	} catch (error) {
		if (error instanceof CockpitError) throw error;
		const message = errorMessage(error);
		const reason = /excessive alias/i.test(message) ? "YAML aliases expand to too many copies (over 100); write the values out" : /unresolved alias/i.test(message) ? "invalid YAML: an alias (*name) refers to no anchor (&name) defined before it" : `cannot be parsed (${redactQuoted(message.split("\n")[0] ?? "", 120)})`;
		throw new CockpitError(`${shownPath}: ${reason}`);
	}
	if (data === null || typeof data !== "object" || Array.isArray(data)) throw new CockpitError(`${shownPath}:1:1: expected a mapping of settings at the top level`);
	const parsed = CockpitFileSchema.safeParse(data);
	if (parsed.success) {
		const validKeys = validRuleKeys(RULES.map((rule) => rule.id));
		/** Where a key of `rules:` is written. */
		const ruleKeyAt = (key) => {
			const rules = document.get("rules", true);
			const range = ((isMap(rules) ? rules.items.find((item) => String(item.key?.value) === key) : void 0)?.key)?.range;
			return range ? lineCounter.linePos(range[0]) : {
				line: 1,
				col: 1
			};
		};
		const unknown = Object.keys(parsed.data.rules ?? {}).find((key) => !validKeys.has(key));
		if (unknown !== void 0) {
			const at = ruleKeyAt(unknown);
			const near = nearestRuleKey(unknown, validKeys);
			throw new CockpitError(`${shownPath}:${at.line}:${at.col}: unknown rule '${redactQuoted(unknown)}' in rules${near ? ` (did you mean '${near}'?)` : ""}`);
		}
		for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
			if (typeof setting !== "object" || !setting.options) continue;
			const rule = RULES.find((candidate) => candidate.id === currentRuleId(id));
			const problem = rule ? ruleOptionsProblem(rule, setting.options, z) : {
				option: "",
				message: `options belong to one rule, not to '${id}'`
			};
			if (!problem) continue;
			const keyPath = problem.option ? [
				"rules",
				id,
				"options",
				problem.option
			] : [
				"rules",
				id,
				"options"
			];
			const node = document.getIn(keyPath.slice(0, -1), true);
			const range = ((isMap(node) ? node.items.find((item) => String(item.key?.value) === keyPath.at(-1)) : void 0)?.key)?.range;
			const at = range ? lineCounter.linePos(range[0]) : {
				line: 1,
				col: 1
			};
			throw new CockpitError(`${shownPath}:${at.line}:${at.col}: ${redactQuoted(problem.message, 200)}`);
		}
		const written = writtenRuleKeys(parsed.data.rules, shownPath, ruleKeyAt);
		return {
			config: written.size === 0 ? parsed.data : {
				...parsed.data,
				rules: Object.fromEntries(Object.entries(parsed.data.rules).map(([key, setting]) => [currentRuleId(key), setting]))
			},
			shownPath,
			positionOf(given) {
				const keyPath = given[0] === "rules" && given[1] !== void 0 && written.has(given[1]) ? [
					"rules",
					written.get(given[1]),
					...given.slice(2)
				] : given;
				for (let depth = keyPath.length; depth > 0; depth--) {
					const parent = depth === 1 ? document.contents : document.getIn(keyPath.slice(0, depth - 1), true);
					if (!isMap(parent)) continue;
					const range = (parent.items.find((item) => String(item.key?.value) === keyPath[depth - 1])?.key)?.range;
					if (range) {
						const at = lineCounter.linePos(range[0]);
						return {
							line: at.line,
							column: at.col
						};
					}
				}
				return {
					line: 1,
					column: 1
				};
			}
		};
	}
	const issue = parsed.error.issues[0];
	let node;
	let key = issue.path.map(String);
	if (issue.code === "unrecognized_keys" && issue.keys[0]) key = [...key, issue.keys[0]];
	for (let depth = key.length; depth >= 0 && !node; depth--) {
		const found = depth === 0 ? document.contents : document.getIn(key.slice(0, depth), true);
		if (found && typeof found === "object" && "range" in found) node = found;
		if (node && issue.code === "unrecognized_keys" && depth === key.length) {
			const parent = depth === 1 ? document.contents : document.getIn(key.slice(0, depth - 1), true);
			if (isMap(parent)) {
				const pair = parent.items.find((item) => String(item.key?.value) === key[depth - 1]);
				if (pair?.key && typeof pair.key === "object" && "range" in pair.key) node = pair.key;
			}
		}
	}
	const at = node?.range ? lineCounter.linePos(node.range[0]) : {
		line: 1,
		col: 1
	};
	const where = key.length > 0 ? `'${key.map((segment) => redactQuoted(segment)).join(".")}'` : "top level";
	const message = issue.code === "unrecognized_keys" ? `unknown setting ${where}` : `${where}: ${issue.message}`;
	throw new CockpitError(`${shownPath}:${at.line}:${at.col}: ${message}`);
}
export { loadCockpitFile as n, MAX_CONFIG_BYTES as t };
