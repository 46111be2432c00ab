import { createColors } from 'picocolors';
import type { HealPlan } from '../heal/heal.js';
import { ruleById } from '../rules/index.js';
import { PERSONA_LABELS } from './labels.js';
import { renderTableRows } from './table.js';
import { escapeForTerminal } from '../util/terminal-text.js';
import { plural } from '../util/plural.js';

type Colors = ReturnType<typeof createColors>;

function colourDiff(colors: Colors, diff: string): string[] {
  return diff
    .split('\n')
    .filter((line, index) => !(index === 0 && line.startsWith('Index:')) && !/^={3,}$/.test(line))
    // Source lines may hold escape sequences: shown, never obeyed by the terminal.
    .map(escapeForTerminal)
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return colors.bold(line);
      if (line.startsWith('@@')) return colors.cyan(line);
      if (line.startsWith('+')) return colors.green(line);
      if (line.startsWith('-')) return colors.red(line);
      return line;
    });
}

/**
 * The Dry Run Dashboard (and, after `--heal`, the record of what changed): a table of fixes, a
 * coloured unified diff per file, and totals.
 */
/** Columns when the terminal does not say (piped output, CI logs). */
const DEFAULT_WIDTH = 100;
/** From this width the table has room for full paths, full rule ids and the persona. */
const WIDE = 160;
const FILE_CELL = 26;
const RULE_CELL = 28;

/** `…/tools/arxiv_search.py`: the end of a path is the part that tells files apart. */
function shortenStart(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}

function shortenEnd(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function formatHealPlan(plan: HealPlan, options: { color: boolean; applied: boolean; remaining: number; resolved?: number; branch?: string; width?: number }): string {
  const colors = createColors(options.color);
  const width = Math.max(60, (options.width ?? DEFAULT_WIDTH) - 2);
  // The file path starts with the agent's folder, so no Agent column; Persona only where there is room.
  const withPersona = width >= WIDE;
  const rows = plan.files.flatMap((change) =>
    change.fixes.map((fix) => {
      const rule = ruleById(fix.ruleId);
      // The reason a file is skipped is printed in full below the table; the cell only says so.
      const status = change.skipped ? 'skipped' : options.applied ? 'applied' : 'planned';
      const cells = [withPersona ? change.file : shortenStart(change.file, FILE_CELL), withPersona ? fix.ruleId : shortenEnd(fix.ruleId, RULE_CELL), fix.description];
      return [...cells, ...(withPersona ? [rule ? PERSONA_LABELS[rule.persona] : '–'] : []), status];
    }),
  );
  const title = options.applied ? 'Heal' : 'Dry Run Dashboard';
  const lines = [colors.bold(`${title}: ${plural(plan.totals.fixes, 'fix', 'fixes')} in ${plural(plan.totals.files, 'file')}`), ''];
  if (rows.length > 0) {
    // Fitted to the terminal: long paths and rule ids end in an ellipsis (the diffs below name them in
    // full), what changes wraps with a hanging indent; nothing runs off the edge.
    const headers = ['File', 'Rule', 'What changes', ...(withPersona ? ['Persona'] : []), 'Status'];
    const [header, ...body] = renderTableRows(headers, rows, headers.map((_, index) => index), width);
    lines.push(...header!.map((line) => `  ${colors.dim(line)}`), ...body.flat().map((line) => `  ${line}`), '');
  }
  for (const change of plan.files) {
    const file = escapeForTerminal(change.file);
    if (change.skipped) {
      lines.push(colors.yellow(`${file}: ${change.skipped}`), '');
      continue;
    }
    for (const dropped of change.dropped) lines.push(colors.yellow(`${file}: ${dropped.ruleId} (${dropped.description}) not applied: ${dropped.reason}`));
    if (change.diff) lines.push(...colourDiff(colors, change.diff.trimEnd()), '');
  }
  for (const note of plan.notes) {
    const prefix = note.kind === 'rotate-secret' ? colors.red(colors.bold('Rotate:')) : colors.yellow(colors.bold('Declare:'));
    lines.push(`${prefix} ${escapeForTerminal(note.text)}`);
  }
  if (plan.notes.length > 0) lines.push('');
  lines.push(
    `${colors.bold('Totals:')} ${plural(plan.totals.fixes, 'fix', 'fixes')}, ${plural(plan.totals.files, 'file')}${plan.totals.dropped ? `, ${plan.totals.dropped} dropped (overlapping)` : ''}` +
      `${plan.totals.skippedFiles ? `, ${plural(plan.totals.skippedFiles, 'file')} skipped` : ''}; ${plural(options.remaining, 'finding')} ${options.applied ? (options.remaining === 1 ? 'remains' : 'remain') : 'will remain'}` +
      (options.applied ? '' : colors.dim(' · dry run: nothing was written')),
  );
  if (options.resolved !== undefined) lines.push(`Re-audit: ${plural(options.resolved, 'finding')} resolved, ${options.remaining} ${options.remaining === 1 ? 'remains' : 'remain'}.`);
  if (options.branch) lines.push(`Committed on branch ${options.branch}.`);
  return `${lines.join('\n')}\n`;
}
