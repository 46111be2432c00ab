import { ruleTester } from '../testing/rule-tester.js';
import { unstructuredOutputParsingCheck } from './unstructured-output-parsing.js';

ruleTester(unstructuredOutputParsingCheck, {
  valid: [
    {
      name: 'OpenAI JSON mode: json.loads is the documented way to read it',
      filename: 'extract.py',
      code: `import json
from openai import OpenAI
client = OpenAI()
def extract(text):
    response = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": text}], response_format={"type": "json_object"})
    return json.loads(response.choices[0].message.content)
`,
    },
    {
      name: 'json.loads of an HTTP body',
      filename: 'client.py',
      code: `import json, requests
def fetch(url):
    r = requests.get(url)
    return json.loads(r.text)
`,
    },
    {
      name: 'OpenAI Agents with output_type',
      filename: 'main.py',
      code: `import json
from agents import Agent, Runner
agent = Agent(name="extractor", instructions="Extract.", output_type=Invoice)
async def go(q):
    result = await Runner.run(agent, q)
    return json.loads(result.final_output.model_dump_json())
`,
    },
    {
      name: 'LangChain with_structured_output',
      filename: 'chain.py',
      code: `import json
from langchain_openai import ChatOpenAI
llm = ChatOpenAI(model="gpt-4o-mini", max_tokens=200).with_structured_output(Person)
person = llm.invoke("Extract the person")
data = json.loads(cached.content)
`,
    },
    {
      name: 'AI SDK generateText with Output.object',
      filename: 'src/extract.ts',
      code: `import { generateText, Output } from 'ai';
const { text } = await generateText({ model, prompt, experimental_output: Output.object({ schema }) });
const data = JSON.parse(text);
`,
    },
    {
      name: 'JSON.parse of a request body',
      filename: 'src/route.ts',
      code: `export async function POST(req: Request) {
  const text = await req.text();
  return JSON.parse(text);
}
`,
    },
  ],
  invalid: [
    {
      name: 'json.loads on a chat completion',
      filename: 'extract.py',
      code: `import json
from openai import OpenAI
client = OpenAI()
def extract(text):
    response = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": text}])
    content = response.choices[0].message.content
    return json.loads(content.strip())
`,
      errors: [{ line: 7, message: /response_format/ }],
    },
    {
      name: 'eval on an Agents SDK final_output',
      filename: 'main.py',
      code: `from agents import Agent, Runner
agent = Agent(name="calc", instructions="Return a Python list of numbers.")
async def go(q):
    result = await Runner.run(agent, q)
    return eval(result.final_output)
`,
      errors: [{ line: 5, message: /eval runs whatever the model wrote/ }],
    },
    {
      name: 're.search on a LangChain reply',
      filename: 'chain.py',
      code: `import re, json
from langchain_openai import ChatOpenAI
llm = ChatOpenAI(model="gpt-4o-mini", max_tokens=200)
def score(q):
    reply = llm.invoke(q)
    m = re.search(r"\\{.*\\}", reply.content, re.S)
    return json.loads(m.group(0))
`,
      errors: [{ line: 6, message: /with_structured_output/ }],
    },
    {
      name: 'ast.literal_eval on a Gemini response',
      filename: 'gen.py',
      code: `import ast
from google import genai
client = genai.Client()
resp = client.models.generate_content(model="gemini-2.5-flash", contents="List three colours as a Python list")
colours = ast.literal_eval(resp.text)
`,
      errors: [{ line: 5, message: /response_schema/ }],
    },
    {
      name: 'JSON.parse of AI SDK generateText text',
      filename: 'src/extract.ts',
      code: `import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
export async function extract(input: string) {
  const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt: input, maxOutputTokens: 300 });
  return JSON.parse(text);
}
`,
      errors: [{ line: 5, message: /generateObject/ }],
    },
    {
      name: 'JSON.parse of an OpenAI Node completion',
      filename: 'src/openai.ts',
      code: `import OpenAI from 'openai';
const client = new OpenAI();
const completion = await client.chat.completions.create({ model: 'gpt-4o', max_tokens: 200, messages });
const data = JSON.parse(completion.choices[0]?.message.content!);
`,
      errors: [{ line: 4 }],
    },
  ],
});
