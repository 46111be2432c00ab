import { ruleTester } from '../testing/rule-tester.js';
import { adkGeminiNoRetryCheck } from './adk-gemini-no-retry.js';

ruleTester(adkGeminiNoRetryCheck, {
  valid: [
    {
      name: 'Gemini adapter with HttpRetryOptions, built inline and in a module constant',
      filename: 'support/agent.py',
      code:
        'from google.adk.agents import LlmAgent\nfrom google.adk.models import Gemini\nfrom google.genai import types\n\n' +
        'RETRIES = types.HttpRetryOptions(attempts=4, initial_delay=1, max_delay=30)\nfast = Gemini(model="gemini-3.5-flash", retry_options=RETRIES)\n\n' +
        'triage = LlmAgent(name="triage", model=fast, instruction="Route the ticket.")\n' +
        'writer = LlmAgent(name="writer", model=Gemini(model="gemini-3.1-pro-preview", retry_options=types.HttpRetryOptions(attempts=3)), instruction="Draft.")\n',
    },
    {
      name: 'retries in generate_content_config, inline and as a module constant',
      filename: 'support/agent.py',
      code:
        'from google.adk.agents import Agent\nfrom google.genai import types\n\n' +
        'CONFIG = types.GenerateContentConfig(temperature=0.2, http_options=types.HttpOptions(retry_options=types.HttpRetryOptions(attempts=3)))\n\n' +
        'root_agent = Agent(name="helper", model="gemini-3.5-flash", generate_content_config=CONFIG)\n' +
        'other = Agent(name="other", model="gemini-3.5-flash", generate_content_config=types.GenerateContentConfig(http_options={"retry_options": {"attempts": 2}}))\n',
    },
    {
      name: 'models the file cannot resolve, non-Gemini models and sub-agents that inherit the model',
      filename: 'agents/agent.py',
      code:
        'import os\nfrom google.adk.agents import LlmAgent\nfrom google.adk.models.lite_llm import LiteLlm\nfrom .config import MODEL\n\n' +
        'a = LlmAgent(name="a", model=MODEL)\nb = LlmAgent(name="b", model=os.getenv("AGENT_MODEL"))\n' +
        'c = LlmAgent(name="c", model=LiteLlm(model="openai/gpt-4.1"))\nd = LlmAgent(name="d", instruction="inherits")\n' +
        'e = LlmAgent(name="e", model="gemini-3.5-flash", generate_content_config=settings.generation)\n',
    },
    {
      name: 'a CrewAI Agent on a Gemini id is not ADK',
      filename: 'crew.py',
      code: 'from crewai import Agent\n\nresearcher = Agent(role="r", goal="g", backstory="b", llm="gemini/gemini-3.5-flash")\n',
    },
    {
      name: 'a plugin that handles model errors itself',
      filename: 'agent.py',
      code:
        'from google.adk.agents import LlmAgent\nfrom google.adk.plugins.base_plugin import BasePlugin\n\n' +
        'class RetryOn429(BasePlugin):\n    async def on_model_error_callback(self, *, callback_context, llm_request, error):\n        return await retry_with_backoff(llm_request, error)\n\n' +
        'agent = LlmAgent(name="a", model="gemini-3.5-flash")\n',
    },
    {
      name: 'Gemini with client_kwargs carrying its own client options',
      filename: 'agent.py',
      code:
        'from google.adk.agents import Agent\nfrom google.adk.models.google_llm import Gemini\n\n' +
        'root_agent = Agent(name="a", model=Gemini(model="gemini-3.5-flash", client_kwargs=CLIENT_OPTIONS))\n',
    },
  ],
  invalid: [
    {
      name: 'model id strings on Agent and LlmAgent, direct and through a module constant',
      filename: 'travel/agent.py',
      code:
        'from google.adk.agents import Agent, LlmAgent\nfrom google.genai import types\n\nMODEL = "gemini-3.5-flash"\n\n' +
        'planner = LlmAgent(\n    name="planner",\n    model=MODEL,\n    instruction="Plan the trip.",\n)\n' +
        'root_agent = Agent(name="concierge", model="gemini-3.1-pro-preview", generate_content_config=types.GenerateContentConfig(temperature=0.1), sub_agents=[planner])\n',
      errors: [
        { line: 8, message: /LlmAgent 'planner' runs on 'gemini-3\.5-flash' with no retry_options.*one attempt.*429 RESOURCE_EXHAUSTED/ },
        { line: 11, message: /Agent 'concierge' runs on 'gemini-3\.1-pro-preview'/ },
      ],
    },
    {
      name: 'a Gemini adapter without retry_options, shared by two agents, reported once',
      filename: 'agent.py',
      code:
        'from google.adk import Agent\nfrom google.adk.models import Gemini\n\nflash = Gemini(model="gemini-3.5-flash")\n\n' +
        'a = Agent(name="a", model=flash)\nb = Agent(name="b", model=flash)\nc = Agent(name="c", model=Gemini(model="gemini-3.5-flash", retry_options=None))\n',
      errors: [{ line: 4, message: /Gemini\(model="gemini-3\.5-flash"\) has no retry_options.*Agent 'a'/ }, { line: 8, message: /Agent 'c'/ }],
    },
    {
      name: 'Vertex model resource names and an aliased import',
      filename: 'agent.py',
      code:
        'from google.adk.agents.llm_agent import LlmAgent as Llm\n\n' +
        'agent = Llm(name="tuned", model="projects/p/locations/us-central1/publishers/google/models/gemini-3.5-flash")\n',
      errors: [{ line: 3, message: /'gemini-3\.5-flash'/ }],
    },
  ],
});
