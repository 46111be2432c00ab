import { z } from 'zod';
import { SEVERITIES } from '../findings/model.js';
import { CommitteeConfigSchema } from './committee-schema.js';

/**
 * `cockpit.yaml`: the fleet's policy at the workspace root, and each agent's own additions
 * ("Sovereign Gates") in its folder. Unknown keys are errors, so a typo never silently disables a gate.
 */
const RuleSettingSchema = z.union([
  z.enum(['off', ...SEVERITIES]),
  z
    .object({
      severity: z.enum(['off', ...SEVERITIES]).optional(),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
]);

const GateSchema = z
  .object({
    /** Severities that block (exit 2; secrets/PII always exit 1). Default: [error]. */
    block_on: z.array(z.enum(SEVERITIES)).min(1).optional(),
    /** Secrets and PII findings block with exit 1. Default true; lockable at the root. */
    secrets: z.boolean().optional(),
  })
  .strict();

export const CockpitFileSchema = z
  .object({
    version: z.literal(1).optional(),
    /** The agent's entry point ("brain"), relative to the file's folder. */
    entry_point: z.string().min(1).optional(),
    /** Several entry points (or agents) relative to the file's folder. */
    targets: z.array(z.string().min(1)).optional(),
    /** gitignore-style patterns, relative to the file's folder, never audited. */
    exclude: z.array(z.string().min(1)).optional(),
    /** Per-rule severity (`off` disables) and options; keys are rule ids or `category/*`. */
    rules: z.record(z.string(), RuleSettingSchema).optional(),
    gate: GateSchema.optional(),
    /** Most files one heal run may change. */
    max_fix_files: z.number().int().min(0).optional(),
    finops: z
      .object({
        preferred_models: z.array(z.string()).optional(),
        max_output_tokens: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /** Values the one-click fixes write. */
    heal: z
      .object({
        http_timeout_seconds: z.number().positive().optional(),
        model_timeout_seconds: z.number().positive().optional(),
        max_retries: z.number().int().min(1).optional(),
        tool_retry_attempts: z.number().int().min(2).optional(),
        retry_stop_attempts: z.number().int().min(1).optional(),
        loop_agent_max_iterations: z.number().int().min(1).optional(),
      })
      .strict()
      .optional(),
    /** Package indexes for dependency checks. */
    registries: z.record(z.string(), z.unknown()).optional(),
    /** Root only: settings agent files may not loosen, e.g. [gate.secrets, gate.block_on, rules]. */
    lock: z.array(z.enum(['gate.secrets', 'gate.block_on', 'rules', 'exclude'])).optional(),
    /**
     * Root only: which code is test code (conventional test, fixture and mock paths always are). Test code
     * is read for real-looking secrets and personal data only, unless `rules: all`.
     */
    test_code: z
      .object({
        /** gitignore-style patterns, relative to the root, that are test code too. */
        paths: z.array(z.string().min(1)).optional(),
        /** Patterns that are production code whatever their names say (e.g. a package named `testing`). */
        production_paths: z.array(z.string().min(1)).optional(),
        rules: z.enum(['secrets-and-pii', 'all']).optional(),
      })
      .strict()
      .optional(),
    /** Who owns the agent (`@user`, `@org/team`, e-mail), instead of what CODEOWNERS says about its folder. */
    owners: z.array(z.string().min(1)).optional(),
    /** Respect .gitignore files (default true). */
    gitignore: z.boolean().optional(),
    /** Root only: audit by committee (docs/COMMITTEE.md): quorum per category or severity, SARIF files to import. */
    committee: CommitteeConfigSchema.optional(),
  })
  .strict();

export type CockpitFile = z.infer<typeof CockpitFileSchema>;
export type RuleSetting = z.infer<typeof RuleSettingSchema>;
export { CONFIG_FILE_NAMES } from './file-names.js';
