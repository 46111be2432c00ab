import type { Fixability, Persona, Severity, Verdict } from '../api/types.js';
import { PERSONA_LABELS, SEVERITY_LABELS, VERDICT_DESCRIPTIONS, VERDICT_LABELS } from '../labels.js';

/** Badges always carry their meaning as text; colour only repeats it. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge badge-severity-${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`badge badge-verdict-${verdict}`} title={VERDICT_DESCRIPTIONS[verdict]}>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}

export function FixabilityBadge({ fixability }: { fixability: Fixability }) {
  return <span className={`badge badge-fix-${fixability}`}>{fixability === 'one-click' ? 'One-click fix' : 'Structural'}</span>;
}

export function PersonaBadge({ persona }: { persona: Persona }) {
  return <span className="badge badge-persona">{PERSONA_LABELS[persona]}</span>;
}
