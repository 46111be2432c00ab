import { z } from 'zod';
import { AUDITOR_NAME, CATEGORIES, SEVERITIES } from '../findings/kinds.js';

/** The `committee:` section of the root cockpit.yaml (docs/COMMITTEE.md): quorum, SARIF imports, model reviewers. */

const QUORUM_KEYS = ['default', 'external', ...CATEGORIES, ...SEVERITIES] as const;
const quorumValue = z.number().int().min(1).max(20);

/**
 * cockpit.yaml `committee.quorum`: votes needed. `external` for findings no cockpit engine raised; then by category,
 * then severity, then `default` (1 when unset).
 */
const QuorumConfigSchema = z
  .object(Object.fromEntries(QUORUM_KEYS.map((key) => [key, quorumValue.optional()])) as { [K in (typeof QUORUM_KEYS)[number]]: z.ZodOptional<typeof quorumValue> })
  .strict();
export type QuorumConfig = z.infer<typeof QuorumConfigSchema>;


/** A model reviewer reached through an OpenAI-compatible chat-completions endpoint. */
const ReviewerConfigSchema = z
  .object({
    name: z.string().regex(AUDITOR_NAME, 'an auditor name: letters, digits, . _ -, not starting with cockpit-'),
    /** The API's base URL, e.g. http://127.0.0.1:11434/v1 (Ollama); requests go to `<url>/chat/completions`. */
    url: z.url({ protocol: /^https?$/ }),
    model: z.string().min(1),
    /** The environment variable holding the API key (sent as a bearer token); none for a local server. */
    api_key_env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional(),
    /** What the reviewer is asked to judge, in your words. */
    brief: z.string().min(1),
    /** Categories it reviews (default: all). */
    categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
    /** true: a run in which this reviewer cannot answer fails (exit 3). Default false. */
    required: z.boolean().optional(),
  })
  .strict();
export type ReviewerConfig = z.infer<typeof ReviewerConfigSchema>;

/** Per run, for all reviewers together. */
const ReviewBudgetSchema = z
  .object({
    /** Most tokens (prompt and answer, as the server reports them) one run may spend. Default 20000. */
    max_tokens: z.number().int().min(1).optional(),
    /** Most seconds one run may spend waiting for reviewers. Default 60. */
    max_seconds: z.number().positive().optional(),
    /** Most seconds one request may take. Default 20. */
    request_timeout_seconds: z.number().positive().optional(),
  })
  .strict();
export type ReviewBudget = z.infer<typeof ReviewBudgetSchema>;

/** cockpit.yaml `committee:` (root file only). */
export const CommitteeConfigSchema = z
  .object({
    quorum: QuorumConfigSchema.optional(),
    reviewers: z.array(ReviewerConfigSchema).optional(),
    budget: ReviewBudgetSchema.optional(),
    /** SARIF files read on every run, as with --import-sarif TOOL=FILE; paths relative to the file's folder. */
    import_sarif: z.record(z.string().regex(AUDITOR_NAME, 'an auditor name: letters, digits, . _ -, not starting with cockpit-'), z.string().min(1)).optional(),
  })
  .strict();
export type CommitteeConfig = z.infer<typeof CommitteeConfigSchema>;
