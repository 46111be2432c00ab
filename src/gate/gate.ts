import type { Finding } from '../findings/model.js';

/** The CI contract. 1 beats 2; 3 means the audit itself could not be done. */
export const EXIT_CODES = { pass: 0, security: 1, policy: 2, failure: 3 } as const;
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
export type Verdict = 'pass' | 'security-block' | 'policy-block' | 'failed';

const SECURITY_CRITICAL = new Set(['secret', 'pii']);

/** Exit code for findings that count (suppressed ones are already removed). */
export function gateExitCode(findings: readonly Finding[]): ExitCode {
  if (findings.some((finding) => SECURITY_CRITICAL.has(finding.category))) return EXIT_CODES.security;
  if (findings.some((finding) => finding.severity === 'error')) return EXIT_CODES.policy;
  return EXIT_CODES.pass;
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
