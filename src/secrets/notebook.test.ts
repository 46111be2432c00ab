import { describe, expect, it } from 'vitest';
import { ALNUM, B64URL, pem, rand } from './catalog/sample-tokens.js';
import { scanSecrets } from './scan.js';

/**
 * Jupyter notebooks keep code inside JSON strings: quotes arrive as `\"`, newlines as `\n`, and a
 * backslash inside the Python code as `\\`. Detectors must find the secret between the escapes and
 * report exactly the secret, without the escape characters around it.
 */
function notebook(sources: readonly string[][]): string {
  return JSON.stringify(
    {
      cells: sources.map((lines) => ({ cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: lines })),
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

const generic = rand('nb-generic', 32, ALNUM);
const project = `sk-proj-${rand('nb-proj-a', 74, B64URL)}T3BlbkFJ${rand('nb-proj-b', 74, B64URL)}`;
const dbPassword = rand('nb-db', 20, ALNUM);
const ghp = `ghp_${rand('nb-ghp', 36, ALNUM)}`;
const key = pem('nb-pem', 'RSA PRIVATE KEY', 900, '\\n'); // the Python source holds `\n` escapes

describe('notebooks', () => {
  const text = notebook([
    ['import os\n', `api_key = "${generic}"\n`, `client = OpenAI(api_key="${project}")\n`],
    [`DATABASE_URL = "postgresql://app:${dbPassword}@db.prod.internal:5432/agents"\n`, `%env GITHUB_TOKEN=${ghp}\n`],
    [`SIGNING_KEY = "${key}"\n`, 'print("done")\n'],
  ]);

  it('finds each secret inside the escaped JSON strings, with exact spans', () => {
    const found = scanSecrets(text).map((m) => [m.detectorId, m.secret]);
    expect(found).toEqual([
      ['generic-secret-assignment', generic],
      ['openai-project-key', project],
      ['database-url-password', `postgresql://app:${dbPassword}@db.prod.internal:5432/agents`],
      ['github-pat', ghp],
      // In the notebook file each `\n` of the Python string is stored as `\\n`.
      ['private-key', key.replace(/\\n/g, '\\\\n')],
    ]);
    for (const m of scanSecrets(text)) expect(text.slice(m.start, m.end)).toBe(m.secret);
  });

  it('stays silent on environment lookups and placeholders in notebooks', () => {
    const quiet = notebook([
      [
        'import os\n',
        'api_key = os.environ["OPENAI_API_KEY"]\n',
        'token = os.getenv("HF_TOKEN")\n',
        'client = OpenAI(api_key="sk-...")\n',
        'DATABASE_URL = "postgresql://postgres:postgres@localhost:5432/app"\n',
        'password = "<your-password>"\n',
      ],
    ]);
    expect(scanSecrets(quiet)).toEqual([]);
  });

  it('handles a token right after an escaped newline', () => {
    const line = JSON.stringify({ text: `keys:\nghp_${rand('nb-edge', 36, ALNUM)}\n` });
    expect(scanSecrets(line).map((m) => m.detectorId)).toEqual(['github-pat']);
  });
});
