import { setFlagsFromString } from 'node:v8';

/**
 * Imported by the audit engine (audit-agent.ts), so it runs when a command first loads the engine, after the CLI's
 * own modules: Node's built-in modules loaded after a V8 flag changes miss their code cache, which would cost
 * `ops --version` a few milliseconds if this ran at start-up.
 *
 * V8 hands a function to its optimising compiler once it has run about 66 KB of bytecode (`--interrupt-budget`).
 * An audit runs a large body of rule code for a few seconds per thread, so that budget sent 444 functions to
 * TurboFan in one cold 400-agent run on one thread (2.5 s of compile on background threads, against 7.5 s of CPU in
 * all; some functions compiled again after each deoptimisation), and every worker thread compiles the same
 * functions again for itself. Nine times the budget leaves 142 compiles (0.55 s) and takes 13-20 % off the wall time
 * of that fleet and of the 20 MiB agent, with the same reports (docs/BENCHMARKS.md, eighth session). The flag is
 * process-wide, so worker threads share it; a long-lived `ops serve` still optimises its hot code, a little later.
 */
const INTERRUPT_BUDGET = 600_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
