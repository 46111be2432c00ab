import { Command, CommanderError } from 'commander';
import { EXIT_CODES } from '../gate/gate.js';
import { CockpitError, errorMessage } from '../util/errors.js';
import { TOOL_VERSION } from '../version.js';
import { registerBaseline } from './commands/baseline.js';
import { registerDiagnose } from './commands/diagnose.js';
import { registerDiscover } from './commands/discover.js';
import { registerLake } from './commands/lake.js';
import { registerMcp } from './commands/mcp.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { processIo, type CliIo } from './io.js';

function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('ops')
    .description('AgentOps Cockpit: audit and govern fleets of AI agents (also installed as `aops`)')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      // Commander's own messages ("error: unknown option") become our one-line form.
      writeErr: (text) => io.stderr(text.startsWith('error:') ? `ops: ${text}` : text),
    });
  registerReport(program, io, setExitCode);
  registerDiscover(program, io, setExitCode);
  registerLake(program, io, setExitCode);
  registerServe(program, io, setExitCode);
  registerDiagnose(program, io, setExitCode);
  registerBaseline(program, io, setExitCode);
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

/** Runs the CLI and returns the exit code; it never throws and never exits the process itself. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT_CODES.pass;
  const debug = argv.includes('--debug') || io.env['COCKPIT_DEBUG'] === '1';
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; every usage error is a general failure.
      return error.exitCode === 0 ? EXIT_CODES.pass : EXIT_CODES.failure;
    }
    if (error instanceof CockpitError) {
      io.stderr(`ops: error: ${error.message}\n`);
    } else {
      io.stderr(`ops: internal error: ${errorMessage(error).split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
    }
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_CODES.failure;
  }
}
