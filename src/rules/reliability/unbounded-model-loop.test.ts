import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { unboundedModelLoopCheck } from './unbounded-model-loop.js';


const ANTHROPIC_LOOP = `import anthropic

client = anthropic.Anthropic(timeout=60)

def run(messages, tools):
    while True:
        response = client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, tools=tools, messages=messages)
        if response.stop_reason != "tool_use":
            return response
        messages.append({"role": "assistant", "content": response.content})
        messages.append({"role": "user", "content": execute_tools(response)})
`;

describe('reliability/unbounded-model-loop', () => {
  ruleTester(unboundedModelLoopCheck, 'reliability/unbounded-model-loop', {
    valid: [
      {
        name: 'for step in range(MAX_STEPS)',
        filename: 'agent.py',
        code:
          'from openai import OpenAI\n\nclient = OpenAI(timeout=30)\nMAX_STEPS = 10\n\ndef run(messages):\n    for _ in range(MAX_STEPS):\n' +
          '        r = client.chat.completions.create(model="gpt-4.1", messages=messages)\n        if not r.choices[0].message.tool_calls:\n            return r\n    raise RuntimeError("step limit")\n',
      },
      {
        name: 'while True with a counter checked against a bound',
        filename: 'agent.py',
        code:
          'def run(llm, messages):\n    steps = 0\n    while True:\n        steps += 1\n        if steps > 8:\n            raise RuntimeError("too many steps")\n' +
          '        ai = llm.invoke(messages)\n        if not ai.tool_calls:\n            return ai\n',
      },
      {
        name: 'while step < MAX_STEPS',
        filename: 'agent.py',
        code: 'def run(agent):\n    step = 0\n    while step < 10:\n        agent.run("next")\n        step += 1\n',
      },
      {
        name: 'chat REPL paced by input()',
        filename: 'cli.py',
        code:
          'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4.1", timeout=30)\n\nwhile True:\n    question = input("> ")\n' +
          '    if question == "exit":\n        break\n    print(llm.invoke(question).content)\n',
      },
      {
        name: 'while True without a model call',
        filename: 'worker.py',
        code: 'import time\n\nwhile True:\n    heartbeat()\n    time.sleep(5)\n',
      },
      {
        name: 'TS loop with a step counter',
        filename: 'src/agent.ts',
        code:
          "import { generateText } from 'ai';\n\nlet steps = 0;\nwhile (true) {\n  if (++steps > 10) break;\n  const r = await generateText({ model, prompt });\n  if (r.finishReason === 'stop') break;\n}\n",
      },
      {
        name: 'TS model call in a nested callback is not the loop body',
        filename: 'src/server.ts',
        code: "import { generateText } from 'ai';\n\nfor (;;) {\n  const conn = await server.accept();\n  conn.on('message', async (m) => { await generateText({ model, prompt: m }); });\n}\n",
      },
    ],
    invalid: [
      {
        name: 'Anthropic tool loop exiting only on stop_reason',
        filename: 'agent.py',
        code: ANTHROPIC_LOOP,
        errors: [{ line: 6, message: /'while True' calls client\.messages\.create\(\.\.\.\) with no step counter or deadline/ }],
      },
      {
        name: 'while not done with LangChain invoke',
        filename: 'loop.py',
        code:
          'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4.1", timeout=30)\n\ndef solve(task):\n    done = False\n    while not done:\n' +
          '        answer = llm.invoke(task)\n        done = "FINAL" in answer.content\n    return answer\n',
        errors: [{ line: 7, message: /while not done/ }],
      },
      {
        name: 'infinite retry around Runner.run',
        filename: 'agent.py',
        code:
          'import time\nfrom agents import Agent, Runner\n\nagent = Agent(name="a", instructions="x")\n\ndef ask(q):\n    while 1:\n        try:\n' +
          '            return Runner.run_sync(agent, q).final_output\n        except Exception:\n            time.sleep(1)\n',
        errors: [{ line: 7, message: /Runner\.run_sync/ }],
      },
      {
        name: 'TS while (true) with generateText',
        filename: 'src/agent.ts',
        code:
          "import { generateText } from 'ai';\n\nexport async function loop(messages) {\n  while (true) {\n    const r = await generateText({ model, messages, tools });\n" +
          "    if (r.toolCalls.length === 0) return r.text;\n    messages.push(...r.response.messages);\n  }\n}\n",
        errors: [{ line: 4, message: /'while \(true\)' calls generateText/ }],
      },
      {
        name: 'TS for (;;) with openai responses',
        filename: 'src/agent.ts',
        code: "import OpenAI from 'openai';\nconst client = new OpenAI({ timeout: 20000 });\nfor (;;) {\n  const r = await client.responses.create({ model: 'gpt-4.1', input });\n  if (r.status === 'completed') break;\n}\n",
        errors: [{ line: 3, message: /for \(;;\)/ }],
      },
    ],
  });
});
