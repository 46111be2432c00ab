// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as EXIT_CODES } from "./chunk-gate.js";
import { n as errorMessage, t as CockpitError } from "./chunk-errors2.js";
import { t as escapeForTerminal } from "./chunk-terminal-text.js";
import { r as TOOL_VERSION } from "./chunk-version.js";
import { createRequire } from "node:module";
// src/cli/io.ts
/**
* A process stream that never throws or emits an unhandled 'error': a closed pipe (EPIPE, as with
* `| head -c 10`) quietly drops the rest, like any Unix filter; another failure is remembered for `settle`.
*/
function guarded(stream) {
	let broken = false;
	let failure;
	const fail = (error) => {
		broken = true;
		const code = error.code;
		if (code !== "EPIPE" && code !== "ERR_STREAM_DESTROYED") failure ??= code ?? String(error);
	};
	stream.on("error", fail);
	return {
		write(text) {
			if (broken) return;
			try {
				stream.write(text);
			} catch (error) {
				fail(error);
			}
		},
		settle() {
			if (broken) return Promise.resolve(failure);
			return new Promise((resolve) => {
				stream.write("", (error) => {
					if (error) fail(error);
					resolve(failure);
				});
			});
		}
	};
}
function processIo() {
	const stdout = guarded(process.stdout);
	const stderr = guarded(process.stderr);
	return {
		stdout: stdout.write,
		stderr: stderr.write,
		stdoutIsTty: process.stdout.isTTY === true,
		stderrIsTty: process.stderr.isTTY === true,
		...process.stdout.isTTY && process.stdout.columns ? { stdoutColumns: process.stdout.columns } : {},
		env: process.env,
		cwd: process.cwd(),
		settle: async () => {
			const failure = await stdout.settle();
			await stderr.settle();
			return failure;
		}
	};
}
// src/cli/main.ts
/**
* commander is CommonJS: require() loads it without the ESM wrapper and export scan that `import`
* adds (about 5 ms of every start-up on Node 20). Types still come from its ESM typings.
*/
function loadCommander() {
	return createRequire(import.meta.url)("commander");
}
/**
* Commander and the commands' registrations (options and help only; each command's code loads when it
* runs). Loaded here rather than at the top so `ops --version` answers without them.
*/
async function buildProgram(io, setExitCode) {
	const registrations = import("./chunk-registrations.js");
	const { Command } = loadCommander();
	const { registerBaseline, registerDiagnose, registerDiscover, registerInit, registerLake, registerMcp, registerReport, registerRules, registerServe, registerTriage } = await registrations;
	const program = new Command("ops").description("AgentOps Cockpit: audit and govern fleets of AI agents (also installed as `aops`)").version(TOOL_VERSION, "-V, --version", "print the version").helpOption("-h, --help", "show help").showSuggestionAfterError(true).exitOverride().configureOutput({
		writeOut: (text) => io.stdout(text),
		writeErr: (text) => io.stderr(text.startsWith("error:") ? `ops: ${text.split("\n").map(escapeForTerminal).join("\n")}` : text)
	});
	registerReport(program, io, setExitCode);
	registerDiscover(program, io, setExitCode);
	registerRules(program, io, setExitCode);
	registerInit(program, io, setExitCode);
	registerLake(program, io, setExitCode);
	registerServe(program, io, setExitCode);
	registerDiagnose(program, io, setExitCode);
	registerBaseline(program, io, setExitCode);
	registerTriage(program, io, setExitCode);
	registerMcp(program, io, setExitCode);
	const override = (command) => {
		command.exitOverride();
		command.configureOutput(program.configureOutput());
		command.commands.forEach(override);
	};
	program.commands.forEach(override);
	return program;
}
/** Longer error lines are cut: a message may quote a huge pattern or value from the input. */
var MAX_ERROR_CHARS = 500;
/**
* One line for the terminal: control and bidi characters made visible (a newline in a message comes
* from a quoted name, and stays on the line as `\n`), cut to a readable length.
*/
function errorLine(message) {
	const line = escapeForTerminal(message);
	return line.length > MAX_ERROR_CHARS ? `${line.slice(0, 499)}…` : line;
}
/** Runs the CLI and returns the exit code; it never throws and never exits the process itself. */
async function main(argv, io = processIo()) {
	const code = await run(argv, io);
	const failure = await io.settle?.();
	if (failure === void 0) return code;
	io.stderr(`ops: error: cannot write to standard output (${failure})\n`);
	return EXIT_CODES.failure;
}
async function run(argv, io) {
	if (argv.length === 3 && (argv[2] === "--version" || argv[2] === "-V")) {
		io.stdout(`${TOOL_VERSION}\n`);
		return EXIT_CODES.pass;
	}
	let exitCode = EXIT_CODES.pass;
	const debug = argv.includes("--debug") || io.env["COCKPIT_DEBUG"] === "1";
	try {
		await (await buildProgram(io, (code) => {
			exitCode = code;
		})).parseAsync(argv.length === 2 ? [...argv, "--help"] : [...argv]);
		return exitCode;
	} catch (error) {
		const { CommanderError } = loadCommander();
		if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.pass : EXIT_CODES.failure;
		if (error instanceof CockpitError) io.stderr(`ops: error: ${errorLine(error.message)}\n`);
		else io.stderr(`ops: internal error: ${errorLine(errorMessage(error).split("\n")[0] ?? "")}${debug ? "" : " (run with --debug for details)"}\n`);
		if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
		return EXIT_CODES.failure;
	}
}
// src/action/ops.ts
/** The CLI as its own process for the action's audit step (bin/ops.js does the same over dist/cli). */
process.exitCode = await main(process.argv);
export {};
