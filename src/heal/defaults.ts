/**
 * The values one-click fixes write. `cockpit.yaml` overrides them under `heal:` (and
 * `finops.max_output_tokens`); rules read them from `context.heal`, so an agent's own file can
 * choose its timeouts and retry counts.
 */
export interface HealValues {
  /** timeout= written on requests/urlopen calls. */
  httpTimeoutSeconds: number;
  /** timeout written on model SDK clients (milliseconds in TypeScript). */
  modelTimeoutSeconds: number;
  /** max_retries / maxRetries restored where retries were switched off. */
  modelMaxRetries: number;
  /** Attempts and backoff cap of the tenacity retry added to agent tools that call HTTP APIs. */
  toolRetryAttempts: number;
  toolRetryMaxWaitSeconds: number;
  /** Attempts (and backoff cap) written into retries that had no stop condition. */
  retryStopAttempts: number;
  retryMaxWaitSeconds: number;
  /** max_iterations written into ADK LoopAgents that had none. */
  loopAgentMaxIterations: number;
  /** Output token cap written on model calls that had none. */
  maxOutputTokens: number;
}

export const DEFAULT_HEAL_VALUES: HealValues = {
  httpTimeoutSeconds: 30,
  modelTimeoutSeconds: 60,
  modelMaxRetries: 2,
  toolRetryAttempts: 3,
  toolRetryMaxWaitSeconds: 10,
  retryStopAttempts: 5,
  retryMaxWaitSeconds: 30,
  loopAgentMaxIterations: 10,
  maxOutputTokens: 1024,
};
