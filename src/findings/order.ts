import type { Finding } from './model.js';

/** The report order of findings: file, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.region.startLine - b.region.startLine ||
    a.region.startColumn - b.region.startColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
