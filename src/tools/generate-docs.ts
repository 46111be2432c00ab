import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { renderConfigDoc } from '../config/docs.js';
import { CockpitFileSchema } from '../config/file-schema.js';
import { renderSecretsDoc } from '../secrets/docs.js';
import { reportJsonSchema } from '../report/json-schema.js';
import { renderRulesDoc } from '../report/rule-docs.js';
import { RULES } from '../rules/index.js';

/** Regenerates the docs that are derived from code (`npm run docs`); a test keeps them in sync. */
export const GENERATED_DOCS: Record<string, () => string> = {
  'docs/CONFIG.md': renderConfigDoc,
  'docs/RULES.md': () => renderRulesDoc(RULES),
  'docs/cockpit.schema.json': () =>
    `${JSON.stringify({ $id: 'https://agentops-cockpit.dev/schemas/cockpit.schema.json', title: 'cockpit.yaml', ...z.toJSONSchema(CockpitFileSchema, { target: 'draft-2020-12', io: 'input' }) }, null, 2)}\n`,
  'docs/SECRETS.md': renderSecretsDoc,
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
