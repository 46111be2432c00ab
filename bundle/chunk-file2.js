// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as describeWriteError, r as writeFileAtomic } from "./chunk-atomic-write2.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { n as readRegularFile, t as InputFileError } from "./chunk-read-regular-file2.js";
import { n as TOOL_NAME, r as TOOL_VERSION } from "./chunk-version.js";
import { z } from "zod";
// src/baseline/file.ts
/**
* The baseline file: the fingerprints of the findings a team accepts for now. Fingerprints hold no
* secret (a secret's is built from a digest of it), and no snippet or message is kept.
*/
var BASELINE_VERSION = 1;
/** Fingerprints only: even a fleet's worth of accepted findings stays far below this. */
var MAX_BASELINE_BYTES = 67108864;
var BaselineEntrySchema = z.object({
	fingerprint: z.string().min(1),
	ruleId: z.string(),
	/** POSIX, relative to the audited root. */
	file: z.string(),
	/** Where it was when the baseline was made; matching never uses it. */
	line: z.number().int().min(1),
	/** The agent's path relative to the audited root (`.` for a single agent). */
	agent: z.string()
});
var BaselineFileSchema = z.object({
	version: z.literal(BASELINE_VERSION),
	tool: z.object({
		name: z.string(),
		version: z.string()
	}),
	createdAt: z.string(),
	root: z.string(),
	findings: z.array(BaselineEntrySchema)
});
/** The baseline of a report: every finding that counts now (suppressed ones are already accepted in code). */
function baselineFromReport(report, createdAt = /* @__PURE__ */ new Date()) {
	const findings = report.agents.flatMap((agent) => agent.findings.map((finding) => ({
		fingerprint: finding.fingerprint,
		ruleId: finding.ruleId,
		file: finding.file,
		line: finding.region.startLine,
		agent: agent.path
	}))).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
	return {
		version: BASELINE_VERSION,
		tool: {
			name: TOOL_NAME,
			version: TOOL_VERSION
		},
		createdAt: createdAt.toISOString(),
		root: report.root,
		findings
	};
}
async function writeBaseline(filePath, shown, baseline) {
	try {
		await writeFileAtomic(filePath, `${JSON.stringify(baseline, null, 2)}\n`);
	} catch (error) {
		throw new CockpitError(`${shown}: cannot write the baseline (${describeWriteError(error)})`);
	}
}
/** Reads and validates a baseline; every problem is one actionable line (exit 3). */
async function readBaseline(filePath, shown) {
	let text;
	try {
		text = await readRegularFile(filePath, {
			shown: `--baseline ${shown}`,
			maxBytes: MAX_BASELINE_BYTES
		});
	} catch (error) {
		if (error instanceof InputFileError && error.reason === "missing") throw new CockpitError(`--baseline ${shown}: no such file (create one with: ops baseline create)`);
		throw error;
	}
	let data;
	try {
		data = JSON.parse(text);
	} catch {
		throw new CockpitError(`--baseline ${shown}: not valid JSON`);
	}
	const parsed = BaselineFileSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
		throw new CockpitError(`--baseline ${shown}: not a cockpit baseline (${where}${issue?.message ?? "invalid"})`);
	}
	return parsed.data;
}
export { writeBaseline as i, baselineFromReport as n, readBaseline as r, BaselineFileSchema as t };
