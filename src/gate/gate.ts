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

/** Combines agents' exit codes: a secret anywhere wins, then a failed audit, then a policy block. */
export function combineExitCodes(codes: Iterable<number>): ExitCode {
  const seen = new Set(codes);
  if (seen.has(1)) return 1;
  if (seen.has(3)) return 3;
  if (seen.has(2)) return 2;
  return 0;
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
