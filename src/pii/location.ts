import type { CodeKind } from '../source/code-kind.js';
import { isTestCodePath } from '../source/code-kind.js';

/**
 * Where a file sits decides whether personal data in it can block a release. Issue 3: at error level
 * the data is about a person and hardcoded in code, prompts or config that ships; recorded transcripts,
 * docs and sample data sets are not blocking. Every PII finding blocks (exit 1), so "not blocking" is silence.
 *
 * - `ships`: code, prompts and config the agent runs with. Every detector reports.
 * - `test-code`: code under test folders or in test files. Only the formats with a structure (card,
 *   SSN, IBAN) report, and only with no fake-data marker beside them: a record copied from production
 *   into a test is a leak, a contact line made up for a test is not. (Secrets in test code work the
 *   same way: only credentials with a provider's structure count.)
 * - `reference`: read by people, never run: documentation, recorded transcripts and sample files, and
 *   data sets in data, sample, docs and test folders. Nothing reports.
 *
 * Whether the file is test or fixture code is the shared notion's answer (`src/source/code-kind.ts`, the
 * audit's `codeKind`, judged on the path in the audited root); callers without it get its conventional answer.
 */
export type PiiLocation = 'ships' | 'test-code' | 'reference';

/** Source code; any other file in a test folder is data the tests read (fixtures, cassettes, transcripts). */
const CODE_FILE = /\.(?:py|pyi|[cm]?[jt]sx?|go|rb|java|kt|kts|scala|rs|cs|php|swift|sh|bash|ipynb)$/i;

const DOCS_DIR = /(?:^|\/)(?:docs?|documentation)\//i;
const DOCS_FILE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)$/i;
/** READMEs and changelogs are documentation whatever their extension. */
const README = /(?:^|\/)(?:readme|changelog|changes|history)(?:\.(?:md|mdx|markdown|rst|adoc|txt))?$/i;

/**
 * Markdown the model reads: prompt and instruction files, agent skills, agent briefs. These ship
 * (a skill or a system prompt in Markdown is sent to the model as is).
 */
const PROMPT_DOC =
  /(?:^|\/)(?:prompts?|instructions?|skills?|personas?)\/[^/]*$|(?:^|\/)[^/]*(?:prompt|instruction|persona)[^/]*$|(?:^|\/)(?:skill|agents?|claude|gemini)\.md$/i;

/**
 * Files named as samples or recordings: `post_booking_sample.md`, `chat_transcript.json`,
 * `example_output.txt`, cassettes and snapshots. A word of its own in the name (`counterexample` is not one).
 */
const SAMPLE_NAME =
  /(?:^|\/)(?:[^/]*[^a-z/])?(?:samples?|transcripts?|examples?|fixtures?|recordings?|recorded|cassettes?|snapshots?|golden|mocks?|fakes?|dummy|demos?)(?:[^a-z/][^/]*)?$/i;

/** Data sets: tables and records. Under data and sample folders they are sample data, not configuration. */
const DATA_SET_FILE = /\.(?:csv|tsv|json|jsonl|ndjson|xml)$/i;
/** Sample folders only: a plain `data/` folder may hold the records an agent really serves (a RAG corpus). */
const DATA_DIR = /(?:^|\/)(?:sample[_-]?data|samples?|examples?|demos?)\//i;

/** Where a POSIX path (relative to the audited root or the agent) sits for personal data. */
export function piiLocation(filePath: string, codeKind?: CodeKind): PiiLocation {
  const testCode = codeKind === undefined ? isTestCodePath(filePath) : codeKind === 'test' || codeKind === 'fixture';
  if (testCode) return CODE_FILE.test(filePath) ? 'test-code' : 'reference';
  if (DOCS_DIR.test(filePath)) return 'reference';
  if (CODE_FILE.test(filePath)) return 'ships';
  if (README.test(filePath)) return 'reference';
  if (PROMPT_DOC.test(filePath)) return 'ships';
  if (DOCS_FILE.test(filePath) || SAMPLE_NAME.test(filePath)) return 'reference';
  if (DATA_SET_FILE.test(filePath) && DATA_DIR.test(filePath)) return 'reference';
  return 'ships';
}
