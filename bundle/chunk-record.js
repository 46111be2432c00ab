// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as CockpitError } from "./chunk-errors2.js";
import "./chunk-default-path3.js";
import { n as withDecision } from "./chunk-decisions2.js";
import { n as readTriage, r as writeTriage, t as EMPTY_TRIAGE } from "./chunk-file4.js";
import { u as readAllLatest } from "./chunk-partitions.js";
import path from "node:path";
// src/triage/lookup.ts
var FULL = /^[0-9a-f]{32}$/;
var MIN_PREFIX = 6;
/**
* The finding a fingerprint (or a unique prefix of one) names in the lake's latest records, counted or not.
* A full fingerprint the lake does not hold is taken as it is (a finding of a run that kept no lake).
*/
async function findFinding(lake, given, lakeShown = lake ?? "the lake") {
	const wanted = given.trim().toLowerCase();
	if (!/^[0-9a-f]+$/.test(wanted) || wanted.length < MIN_PREFIX) throw new CockpitError(`fingerprint '${given}': expected hexadecimal, at least ${MIN_PREFIX} characters (the "fingerprint" of a finding in --format json)`);
	const matches = /* @__PURE__ */ new Map();
	for (const record of lake ? await readAllLatest(lake).catch(() => []) : []) {
		const agent = record.agent;
		for (const finding of [
			...agent.findings,
			...agent.suppressed,
			...agent.baselined ?? [],
			...agent.outsideChanges ?? []
		]) {
			if (!finding.fingerprint.startsWith(wanted)) continue;
			matches.set(finding.fingerprint, {
				fingerprint: finding.fingerprint,
				ruleId: finding.ruleId,
				agent: agent.path,
				file: finding.file,
				line: finding.region.startLine
			});
		}
	}
	if (matches.size === 1) return [...matches.values()][0];
	if (matches.size > 1) throw new CockpitError(`fingerprint '${given}': ${matches.size} findings start with it; give more characters`);
	if (FULL.test(wanted)) return {
		fingerprint: wanted,
		inLake: false
	};
	throw new CockpitError(`fingerprint '${given}': no finding in ${lakeShown} starts with it (run ops report first, or give the full 32-character fingerprint)`);
}
// src/triage/record.ts
/** YYYY-MM-DD, a real day, not already past; the error names `flag`. */
function checkExpiry(value, now, flag = "--expires") {
	const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : void 0;
	if (!date || date.toISOString().slice(0, 10) !== value) throw new CockpitError(`${flag}: '${value}' is not a date as YYYY-MM-DD`);
	if (value < now.toISOString().slice(0, 10)) throw new CockpitError(`${flag}: ${value} has already passed`);
	return value;
}
function checkReason(reason, flag = "--reason") {
	const trimmed = reason.trim();
	if (trimmed.length < 3) throw new CockpitError(`${flag}: say why in a few words (an unexplained decision is how gates rot)`);
	return trimmed;
}
/**
* Records one decision in the triage file (the one place `ops triage` and the dashboard write it): the finding
* looked up in the lake, the decision in force replacing an earlier one, the history kept; written atomically.
*/
async function recordDecision(request) {
	const now = request.now ?? /* @__PURE__ */ new Date();
	const names = request.names ?? {
		reason: "reason",
		expires: "expires"
	};
	const reason = checkReason(request.reason, names.reason);
	const expires = request.expires !== void 0 ? checkExpiry(request.expires, now, names.expires) : void 0;
	const file = request.file ?? path.join(request.root, ...".cockpit/triage.json".split("/"));
	const shown = request.shown ?? file;
	const triage = await readTriage(file, shown, { missingOk: true }) ?? EMPTY_TRIAGE;
	const found = await findFinding(request.lake, request.fingerprint, request.lakeShown);
	const decision = {
		fingerprint: found.fingerprint,
		status: request.status,
		reason,
		author: request.author,
		decidedAt: now.toISOString(),
		...expires ? { expires } : {},
		..."ruleId" in found ? {
			ruleId: found.ruleId,
			agent: found.agent,
			file: found.file,
			line: found.line
		} : {}
	};
	await writeTriage(file, shown, withDecision(triage, decision));
	return {
		decision,
		shown,
		inLake: "ruleId" in found
	};
}
export { recordDecision as n, checkReason as t };
