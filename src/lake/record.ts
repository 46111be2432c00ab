import { z } from 'zod';
import { AgentReportSchema } from '../report/model.js';

/**
 * One audit of one agent, as stored in the evidence lake: `{agent_hash}/latest.json` and
 * `{agent_hash}/history/{timestamp}-{run_id}.json`. Findings are stored redacted, as reported.
 */
export const LAKE_SCHEMA_VERSION = 1;

/** Where a run happened (CI variables); the API's agent detail returns it as stored. */
export const RunSourceSchema = z.object({
  repository: z.string().optional(),
  commit: z.string().optional(),
  ciRun: z.string().optional(),
  /** The repository's web address (no credentials), when the CI environment names it: the dashboard links findings to the code at `commit`. */
  remote: z.string().optional(),
  /** Which forge serves `remote`, so its file links are written the right way. */
  forge: z.enum(['github', 'gitlab']).optional(),
  /** The audited folder relative to the repository's top (POSIX), when it is not the top: report paths are relative to it. */
  root: z.string().optional(),
});

export const LakeRecordSchema = z.object({
  schemaVersion: z.literal(LAKE_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  runId: z.string().regex(/^[0-9a-z-]{6,64}$/),
  /** ISO 8601 UTC. */
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  /** Digest of the effective policy the agent was audited under. */
  configDigest: z.string(),
  /** Digest of the agent's files (paths and contents): unchanged means the audit would be identical. */
  contentHash: z.string(),
  /** Where the run happened, when the environment says (CI variables). */
  source: RunSourceSchema.optional(),
  agent: AgentReportSchema,
});

export type LakeRecord = z.infer<typeof LakeRecordSchema>;

export const AGENT_HASH = /^[0-9a-f]{16}$/;
