"""Support triage graph: gathers facts with tools, then files the ticket in a queue with a priority.

Served by `langgraph dev` through langgraph.json, or run directly: python graph.py "ticket text".
"""

import sys
from typing import Literal

from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode, tools_condition
from pydantic import BaseModel, Field

from prompts import CLASSIFY_PROMPT, QUEUES, TRIAGE_SYSTEM_PROMPT
from tools import TOOLS

# OPENAI_API_KEY is read from the environment by ChatOpenAI.
model = ChatOpenAI(model="gpt-4o-mini", temperature=0)


class TriageDecision(BaseModel):
    """Where the ticket goes and how fast."""

    queue: Literal["billing", "shipping", "returns", "account", "other"]
    priority: Literal["P1", "P2", "P3", "P4"]
    reason: str = Field(description="One sentence a human agent can act on.")
    draft_reply: str = Field(description="Two sentences to send to the customer.")


class TriageState(MessagesState):
    decision: TriageDecision | None


def triage(state: TriageState) -> dict:
    """Let the model read the ticket and call tools until it has the facts."""
    response = model.bind_tools(TOOLS).invoke([SystemMessage(TRIAGE_SYSTEM_PROMPT), *state["messages"]])
    return {"messages": [response]}


def classify(state: TriageState) -> dict:
    """Turn the gathered facts into a structured decision."""
    structured = model.with_structured_output(TriageDecision)
    decision = structured.invoke(
        [
            SystemMessage(TRIAGE_SYSTEM_PROMPT),
            *state["messages"],
            HumanMessage(CLASSIFY_PROMPT.format(queues=", ".join(QUEUES))),
        ]
    )
    return {"decision": decision}


builder = StateGraph(TriageState)
builder.add_node("triage", triage)
builder.add_node("tools", ToolNode(TOOLS))
builder.add_node("classify", classify)

builder.add_edge(START, "triage")
# tools_condition returns "tools" when the last message has tool calls, END otherwise.
builder.add_conditional_edges("triage", tools_condition, {"tools": "tools", END: "classify"})
builder.add_edge("tools", "triage")
builder.add_edge("classify", END)

graph = builder.compile()


if __name__ == "__main__":
    ticket = " ".join(sys.argv[1:]) or "My parcel for order NW-30117 says delivered but nothing arrived."
    result = graph.invoke({"messages": [HumanMessage(ticket)], "decision": None})
    decision = result["decision"]
    print(f"{decision.queue} / {decision.priority}: {decision.reason}")
    print(decision.draft_reply)
