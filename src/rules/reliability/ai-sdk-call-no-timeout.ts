import { callExpressions, hasSpread, objectProperty, tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { addObjectProperty } from '../../heal/ts-edits.js';
import { RELIABILITY_BASE, isScript } from './shared.js';
import { spanOf } from '../ast/span.js';

/** The AI SDK calls that go to a provider and return when it answers. */
const MODEL_CALLS = new Set(['ai#generateText', 'ai#streamText', 'ai#generateObject', 'ai#streamObject']);

/** `60000` → `60_000`, the way the AI SDK docs write milliseconds. */
function milliseconds(seconds: number): string {
  return String(Math.round(seconds * 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
}

export const aiSdkCallNoTimeoutCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/ai-sdk-call-no-timeout',
    title: 'AI SDK call with no timeout',
    description:
      'A Vercel AI SDK generateText/streamText/generateObject/streamObject call passes neither `abortSignal` nor `timeout`. The AI SDK sets no request ' +
      'timeout of its own and retries only on errors (maxRetries, default 2), so a provider that accepts the request and stalls keeps the call, ' +
      'the agent turn and the serverless function open until the platform kills it.',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['ASI08', 'CWE-1088', 'CWE-400'],
    remediation:
      'Bound every call: `abortSignal: AbortSignal.timeout(60_000)` (all AI SDK versions), or `timeout: 60_000` where your AI SDK version has it; ' +
      'pass the request\'s own signal (`req.signal`) in route handlers so a client that leaves cancels the call too.',
    docs: 'https://ai-sdk.dev/docs/ai-sdk-core/settings',
    frameworks: ['vercel-ai-sdk'],
    knows: [
      'ai 3.x–7.x: `abortSignal` on generateText/streamText/generateObject/streamObject; no request timeout of its own, `maxRetries` default 2',
      'ai ≥ 6.0.14: `timeout` (ms), an object (`totalMs`, `stepMs`, `chunkMs`) from 6.0.16',
    ],
    precision: 'high',
  },
  {
    appliesTo: (file) => isScript(file),
    textHas: [/from\s+['"]ai['"]/],
    async runOnTree(context, tree) {
      const { file } = context;
      const imports = tsImportMap(tree);
      for (const call of callExpressions(tree)) {
        const written = tsCalleeText(call);
        if (!MODEL_CALLS.has(imports.get(written) ?? '')) continue;
        const options = tsArguments(call)[0];
        // Options built elsewhere or spread in may carry the signal: only literal objects are judged.
        if (!options || options.type !== 'object' || hasSpread(options)) continue;
        if (objectProperty(options, 'abortSignal') || objectProperty(options, 'timeout')) continue;
        const value = `AbortSignal.timeout(${milliseconds(context.heal.modelTimeoutSeconds)})`;
        const edits = addObjectProperty(options, file.text, 'abortSignal', value);
        context.report({
          ...spanOf(call),
          message: `${written}(...) passes neither abortSignal nor timeout; the AI SDK sets no request timeout, so a stalled provider holds the call open (maxRetries only covers errors).`,
          fingerprintContent: `${written}:no-timeout`,
          ...(edits ? { fix: { description: `abortSignal: ${value} on ${written}(...)`, edits } } : { fixability: 'structural' as const }),
        });
      }
    },
  },
);
