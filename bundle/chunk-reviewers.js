// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { t as redactText } from "./chunk-sensitive-spans.js";
import { t as sha256Hex } from "./chunk-hash.js";
import { t as CockpitError } from "./chunk-errors2.js";
import { t as excerptAround } from "./chunk-redaction.js";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
// src/committee/reviewers.ts
/**
* Model reviewers (docs/COMMITTEE.md, Model reviewers): each finding goes, as a redacted excerpt, to an
* OpenAI-compatible chat-completions endpoint with the reviewer's brief; the answer must be JSON of one
* shape (`decision`, `rationale`) or it is no vote. Temperature 0 and a fixed seed; answers are cached
* by reviewer, finding fingerprint and the excerpt sent, so a run where nothing changed asks nothing.
* A reviewer that cannot answer costs the run nothing but its vote, unless the config says it is required.
*/
var AnswerSchema = z.object({
	decision: z.enum(["confirmed", "disputed"]),
	rationale: z.string().min(1).max(2e3)
}).strict();
var CompletionSchema = z.looseObject({
	choices: z.array(z.looseObject({ message: z.looseObject({ content: z.string().nullable() }) })).min(1),
	usage: z.looseObject({ total_tokens: z.number().int().min(0).optional() }).optional()
});
var DEFAULTS = {
	maxTokens: 2e4,
	maxSeconds: 60,
	requestTimeoutSeconds: 20
};
/** The answer is two short fields: a cap keeps a runaway model from spending the budget. */
var MAX_ANSWER_TOKENS = 300;
var INSTRUCTIONS = [
	"You are one auditor on a committee that reviews findings of a static analysis of AI-agent code.",
	"Secrets and personal data in the excerpt are masked; judge from the code around them.",
	"Answer with one JSON object and nothing else: {\"decision\": \"confirmed\" | \"disputed\", \"rationale\": \"<one or two sentences>\"}.",
	"\"confirmed\": the finding is a real problem a careful engineer would fix. \"disputed\": it is a false positive, or harmless here."
].join("\n");
/** What is sent about one finding: rule, message and a masked excerpt; never the file's own secrets. */
function reviewPayload(item) {
	const { finding } = item;
	const excerpt = item.text ? excerptAround(item.text, finding.region, finding.category) : finding.snippet ?? "";
	return JSON.stringify({
		rule: finding.ruleId,
		title: finding.title,
		category: finding.category,
		severity: finding.severity,
		message: redactText(finding.message),
		file: finding.file,
		line: finding.region.startLine,
		excerpt: redactText(excerpt)
	});
}
function cacheKey(reviewer, finding, payload) {
	return sha256Hex(JSON.stringify([
		reviewer.url,
		reviewer.model,
		reviewer.brief,
		finding.fingerprint,
		payload
	]));
}
async function readCached(file) {
	try {
		const json = JSON.parse(await readFile(file, "utf8"));
		if (json !== null && typeof json === "object" && json.invalid === true) return "invalid";
		const parsed = AnswerSchema.safeParse(json);
		return parsed.success ? parsed.data : void 0;
	} catch {
		return;
	}
}
async function writeCached(file, answer) {
	await mkdir(path.dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	await writeFile(temporary, JSON.stringify(answer));
	await rename(temporary, file);
}
var ReviewerUnavailable = class extends Error {};
function describeFailure(error) {
	if (error instanceof ReviewerUnavailable) return error.message;
	const cause = error.cause;
	if (error.name === "TimeoutError") return "timed out";
	return cause?.code ?? error.message ?? "failed";
}
async function ask(reviewer, payload, env, timeoutMs) {
	const key = reviewer.api_key_env ? env[reviewer.api_key_env] : void 0;
	if (reviewer.api_key_env && !key) throw new ReviewerUnavailable(`${reviewer.api_key_env} is not set`);
	const body = {
		model: reviewer.model,
		temperature: 0,
		seed: 0,
		max_tokens: MAX_ANSWER_TOKENS,
		response_format: { type: "json_object" },
		messages: [{
			role: "system",
			content: `${INSTRUCTIONS}\n\nReview brief:\n${reviewer.brief}`
		}, {
			role: "user",
			content: payload
		}]
	};
	const response = await fetch(`${reviewer.url.replace(/\/+$/, "")}/chat/completions`, {
		method: "POST",
		headers: {
			"content-type": "application/json",
			...key ? { authorization: `Bearer ${key}` } : {}
		},
		body: JSON.stringify(body),
		signal: AbortSignal.timeout(timeoutMs),
		redirect: "error"
	});
	if (!response.ok) throw new ReviewerUnavailable(`HTTP ${response.status}`);
	const completion = CompletionSchema.safeParse(await response.json().catch(() => void 0));
	if (!completion.success) throw new ReviewerUnavailable("answered something other than a chat completion");
	const tokens = completion.data.usage?.total_tokens ?? Math.ceil((JSON.stringify(body).length + (completion.data.choices[0].message.content ?? "").length) / 4);
	const content = completion.data.choices[0].message.content ?? "";
	let parsed;
	try {
		parsed = JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, ""));
	} catch {
		return {
			answer: void 0,
			tokens
		};
	}
	const answer = AnswerSchema.safeParse(parsed);
	return {
		answer: answer.success ? answer.data : void 0,
		tokens
	};
}
/** Asks every reviewer about every finding it covers, within the run's budget. */
async function runReviewers(items, options) {
	const maxTokens = options.budget.max_tokens ?? DEFAULTS.maxTokens;
	const deadline = performance.now() + (options.budget.max_seconds ?? DEFAULTS.maxSeconds) * 1e3;
	const timeoutMs = (options.budget.request_timeout_seconds ?? DEFAULTS.requestTimeoutSeconds) * 1e3;
	let spent = 0;
	const votes = /* @__PURE__ */ new Map();
	const runs = [];
	for (const reviewer of options.reviewers) {
		const review = {
			requests: 0,
			cached: 0,
			tokens: 0,
			unreviewed: 0
		};
		const run = {
			name: reviewer.name,
			kind: "model",
			source: reviewer.model,
			results: 0,
			merged: 0,
			added: 0,
			skipped: 0,
			review
		};
		runs.push(run);
		let unavailable;
		for (const item of items) {
			if (reviewer.categories && !reviewer.categories.includes(item.finding.category)) continue;
			const payload = reviewPayload(item);
			const file = path.join(options.cacheDir, "reviews", `${cacheKey(reviewer, item.finding, payload)}.json`);
			const cached = await readCached(file);
			let answer = cached === "invalid" ? void 0 : cached;
			if (cached) review.cached++;
			else if (unavailable !== void 0 || spent >= maxTokens || performance.now() >= deadline) {
				review.unreviewed++;
				continue;
			} else try {
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
			if (!answer) {
				review.unreviewed++;
				continue;
			}
			run.results++;
			run.merged++;
			const vote = {
				auditor: reviewer.name,
				decision: answer.decision,
				ruleId: `model:${reviewer.model}`,
				rationale: redactText(answer.rationale.replace(/\s+/g, " ").trim()).slice(0, 500)
			};
			votes.set(item.finding.fingerprint, [...votes.get(item.finding.fingerprint) ?? [], vote]);
		}
		if (reviewer.required && review.error !== void 0) throw new CockpitError(`committee reviewer '${reviewer.name}' (${redactText(reviewer.url)}): could not answer (${review.error}); it is required in cockpit.yaml`);
	}
	return {
		votes,
		runs
	};
}
export { runReviewers };
