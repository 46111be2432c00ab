import type { Persona, Severity } from '../findings/model.js';
import type { Verdict } from '../gate/gate.js';

export const PERSONA_LABELS: Record<Persona, string> = {
  secops: 'SecOps',
  architecture: 'Architecture',
  sre: 'SRE / Reliability',
  finops: 'FinOps',
  governance: 'Governance / Compliance',
  ux: 'UX',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'ERROR', warning: 'WARNING', note: 'NOTE' };

export const VERDICT_LABELS: Record<Verdict, string> = {
  pass: 'PASS',
  'security-block': 'BLOCKED: security critical (secrets or PII)',
  'policy-block': 'BLOCKED: architecture or policy violation',
  failed: 'FAILED: the audit could not be completed',
};
