/**
 * The action's inputs. Composite actions get no INPUT_* variables of their own, so action.yml
 * passes each input to the script under the name below; test/action.test.ts checks the two agree.
 */
export const INPUT_ENV = {
  path: 'INPUT_PATH',
  config: 'INPUT_CONFIG',
  'fail-on': 'INPUT_FAIL_ON',
  shard: 'INPUT_SHARD',
  'sarif-file': 'INPUT_SARIF_FILE',
  'upload-sarif': 'INPUT_UPLOAD_SARIF',
  'html-file': 'INPUT_HTML_FILE',
  baseline: 'INPUT_BASELINE',
  'changed-since': 'INPUT_CHANGED_SINCE',
  lake: 'INPUT_LAKE',
  annotations: 'INPUT_ANNOTATIONS',
} as const;

export type InputName = keyof typeof INPUT_ENV;

/** Which gate exit codes fail the job: `policy` (default) 1, 2 and 3; `security` 1 and 3; `never` none. */
export const FAIL_ON = ['security', 'policy', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionInputs {
  path: string;
  config: string | undefined;
  failOn: FailOn;
  shard: string | undefined;
  sarifFile: string;
  uploadSarif: boolean;
  htmlFile: string | undefined;
  /** `ops report --baseline FILE`, relative to the checkout: gate only on findings it does not list. */
  baseline: string | undefined;
  /** `ops report --changed-since REF`: audit changed agents, gate only on changed lines. */
  changedSince: string | undefined;
  /** The evidence lake folder, relative to the checkout; undefined: a fresh folder under RUNNER_TEMP. */
  lake: string | undefined;
  /** Write `::error file=…` annotations for the findings that count. */
  annotations: boolean;
}

/** A problem with the action's inputs or environment: one line in the log, exit 3. */
export class ActionError extends Error {
  override readonly name = 'ActionError';
}

function input(env: NodeJS.ProcessEnv, name: InputName): string {
  return (env[INPUT_ENV[name]] ?? '').trim();
}

/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function booleanInput(env: NodeJS.ProcessEnv, name: InputName, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ActionError(`${name}: '${value}' is not true or false`);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const failOn = input(env, 'fail-on') || 'policy';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new ActionError(`fail-on: '${failOn}' is not one of ${FAIL_ON.join(', ')}`);
  const shard = input(env, 'shard');
  // The CLI checks 1 ≤ K ≤ N; this only catches what is not K/N at all, before anything runs.
  if (shard !== '' && !/^\d+\/\d+$/.test(shard)) throw new ActionError(`shard: '${shard}' is not K/N (e.g. 2/4)`);
  const changedSince = input(env, 'changed-since');
  // A ref that starts with '-' would read as an option to git.
  if (changedSince.startsWith('-')) throw new ActionError(`changed-since: '${changedSince}' is not a git ref`);
  return {
    path: input(env, 'path') || '.',
    config: input(env, 'config') || undefined,
    failOn: failOn as FailOn,
    shard: shard || undefined,
    sarifFile: input(env, 'sarif-file') || 'cockpit.sarif',
    uploadSarif: booleanInput(env, 'upload-sarif', true),
    htmlFile: input(env, 'html-file') || undefined,
    baseline: input(env, 'baseline') || undefined,
    changedSince: changedSince || undefined,
    lake: input(env, 'lake') || undefined,
    annotations: booleanInput(env, 'annotations', true),
  };
}

/** The job's exit code: the gate's code when `fail-on` says it fails the job, else 0. */
export function jobExitCode(gateExitCode: number, failOn: FailOn): number {
  if (failOn === 'never' || gateExitCode === 0) return 0;
  if (failOn === 'security' && gateExitCode === 2) return 0;
  return gateExitCode;
}
