import type { Report, RegistryRunReport } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { plural } from '../../util/plural.js';

type Heal = NonNullable<Report['heal']>;

/** A unified diff, one span per line so additions and removals keep their colour without any script. */
function diffBlock(diff: string): SafeHtml {
  const lines = diff
    .trimEnd()
    .split('\n')
    .filter((line, index) => !(index === 0 && line.startsWith('Index:')) && !/^={3,}$/.test(line));
  const classFor = (line: string) =>
    line.startsWith('+++') || line.startsWith('---') ? '' : line.startsWith('@@') ? 'hunk' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : '';
  return html`<pre>${lines.map((line) => {
    const kind = classFor(line);
    return kind ? html`<span class="${kind}">${line}</span>` : html`<span>${line}</span>`;
  })}</pre>`;
}

/** The heal plan (dry run) or what was applied: fixes per file, dropped fixes and the redacted diffs. */
export function healSection(heal: Heal): SafeHtml {
  const status = heal.dryRun ? 'planned' : 'applied';
  const rows = heal.files.flatMap((change) =>
    change.fixes.map(
      (fix) =>
        html`<tr><td><code>${change.agent}</code></td><td><code>${change.file}</code></td><td><code>${fix.ruleId}</code></td><td>${fix.description}</td><td>${change.skipped ? `skipped: ${change.skipped}` : status}</td></tr>\n`,
    ),
  );
  const notes = heal.files.flatMap((change) => [
    ...(change.skipped ? [html`<li><code>${change.file}</code>: ${change.skipped}</li>\n`] : []),
    ...change.dropped.map((dropped) => html`<li><code>${change.file}</code>: ${dropped.ruleId} (${dropped.description}) not applied: ${dropped.reason}</li>\n`),
  ]);
  const { totals } = heal;
  return html`<section aria-labelledby="heal">
<h2 id="heal">${heal.dryRun ? 'Heal plan (dry run: nothing was written)' : 'Heal: fixes applied'}</h2>
<p>${plural(totals.fixes, 'fix', 'fixes')} in ${plural(totals.files, 'file')}${totals.dropped ? `, ${totals.dropped} dropped (overlapping)` : ''}${totals.skippedFiles ? `, ${plural(totals.skippedFiles, 'file')} skipped` : ''}.${
    heal.resolved !== undefined ? ` Re-audit: ${plural(heal.resolved, 'finding')} resolved.` : ''
  }${heal.branch ? html` Committed on branch <code>${heal.branch}</code>.` : ''}</p>
${rows.length > 0 ? html`<table>
<caption>Fixes</caption>
<thead><tr><th scope="col">Agent</th><th scope="col">File</th><th scope="col">Rule</th><th scope="col">What changes</th><th scope="col">Status</th></tr></thead>
<tbody>
${rows}</tbody>
</table>\n` : ''}${notes.length > 0 ? html`<ul>\n${notes}</ul>\n` : ''}${heal.files
    .filter((change) => change.diff && !change.skipped)
    .map((change) => html`<h3><code>${change.file}</code></h3>\n${diffBlock(change.diff)}\n`)}</section>`;
}

/** With --resolve: the indexes asked, where each was configured, refusals and failovers. URLs are already redacted. */
export function registrySection(run: RegistryRunReport): SafeHtml {
  const { packages } = run;
  const mode = run.mode === 'offline' ? 'offline, from the cache' : run.publicOnly ? 'public mirrors only' : 'online';
  const indexRows = run.indexes.map(
    (index) =>
      html`<tr><td>${index.ecosystem}</td><td>${index.role}${index.scope ? ` (${index.scope})` : ''}</td><td><code>${index.url}</code></td><td>${index.origin}</td><td>${
        index.hasCredentials ? `yes${index.credentialSource ? ` (${index.credentialSource})` : ''}` : 'no'
      }</td></tr>\n`,
  );
  const failoverRows = run.failovers.map(
    (failover) =>
      html`<tr><td>${failover.ecosystem}</td><td><code>${failover.index}</code></td><td>${failover.reason}</td><td>${failover.origin}</td><td>${
        failover.mirror ? html`<code>${failover.mirror}</code>` : html`<span class="sev-error">no mirror answered</span>`
      }</td><td class="num">${failover.resolved.length}</td><td class="num">${failover.unresolved.length}</td></tr>\n`,
  );
  return html`<section aria-labelledby="registry">
<h2 id="registry">Package indexes</h2>
<p>Mode: ${mode}. ${packages.checked} packages checked · ${packages.found} found · ${packages.missing} in no index · ${packages.unresolved} unresolved · ${run.requests} requests, ${run.fromCache} from cache.</p>
${indexRows.length > 0 ? html`<table>
<caption>Indexes asked</caption>
<thead><tr><th scope="col">Ecosystem</th><th scope="col">Role</th><th scope="col">URL</th><th scope="col">Configured in</th><th scope="col">Credentials</th></tr></thead>
<tbody>
${indexRows}</tbody>
</table>\n` : ''}${failoverRows.length > 0 ? html`<table>
<caption>Failovers: indexes that refused, failed or answered a broken document, and the mirror that answered instead</caption>
<thead><tr><th scope="col">Ecosystem</th><th scope="col">Index</th><th scope="col">What happened</th><th scope="col">Configured in</th><th scope="col">Answered by</th><th scope="col" class="num">resolved</th><th scope="col" class="num">unresolved</th></tr></thead>
<tbody>
${failoverRows}</tbody>
</table>\n` : ''}${run.warnings.length > 0 ? html`<ul>\n${run.warnings.map((warning) => html`<li>${warning}</li>\n`)}</ul>\n` : ''}</section>`;
}
