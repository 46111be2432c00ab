import type { Fleet, RollupCounts } from '../api/types.js';
import { Histogram } from '../components/Histogram.js';
import { RollupTable } from '../components/RollupTable.js';
import { SegmentedBars, type Series } from '../components/SegmentedBars.js';
import { findingsHref } from '../findings-href.js';
import { folderLabel, plural, VERDICT_LABELS } from '../labels.js';

/**
 * The overview's roll-ups (who and where: by owner, by folder) and its three small charts. Numbers
 * come from `/api/fleet` (src/server/fleet-rollups.ts); every count links to the agents it counts (the
 * agents table) or the findings it counts (the Findings list).
 */

const OWNER_BARS = 10;

function Unowned({ counts }: { counts: RollupCounts }) {
  if (counts.agents === 0) return <p className="muted rollup-note">Every agent has an owner.</p>;
  return (
    <p className="muted rollup-note" data-testid="unowned">
      {plural(counts.agents, 'agent')} with no owner ({counts.blocked} blocked, {plural(counts.findings, 'finding')}): add them to CODEOWNERS or give them{' '}
      <code>owners:</code> in their cockpit.yaml.
    </p>
  );
}

export function OwnerRollupPanel({ fleet }: { fleet: Fleet }) {
  return (
    <section className="panel" aria-labelledby="owners-heading">
      <h2 id="owners-heading">By owner</h2>
      {fleet.owners === undefined ? (
        <p className="muted">Owners come from the workspace's CODEOWNERS and agents' cockpit.yaml: start the server with a workspace to see them.</p>
      ) : fleet.owners.length === 0 ? (
        <p className="muted">No agent has an owner yet: add a CODEOWNERS file (GitHub or GitLab syntax) or <code>owners:</code> in an agent's cockpit.yaml.</p>
      ) : (
        <>
          <RollupTable
            rows={fleet.owners.map((entry) => ({ ...entry, name: entry.owner, filter: { owner: entry.owner } }))}
            nameHeading="Owner"
            caption="Roll-up by owner: agents and findings, most blocked agents first; the agent counts open the agents table, the finding counts the Findings list"
            testId="owner-rollup"
          />
          {fleet.unowned ? <Unowned counts={fleet.unowned} /> : null}
        </>
      )}
    </section>
  );
}

export function FolderRollupPanel({ fleet }: { fleet: Fleet }) {
  return (
    <section className="panel" aria-labelledby="folders-heading">
      <h2 id="folders-heading">By folder</h2>
      <RollupTable
        rows={fleet.folders.map((entry) => ({ ...entry, name: folderLabel(entry.folder), filter: { folder: entry.folder } }))}
        nameHeading="Folder"
        caption="Roll-up by folder: agents and findings (the agent's parent folder, two levels at most), most blocked agents first; the agent counts open the agents table, the finding counts the Findings list"
        testId="folder-rollup"
      />
    </section>
  );
}

const VERDICT_SERIES: readonly Series[] = [
  { key: 'pass', label: VERDICT_LABELS.pass.toLowerCase(), className: 'bar-pass' },
  { key: 'security-block', label: VERDICT_LABELS['security-block'].toLowerCase(), className: 'bar-error' },
  { key: 'policy-block', label: VERDICT_LABELS['policy-block'].toLowerCase(), className: 'bar-policy' },
  { key: 'failed', label: VERDICT_LABELS.failed.toLowerCase(), className: 'bar-failed' },
];

const BLOCKED_SERIES: readonly Series[] = [
  { key: 'blocked', label: 'blocked', className: 'bar-error' },
  { key: 'passing', label: 'passing', className: 'bar-pass' },
];

function BlockedByOwner({ fleet }: { fleet: Fleet }) {
  if (fleet.owners === undefined) return <p className="muted">Needs the owners (a server with a workspace).</p>;
  const blocked = fleet.owners.filter((entry) => entry.blocked > 0).slice(0, OWNER_BARS);
  if (blocked.length === 0) return <p className="muted">No owner has a blocked agent.</p>;
  const more = fleet.owners.filter((entry) => entry.blocked > 0).length - blocked.length;
  return (
    <>
      <SegmentedBars
        label="Blocked agents per owner"
        series={BLOCKED_SERIES}
        testId="blocked-by-owner"
        rows={blocked.map((entry) => ({
          label: entry.owner,
          href: findingsHref({ owner: entry.owner, verdict: 'blocked' }),
          values: { blocked: entry.blocked, passing: entry.agents - entry.blocked },
          total: `${entry.blocked} of ${entry.agents}`,
        }))}
      />
      {more > 0 ? <p className="muted">and {plural(more, 'more owner')} with blocked agents (By owner).</p> : null}
    </>
  );
}

/** The histogram, frameworks by verdict and blocked agents by owner, side by side on a wide screen. */
export function FleetCharts({ fleet }: { fleet: Fleet }) {
  return (
    <div className="grid-3">
      <section className="panel" aria-labelledby="distribution-heading">
        <h2 id="distribution-heading">Findings per agent</h2>
        <Histogram
          title="Number of agents by how many findings each has"
          unit="agents"
          testId="findings-per-agent"
          bars={fleet.findingsPerAgent.map((bucket) => ({
            label: bucket.label,
            value: bucket.agents,
            detail: bucket.max === undefined ? `${bucket.min} or more findings` : bucket.min === bucket.max ? plural(bucket.min, 'finding') : `${bucket.min} to ${bucket.max} findings`,
          }))}
        />
      </section>
      <section className="panel" aria-labelledby="frameworks-heading">
        <h2 id="frameworks-heading">Frameworks by verdict</h2>
        {fleet.frameworks.length === 0 ? (
          <p className="muted">No framework detected.</p>
        ) : (
          <SegmentedBars
            label="Agents per framework by verdict"
            series={VERDICT_SERIES}
            testId="frameworks-by-verdict"
            rows={fleet.frameworks.map((framework) => ({ label: framework.name, values: framework.verdicts }))}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="blocked-owner-heading">
        <h2 id="blocked-owner-heading">Blocked agents by owner</h2>
        <BlockedByOwner fleet={fleet} />
      </section>
    </div>
  );
}
