/**
 * Values the one-click fixes write. They are the defaults `cockpit.yaml` will be able to override
 * (a `heal:` section is planned); kept in one place so the docs and the fixes agree.
 */
export const HTTP_TIMEOUT_SECONDS = 30;
export const MODEL_TIMEOUT_SECONDS = 60;
export const MODEL_MAX_RETRIES = 2;
/** Attempts and backoff cap of the tenacity retry added to agent tools that call HTTP APIs. */
export const TOOL_RETRY_ATTEMPTS = 3;
export const TOOL_RETRY_MAX_WAIT_SECONDS = 10;
/** Attempts (and backoff cap) written into retries that had no stop condition. */
export const RETRY_STOP_ATTEMPTS = 5;
export const RETRY_MAX_WAIT_SECONDS = 30;
/** max_iterations written into ADK LoopAgents that had none. */
export const LOOP_AGENT_MAX_ITERATIONS = 10;
/** Output token cap written into model calls/configs that had none (finops/no-output-token-cap). */
export const MAX_OUTPUT_TOKENS = 1024;
