import type { LakeRecord } from './record.js';

/**
 * Where a run happened, from the CI environment (GitHub Actions, GitLab CI); undefined outside CI.
 * Empty variables count as unset.
 */
export function runSourceFromEnvironment(env: NodeJS.ProcessEnv): LakeRecord['source'] {
  const repository = env['GITHUB_REPOSITORY'] || env['CI_PROJECT_PATH'];
  const commit = env['GITHUB_SHA'] || env['CI_COMMIT_SHA'];
  const ciRun = env['GITHUB_RUN_ID'] || env['CI_PIPELINE_ID'];
  if (!repository && !commit && !ciRun) return undefined;
  return { ...(repository ? { repository } : {}), ...(commit ? { commit } : {}), ...(ciRun ? { ciRun } : {}) };
}
