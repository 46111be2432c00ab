import { createRequire } from 'node:module';
import type { Command } from 'commander';
import { EXIT_CODES } from '../gate/gate.js';
import { CockpitError, errorMessage } from '../util/errors.js';
import { escapeForTerminal } from '../util/terminal-text.js';
import { TOOL_VERSION } from '../version.js';
import { processIo, type CliIo } from './io.js';

/**
 * commander is CommonJS: require() loads it without the ESM wrapper and export scan that `import`
 * adds (about 5 ms of every start-up on Node 20). Types still come from its ESM typings.
 */
function loadCommander(): typeof import('commander') {
  return createRequire(import.meta.url)('commander') as typeof import('commander');
}

/**
 * Commander and the commands' registrations (options and help only; each command's code loads when it
 * runs). Loaded here rather than at the top so `ops --version` answers without them.
 */
async function buildProgram(io: CliIo, setExitCode: (code: number) => void): Promise<Command> {
  const registrations = import('./commands/registrations.js');
  // Required while the registrations' files are read.
  const { Command } = loadCommander();
  const { registerBaseline, registerDiagnose, registerDiscover, registerInit, registerLake, registerMcp, registerReport, registerRules, registerServe, registerTriage } = await registrations;
  const program = new Command('ops')
    .description('AgentOps Cockpit: audit and govern fleets of AI agents (also installed as `aops`)')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      // Commander's own messages ("error: unknown option") become our form; they may quote an argument.
      writeErr: (text) => io.stderr(text.startsWith('error:') ? `ops: ${text.split('\n').map(escapeForTerminal).join('\n')}` : text),
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
  // Every (sub)command reports usage errors through the same exit-3 path.
  const override = (command: Command): void => {
    command.exitOverride();
    command.configureOutput(program.configureOutput());
    command.commands.forEach(override);
  };
  program.commands.forEach(override);
  return program;
}

/** Longer error lines are cut: a message may quote a huge pattern or value from the input. */
const MAX_ERROR_CHARS = 500;

/**
 * One line for the terminal: control and bidi characters made visible (a newline in a message comes
 * from a quoted name, and stays on the line as `\n`), cut to a readable length.
 */
function errorLine(message: string): string {
  const line = escapeForTerminal(message);
  return line.length > MAX_ERROR_CHARS ? `${line.slice(0, MAX_ERROR_CHARS - 1)}…` : line;
}

/** Runs the CLI and returns the exit code; it never throws and never exits the process itself. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const code = await run(argv, io);
  // Output that could not be written (stdout on a full disk) fails the run; a reader that left (`| head`) does not.
  const failure = await io.settle?.();
  if (failure === undefined) return code;
  io.stderr(`ops: error: cannot write to standard output (${failure})\n`);
  return EXIT_CODES.failure;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // `ops --version` alone: commander's answer, without loading commander or any command.
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT_CODES.pass;
  }
  let exitCode: number = EXIT_CODES.pass;
  const debug = argv.includes('--debug') || io.env['COCKPIT_DEBUG'] === '1';
  try {
    const program = await buildProgram(io, (code) => {
      exitCode = code;
    });
    // `ops` alone prints the help on stdout and exits 0, as `git` and `npm` do (commander's default is an error).
    await program.parseAsync(argv.length === 2 ? [...argv, '--help'] : [...argv]);
    return exitCode;
  } catch (error) {
    const { CommanderError } = loadCommander();
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; every usage error is a general failure.
      return error.exitCode === 0 ? EXIT_CODES.pass : EXIT_CODES.failure;
    }
    if (error instanceof CockpitError) {
      io.stderr(`ops: error: ${errorLine(error.message)}\n`);
    } else {
      // A library's message may run over several lines: the first says what happened.
      io.stderr(`ops: internal error: ${errorLine(errorMessage(error).split('\n')[0] ?? '')}${debug ? '' : ' (run with --debug for details)'}\n`);
    }
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_CODES.failure;
  }
}
