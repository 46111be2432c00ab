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

ruleTester(unboundedModelLoopCheck, {
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
      name: 'a tool-call budget that stops offering tools once spent (the model must then answer)',
      filename: 'bridge.py',
      code:
        'from openai import AsyncOpenAI\n\nasync def solve(task, tools, max_tool_calls=8):\n    calls = 0\n    messages = [{"role": "user", "content": task}]\n' +
        '    async with AsyncOpenAI() as client:\n        while True:\n            request = {"model": "gpt-5.6-terra", "messages": messages}\n' +
        '            if calls < max_tool_calls:\n                request.update(tools=tools, tool_choice="auto")\n' +
        '            response = await client.chat.completions.create(**request)\n            message = response.choices[0].message\n' +
        '            if not message.tool_calls:\n                return message.content\n            for call in message.tool_calls:\n                calls += 1\n',
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
      name: 'REPL through a human-input helper imported from elsewhere (input_with_fallback)',
      filename: 'examples/triage/main.py',
      code:
        'from agents import Agent, Runner\nfrom examples.auto_mode import input_with_fallback\n\n' +
        'async def main(agent):\n    items = []\n    while True:\n        text = input_with_fallback("You: ", "hello")\n' +
        '        items.append({"role": "user", "content": text})\n        result = await Runner.run(agent, items)\n        items = result.to_input_list()\n',
    },
    {
      name: 'REPL reading input() in an executor, with a nested human-approval loop',
      filename: 'hitl.py',
      code:
        'import asyncio\nfrom agents import Runner\n\nasync def chat(agent, session):\n    while True:\n' +
        '        line = await asyncio.get_event_loop().run_in_executor(None, input)\n        if not line.strip():\n            break\n' +
        '        result = await Runner.run(agent, line, session=session)\n        while result.interruptions:\n' +
        '            approved = await prompt_yes_no("approve?")\n            result = await Runner.run(agent, result.to_state(), session=session)\n',
    },
    {
      name: 'REPL through a helper defined in the same file',
      filename: 'cli.py',
      code:
        'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4.1", timeout=30)\n\ndef ask_line():\n    return input("> ").strip()\n\n' +
        'while True:\n    q = ask_line()\n    print(llm.invoke(q).content)\n',
    },
    {
      name: 'stop_reason loop bounded by a turn counter in the condition',
      filename: 'agent.py',
      code:
        'import anthropic\n\nclient = anthropic.Anthropic(timeout=60)\nMAX_TURNS = 8\n\ndef run(messages, tools):\n    turns = 0\n' +
        '    response = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, tools=tools, messages=messages)\n' +
        '    while response.stop_reason == "tool_use" and turns < MAX_TURNS:\n        turns += 1\n        messages.append(run_tools(response))\n' +
        '        response = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, tools=tools, messages=messages)\n    return response\n',
    },
    {
      name: 'tool_calls loop with a counter checked inside',
      filename: 'agent.py',
      code:
        'from openai import OpenAI\n\nclient = OpenAI(timeout=30)\n\ndef run(messages):\n    r = client.chat.completions.create(model="gpt-4.1", messages=messages)\n    rounds = 0\n' +
        '    while r.choices[0].message.tool_calls:\n        rounds += 1\n        if rounds > 10:\n            raise RuntimeError("too many tool rounds")\n' +
        '        messages += call_tools(r.choices[0].message.tool_calls)\n        r = client.chat.completions.create(model="gpt-4.1", messages=messages)\n    return r\n',
    },
    {
      name: 'for loop over range(MAX_TURNS) around a tool-calling model',
      filename: 'agent.py',
      code:
        'from openai import OpenAI\n\nclient = OpenAI(timeout=30)\n\ndef run(messages, max_turns=10):\n    for _ in range(max_turns):\n' +
        '        r = client.chat.completions.create(model="gpt-4.1", messages=messages)\n        if r.choices[0].finish_reason != "tool_calls":\n            return r\n',
    },
    {
      name: 'a tool_calls loop that never calls the model again',
      filename: 'tools.py',
      code: 'def drain(message):\n    while message.tool_calls:\n        call = message.tool_calls.pop()\n        dispatch(call)\n',
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
      name: 'Anthropic loop while stop_reason == "tool_use"',
      filename: 'agent.py',
      code:
        'import anthropic\n\nclient = anthropic.Anthropic(timeout=60)\n\ndef run(messages, tools):\n' +
        '    response = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, tools=tools, messages=messages)\n' +
        '    while response.stop_reason == "tool_use":\n        messages.append({"role": "user", "content": run_tools(response)})\n' +
        '        response = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, tools=tools, messages=messages)\n    return response\n',
      errors: [{ line: 7, message: /'while response\.stop_reason == "tool_use"' calls client\.messages\.create/ }],
    },
    {
      name: 'OpenAI loops on finish_reason and on message.tool_calls',
      filename: 'agent.py',
      code:
        'from openai import AsyncOpenAI\n\nclient = AsyncOpenAI(timeout=30)\n\nasync def run(messages):\n' +
        '    r = await client.chat.completions.create(model="gpt-4.1", messages=messages, tools=TOOLS)\n' +
        '    while r.choices[0].finish_reason == "tool_calls":\n        messages += await call_tools(r)\n' +
        '        r = await client.chat.completions.create(model="gpt-4.1", messages=messages, tools=TOOLS)\n    message = r.choices[0].message\n' +
        '    while message.tool_calls:\n        messages += await call_tools(message)\n' +
        '        message = (await client.chat.completions.create(model="gpt-4.1", messages=messages, tools=TOOLS)).choices[0].message\n    return message\n',
      errors: [{ line: 7, message: /finish_reason == "tool_calls"/ }, { line: 11, message: /while message\.tool_calls/ }],
    },
    {
      name: 'while True that breaks only on the model answer, with a progress print',
      filename: 'loop.py',
      code:
        'from google import genai\n\nclient = genai.Client()\n\ndef solve(contents):\n    while True:\n' +
        '        response = client.models.generate_content(model="gemini-3.5-flash", contents=contents)\n        print("step")\n' +
        '        if not response.function_calls:\n            break\n        contents.extend(run_functions(response))\n',
      errors: [{ line: 6, message: /generate_content/ }],
    },
    {
      name: 'TS while the last choice asks for tools',
      filename: 'src/agent.ts',
      code:
        "import OpenAI from 'openai';\nconst client = new OpenAI({ timeout: 20000 });\n\nexport async function run(messages) {\n" +
        "  let r = await client.chat.completions.create({ model: 'gpt-4.1', messages, tools });\n" +
        "  while (r.choices[0].finish_reason === 'tool_calls') {\n    messages.push(...(await callTools(r)));\n" +
        "    r = await client.chat.completions.create({ model: 'gpt-4.1', messages, tools });\n  }\n  return r;\n}\n",
      errors: [{ line: 6, message: /'while \(r\.choices\[0\]\.finish_reason === 'tool_calls'\)' calls client\.chat\.completions\.create/ }],
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
