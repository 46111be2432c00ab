import type { RuleMeta } from '../types.js';

/**
 * Reported by the engine, not by a file check: an agent's cockpit.yaml tried to loosen a setting the
 * root cockpit.yaml locks. The attempt is overruled; the finding makes it visible in review.
 */
export const LOCKED_SETTING_RULE: RuleMeta = {
  id: 'policy/locked-setting-loosened',
  title: 'Agent configuration loosens a locked fleet setting',
  description:
    "An agent's cockpit.yaml tries to loosen a setting that the workspace root locks (for example turning off the secrets gate). The root policy still applies; the attempt is reported so it is seen in review rather than silently ignored.",
  persona: 'governance',
  category: 'policy',
  severity: 'error',
  fixability: 'structural',
  tags: ['governance', 'CWE-284'],
  remediation: 'Remove the setting from the agent cockpit.yaml, or agree a change to the fleet policy in the root cockpit.yaml.',
  precision: 'very-high',
};

