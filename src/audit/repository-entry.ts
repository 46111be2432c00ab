import type { DiscoveredAgent } from '../discovery/discover.js';
import { CHECKS } from '../rules/index.js';
import { renamedRuleIdCheck } from '../rules/policy/renamed-rule-id.js';
import type { Check } from '../rules/types.js';
import { sha256Hex } from '../util/hash.js';
import { isInsideOrSame } from '../util/path-containment.js';
import { toPosixRelative } from '../util/paths.js';

/**
 * The repository-level entry of a workspace run: every walked file that no agent owns
 * (`scripts/deploy.sh`, `infra/prod.tfvars`, `.github/workflows/ci.yml`). A leaked credential there
 * is as leaked as one inside an agent, so these files are scanned by the text rules (secrets and
 * personal data), and the entry is gated, reported and stored like an agent. The agent rules do not
 * run: they judge agent code, and these files belong to no agent.
 */
export const REPOSITORY_KIND = 'repository' as const;

/** Where the entry sits: the workspace root, whose files it holds (minus the agents'). */
const REPOSITORY_PATH = '.';

const TEXT_CATEGORIES: ReadonlySet<string> = new Set(['secret', 'pii']);

/** A secret or personal-data check: what reads files outside agents, and test code. */
export function isTextCheck(check: Check): boolean {
  return check.rules.length > 0 && check.rules.every((rule) => TEXT_CATEGORIES.has(rule.category));
}

/** The checks that run on files outside agents; and the root cockpit.yaml's former rule ids, which no agent owns. */
export const REPOSITORY_CHECKS: readonly Check[] = CHECKS.filter((check) => isTextCheck(check) || check === renamedRuleIdCheck);

/**
 * The entry's lake partition: named by the root folder, like a root agent's, but in its own namespace so
 * a root that was an agent in one run and holds only loose files in the next never shares a history.
 */
export function repositoryHash(rootName: string): string {
  return sha256Hex(`repository:${rootName}`).slice(0, 16);
}

/**
 * A file of an evidence lake (`{agent_hash}/latest.json`, its history and their temp files): the cockpit's own,
 * redacted output. A lake kept inside the root (`--lake shard-1`) would otherwise be re-read by every run and
 * change the entry's content hash each time.
 */
const LAKE_FILE = /(?:^|\/)[0-9a-f]{16}\/(?:latest\.json|\.latest\.json\.[^/]*\.tmp|history\/[^/]+)$/;
/** The warm cache (audit/warm-cache.ts) and its temp files, the lake's own too: only beside a lake's records. */
const WARM_CACHE = /(?:^|\/)\.?\.cockpit-warm-cache\.json(?:\.[^/]*\.tmp)?$/;
const LAKE_RECORD = /(?:^|\/)[0-9a-f]{16}\/latest\.json$/;

function parentOf(relative: string): string {
  const slash = relative.lastIndexOf('/');
  return slash < 0 ? '.' : relative.slice(0, slash);
}

/** Which of the relative paths are lake files (records, history, the warm cache beside records). */
function lakeFileTest(relativePaths: readonly string[]): (relative: string) => boolean {
  const lakes = new Set(relativePaths.filter((file) => LAKE_RECORD.test(file)).map((file) => parentOf(parentOf(file))));
  return (relative) => LAKE_FILE.test(relative) || (WARM_CACHE.test(relative) && lakes.has(parentOf(relative)));
}

/**
 * The files of `files` that no agent owns, as a discovered entry at the root; undefined when the agents own
 * every file (the root itself is an agent, or there is nothing else) so no entry duplicates an agent.
 * `outside` drops files under further folders that are the run's own output (its lake).
 */
export function repositoryEntry(
  root: string,
  files: readonly string[],
  agents: readonly DiscoveredAgent[],
  outside: readonly string[] = [],
): DiscoveredAgent | undefined {
  if (agents.some((agent) => agent.path === REPOSITORY_PATH)) return undefined;
  const owned = new Set(agents.flatMap((agent) => agent.files));
  const relative = new Map(files.map((file) => [file, toPosixRelative(root, file)]));
  const isLakeFile = lakeFileTest([...relative.values()]);
  const loose = files.filter(
    (file) => !owned.has(file) && !outside.some((folder) => isInsideOrSame(folder, file)) && !isLakeFile(relative.get(file)!),
  );
  if (loose.length === 0) return undefined;
  return {
    path: REPOSITORY_PATH,
    entrypoints: [],
    frameworks: [],
    reasons: ['files outside every agent: scanned for secrets and personal data'],
    files: loose,
  };
}
