/**
 * The report's only stylesheet, inlined. No url(), no @import, no web fonts: the file must render the
 * same offline, in a CI artifact viewer and in an email client. Colours follow prefers-color-scheme.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --error: #cf222e; --warning: #9a6700; --note: #0969da; --ok: #1a7f37; --add: #dafbe1; --del: #ffebe9; --hunk: #ddf4ff; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --error: #ff7b72; --warning: #d29922; --note: #58a6ff; --ok: #3fb950; --add: #12261e; --del: #2d1214; --hunk: #0c2d6b; }
}
body { margin: 0; padding: 24px; background: var(--bg); color: var(--fg);
  font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 24px 0 4px; }
p { margin: 4px 0; }
.muted { color: var(--muted); }
.verdict { display: inline-block; padding: 4px 10px; border-radius: 6px; font-weight: 600; border: 1px solid currentColor; }
.verdict-pass { color: var(--ok); }
.verdict-security-block, .verdict-policy-block, .verdict-failed { color: var(--error); }
.counts { margin: 12px 0; }
.counts span { display: inline-block; margin-right: 16px; }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev-error, .v-blocked, .v-security-block, .v-policy-block, .v-failed { color: var(--error); font-weight: 600; }
.sev-warning, .v-approved-with-warnings { color: var(--warning); font-weight: 600; }
.sev-note { color: var(--note); }
.v-approved, .v-pass { color: var(--ok); }
code, pre { font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background: var(--panel); padding: 1px 4px; border-radius: 4px; overflow-wrap: break-word; }
pre { background: var(--panel); border: 1px solid var(--line); padding: 8px; overflow-x: auto; white-space: pre; }
pre span { display: block; }
.add { background: var(--add); }
.del { background: var(--del); }
.hunk { background: var(--hunk); }
.fix { margin-top: 4px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
a { color: var(--note); }
li, dd, dt, summary, code { overflow-wrap: anywhere; }
/* Wide tables scroll inside their box instead of widening the page (or crushing their columns). */
.scroll { overflow-x: auto; }
.scroll > table { min-width: 560px; }
details { border-top: 1px solid var(--line); padding: 4px 0; }
summary { cursor: pointer; padding: 4px 0; }
summary h3 { display: inline; margin: 0; }
summary > span { margin-left: 6px; }
:target, details:target > summary { background: var(--hunk); }
.agent-list { margin: 8px 0; padding-left: 28px; }
.agent-list li { margin: 2px 0; }
.inline-list { list-style: none; padding: 0; margin: 8px 0; }
.inline-list li { display: inline; margin-right: 12px; }
.finding-list { list-style: none; padding: 0; margin: 4px 0 8px; }
.finding-list li { margin: 4px 0; }
.rules dt { margin-top: 12px; }
.rules dd { margin: 2px 0 0 16px; }
@media (max-width: 600px) {
  body { padding: 12px; }
  th, td { padding: 3px 4px; }
  /* Finding tables become one block per finding on a phone: four columns do not fit 390 px. */
  table.stack, .stack caption, .stack tbody, .stack tr, .stack td { display: block; width: auto; }
  .stack thead { display: none; }
  .stack tr { border: 1px solid var(--line); margin-bottom: 8px; }
  .stack td { border: 0; }
}
`;
