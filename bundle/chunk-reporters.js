// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/report/reporters.ts
async function healJson(heal) {
	const { healPlanJson } = await import("./chunk-heal-json.js");
	return {
		...healPlanJson(heal.plan, heal.dryRun),
		...heal.resolved !== void 0 ? { resolved: heal.resolved } : {},
		...heal.branch ? { branch: heal.branch } : {}
	};
}
async function healText(heal, color, width) {
	if (!heal) return "";
	const { formatHealPlan } = await import("./chunk-heal-text.js");
	const applied = {
		color,
		applied: !heal.dryRun,
		remaining: heal.remaining,
		...heal.resolved !== void 0 ? { resolved: heal.resolved } : {},
		...heal.branch ? { branch: heal.branch } : {},
		...width !== void 0 ? { width } : {}
	};
	return `\n${formatHealPlan(heal.plan, applied)}`;
}
var REPORTERS = {
	async text(run, destination) {
		const { formatScopeText } = await import("./chunk-text.js");
		if (run.quiet) {
			const [{ formatCompact, verdictLine }, { terminalSafe }] = await Promise.all([import("./chunk-compact.js"), import("./chunk-terminal-safe.js")]);
			const scope = formatScopeText(terminalSafe(run.report), { color: destination.color });
			const heal = (await healText(run.heal, destination.color, destination.width)).replace(/^\n/, "");
			return formatCompact(run.report, {
				pathPrefix: run.shownPrefix,
				blockingOnly: true
			}) + scope + heal + `${verdictLine(terminalSafe(run.report))}\n`;
		}
		const { formatText } = await import("./chunk-text2.js");
		const options = {
			color: destination.color,
			durationMs: run.durationMs,
			fleet: run.fleet,
			...destination.width !== void 0 ? { width: destination.width } : {},
			...run.healCommand && !run.heal ? { healCommand: run.healCommand } : {}
		};
		const committee = run.report.committee ? (await import("./chunk-committee-text.js")).formatCommitteeText(run.report) : "";
		return formatText(run.report, options) + formatScopeText(run.report, { color: destination.color }) + committee + await healText(run.heal, destination.color, destination.width);
	},
	async json(run) {
		const { formatJson } = await import("./chunk-json.js");
		return formatJson(run.heal ? {
			...run.report,
			heal: await healJson(run.heal)
		} : run.report);
	},
	async sarif(run) {
		const [{ RULES }, { formatSarif, sarifOptionsFor }] = await Promise.all([import("./chunk-rules2.js"), import("./chunk-sarif.js")]);
		const options = {
			...sarifOptionsFor(run.report),
			...run.sarifUriPrefix ? { uriPrefix: run.sarifUriPrefix } : {}
		};
		return run.baselineStates ? (await import("./chunk-sarif3.js")).formatScopedSarif(run.report, RULES, run.baselineStates, options) : formatSarif(run.report, RULES, options);
	},
	async html(run) {
		const { formatHtml } = await import("./chunk-html2.js");
		const heal = run.heal ? (await import("./chunk-heal-json.js")).healPlanJson(run.heal.plan, run.heal.dryRun) : void 0;
		return formatHtml(heal ? {
			...run.report,
			heal
		} : run.report, {
			fleet: run.fleet,
			durationMs: run.durationMs
		});
	},
	async compact(run, destination) {
		const { formatCompact } = await import("./chunk-compact.js");
		return formatCompact(run.report, {
			pathPrefix: run.shownPrefix,
			verdict: destination.stdout && !run.quiet
		});
	},
	async github(run) {
		const { formatGithub } = await import("./chunk-github.js");
		return formatGithub(run.report, { repositoryPrefix: run.repositoryPrefix });
	}
};
export { REPORTERS };
