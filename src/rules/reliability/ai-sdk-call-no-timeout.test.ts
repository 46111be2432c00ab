import { ruleTester } from '../testing/rule-tester.js';
import { aiSdkCallNoTimeoutCheck } from './ai-sdk-call-no-timeout.js';

const HEADER = "import { generateText, streamText, generateObject } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nimport { z } from 'zod';\n";

ruleTester(aiSdkCallNoTimeoutCheck, {
  valid: [
    { name: 'abortSignal with a timeout', filename: 'src/agent.ts', code: `${HEADER}export const run = (prompt: string) => generateText({ model: openai('gpt-4o-mini'), prompt, abortSignal: AbortSignal.timeout(30_000) });\n` },
    { name: 'the request signal in a route handler', filename: 'app/api/chat/route.ts', code: `${HEADER}export async function POST(req: Request) {\n  const { messages } = await req.json();\n  return streamText({ model: openai('gpt-4o-mini'), messages, abortSignal: req.signal }).toUIMessageStreamResponse();\n}\n` },
    { name: 'the timeout setting of newer AI SDK versions', filename: 'src/agent.ts', code: `${HEADER}await generateText({ model: openai('gpt-4o-mini'), prompt: 'hi', timeout: 10_000 });\n` },
    { name: 'options spread from a shared object', filename: 'src/agent.ts', code: `${HEADER}const base = { abortSignal: AbortSignal.timeout(5000) };\nawait generateText({ ...base, model: openai('gpt-4o-mini'), prompt: 'hi' });\n` },
    { name: 'a local function that happens to be called generateText', filename: 'src/util.ts', code: "import { something } from 'ai';\nfunction generateText(o: object) { return o; }\ngenerateText({ prompt: 'x' });\n" },
    { name: 'test files', filename: 'src/agent.test.ts', code: `${HEADER}await generateText({ model: openai('gpt-4o-mini'), prompt: 'hi' });\n` },
  ],
  invalid: [
    { name: 'generateText with tools', filename: 'src/agent.ts', code: `${HEADER}export async function run(prompt: string) {\n  const result = await generateText({\n    model: openai('gpt-4o-mini'),\n    prompt,\n  });\n  return result.text;\n}\n`, errors: [{ line: 5, message: /neither abortSignal nor timeout/ }] },
    { name: 'streamText and generateObject', filename: 'src/stream.ts', code: `${HEADER}export const a = streamText({ model: openai('gpt-4o-mini'), prompt: 'x' });\nexport const b = generateObject({ model: openai('gpt-4o-mini'), schema: z.object({ ok: z.boolean() }), prompt: 'y' });\n`, errors: [{ line: 4 }, { line: 5 }] },
    { name: 'aliased import', filename: 'src/alias.js', code: "import { generateText as gen } from 'ai';\nexport const run = () => gen({ model, prompt: 'x' });\n", errors: [{ line: 2, message: /^gen\(/ }] },
    {
      name: 'one property per line, trailing comma and comment kept',
      filename: 'src/agent.ts',
      code: `${HEADER}export const run = (prompt: string) =>\n  generateText({\n    model: openai('gpt-4o-mini'),\n    prompt, // from the user\n  });\n`,
      errors: [{ line: 5 }],
      output: `${HEADER}export const run = (prompt: string) =>\n  generateText({\n    model: openai('gpt-4o-mini'),\n    prompt, // from the user\n    abortSignal: AbortSignal.timeout(60_000),\n  });\n`,
    },
    {
      name: 'one line',
      filename: 'src/agent.ts',
      code: `${HEADER}await streamText({ model: openai('gpt-4o-mini'), prompt: 'x' });\n`,
      errors: [{ line: 4 }],
      output: `${HEADER}await streamText({ model: openai('gpt-4o-mini'), prompt: 'x', abortSignal: AbortSignal.timeout(60_000) });\n`,
    },
  ],
});
