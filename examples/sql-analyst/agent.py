"""Sales analyst: answers questions over the orders database and a CSV export.

Two shortcuts a reviewer must stop before this ships: the SQL tool pastes the model's
arguments into the query, and the pandas agent is allowed to run arbitrary Python.
"""

import os
import sqlite3

import pandas as pd
from langchain.agents import AgentExecutor, create_tool_calling_agent
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.tools import tool
from langchain_experimental.agents import create_pandas_dataframe_agent
from langchain_openai import ChatOpenAI

DB_PATH = os.environ.get("ORDERS_DB", "orders.db")

llm = ChatOpenAI(
    model="gpt-4o-mini",
    temperature=0,
    timeout=30,
    max_tokens=800,
    api_key=os.environ["OPENAI_API_KEY"],
)


@tool
def orders_for_customer(customer_name: str) -> list[tuple]:
    """Return the orders of one customer, newest first."""
    conn = sqlite3.connect(DB_PATH)
    try:
        cursor = conn.cursor()
        cursor.execute(
            f"SELECT id, total, created_at FROM orders WHERE customer = '{customer_name}' ORDER BY created_at DESC"
        )
        return cursor.fetchall()
    finally:
        conn.close()


@tool
def order_total(order_id: int) -> float:
    """Return the total of one order."""
    conn = sqlite3.connect(DB_PATH)
    try:
        row = conn.execute("SELECT total FROM orders WHERE id = ?", (order_id,)).fetchone()
        return float(row[0]) if row else 0.0
    finally:
        conn.close()


prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "You are a careful sales analyst. Answer with numbers from the tools only."),
        ("human", "{input}"),
        ("placeholder", "{agent_scratchpad}"),
    ]
)

agent = create_tool_calling_agent(llm, [orders_for_customer, order_total], prompt)
executor = AgentExecutor(agent=agent, tools=[orders_for_customer, order_total], max_iterations=8)

exports = pd.read_csv(os.environ.get("EXPORT_CSV", "exports/orders.csv"))
dataframe_agent = create_pandas_dataframe_agent(llm, exports, allow_dangerous_code=True, verbose=False)


if __name__ == "__main__":
    print(executor.invoke({"input": "What did Acme Corp order last month?"})["output"])
