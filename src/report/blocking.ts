import type { Finding, Severity } from '../findings/model.js';
import type { AgentReport } from './model.js';

const SECURITY_CRITICAL = new Set(['secret', 'pii']);

/**
 * The findings that made an agent's verdict a block, read back from the verdict (a report does not carry
 * each agent's `block_on`): secret and PII findings when the agent is a security block (exit 1), and the
 * other findings of the most severe level present when it blocks at all. With `block_on: [error, warning]`
 * and both levels present this lists the errors only; the verdict is the gate's either way.
 */
export function blockingFindings(agent: AgentReport): Finding[] {
  if (agent.exitCode === 0) return [];
  const secrets = agent.exitCode === 1 ? agent.findings.filter((finding) => SECURITY_CRITICAL.has(finding.category)) : [];
  const others = agent.findings.filter((finding) => !SECURITY_CRITICAL.has(finding.category));
  const worst = (['error', 'warning', 'note'] as const).find((severity: Severity) => others.some((finding) => finding.severity === severity));
  // An agent blocked for a secret alone, or failed, still lists its error-level findings; a policy block lists
  // the level that must have blocked it.
  const level = agent.exitCode === 2 ? worst : 'error';
  const policy = level ? others.filter((finding) => finding.severity === level) : [];
  const blocking = new Set([...secrets, ...policy]);
  return agent.findings.filter((finding) => blocking.has(finding));
}

/** Secrets and personal data (exit 1) before the rest: the reason a security block is one; otherwise in order. */
export function securityFirst(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => (SECURITY_CRITICAL.has(finding.category) ? 0 : 1);
  return [...findings].sort((a, b) => rank(a) - rank(b));
}
