import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderConfigDoc } from '../config/docs.js';
import { reportJsonSchema } from '../report/json-schema.js';
import { renderRulesDoc } from '../rules/docs.js';
import { RULES } from '../rules/index.js';

/** Regenerates the docs that are derived from code (`npm run docs`); a test keeps them in sync. */
export const GENERATED_DOCS: Record<string, () => string> = {
  'docs/CONFIG.md': renderConfigDoc,
  'docs/RULES.md': () => renderRulesDoc(RULES),
  'docs/report.schema.json': () => `${JSON.stringify(reportJsonSchema(), null, 2)}\n`,
};

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  for (const [relative, render] of Object.entries(GENERATED_DOCS)) {
    await writeFile(`${root}/${relative}`, render());
    process.stdout.write(`wrote ${relative}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
