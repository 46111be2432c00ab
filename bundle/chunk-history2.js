// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { o as TRIAGE_STATUSES } from "./chunk-kinds.js";
import { t as triageInForce } from "./chunk-decisions2.js";
import { z } from "zod";
/**
* One event of a triage file's history as people read it (the dashboard, `GET /api/triage`, MCP `list_triage`):
* a decision with its state, or a revocation with the decision it ended.
*/
var TriageEntrySchema = z.object({
	action: z.enum(["decide", "revoke"]),
	fingerprint: z.string(),
	status: z.enum(TRIAGE_STATUSES).optional().describe("a decision: what was decided; a revocation: the decision it ended"),
	reason: z.string(),
	author: z.string().describe("who decided or revoked"),
	decidedAt: z.string().describe("when (ISO date and time)"),
	expires: z.string().optional().describe("the last day (UTC) the decision holds"),
	ruleId: z.string().optional(),
	agent: z.string().optional().describe("the agent's path when decided"),
	file: z.string().optional(),
	line: z.number().int().optional(),
	state: z.enum([
		"in-force",
		"expired",
		"revoked",
		"replaced"
	]).optional().describe("a decision only: in-force, expired, revoked or replaced"),
	endedAt: z.string().optional().describe("a revoked or replaced decision: when the revocation or the next decision came")
});
/** A decision as an entry: the file's fields, in one order whatever the file's. */
function decisionEntry(decision, state) {
	return {
		action: "decide",
		fingerprint: decision.fingerprint,
		status: decision.status,
		reason: decision.reason,
		author: decision.author,
		decidedAt: decision.decidedAt,
		...decision.expires !== void 0 ? { expires: decision.expires } : {},
		...decision.ruleId !== void 0 ? { ruleId: decision.ruleId } : {},
		...decision.agent !== void 0 ? { agent: decision.agent } : {},
		...decision.file !== void 0 ? { file: decision.file } : {},
		...decision.line !== void 0 ? { line: decision.line } : {},
		...state ? { state } : {}
	};
}
/**
* Every decision and revocation of a triage file, newest first, each decision with what became of it. The file's
* `decisions` are the truth for what holds: a decision the history leaves open that is not among them was ended
* by an edit of the file (revoked); one among them that the history lacks (written by hand) is listed too.
*/
function triageHistory(triage, now) {
	const { active, expired } = triageInForce(triage, now);
	const lapsed = new Set(expired.map((decision) => decision.fingerprint));
	const entries = [];
	const open = /* @__PURE__ */ new Map();
	for (const event of triage.history) {
		const previous = open.get(event.fingerprint);
		if (event.action === "decide") {
			if (previous) Object.assign(previous, {
				state: "replaced",
				endedAt: event.decidedAt
			});
			const entry = decisionEntry(event, "in-force");
			entries.push(entry);
			open.set(event.fingerprint, entry);
			continue;
		}
		if (previous) {
			Object.assign(previous, {
				state: "revoked",
				endedAt: event.decidedAt
			});
			open.delete(event.fingerprint);
		}
		entries.push({
			action: "revoke",
			fingerprint: event.fingerprint,
			...previous?.status ? { status: previous.status } : {},
			reason: event.reason,
			author: event.author,
			decidedAt: event.decidedAt,
			...previous?.ruleId !== void 0 ? { ruleId: previous.ruleId } : {},
			...previous?.agent !== void 0 ? { agent: previous.agent } : {},
			...previous?.file !== void 0 ? { file: previous.file } : {},
			...previous?.line !== void 0 ? { line: previous.line } : {}
		});
	}
	for (const decision of triage.decisions) {
		const state = lapsed.has(decision.fingerprint) ? "expired" : "in-force";
		const entry = open.get(decision.fingerprint);
		if (entry && entry.decidedAt === decision.decidedAt) {
			entry.state = state;
			open.delete(decision.fingerprint);
			continue;
		}
		if (entry) {
			entry.state = "replaced";
			open.delete(decision.fingerprint);
		}
		entries.push(decisionEntry(decision, state));
	}
	for (const entry of open.values()) entry.state = "revoked";
	return {
		entries: entries.map((entry, index) => ({
			entry,
			index
		})).sort((a, b) => a.entry.decidedAt < b.entry.decidedAt ? 1 : a.entry.decidedAt > b.entry.decidedAt ? -1 : b.index - a.index).map(({ entry }) => entry),
		inForce: active.size,
		expired: expired.length
	};
}
/**
* A triage file's history as the dashboard and MCP show it: read only inside `root` (after symbolic links), entries
* of a fingerprint prefix (any case) when one is given, and every reason masked (free text people typed). `exists`
* is false when there is no file; a broken file throws the reader's one-line error.
*/
async function shownTriageHistory(options) {
	const [{ readTriage }, { redactText }] = await Promise.all([import("./chunk-file3.js"), import("./chunk-sensitive-spans2.js")]);
	const triage = await readTriage(options.file, options.shown, {
		missingOk: true,
		root: options.root
	});
	const history = triage ? triageHistory(triage, options.now) : {
		entries: [],
		inForce: 0,
		expired: 0
	};
	const wanted = options.fingerprint?.trim().toLowerCase();
	const entries = history.entries.filter((entry) => wanted === void 0 || entry.fingerprint.startsWith(wanted)).map((entry) => ({
		...entry,
		reason: redactText(entry.reason)
	}));
	return {
		...history,
		entries,
		exists: triage !== void 0
	};
}
export { shownTriageHistory as n, triageHistory as r, TriageEntrySchema as t };
