import { useEffect, useState } from 'react';
import { TriageForm } from '../components/TriageForm.js';
import { loadRules } from '../api/rules-cache.js';
import type { AgentDetail, Finding, HistoryPoint, Persona, RuleDoc } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { FixabilityBadge, SeverityBadge, VerdictBadge } from '../components/badges.js';
import { CodeExcerpt } from '../components/CodeExcerpt.js';
import { CodeLink } from '../components/CodeLink.js';
import { shownGroups, type ShownGroup } from '../excerpt-groups.js';
import { HealPreview } from '../components/HealPreview.js';
import { FirstSeen, RecentlyFixed } from '../components/FindingAge.js';
import { TriageHistory } from '../components/TriageHistory.js';
import { RunsTable } from '../components/RunsTable.js';
import { StackedBars } from '../components/StackedBars.js';
import { formatDateTime, PERSONA_LABELS, PERSONAS, plural } from '../labels.js';
import { Link } from '../router.js';
import { PageHeading } from './PageHeading.js';

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

function useRuleIndex(): Map<string, RuleDoc> {
  const [rules, setRules] = useState<Map<string, RuleDoc>>(new Map());
  useEffect(() => {
    let live = true;
    loadRules().then(
      (items) => live && setRules(new Map(items.map((rule) => [rule.id, rule]))),
      // Without the catalog the findings still show their own remediation.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return rules;
}

export function AgentPage({ id }: { id: string }) {
  const detail = useApi<AgentDetail>(`/api/agents/${encodeURIComponent(id)}`);
  const history = useApi<{ items: HistoryPoint[] }>(`/api/agents/${encodeURIComponent(id)}/history`);
  const rules = useRuleIndex();

  if (detail.state === 'loading') {
    return (
      <>
        <PageHeading title="Agent" />
        <p className="muted">Loading the agent…</p>
      </>
    );
  }
  if (detail.state === 'error') {
    return (
      <>
        <PageHeading title={detail.status === 404 ? 'Agent not found' : 'Agent'} />
        <p className="error-text" role="alert">
          {detail.status === 404 ? 'The lake has no agent with this id.' : `Could not load the agent: ${detail.message}`}
        </p>
        <p>
          <Link to="/">Back to the fleet</Link>
        </p>
      </>
    );
  }
  const { agent, record } = detail.data;
  const code: CodeView = { groups: detail.data.excerptGroups, links: detail.data.codeLinks, commit: record.source?.commit, ages: detail.data.ages };
  const oneClick = agent.findings.filter((finding) => finding.fixability === 'one-click').length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Fleet</Link> <span aria-hidden="true">›</span> <span aria-current="page">{agent.name}</span>
      </nav>
      <PageHeading title={agent.name}>
        <p className="subtitle">
          <VerdictBadge verdict={agent.verdict} /> exit {agent.exitCode} · {plural(agent.findings.length, 'finding')}
          {agent.suppressed.length > 0 ? ` · ${agent.suppressed.length} suppressed` : ''}
        </p>
      </PageHeading>

      <div className="grid-2">
        <section className="panel" aria-labelledby="identity-heading">
          <h2 id="identity-heading">Identity</h2>
          <dl className="facts">
            <dt>Path</dt>
            <dd>
              <code>{agent.path}</code>
            </dd>
            {agent.kind === 'repository' ? (
              <>
                <dt>Kind</dt>
                <dd>repository: the files outside every agent, scanned for secrets and personal data only</dd>
              </>
            ) : null}
            <dt>Entry point</dt>
            <dd>{agent.entrypoint ? <code>{agent.entrypoint}</code> : <span className="muted">not found</span>}</dd>
            <dt>Language</dt>
            <dd>{agent.language}</dd>
            <dt>Frameworks</dt>
            <dd>{agent.frameworks.length > 0 ? agent.frameworks.join(', ') : <span className="muted">none detected</span>}</dd>
            <dt>Files scanned</dt>
            <dd>
              {agent.stats.filesScanned} ({agent.stats.filesSkipped} skipped)
            </dd>
            <dt>Last audit</dt>
            <dd>
              <time dateTime={record.finishedAt}>{formatDateTime(record.finishedAt)}</time> · run <code>{record.runId}</code> · {record.tool.name} {record.tool.version}
            </dd>
            {record.source?.repository ? (
              <>
                <dt>Source</dt>
                <dd>
                  {record.source.repository}
                  {record.source.commit ? <> @ <code>{record.source.commit.slice(0, 12)}</code></> : null}
                </dd>
              </>
            ) : null}
            <dt>Agent id</dt>
            <dd>
              <code>{agent.id}</code>
            </dd>
          </dl>
          {agent.error ? (
            <p className="error-text" role="alert">
              The audit failed: {agent.error}
            </p>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          {history.state === 'ready' ? (
            <StackedBars
              title={`Findings per audit of ${agent.name}`}
              points={history.data.items.map((point, _index, items) => ({
                // Several runs on one day: label them by time, so the bars do not all read "12-03".
                label: items.some((other) => other !== point && other.finishedAt.slice(0, 10) === point.finishedAt.slice(0, 10)) ? point.finishedAt.slice(11, 16) : point.finishedAt.slice(5, 10),
                detail: `${formatDateTime(point.finishedAt)} (${point.verdict})`,
                error: point.error,
                warning: point.warning,
                note: point.note,
              }))}
            />
          ) : null}
          {history.state === 'ready' ? (
            <RunsTable
              caption={`Audit runs of ${agent.name}, newest first`}
              testId="agent-runs"
              runs={history.data.items.map((point) => ({ runId: point.runId, finishedAt: point.finishedAt, findings: point.findings, new: point.new ?? 0, fixed: point.fixed ?? 0, verdict: point.verdict }))}
            />
          ) : history.state === 'error' ? (
            <p className="error-text">Could not load the history: {history.message}</p>
          ) : (
            <p className="muted">Loading the history…</p>
          )}
        </section>
      </div>

      <Findings findings={agent.findings} code={code} rules={rules} />
      <RecentlyFixed fixed={detail.data.fixed} />
      <HealPreview agentId={agent.id} oneClick={oneClick} />
      {agent.suppressed.length > 0 ? <Suppressed findings={agent.suppressed} /> : null}
      <TriageHistory agentId={agent.id} />
    </>
  );
}

/** What the findings are shown with: excerpts shared by findings on the same lines, and links to the code at the commit. */
interface CodeView {
  groups: AgentDetail['excerptGroups'];
  links: AgentDetail['codeLinks'];
  commit: string | undefined;
  /** When each finding (by fingerprint) was first found, and its age. */
  ages: AgentDetail['ages'];
}

function Findings({ findings, code, rules }: { findings: Finding[]; code: CodeView; rules: Map<string, RuleDoc> }) {
  const groups = PERSONAS.map((persona) => ({
    persona,
    findings: findings
      .filter((finding) => finding.persona === persona)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.file.localeCompare(b.file) || a.region.startLine - b.region.startLine),
  })).filter((group) => group.findings.length > 0);

  return (
    <section className="panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      {groups.length === 0 ? <p>No findings: every persona approves this agent.</p> : null}
      {groups.length > 0 ? (
        <nav aria-label="Findings by persona" className="chips">
          {groups.map((group) => (
            <a key={group.persona} href={`#persona-${group.persona}`} className="chip">
              {PERSONA_LABELS[group.persona]} ({group.findings.length})
            </a>
          ))}
        </nav>
      ) : null}
      {groups.map((group) => (
        <PersonaGroup key={group.persona} persona={group.persona} findings={group.findings} code={code} rules={rules} />
      ))}
    </section>
  );
}

function PersonaGroup({ persona, findings, code, rules }: { persona: Persona; findings: Finding[]; code: CodeView; rules: Map<string, RuleDoc> }) {
  return (
    <section className="persona-group" aria-labelledby={`persona-${persona}`} data-testid={`persona-${persona}`}>
      <h3 id={`persona-${persona}`} tabIndex={-1}>
        {PERSONA_LABELS[persona]} <span className="muted">({plural(findings.length, 'finding')})</span>
      </h3>
      <ul className="finding-list">
        {shownGroups(findings, code.groups).map((group) => (
          <li key={group.key}>
            {group.findings.length === 1 ? (
              <FindingCard finding={group.findings[0]!} excerpt={group.excerpt} code={code} rule={rules.get(group.findings[0]!.ruleId)} />
            ) : (
              <SharedExcerpt group={group} code={code} rules={rules} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Findings on the same lines: the excerpt once, with each finding's span marked, and every finding listed under it. */
function SharedExcerpt({ group, code, rules }: { group: ShownGroup; code: CodeView; rules: Map<string, RuleDoc> }) {
  const { excerpt } = group;
  const lines = [...new Set(group.findings.map((finding) => finding.region.startLine))];
  const where = `${group.findings[0]!.file} ${lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}`}`;
  return (
    <div className="excerpt-group" role="group" aria-label={`${plural(group.findings.length, 'finding')} at ${where}`} data-testid="excerpt-group">
      <p className="excerpt-group-title">
        {plural(group.findings.length, 'finding')} at <code>{where}</code>
      </p>
      {excerpt ? <CodeExcerpt excerpt={excerpt} file={excerpt.file} hitLines={excerpt.hitLines} marks={excerpt.marks} /> : null}
      <ul className="finding-list">
        {group.findings.map((finding) => (
          <li key={finding.fingerprint}>
            <FindingCard finding={finding} code={code} rule={rules.get(finding.ruleId)} shared />
          </li>
        ))}
      </ul>
    </div>
  );
}

function FindingCard({
  finding,
  excerpt,
  code,
  rule,
  shared = false,
}: {
  finding: Finding;
  excerpt?: ShownGroup['excerpt'];
  code: CodeView;
  rule: RuleDoc | undefined;
  /** Shown under an excerpt it shares with other findings: no excerpt or snippet of its own. */
  shared?: boolean;
}) {
  const location = `${finding.file}:${finding.region.startLine}:${finding.region.startColumn}`;
  return (
    <article className={`finding finding-${finding.severity}`} aria-label={`${finding.title} at ${location}`}>
      <header className="finding-head">
        <h4>{finding.title}</h4>
        <div className="badges">
          <SeverityBadge severity={finding.severity} />
          <FixabilityBadge fixability={finding.fixability} />
        </div>
      </header>
      <p className="finding-where">
        <code>{location}</code> · <Link to={`/rules#${encodeURIComponent(finding.ruleId)}`}>{finding.ruleId}</Link>
        {code.links[finding.fingerprint] ? (
          <>
            {' · '}
            <CodeLink url={code.links[finding.fingerprint]} where={`${finding.file}:${finding.region.startLine}`} commit={code.commit} />
          </>
        ) : null}
      </p>
      <FirstSeen age={code.ages[finding.fingerprint]} />
      <p>{finding.message}</p>
      {shared ? null : excerpt ? (
        <CodeExcerpt excerpt={excerpt} file={finding.file} hitLines={excerpt.hitLines} marks={excerpt.marks} />
      ) : finding.snippet ? (
        <pre className="excerpt" aria-label={`Line ${finding.region.startLine} of ${finding.file}`}>
          <code>{finding.snippet}</code>
        </pre>
      ) : null}
      <details className="explain">
        <summary>Why it matters and how to fix it</summary>
        {rule ? <p>{rule.description}</p> : null}
        <p>
          <strong>Remediation:</strong> {finding.remediation}
        </p>
        {finding.fix ? (
          <p>
            <strong>One-click fix:</strong> {finding.fix}
          </p>
        ) : null}
        {finding.tags.length > 0 ? (
          <p className="muted">
            Tags:{' '}
            {finding.tags.map((tag) => (
              <code key={tag} className="tag">
                {tag}
              </code>
            ))}
          </p>
        ) : null}
      </details>
      <TriageForm fingerprint={finding.fingerprint} />
    </article>
  );
}

function Suppressed({ findings }: { findings: Finding[] }) {
  return (
    <section className="panel" aria-labelledby="suppressed-heading">
      <h2 id="suppressed-heading">Suppressed ({findings.length})</h2>
      <ul>
        {findings.map((finding) => (
          <li key={finding.fingerprint}>
            <code>
              {finding.file}:{finding.region.startLine}
            </code>{' '}
            {finding.title}{' '}
            <span className="muted">
              — {finding.suppression?.kind === 'triage' ? `${finding.suppression.status === 'false-positive' ? 'false positive' : 'accepted risk'} (${finding.suppression.author}${finding.suppression.expires ? `, until ${finding.suppression.expires}` : ''}): ` : ''}
              {finding.suppression?.reason || 'no reason given'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
