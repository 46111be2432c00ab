import { z } from 'zod';

/**
 * The committee's part of findings and reports (docs/COMMITTEE.md): what each auditor said about a finding,
 * whether it reached its quorum, and the run's summary. The `committee:` settings are in config/.
 */

const DECISIONS = ['raised', 'confirmed', 'disputed'] as const;

const VoteSchema = z.object({
  auditor: z.string().describe('`cockpit-secrets`, `cockpit-pii`, `cockpit-security`, `cockpit-dependencies`, `cockpit-rules`, or the name given to an imported SARIF file'),
  decision: z.enum(DECISIONS).describe('`raised`: the first auditor to report it; `confirmed`: another auditor reported the same problem; `disputed`: an auditor marked it as not a problem (a SARIF suppression)'),
  ruleId: z.string().describe("the auditor's own rule id"),
  rationale: z.string().describe("the auditor's message, redacted: never a full secret"),
});
export type Vote = z.infer<typeof VoteSchema>;

export const FindingCommitteeSchema = z.object({
  auditors: z.array(z.string()).describe('distinct auditors that raised or confirmed the finding'),
  quorum: z.number().int().min(1).describe('votes the finding needs to count for the gate (cockpit.yaml `committee.quorum`)'),
  status: z.enum(['met', 'below-quorum']).describe('`below-quorum`: shown, not counted for the gate'),
  votes: z.array(VoteSchema),
});

const AuditorRunSchema = z.object({
  name: z.string(),
  kind: z.enum(['engine', 'sarif', 'model']),
  source: z.string().optional().describe('the SARIF file as given; for a model reviewer, its model'),
  review: z
    .object({
      requests: z.number().int().min(0).describe('requests sent this run'),
      cached: z.number().int().min(0).describe('answers reused from the cache (same finding, same excerpt, same brief)'),
      tokens: z.number().int().min(0).describe('tokens the server reported for this run\'s requests'),
      unreviewed: z.number().int().min(0).describe('findings left without its vote: budget spent, no answer, or an answer that failed the schema'),
      error: z.string().optional().describe('why it could not answer, redacted'),
    })
    .optional(),
  results: z.number().int().min(0).describe('results read (engines: findings raised)'),
  merged: z.number().int().min(0).describe('results merged into a finding another auditor raised'),
  added: z.number().int().min(0).describe('results that became findings of their own'),
  skipped: z.number().int().min(0).describe('results not used: outside the audited root or every entry, without a location, or suppressed with nothing to dispute'),
});

export const CommitteeRunSchema = z.object({
  auditors: z.array(AuditorRunSchema),
  quorum: z.record(z.string(), z.number().int().min(1)).describe('the quorum settings in force: by category, by severity, `default`'),
  findings: z.number().int().min(0).describe('findings the committee voted on (below-quorum ones included)'),
  agreed: z.number().int().min(0).describe('findings raised or confirmed by two auditors or more'),
  belowQuorum: z.number().int().min(0),
  disputed: z.number().int().min(0).describe('findings at least one auditor disputed: listed for a human'),
});
export type CommitteeRun = z.infer<typeof CommitteeRunSchema>;
export type AuditorRun = z.infer<typeof AuditorRunSchema>;
