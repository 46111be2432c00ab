import type { Finding, Severity } from '../findings/model.js';

/** The CI contract. 1 beats 3 beats 2; 3 means the audit itself could not be done. */
export const EXIT_CODES = { pass: 0, security: 1, policy: 2, failure: 3 } as const;
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
export type Verdict = 'pass' | 'security-block' | 'policy-block' | 'failed';

const SECURITY_CRITICAL = new Set(['secret', 'pii']);

export interface GatePolicy {
  /** Severities that block with exit 2. */
  blockOn: readonly Severity[];
  /** Secret and PII findings block with exit 1. */
  secretsGate: boolean;
}

export const DEFAULT_GATE: GatePolicy = { blockOn: ['error'], secretsGate: true };

/** Exit code for findings that count (suppressed ones are already removed). */
export function gateExitCode(findings: readonly Finding[], gate: GatePolicy = DEFAULT_GATE): ExitCode {
  if (gate.secretsGate && findings.some((finding) => SECURITY_CRITICAL.has(finding.category))) return EXIT_CODES.security;
  const blocking = findings.some(
    (finding) => !SECURITY_CRITICAL.has(finding.category) && gate.blockOn.includes(finding.severity),
  );
  return blocking ? EXIT_CODES.policy : EXIT_CODES.pass;
}

/**
 * Skip reasons that fail closed: the file may hold a secret but was not read. Binaries, lock files,
 * oversized files and excluded folders are reported too but pass; they are skipped on purpose.
 */
const FAIL_CLOSED_SKIPS: ReadonlySet<string> = new Set(['unreadable', 'unreadable-folder', 'nul-prefixed']);

/** What the user can do about a fail-closed skip: exclude it on purpose (or make it readable). */
export const SKIP_FIX = 'add it to .cockpitignore to skip it on purpose';

export function failsClosed(skip: { reason: string }): boolean {
  return FAIL_CLOSED_SKIPS.has(skip.reason);
}

/** An agent's exit code once its skipped files count: an unread file that may hold a secret fails the audit (3); a secret found still wins (1). */
export function gateWithSkips(code: ExitCode, skipped: ReadonlyArray<{ reason: string }> | undefined): ExitCode {
  return code !== EXIT_CODES.security && (skipped ?? []).some(failsClosed) ? EXIT_CODES.failure : code;
}

/** The one precedence, worst first: a secret anywhere wins, then a failed audit, then a policy block. */
const WORST_FIRST: readonly ExitCode[] = [EXIT_CODES.security, EXIT_CODES.failure, EXIT_CODES.policy, EXIT_CODES.pass];

/** Combines agents' exit codes by that precedence. */
export function combineExitCodes(codes: Iterable<number>): ExitCode {
  const seen = new Set(codes);
  return WORST_FIRST.find((code) => seen.has(code)) ?? EXIT_CODES.pass;
}

const EXIT_CODE_OF: Record<Verdict, ExitCode> = { pass: 0, 'security-block': 1, 'policy-block': 2, failed: 3 };

/** 0 for the worst verdict (security-block) to 3 for pass: how lists sort and the fleet store's `verdict_rank`. */
export function verdictRank(verdict: Verdict): number {
  return WORST_FIRST.indexOf(EXIT_CODE_OF[verdict]);
}

export function verdictFor(exitCode: ExitCode): Verdict {
  switch (exitCode) {
    case 0:
      return 'pass';
    case 1:
      return 'security-block';
    case 2:
      return 'policy-block';
    default:
      return 'failed';
  }
}
