"""Ops bot: answers on-call questions with live health and deploy data, and posts updates to Slack.

    python main.py "Is the api degraded, and did anything ship in the last 3 hours?"
"""

import asyncio
import os
import sys

from agents import Agent, ModelSettings, Runner, set_tracing_disabled
from agents.extensions.models.litellm_model import LitellmModel
from dotenv import load_dotenv

from tools import post_incident_update, recent_deploys, service_health

load_dotenv()

# Claude through LiteLLM, so there is no OpenAI key to export traces with.
if os.environ.get("OPENAI_AGENTS_DISABLE_TRACING") == "1":
    set_tracing_disabled(True)

INSTRUCTIONS = """You are the on-call assistant for the platform team.

- For "is X healthy" questions, call service_health for each service named (api, web, worker).
- When a service is degraded, call recent_deploys on its repository and point at deploys made
  shortly before the degradation started; say it is a correlation, not a proven cause.
- Post to Slack with post_incident_update only when the user explicitly asks you to post.
  Posts start with the affected services and their status, then one line per suspect deploy.
- Report numbers as the tools return them. If a tool fails, say which one and continue with the rest.
"""


def build_agent() -> Agent:
    model = LitellmModel(
        model=os.environ.get("OPS_BOT_MODEL", "anthropic/claude-sonnet-4-5"),
        api_key=os.environ["ANTHROPIC_API_KEY"],
    )
    return Agent(
        name="Ops Bot",
        instructions=INSTRUCTIONS,
        model=model,
        model_settings=ModelSettings(temperature=0.1, max_tokens=800),
        tools=[service_health, recent_deploys, post_incident_update],
    )


async def main() -> None:
    question = " ".join(sys.argv[1:]) or "Give me a health summary of api, web and worker."
    result = await Runner.run(build_agent(), question, max_turns=8)
    print(result.final_output)


if __name__ == "__main__":
    asyncio.run(main())
