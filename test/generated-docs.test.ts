import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DOCS } from '../src/tools/generate-docs.js';
import { REPO_ROOT } from './helpers/cli.js';

describe('generated docs', () => {
  it.each(Object.keys(GENERATED_DOCS))('%s is up to date (run `npm run docs`)', async (relative) => {
    const committed = await readFile(path.join(REPO_ROOT, relative), 'utf8');
    expect(committed).toBe(GENERATED_DOCS[relative]!());
  });
});
