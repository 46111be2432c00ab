/**
 * `1 file`, `3 files`, `2 fixes`: a count and its noun, for every text the cockpit writes (reports,
 * MCP results, the Action summary, the dashboard). No imports: the dashboard bundles this file.
 */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
