// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as escapeForTerminal } from "./chunk-terminal-text.js";
import { t as plural } from "./chunk-plural.js";
function seconds(ms) {
	return `${(ms / 1e3).toFixed(1)}s`;
}
function createProgress(io, stderrIsTty, quiet) {
	if (quiet) return {
		start: () => void 0,
		update: () => void 0,
		finish: () => void 0
	};
	let drawn = false;
	return {
		start(total) {
			io.stderr(`Auditing ${plural(total, "agent")}…\n`);
		},
		update(event) {
			const note = event.cached ? " (unchanged, cached)" : "";
			event = {
				...event,
				agent: escapeForTerminal(event.agent)
			};
			if (!stderrIsTty) {
				const step = Math.max(1, Math.ceil(event.total / 10));
				if (event.done % step !== 0 && event.done !== event.total) return;
				io.stderr(`[${event.done}/${event.total}] ${event.agent}: ${event.verdict}${note}\n`);
				return;
			}
			const width = 24;
			const filled = Math.round(event.done / event.total * width);
			const eta = event.done > 0 ? event.elapsedMs / event.done * (event.total - event.done) : 0;
			const line = `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${event.done}/${event.total} ${event.agent.slice(-40)} · ${seconds(event.elapsedMs)} · ETA ${seconds(eta)}`;
			io.stderr(`\r\u001b[2K${line}`);
			drawn = true;
		},
		finish() {
			if (drawn) io.stderr("\r\x1B[2K");
		}
	};
}
function createFileProgress(io, stderrIsTty, quiet) {
	if (!stderrIsTty || quiet) return {
		add: () => void 0,
		done: () => void 0,
		finish: () => void 0
	};
	let total = 0;
	let finished = 0;
	let drawn = false;
	return {
		add(files) {
			total += files;
		},
		done(files) {
			finished += files;
			io.stderr(`\r\u001b[2KAuditing files: ${finished}/${total}`);
			drawn = true;
		},
		finish() {
			if (drawn) io.stderr("\r\x1B[2K");
		}
	};
}
export { createFileProgress, createProgress };
