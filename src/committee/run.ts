import path from 'node:path';
import type { ConfigFileSetting } from '../config/settings.js';
import type { GatePolicy } from '../gate/gate.js';
import type { Report } from '../report/model.js';
import { CockpitError } from '../util/errors.js';
import { AUDITOR_NAME } from '../findings/kinds.js';
import type { SarifImport } from './sarif-import.js';
import type { CommitteeConfig } from '../config/committee-schema.js';

/**
 * What `ops report` hands the committee: the SARIF files of --import-sarif and of cockpit.yaml
 * `committee.import_sarif`, and the quorum. Undefined when neither is there: the report stays as it is.
 */
interface CommitteeRequest {
  /** The audited root (the real one, also for a staged snapshot): SARIF URIs resolve against it. */
  root: string;
  fleet: boolean;
  importFlags: readonly string[];
  configFile: ConfigFileSetting | undefined;
  cwd: string;
  maxFileBytes: number;
  env: NodeJS.ProcessEnv;
  /** --cache-dir / COCKPIT_CACHE_DIR; undefined: the default cache folder. */
  cacheDir: string | undefined;
}

interface PreparedCommittee {
  imports: SarifImport[];
  config: CommitteeConfig;
  /** Votes, quorum and each agent gated again under `gates` (every agent of the report has one). */
  apply(report: Report, gates: ReadonlyMap<string, GatePolicy>): Promise<Report>;
}

/**
 * Whether the fleet's file could have a `committee:` section, from its text alone: most runs have none,
 * and validating the file (YAML, zod, the rule catalog) would cost the warm path its start-up time.
 */
async function mayHaveCommittee(root: string, configFile: ConfigFileSetting | undefined): Promise<boolean> {
  const { readRegularFile } = await import('../util/read-regular-file.js');
  const { CONFIG_FILE_NAMES } = await import('../config/file-names.js');
  const candidates = configFile ? [configFile.path] : CONFIG_FILE_NAMES.map((name) => path.join(root, name));
  for (const file of candidates) {
    try {
      // A top-level key, quoted or not (`committee:`, `"committee":`).
      if (/^["']?committee["']?\s*:/m.test(await readRegularFile(file, { shown: file, maxBytes: 1024 * 1024 }))) return true;
    } catch {
      // Missing or unreadable: the policy's own loading reports what is wrong with it.
    }
  }
  return false;
}

/** `TOOL=FILE` of --import-sarif. */
export function parseImportFlag(value: string): { tool: string; file: string } {
  const equals = value.indexOf('=');
  const tool = equals === -1 ? '' : value.slice(0, equals);
  const file = equals === -1 ? '' : value.slice(equals + 1);
  if (!file) throw new CockpitError(`--import-sarif: '${value}' is not TOOL=FILE (e.g. secretlint=secretlint.sarif)`);
  if (!AUDITOR_NAME.test(tool)) {
    throw new CockpitError(`--import-sarif: '${tool}' is not an auditor name (letters, digits, . _ -, up to 64, not starting with cockpit-)`);
  }
  return { tool, file };
}

async function committeeConfig(root: string, fleet: boolean, configFile: ConfigFileSetting | undefined): Promise<CommitteeConfig | undefined> {
  if (!(await mayHaveCommittee(root, configFile))) return undefined;
  const { loadFleetConfig, loadRootConfig } = await import('../config/root-config.js');
  const loaded = fleet || configFile ? await loadFleetConfig(root, configFile) : await loadRootConfig(root);
  return loaded?.config.committee;
}

/** Reads the configuration and every SARIF file before the audit, so a bad file fails the run at once (exit 3). */
export async function prepareCommittee(request: CommitteeRequest): Promise<PreparedCommittee | undefined> {
  const flags = request.importFlags.map(parseImportFlag);
  const config = await committeeConfig(request.root, request.fleet, request.configFile);
  if (flags.length === 0 && !config) return undefined;
  const fromConfig = Object.entries(config?.import_sarif ?? {}).map(([tool, file]) => ({ tool, file: path.resolve(request.root, file), shown: file }));
  const fromFlags = flags.map(({ tool, file }) => ({ tool, file: path.resolve(request.cwd, file), shown: file }));
  const requests = [...fromConfig, ...fromFlags];
  const seen = new Set<string>();
  for (const { tool } of requests) {
    if (seen.has(tool)) throw new CockpitError(`--import-sarif: the auditor '${tool}' is named twice; give each SARIF file its own name`);
    seen.add(tool);
  }
  // The SARIF reader (and zod) loads only when there is a file to read.
  const { readSarif } = requests.length > 0 ? await import('./sarif-import.js') : { readSarif: undefined };
  const imports = readSarif ? await Promise.all(requests.map((each) => readSarif(each, request.root))) : [];
  const resolved = config ?? {};
  return {
    imports,
    config: resolved,
    apply: async (report, gates) => {
      const { applyCommittee } = await import('./apply.js');
      const reviewers = resolved.reviewers ?? [];
      const review =
        reviewers.length > 0
          ? async (items: Parameters<NonNullable<Parameters<typeof applyCommittee>[0]['review']>>[0]) => {
              const [{ runReviewers }, { defaultCacheDir }] = await Promise.all([import('./reviewers.js'), import('../util/cache-root.js')]);
              const cacheDir = request.cacheDir !== undefined ? path.resolve(request.cwd, request.cacheDir) : defaultCacheDir(request.env);
              return runReviewers(items, { reviewers, budget: resolved.budget ?? {}, env: request.env, cacheDir });
            }
          : undefined;
      return applyCommittee({ report, root: request.root, imports, quorum: resolved.quorum ?? {}, gates, maxFileBytes: request.maxFileBytes, ...(review ? { review } : {}) });
    },
  };
}
