import type { Persona, Severity } from '../findings/model.js';
import type { Verdict } from '../gate/gate.js';
import { plural } from '../util/plural.js';
import type { EntryKind } from './model.js';

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

/** The short form, one per row of a fleet table. */
export const FLEET_VERDICT_LABELS: Record<Verdict, string> = { pass: 'pass', 'security-block': 'BLOCKED (secret/PII)', 'policy-block': 'BLOCKED (policy)', failed: 'FAILED' };

/** How the repository entry describes itself where an agent shows its language and frameworks. */
export const REPOSITORY_LABEL = 'files outside every agent, scanned for secrets and personal data';

/** `4 agents + repository`: how many agents a fleet holds, and whether the repository entry is among them. */
export function entriesLabel(agents: ReadonlyArray<{ kind?: EntryKind | undefined }>): string {
  // No value import of model.ts here: the dashboard bundles this file.
  const repository = agents.some((agent) => agent.kind === 'repository');
  const count = agents.length - (repository ? 1 : 0);
  return `${plural(count, 'agent')}${repository ? ' + repository' : ''}`;
}
