/**
 * Values the one-click fixes write. They are the defaults `cockpit.yaml` will be able to override
 * (a `heal:` section is planned); kept in one place so the docs and the fixes agree.
 */
export const HTTP_TIMEOUT_SECONDS = 30;
export const MODEL_TIMEOUT_SECONDS = 60;
export const MODEL_MAX_RETRIES = 2;
