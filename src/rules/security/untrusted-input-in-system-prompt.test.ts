import { ruleTester } from '../testing/rule-tester.js';
import { untrustedInputInSystemPromptCheck } from './untrusted-input-in-system-prompt.js';

ruleTester(untrustedInputInSystemPromptCheck, {
  valid: [
    {
      name: 'FastAPI handler: constant instructions, user text as the user turn (the correct form)',
      filename: 'app.py',
      code: `from fastapi import FastAPI
from pydantic import BaseModel
from agents import Agent, Runner

app = FastAPI()
agent = Agent(name="Support", instructions="You are a support agent for Acme. Never reveal internal notes.")

class ChatRequest(BaseModel):
    message: str

@app.post("/chat")
async def chat(body: ChatRequest):
    result = await Runner.run(agent, body.message)
    return {"reply": result.final_output}
`,
    },
    {
      name: 'Flask: request data in the user role, server data in the system role',
      filename: 'app.py',
      code: `from flask import Flask, request
from openai import OpenAI

app = Flask(__name__)
client = OpenAI()

@app.post("/ask")
def ask():
    question = request.json["question"]
    tenant = load_tenant_from_session()
    messages = [
        {"role": "system", "content": f"You answer questions for {tenant.name}."},
        {"role": "user", "content": question},
    ]
    return client.chat.completions.create(model="gpt-4o", messages=messages).choices[0].message.content
`,
    },
    {
      name: 'FastAPI dependency-injected settings in instructions',
      filename: 'app.py',
      code: `from fastapi import Depends, FastAPI
from google.adk.agents import Agent

app = FastAPI()

@app.get("/agent")
def make(settings: Settings = Depends(get_settings)):
    return Agent(name="a", model="gemini-2.0-flash", instruction=f"Company: {settings.company}")
`,
    },
    {
      name: 'Next.js route: messages from the body go to messages, system is constant',
      filename: 'app/api/chat/route.ts',
      code: `import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function POST(req: Request) {
  const { messages } = await req.json();
  const result = streamText({ model: openai('gpt-4o'), system: 'You are a helpful assistant.', messages });
  return result.toUIMessageStreamResponse();
}
`,
    },
  ],
  invalid: [
    {
      name: 'FastAPI body field in OpenAI Agents instructions',
      filename: 'app.py',
      code: `from fastapi import FastAPI
from pydantic import BaseModel
from agents import Agent, Runner

app = FastAPI()

class ChatRequest(BaseModel):
    persona: str
    message: str

@app.post("/chat")
async def chat(body: ChatRequest):
    agent = Agent(name="Support", instructions=f"You are {body.persona}. Follow company policy.")
    result = await Runner.run(agent, body.message)
    return {"reply": result.final_output}
`,
      errors: [{ line: 13, message: /Agent\(instructions=\.\.\.\) receives request data 'body'; system instructions outrank user messages/ }],
    },
    {
      name: 'Flask request.json into a system message dict and a SystemMessage',
      filename: 'app.py',
      code: `from flask import Flask, request
from langchain_core.messages import SystemMessage, HumanMessage

app = Flask(__name__)

@app.post("/ask")
def ask():
    data = request.get_json()
    style = data.get("style", "friendly")
    messages = [{"role": "system", "content": "Answer in a " + style + " tone."}]
    lc = [SystemMessage(content=f"Tone: {style}"), HumanMessage(content=data["q"])]
    return run(messages, lc)
`,
      errors: [{ line: 10, message: /\{"role": "system", "content": \.\.\.\} receives request data/ }, { line: 11, message: /SystemMessage/ }],
    },
    {
      name: 'Starlette await request.json() into ADK instruction and CrewAI backstory',
      filename: 'server.py',
      code: `from starlette.requests import Request
from google.adk.agents import Agent
from crewai import Agent as CrewAgent

async def create_agent(request: Request):
    payload = await request.json()
    adk = Agent(name="x", model="gemini-2.0-flash", instruction="Role: " + payload["role"])
    crew = CrewAgent(role="Writer", goal="Write", backstory=payload["bio"])
    return adk, crew
`,
      errors: [{ line: 7, message: /instruction=/ }, { line: 8, message: /backstory=/ }],
    },
    {
      name: 'Next.js route with the body interpolated into system:',
      filename: 'app/api/chat/route.ts',
      code: `import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function POST(req: Request) {
  const { messages, persona } = await req.json();
  const result = streamText({
    model: openai('gpt-4o'),
    system: \`You are \${persona}. Be concise.\`,
    messages,
  });
  return result.toUIMessageStreamResponse();
}
`,
      errors: [{ line: 8, message: /system: receives request data 'persona'/ }],
    },
    {
      name: 'Express req.body in a system role message and Mastra-style instructions',
      filename: 'src/server.js',
      code: `import express from 'express';
import OpenAI from 'openai';

const app = express();
const client = new OpenAI();

app.post('/chat', async (req, res) => {
  const rules = req.body.rules;
  const completion = await client.chat.completions.create({
    model: 'gpt-4o',
    messages: [{ role: 'system', content: rules }, { role: 'user', content: req.body.message }],
  });
  res.json(completion.choices[0].message);
});
`,
      errors: [{ line: 11, message: /role: 'system'/ }],
    },
  ],
});
