import path from 'node:path';
import type { Report } from '../../report/model.js';
import { isStoreUrl } from '../../store/url.js';
import { CockpitError } from '../../util/errors.js';
import { displayRoot } from '../../util/display-root.js';
import { requireDirectory } from '../../util/require-directory.js';

/** `--from-lake DIR|postgres://…`: the latest record of every agent, reported without an audit. */
export async function reportFromLake(lakeArgument: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Report> {
  const { assembleReport } = await import('../../report/build.js');
  if (isStoreUrl(lakeArgument)) {
    // The PostgreSQL fleet store (docs/STORE.md): the same records, named by the URL with its password masked.
    const { readStoreLatest } = await import('../../store/open.js');
    const { label, records } = await readStoreLatest(lakeArgument, env);
    if (records.length === 0) throw new CockpitError(`${label}: the store holds no agent records (push a lake first: ops lake push --to URL)`);
    return assembleReport(label, records.map((record) => record.agent));
  }
  const lake = path.resolve(cwd, lakeArgument);
  await requireDirectory(lake, lakeArgument);
  const { readAllLatest } = await import('../../lake/partitions.js');
  const records = await readAllLatest(lake);
  if (records.length === 0) throw new CockpitError(`${lakeArgument}: the lake holds no agent records`);
  return assembleReport(displayRoot(lake, cwd), records.map((record) => record.agent));
}
