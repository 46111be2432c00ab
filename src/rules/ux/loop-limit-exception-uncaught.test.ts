import { ruleTester } from '../testing/rule-tester.js';
import { loopLimitExceptionUncaughtCheck } from './loop-limit-exception-uncaught.js';

/** A FastAPI chat route that runs the agent with nothing around it (the Runner.run on its third line). */
const BARE_CHAT_ROUTE = `@app.post("/chat")
async def chat(req: ChatRequest):
    result = await Runner.run(agent, req.message)
    return {"reply": result.final_output}
`;

ruleTester(loopLimitExceptionUncaughtCheck, {
  valid: [
    {
      name: 'FastAPI route catching MaxTurnsExceeded',
      filename: 'app/api.py',
      code: `from fastapi import FastAPI, HTTPException
from agents import Runner
from agents.exceptions import MaxTurnsExceeded
app = FastAPI()
@app.post("/chat")
async def chat(req: ChatRequest):
    try:
        result = await Runner.run(agent, req.message)
    except MaxTurnsExceeded:
        return {"reply": "I could not finish that. Could you narrow the question?"}
    return {"reply": result.final_output}
`,
    },
    {
      name: 'Flask route with a broad except',
      filename: 'app/web.py',
      code: `from flask import Flask, request
from langgraph.prebuilt import create_react_agent
app = Flask(__name__)
graph = create_react_agent(model, tools)
@app.route("/ask", methods=["POST"])
def ask():
    try:
        out = graph.invoke({"messages": [("user", request.json["q"])]})
    except Exception:
        return {"error": "Sorry, try again."}, 503
    return {"answer": out["messages"][-1].content}
`,
    },
    {
      name: 'app-wide exception handler',
      filename: 'app/api.py',
      code: `from fastapi import FastAPI
from agents import Runner, AgentsException
app = FastAPI()
@app.exception_handler(AgentsException)
async def on_agent_error(request, exc):
    return JSONResponse({"reply": "Sorry"}, status_code=200)
${BARE_CHAT_ROUTE}`,
    },
    {
      name: 'Runner.run outside a web handler',
      filename: 'cli.py',
      code: `import asyncio
from fastapi import FastAPI
from agents import Runner
async def main():
    result = await Runner.run(agent, "hi")
    print(result.final_output)
`,
    },
    {
      name: 'Next.js route handler with try/catch',
      filename: 'app/api/chat/route.ts',
      code: `import { run } from '@openai/agents';
export async function POST(req: Request) {
  const { message } = await req.json();
  try {
    const result = await run(agent, message);
    return Response.json({ reply: result.finalOutput });
  } catch (error) {
    return Response.json({ reply: 'Sorry, I could not finish that.' });
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'FastAPI route with a bare Runner.run',
      filename: 'app/api.py',
      code: `from fastapi import FastAPI
from agents import Runner
app = FastAPI()
${BARE_CHAT_ROUTE}`,
      errors: [{ line: 6, message: /MaxTurnsExceeded/ }],
    },
    {
      name: 'except that catches something else',
      filename: 'app/api.py',
      code: `from fastapi import APIRouter
from agents import Runner
router = APIRouter()
@router.get("/summary")
def summary(q: str):
    try:
        result = Runner.run_sync(agent, q)
    except ValueError:
        return {"error": "bad input"}
    return {"summary": result.final_output}
`,
      errors: [{ line: 7 }],
    },
    {
      name: 'LangGraph compiled graph invoked in a Flask route',
      filename: 'app/web.py',
      code: `from flask import Flask, request
from langgraph.graph import StateGraph
app = Flask(__name__)
graph = builder.compile(checkpointer=memory)
@app.route("/ask", methods=["POST"])
def ask():
    out = graph.invoke({"messages": [("user", request.json["q"])]}, config)
    return {"answer": out["messages"][-1].content}
`,
      errors: [{ line: 7, message: /GraphRecursionError/ }],
    },
    {
      name: 'Express handler with an unguarded run',
      filename: 'src/server.ts',
      code: `import express from 'express';
import { run } from '@openai/agents';
const app = express();
app.post('/chat', async (req, res) => {
  const result = await run(agent, req.body.message);
  res.json({ reply: result.finalOutput });
});
`,
      errors: [{ line: 5 }],
    },
    {
      name: 'Next.js route invoking a LangGraph.js agent',
      filename: 'app/api/agent/route.ts',
      code: `import { createReactAgent } from '@langchain/langgraph/prebuilt';
const agent = createReactAgent({ llm, tools });
export async function POST(req: Request) {
  const { messages } = await req.json();
  const out = await agent.invoke({ messages });
  return Response.json(out);
}
`,
      errors: [{ line: 5 }],
    },
  ],
});
