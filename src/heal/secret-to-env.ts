import path from 'node:path';
import { sha256Hex } from '../util/hash.js';
import type { SourceFile } from '../source/read-sources.js';
import type { Fix } from './types.js';

/**
 * Swaps a hardcoded secret for an environment lookup (`os.environ["NAME"]`, `process.env.NAME`) and
 * adds `NAME=` to the agent's `.env.example`. Only when the secret is a whole string literal in
 * Python, TypeScript or JavaScript; anything else (a key inside a longer string, a .env file) needs
 * a person: rotate the key and move it out by hand.
 */
const PROVIDER_ENV_NAMES: Array<[RegExp, string]> = [
  [/^openai/, 'OPENAI_API_KEY'],
  [/^anthropic/, 'ANTHROPIC_API_KEY'],
  [/^(google-api-key|gemini)/, 'GOOGLE_API_KEY'],
  [/^hugging-?face/, 'HF_TOKEN'],
  [/^groq/, 'GROQ_API_KEY'],
  [/^xai/, 'XAI_API_KEY'],
  [/^perplexity/, 'PERPLEXITY_API_KEY'],
  [/^replicate/, 'REPLICATE_API_TOKEN'],
  [/^mistral/, 'MISTRAL_API_KEY'],
  [/^cohere/, 'COHERE_API_KEY'],
  [/^pinecone/, 'PINECONE_API_KEY'],
  [/^lang(smith|chain)/, 'LANGSMITH_API_KEY'],
  [/^tavily/, 'TAVILY_API_KEY'],
  [/^github/, 'GITHUB_TOKEN'],
  [/^gitlab/, 'GITLAB_TOKEN'],
  [/^slack-webhook/, 'SLACK_WEBHOOK_URL'],
  [/^slack/, 'SLACK_BOT_TOKEN'],
  [/^stripe/, 'STRIPE_SECRET_KEY'],
  [/^sendgrid/, 'SENDGRID_API_KEY'],
  [/^aws-access-key/, 'AWS_ACCESS_KEY_ID'],
  [/^aws-secret/, 'AWS_SECRET_ACCESS_KEY'],
  [/^npm/, 'NPM_TOKEN'],
  [/^pypi/, 'PYPI_TOKEN'],
  [/^telegram/, 'TELEGRAM_BOT_TOKEN'],
  [/^(database-url|postgres|mysql|mongodb|redis)/, 'DATABASE_URL'],
];

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
/** `NAME = "`, `api_key="`, `apiKey: "`, `const token = "` just before the literal. */
const ASSIGNED_NAME = /([A-Za-z_][\w]*)["']?\s*(?::\s*[\w[\]|. ]+)?\s*[:=]\s*$/;

function envNameFor(detectorId: string, assignedName: string | undefined): string {
  if (assignedName && ENV_NAME.test(assignedName) && assignedName.length > 2) return assignedName;
  for (const [pattern, name] of PROVIDER_ENV_NAMES) if (pattern.test(detectorId)) return name;
  if (assignedName) return assignedName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  return detectorId.replace(/-/g, '_').toUpperCase();
}

export function secretToEnvFix(file: SourceFile, start: number, end: number, detectorId: string): Fix | undefined {
  if (file.language === 'other') return undefined;
  const text = file.text;
  const quote = text[start - 1];
  if ((quote !== '"' && quote !== "'" && quote !== '`') || text[end] !== quote) return undefined;
  if (text[start - 2] === quote) return undefined; // triple-quoted or empty-string neighbour: leave to a person
  const before = text[start - 2] ?? '';
  if (file.language === 'python' && /[A-Za-z]/.test(before)) return undefined; // f"", b"", r"" prefixes
  if (quote === '`' && file.language === 'python') return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const assigned = ASSIGNED_NAME.exec(text.slice(lineStart, start - 1))?.[1];
  const name = envNameFor(detectorId, assigned);
  const replacement = file.language === 'python' ? `os.environ["${name}"]` : `process.env.${name}`;
  return {
    description: `read ${name} from the environment`,
    edits: [{ start: start - 1, end: end + 1, text: replacement }],
    ...(file.language === 'python' ? { pythonImports: [{ module: 'os' }] } : {}),
    // Relative to the agent root: the agent's .env.example documents the variable.
    ensureLines: [{ file: path.posix.join('.env.example'), line: `${name}=` }],
    env: { name, secretDigest: sha256Hex(text.slice(start, end)) },
  };
}
