import { randomBytes } from 'node:crypto';
import { appendFile } from 'node:fs/promises';

/**
 * Step outputs in the runner's GITHUB_OUTPUT file. The multiline form with a random delimiter
 * (what @actions/core writes) keeps a value with a newline from forging another output.
 */
export async function writeOutputs(file: string | undefined, outputs: Record<string, string | number>): Promise<void> {
  if (!file) return;
  const text = Object.entries(outputs)
    .map(([name, value]) => {
      const delimiter = `ghadelimiter_${randomBytes(16).toString('hex')}`;
      return `${name}<<${delimiter}\n${String(value)}\n${delimiter}\n`;
    })
    .join('');
  await appendFile(file, text, 'utf8');
}

/** Markdown for the job summary page (GITHUB_STEP_SUMMARY); nothing to do outside Actions. */
export async function writeStepSummary(file: string | undefined, markdown: string): Promise<void> {
  if (!file) return;
  await appendFile(file, markdown, 'utf8');
}
