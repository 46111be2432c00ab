import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Finding } from '../findings/model.js';
import { redactText } from '../secrets/sensitive-spans.js';
import { sha256Hex } from '../util/hash.js';
import { CockpitError } from '../util/errors.js';
import type { FileText } from './redaction.js';
import { excerptAround } from './redaction.js';
import type { AuditorRun, Vote } from '../findings/committee.js';
import type { ReviewBudget, ReviewerConfig } from '../config/committee-schema.js';

/**
 * Model reviewers (docs/COMMITTEE.md, Model reviewers): each finding goes, as a redacted excerpt, to an
 * OpenAI-compatible chat-completions endpoint with the reviewer's brief; the answer must be JSON of one
 * shape (`decision`, `rationale`) or it is no vote. Temperature 0 and a fixed seed; answers are cached
 * by reviewer, finding fingerprint and the excerpt sent, so a run where nothing changed asks nothing.
 * A reviewer that cannot answer costs the run nothing but its vote, unless the config says it is required.
 */

const AnswerSchema = z
  .object({
    decision: z.enum(['confirmed', 'disputed']),
    rationale: z.string().min(1).max(2000),
  })
  .strict();
type Answer = z.infer<typeof AnswerSchema>;

const CompletionSchema = z.looseObject({
  choices: z.array(z.looseObject({ message: z.looseObject({ content: z.string().nullable() }) })).min(1),
  usage: z.looseObject({ total_tokens: z.number().int().min(0).optional() }).optional(),
});

const DEFAULTS = { maxTokens: 20_000, maxSeconds: 60, requestTimeoutSeconds: 20 };
/** The answer is two short fields: a cap keeps a runaway model from spending the budget. */
const MAX_ANSWER_TOKENS = 300;

const INSTRUCTIONS = [
  'You are one auditor on a committee that reviews findings of a static analysis of AI-agent code.',
  'Secrets and personal data in the excerpt are masked; judge from the code around them.',
  'Answer with one JSON object and nothing else: {"decision": "confirmed" | "disputed", "rationale": "<one or two sentences>"}.',
  '"confirmed": the finding is a real problem a careful engineer would fix. "disputed": it is a false positive, or harmless here.',
].join('\n');

export interface ReviewItem {
  finding: Finding;
  text: FileText | undefined;
}

interface ReviewOptions {
  reviewers: readonly ReviewerConfig[];
  budget: ReviewBudget;
  env: NodeJS.ProcessEnv;
  /** Where answers are kept between runs. */
  cacheDir: string;
}

export interface ReviewOutcome {
  /** Votes by finding fingerprint. */
  votes: Map<string, Vote[]>;
  runs: AuditorRun[];
}

/** What is sent about one finding: rule, message and a masked excerpt; never the file's own secrets. */
function reviewPayload(item: ReviewItem): string {
  const { finding } = item;
  const excerpt = item.text ? excerptAround(item.text, finding.region, finding.category) : (finding.snippet ?? '');
  return JSON.stringify({
    rule: finding.ruleId,
    title: finding.title,
    category: finding.category,
    severity: finding.severity,
    message: redactText(finding.message),
    file: finding.file,
    line: finding.region.startLine,
    excerpt: redactText(excerpt),
  });
}

function cacheKey(reviewer: ReviewerConfig, finding: Finding, payload: string): string {
  return sha256Hex(JSON.stringify([reviewer.url, reviewer.model, reviewer.brief, finding.fingerprint, payload]));
}

/** A cached answer, or `invalid`: the model's answer failed the schema (at temperature 0 it would again). */
type Cached = Answer | 'invalid';

async function readCached(file: string): Promise<Cached | undefined> {
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (json !== null && typeof json === 'object' && (json as { invalid?: unknown }).invalid === true) return 'invalid';
    const parsed = AnswerSchema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function writeCached(file: string, answer: Answer | { invalid: true }): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(answer));
  await rename(temporary, file);
}

class ReviewerUnavailable extends Error {}

function describeFailure(error: unknown): string {
  if (error instanceof ReviewerUnavailable) return error.message;
  const cause = (error as { cause?: { code?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'timed out';
  return cause?.code ?? (error as Error).message ?? 'failed';
}

async function ask(reviewer: ReviewerConfig, payload: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ answer: Answer | undefined; tokens: number }> {
  const key = reviewer.api_key_env ? env[reviewer.api_key_env] : undefined;
  if (reviewer.api_key_env && !key) throw new ReviewerUnavailable(`${reviewer.api_key_env} is not set`);
  const body = {
    model: reviewer.model,
    temperature: 0,
    seed: 0,
    max_tokens: MAX_ANSWER_TOKENS,
    response_format: { type: 'json_object' },
    messages: [
      { role: 'system', content: `${INSTRUCTIONS}\n\nReview brief:\n${reviewer.brief}` },
      { role: 'user', content: payload },
    ],
  };
  const response = await fetch(`${reviewer.url.replace(/\/+$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'error',
  });
  if (!response.ok) throw new ReviewerUnavailable(`HTTP ${response.status}`);
  const completion = CompletionSchema.safeParse(await response.json().catch(() => undefined));
  if (!completion.success) throw new ReviewerUnavailable('answered something other than a chat completion');
  // Without a usage report, four characters a token is the usual estimate.
  const tokens = completion.data.usage?.total_tokens ?? Math.ceil((JSON.stringify(body).length + (completion.data.choices[0]!.message.content ?? '').length) / 4);
  const content = completion.data.choices[0]!.message.content ?? '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return { answer: undefined, tokens };
  }
  const answer = AnswerSchema.safeParse(parsed);
  return { answer: answer.success ? answer.data : undefined, tokens };
}

/** Asks every reviewer about every finding it covers, within the run's budget. */
export async function runReviewers(items: readonly ReviewItem[], options: ReviewOptions): Promise<ReviewOutcome> {
  const maxTokens = options.budget.max_tokens ?? DEFAULTS.maxTokens;
  const deadline = performance.now() + (options.budget.max_seconds ?? DEFAULTS.maxSeconds) * 1000;
  const timeoutMs = (options.budget.request_timeout_seconds ?? DEFAULTS.requestTimeoutSeconds) * 1000;
  let spent = 0;
  const votes = new Map<string, Vote[]>();
  const runs: AuditorRun[] = [];
  for (const reviewer of options.reviewers) {
    const review = { requests: 0, cached: 0, tokens: 0, unreviewed: 0 } as NonNullable<AuditorRun['review']>;
    const run: AuditorRun = { name: reviewer.name, kind: 'model', source: reviewer.model, results: 0, merged: 0, added: 0, skipped: 0, review };
    runs.push(run);
    let unavailable: string | undefined;
    for (const item of items) {
      if (reviewer.categories && !reviewer.categories.includes(item.finding.category)) continue;
      const payload = reviewPayload(item);
      const file = path.join(options.cacheDir, 'reviews', `${cacheKey(reviewer, item.finding, payload)}.json`);
      const cached = await readCached(file);
      let answer = cached === 'invalid' ? undefined : cached;
      if (cached) review.cached++;
      else if (unavailable !== undefined || spent >= maxTokens || performance.now() >= deadline) {
        review.unreviewed++;
        continue;
      } else {
        try {
          review.requests++;
          const asked = await ask(reviewer, payload, options.env, Math.max(1, Math.min(timeoutMs, deadline - performance.now())));
          spent += asked.tokens;
          review.tokens += asked.tokens;
          answer = asked.answer;
          await writeCached(file, answer ?? { invalid: true });
        } catch (error) {
          unavailable = redactText(describeFailure(error)).slice(0, 200);
          review.error = unavailable;
          review.unreviewed++;
          continue;
        }
      }
      if (!answer) {
        review.unreviewed++;
        continue;
      }
      run.results++;
      run.merged++;
      const vote: Vote = { auditor: reviewer.name, decision: answer.decision, ruleId: `model:${reviewer.model}`, rationale: redactText(answer.rationale.replace(/\s+/g, ' ').trim()).slice(0, 500) };
      votes.set(item.finding.fingerprint, [...(votes.get(item.finding.fingerprint) ?? []), vote]);
    }
    if (reviewer.required && review.error !== undefined) {
      throw new CockpitError(`committee reviewer '${reviewer.name}' (${redactText(reviewer.url)}): could not answer (${review.error}); it is required in cockpit.yaml`);
    }
  }
  return { votes, runs };
}
