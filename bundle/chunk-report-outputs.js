// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as repositoryRoot } from "./chunk-repository-root.js";
import { r as REPORT_FORMATS } from "./chunk-settings.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as useColor } from "./chunk-common.js";
import path from "node:path";
// src/cli/commands/report-outputs.ts
/**
* `--format` and `--output`, both repeatable, paired by position: the first format goes to the first file,
* and so on; one format more than files sends the last format to stdout. Without --format the one format is
* the default (text, or $COCKPIT_FORMAT). Checked before anything is audited, so a mistake costs nothing.
*/
function reportDestinations(formats, outputs, settings) {
	const files = outputs ?? [];
	const chosen = formats && formats.length > 0 ? formats.map((format) => parseFormat(format)) : [settings.format];
	if (files.length > chosen.length) throw new CockpitError(`--output: ${files.length} files but ${chosen.length} --format; give one --format per --output, in the same order (e.g. --format sarif --output a.sarif --format json --output b.json)`);
	if (chosen.length > files.length + 1) throw new CockpitError(`--format: ${chosen.length - files.length} formats would go to stdout; at most one may (give the others an --output file each)`);
	const seen = /* @__PURE__ */ new Set();
	for (const file of files) {
		if (seen.has(file)) throw new CockpitError(`--output: '${file}' is given twice`);
		seen.add(file);
	}
	return chosen.map((format, index) => index < files.length ? {
		format,
		file: files[index]
	} : { format });
}
function parseFormat(value) {
	if (REPORT_FORMATS.includes(value)) return value;
	throw new CockpitError(`--format: unknown format '${value}' (expected ${REPORT_FORMATS.join(", ")})`);
}
/** The audited folder's path from the root of the git work tree holding it (`.git` above it), POSIX; else the path shown. */
function repositoryPrefix(auditedRoot, shown) {
	const repository = repositoryRoot(auditedRoot);
	return repository === void 0 ? shown : path.relative(repository, auditedRoot).split(path.sep).join("/");
}
/** `ops report --workspace examples --heal --dry-run`: the same target, previewing its fixes; shell-quoted when needed. */
function healCommand(target, workspace) {
	const quoted = /^[\w./@%+=:,-]+$/.test(target) ? target : `'${target.replace(/'/g, `'\\''`)}'`;
	return `ops report ${workspace ? "--workspace " : ""}${quoted} --heal --dry-run`;
}
/** Renders each destination's format and writes it: files atomically (as one run has always done), then stdout. */
async function writeReportOutputs({ destinations, run, severity, settings, io }) {
	const [{ REPORTERS }, { filterBySeverity }] = await Promise.all([import("./chunk-reporters.js"), import("./chunk-severity-filter.js")]);
	const shown = severity ? {
		...run,
		report: filterBySeverity(run.report, severity)
	} : run;
	const { report } = run;
	for (const destination of destinations) {
		const toFile = destination.file !== void 0;
		const output = await REPORTERS[destination.format](shown, {
			color: useColor(settings, io, toFile),
			stdout: !toFile,
			...!toFile && io.stdoutIsTty && io.stdoutColumns ? { width: io.stdoutColumns } : {}
		});
		if (destination.file === void 0) {
			io.stdout(output);
			continue;
		}
		const { describeWriteError, writeFileAtomic } = await import("./chunk-atomic-write.js");
		try {
			await writeFileAtomic(path.resolve(io.cwd, destination.file), output);
		} catch (error) {
			throw new CockpitError(`${destination.file}: cannot write the report (${describeWriteError(error)})`);
		}
		io.stderr(`Report written to ${destination.file} (${destination.format}); verdict ${report.verdict}, exit ${report.exitCode}\n`);
	}
}
export { healCommand, reportDestinations, repositoryPrefix, writeReportOutputs };
