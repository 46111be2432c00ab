import type { Finding } from '../findings/model.js';
import { failsClosed, SKIP_FIX } from '../gate/gate.js';
import { redactText } from '../secrets/sensitive-spans.js';
import { ANNOTATION_LEVELS, workflowAnnotation } from './github-annotations.js';
import { joinPrefix } from './compact.js';
import type { Report } from './model.js';

/**
 * `--format github`: one GitHub Actions workflow command per finding
 * (`::error file=PATH,line=L,endLine=L,col=C,title=RULE::message`, warning and notice for the lower
 * severities), so a plain `run:` step annotates the pull request without uploading SARIF. Escaping is the
 * runner's (github-annotations.ts; https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands):
 * `%`, CR and LF in the message, and also `:` and `,` in properties. Paths are repository-relative, as
 * annotations need. GitHub shows only the first 10 errors and 10 warnings of a step; SARIF has them all.
 */

export interface GithubOptions {
  /** The audited folder's path from the repository root (POSIX; '' or '.' at the root). */
  repositoryPrefix: string;
}

export function githubFindingLine(finding: Finding, repositoryPrefix: string): string {
  return workflowAnnotation(ANNOTATION_LEVELS[finding.severity], redactText(finding.message), {
    file: joinPrefix(repositoryPrefix, finding.file),
    line: finding.region.startLine,
    endLine: finding.region.endLine,
    col: finding.region.startColumn,
    title: finding.ruleId,
  });
}

export function formatGithub(report: Report, options: GithubOptions): string {
  const lines: string[] = [];
  for (const agent of report.agents) {
    for (const finding of agent.findings) lines.push(githubFindingLine(finding, options.repositoryPrefix));
    if (agent.error) lines.push(workflowAnnotation('error', redactText(`audit failed: ${agent.error}`), { file: joinPrefix(options.repositoryPrefix, agent.path), title: 'audit-failed' }));
    for (const skip of (agent.skipped ?? []).filter(failsClosed)) {
      lines.push(workflowAnnotation('error', `not scanned, so it may hold a secret: make it readable, or ${SKIP_FIX}`, { file: joinPrefix(options.repositoryPrefix, skip.path), title: `skipped/${skip.reason}` }));
    }
  }
  return lines.join('');
}
