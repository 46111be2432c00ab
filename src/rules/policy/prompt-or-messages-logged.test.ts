import { ruleTester } from '../testing/rule-tester.js';
import { promptOrMessagesLoggedCheck } from './prompt-or-messages-logged.js';

ruleTester(promptOrMessagesLoggedCheck, {
  valid: [
    {
      name: 'logging lengths, ids and usage',
      filename: 'app/chat.py',
      code: `import logging
from openai import OpenAI
logger = logging.getLogger(__name__)
def chat(messages):
    response = OpenAI().chat.completions.create(model="gpt-4o-mini", max_tokens=200, messages=messages)
    logger.info("sent %d messages", len(messages))
    logger.info("response id=%s tokens=%s", response.id, response.usage.total_tokens)
    logger.debug(f"completion usage {completion.usage}")
    return response
`,
    },
    {
      name: 'printing the answer in a CLI',
      filename: 'main.py',
      code: `import asyncio
from agents import Agent, Runner
async def main():
    result = await Runner.run(Agent(name="a", instructions="Be brief."), "Hello")
    print(result.final_output)
asyncio.run(main())
`,
    },
    {
      name: 'a terminal script echoing the question it sends, and listing prompt templates by description',
      filename: 'examples/ask.py',
      code: `import asyncio
from agents import Agent, Runner
async def main():
    for prompt in ["What is 2+2?", "And times 3?"]:
        print(f"User: {prompt}")
        result = await Runner.run(Agent(name="Math", instructions="Answer briefly."), prompt)
        print(f"Assistant: {result.final_output}")
    for prompt in await server.list_prompts():
        logger.info("template %s: %s", prompt.name, prompt.description)
if __name__ == "__main__":
    user_input = input("> ")
    print("You said:", user_input)
    asyncio.run(main())
`,
    },
    {
      name: 'test files may print prompts',
      filename: 'tests/test_prompts.py',
      code: `from openai import OpenAI
def test_prompt():
    prompt = build()
    print(prompt)
`,
    },
    {
      name: 'a messages variable in a module with no model SDK',
      filename: 'app/forms.py',
      code: `import logging
logger = logging.getLogger(__name__)
def validate(messages):
    logger.warning("validation failed: %s", messages)
`,
    },
    {
      name: 'TS console.log of message count',
      filename: 'src/chat.ts',
      code: `import { streamText } from 'ai';
export async function chat(messages: Message[]) {
  console.log('messages:', messages.length);
  return streamText({ model, messages, maxOutputTokens: 500 });
}
`,
    },
  ],
  invalid: [
    {
      name: 'logger.info of the prompt',
      filename: 'app/chat.py',
      code: `import logging
from openai import OpenAI
logger = logging.getLogger(__name__)
def ask(user_input: str):
    prompt = f"Answer the customer: {user_input}"
    logger.info("prompt=%s", prompt)
    return OpenAI().responses.create(model="gpt-4o-mini", input=prompt, max_output_tokens=300)
`,
      errors: [{ line: 6, message: /'prompt'/ }],
    },
    {
      name: 'f-string debug of messages and a logged completion',
      filename: 'app/chat.py',
      code: `import logging
from openai import OpenAI
log = logging.getLogger("chat")
def chat(messages):
    log.debug(f"sending {messages}")
    response = OpenAI().chat.completions.create(model="gpt-4o-mini", max_tokens=200, messages=messages)
    log.info("reply: %s", response.choices[0].message.content)
    return response
`,
      errors: [{ line: 5, message: /messages/ }, { line: 7, message: /choices/ }],
    },
    {
      name: 'print of the system prompt and logging.info of final_output',
      filename: 'agent.py',
      code: `import logging
from agents import Agent, Runner
SYSTEM_PROMPT = "You are a bank assistant."
print(SYSTEM_PROMPT)
def show(system_prompt):
    print("system:", system_prompt)
async def go(q):
    result = await Runner.run(Agent(name="a", instructions=SYSTEM_PROMPT), q)
    logging.info(result.final_output)
`,
      errors: [{ line: 6 }, { line: 9, message: /final_output/ }],
    },
    {
      name: 'print() of the user question in a FastAPI app goes to the server log, even with a __main__ guard',
      filename: 'app/server.py',
      code: `from fastapi import FastAPI
from agents import Agent, Runner
app = FastAPI()
@app.post("/ask")
async def ask(user_message: str):
    print("question:", user_message)
    return {"answer": (await Runner.run(Agent(name="a", instructions="Help."), user_message)).final_output}
if __name__ == "__main__":
    import uvicorn
    uvicorn.run(app)
`,
      errors: [{ line: 6, message: /user_message/ }],
    },
    {
      name: 'print() of the prompt inside a tool module: stdout of the agent server',
      filename: 'tools/search.py',
      code: `from openai import OpenAI
def search_docs(prompt: str) -> str:
    print("search input:", prompt)
    return OpenAI().embeddings.create(model="text-embedding-3-small", input=prompt).data[0].embedding
`,
      errors: [{ line: 3, message: /'prompt'/ }],
    },
    {
      name: 'print() of the system instructions in a terminal script still leaks them',
      filename: 'cli.py',
      code: `from agents import Agent, Runner
def show(instructions):
    print("Using instructions:", instructions)
if __name__ == "__main__":
    show("You are the support bot for Acme.")
`,
      errors: [{ line: 3, message: /instructions/ }],
    },
    {
      name: 'TS console.log of the prompt and messages',
      filename: 'src/route.ts',
      code: `import { generateText } from 'ai';
export async function POST(req: Request) {
  const { prompt, messages } = await req.json();
  console.log(\`prompt: \${prompt}\`);
  console.debug('history', JSON.stringify(messages));
  return generateText({ model, prompt, maxOutputTokens: 200 });
}
`,
      errors: [{ line: 4 }, { line: 5, message: /messages/ }],
    },
  ],
});
