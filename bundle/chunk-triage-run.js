// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as DEFAULT_TRIAGE } from "./chunk-default-path3.js";
import { r as withoutDecision, t as triageInForce } from "./chunk-decisions2.js";
import { n as recordDecision, t as checkReason } from "./chunk-record.js";
import { n as readTriage, r as writeTriage, t as EMPTY_TRIAGE } from "./chunk-file4.js";
import { t as requireDirectory } from "./chunk-require-directory.js";
import { t as TRIAGE_STATUS_LABELS } from "./chunk-labels2.js";
import { t as CockpitError } from "./chunk-errors2.js";
import "./chunk-common.js";
import { t as DEFAULT_LAKE } from "./chunk-default-path4.js";
import { t as renderTable } from "./chunk-table.js";
import { t as plural } from "./chunk-plural.js";
import path from "node:path";
import { execFile } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";
// src/triage/author.ts
var run = promisify(execFile);
async function gitConfig(cwd, key) {
	try {
		const { stdout } = await run("git", [
			"config",
			"--get",
			key
		], {
			cwd,
			timeout: 5e3
		});
		return stdout.trim() || void 0;
	} catch {
		return;
	}
}
/** Who is deciding: as git would sign a commit here (`Name <email>`), else the login name. */
async function decidingAuthor(cwd) {
	const [name, email] = await Promise.all([gitConfig(cwd, "user.name"), gitConfig(cwd, "user.email")]);
	if (name || email) return [name, email ? `<${email}>` : void 0].filter(Boolean).join(" ");
	try {
		return os.userInfo().username || "unknown";
	} catch {
		return "unknown";
	}
}
// src/cli/commands/triage-run.ts
async function triageLocation(flags, io) {
	const root = path.resolve(io.cwd, flags.root ?? ".");
	await requireDirectory(root, flags.root ?? ".");
	const file = flags.file !== void 0 ? path.resolve(io.cwd, flags.file) : path.join(root, ...DEFAULT_TRIAGE.split("/"));
	return {
		root,
		file,
		shown: flags.file ?? (path.relative(io.cwd, file).split(path.sep).join("/") || file)
	};
}
async function runTriageDecide(status, given, flags, io, now = /* @__PURE__ */ new Date()) {
	const { root, file, shown } = await triageLocation(flags, io);
	const { decision } = await recordDecision({
		root,
		file,
		shown,
		lake: flags.lake !== void 0 ? path.resolve(io.cwd, flags.lake) : path.join(root, DEFAULT_LAKE),
		fingerprint: given,
		status,
		reason: flags.reason,
		author: flags.author?.trim() || await decidingAuthor(root),
		...flags.expires !== void 0 ? { expires: flags.expires } : {},
		now,
		names: {
			reason: "--reason",
			expires: "--expires"
		}
	});
	const where = decision.ruleId ? `${decision.ruleId} at ${decision.file}:${decision.line}` : `${decision.fingerprint} (not in the lake: recorded as given)`;
	io.stdout(`${TRIAGE_STATUS_LABELS[status]}: ${where}${decision.expires ? `, until ${decision.expires}` : ""}; written to ${shown}\n`);
	return 0;
}
async function runTriageRevoke(given, flags, io, now = /* @__PURE__ */ new Date()) {
	const reason = checkReason(flags.reason);
	const { root, file, shown } = await triageLocation(flags, io);
	const triage = await readTriage(file, shown, { missingOk: false });
	const wanted = given.trim().toLowerCase();
	const matching = triage.decisions.filter((decision) => decision.fingerprint.startsWith(wanted));
	if (matching.length !== 1) throw new CockpitError(`fingerprint '${given}': ${matching.length === 0 ? "no decision" : `${matching.length} decisions`} in ${shown} start${matching.length === 1 ? "s" : ""} with it`);
	const fingerprint = matching[0].fingerprint;
	const revoked = withoutDecision(triage, {
		fingerprint,
		reason,
		author: flags.author?.trim() || await decidingAuthor(root),
		decidedAt: now.toISOString()
	});
	await writeTriage(file, shown, revoked);
	io.stdout(`revoked: ${matching[0].ruleId ?? fingerprint}${matching[0].file ? ` at ${matching[0].file}` : ""}; it gates again. Written to ${shown}\n`);
	return 0;
}
async function runTriageList(flags, io, now = /* @__PURE__ */ new Date()) {
	if (flags.format !== void 0 && flags.format !== "text" && flags.format !== "json") throw new CockpitError(`--format: unknown format '${flags.format}' (expected text or json)`);
	const { file, shown } = await triageLocation(flags, io);
	const triage = await readTriage(file, shown, { missingOk: true }) ?? EMPTY_TRIAGE;
	const { expired } = triageInForce(triage, now);
	const lapsed = new Set(expired.map((decision) => decision.fingerprint));
	if (flags.format === "json") {
		const body = flags.history ? triage.history : triage.decisions.map((decision) => ({
			...decision,
			expired: lapsed.has(decision.fingerprint)
		}));
		io.stdout(`${JSON.stringify(body, null, 2)}\n`);
		return 0;
	}
	if (flags.history) {
		if (triage.history.length === 0) io.stdout(`No decisions in ${shown}.\n`);
		for (const event of triage.history) {
			const what = event.action === "revoke" ? "revoked" : TRIAGE_STATUS_LABELS[event.status];
			io.stdout(`${event.decidedAt.slice(0, 10)}  ${what.padEnd(14)} ${event.fingerprint.slice(0, 12)}  ${event.author}: ${event.reason}\n`);
		}
		return 0;
	}
	if (triage.decisions.length === 0) {
		io.stdout(`No decisions in ${shown}.\n`);
		return 0;
	}
	const rows = triage.decisions.map((decision) => [
		decision.fingerprint.slice(0, 12),
		TRIAGE_STATUS_LABELS[decision.status],
		decision.ruleId ?? "?",
		decision.file ? `${decision.file}${decision.line ? `:${decision.line}` : ""}` : "?",
		decision.expires ? lapsed.has(decision.fingerprint) ? `${decision.expires} (expired)` : decision.expires : "never",
		decision.author,
		decision.reason
	]);
	io.stdout(`${renderTable([
		"fingerprint",
		"decision",
		"rule",
		"where",
		"expires",
		"author",
		"reason"
	], rows, [
		0,
		1,
		2,
		3,
		4,
		5,
		6
	]).join("\n")}\n`);
	io.stdout(`${plural(triage.decisions.length, "decision")} in ${shown}${expired.length > 0 ? `, ${expired.length} expired (their findings gate again)` : ""}\n`);
	return 0;
}
export { runTriageDecide, runTriageList, runTriageRevoke };
