import { describe, expect, it } from 'vitest';
import type { HealFileChange, HealPlan } from '../heal/heal.js';
import { formatHealPlan } from './heal-text.js';

function change(file: string, ruleId: string, description: string): HealFileChange {
  return { agent: 'agents/research-crew', file, absolutePath: `/x/${file}`, diff: '', updated: '', fixes: [{ ruleId, fingerprint: 'f', description }], dropped: [] };
}

const PLAN: HealPlan = {
  files: [
    change('agents/research-crew/src/research_crew/tools/arxiv_search.py', 'reliability/missing-retry-on-http-tool', "retry transient errors (3 attempts, exponential backoff) on tool 'search_arxiv_for_recent_papers'"),
    change('agents/research-crew/src/research_crew/crew.py', 'secret/openai-project-key', 'read OPENAI_API_KEY from the environment'),
  ],
  notes: [{ agent: 'agents/research-crew', kind: 'rotate-secret', text: 'Rotate the key now read from OPENAI_API_KEY (agents/research-crew/src/research_crew/crew.py): it stays in git history.' }],
  totals: { fixes: 2, files: 2, dropped: 0, skippedFiles: 0 },
};

const tableLines = (text: string) => text.split('\n').slice(2, text.split('\n').indexOf('', 2));

describe('Dry Run Dashboard', () => {
  it('fits the table to the terminal width: paths and rule ids shortened with an ellipsis, what changes wrapped', () => {
    for (const width of [80, 100, 120]) {
      const text = formatHealPlan(PLAN, { color: false, applied: false, remaining: 3, width });
      const lines = tableLines(text);
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(width);
      expect(text).toContain('…');
      // Wrapped, never cut: the description's last word is still there, on a continuation line.
      expect(lines.some((line) => /^\s+.*(papers'|backoff\))/.test(line))).toBe(true);
    }
  });

  it('shows full paths, rule ids and the persona on a wide terminal, 100 columns when it does not know', () => {
    const wide = formatHealPlan(PLAN, { color: false, applied: false, remaining: 3, width: 220 });
    expect(wide).toContain('agents/research-crew/src/research_crew/tools/arxiv_search.py  reliability/missing-retry-on-http-tool');
    expect(wide).toContain('Persona');
    const unknown = formatHealPlan(PLAN, { color: false, applied: false, remaining: 3 });
    for (const line of tableLines(unknown)) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('tells the user to rotate a key heal moved to the environment', () => {
    expect(formatHealPlan(PLAN, { color: false, applied: true, remaining: 0 })).toContain('Rotate: Rotate the key now read from OPENAI_API_KEY');
  });
});
