import { ruleTester } from '../testing/rule-tester.js';
import { aiSdkTool } from '../testing/ai-sdk-tool.js';
import { sqlFromInputCheck } from './sql-from-input.js';

/** An AI SDK tool that hands its input to `ordersFor` in src/db/orders.ts (the call on line 8). */
const LIST_ORDERS_TOOL = `import { tool } from 'ai';
import { z } from 'zod';
import { ordersFor } from './db/orders';

${aiSdkTool('listOrders', 'Orders of a customer', 'customer', 'ordersFor(customer)')}`;

ruleTester(sqlFromInputCheck, {
  valid: [
    {
      name: 'psycopg parameterised query with %s and a params tuple',
      filename: 'tools.py',
      code: `import psycopg
from langchain_core.tools import tool

@tool
def find_customer(email: str) -> list:
    """Find a customer by email."""
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, name FROM customers WHERE email = %s", (email,))
        return cur.fetchall()
`,
    },
    {
      name: 'sqlite3 ? placeholders in an OpenAI Agents tool',
      filename: 'tools.py',
      code: `import sqlite3
from agents import function_tool

@function_tool
def order_status(order_id: str) -> str:
    conn = sqlite3.connect("shop.db")
    sql = "SELECT status FROM orders WHERE id = ?"
    row = conn.execute(sql, (order_id,)).fetchone()
    return row[0]
`,
    },
    {
      name: 'SQLAlchemy text() with a bound :name parameter',
      filename: 'tools.py',
      code: `from sqlalchemy import text
from crewai.tools import tool

@tool("lookup")
def lookup(name: str) -> str:
    """Look up a product."""
    with engine.connect() as conn:
        return str(conn.execute(text("SELECT * FROM products WHERE name = :name"), {"name": name}).all())
`,
    },
    {
      name: 'f-string SQL with a constant table name, not tool input',
      filename: 'tools.py',
      code: `from langchain_core.tools import tool

TABLE = "orders"

@tool
def count_orders(status: str) -> int:
    """Count orders by status."""
    cur.execute(f"SELECT count(*) FROM {TABLE} WHERE status = %s", (status,))
    return cur.fetchone()[0]
`,
    },
    {
      name: 'f-string SQL in a migration script that is not a tool',
      filename: 'migrate.py',
      code: `def migrate(cur, table):
    cur.execute(f"ALTER TABLE {table} ADD COLUMN note TEXT")
`,
    },
    {
      name: 'AI SDK tool with pg $1 placeholders and a postgres.js tagged template',
      filename: 'src/tools.ts',
      code: `import { tool } from 'ai';
import { z } from 'zod';

${aiSdkTool('findUser', 'Find a user', 'email', `{
    const { rows } = await pool.query('SELECT id FROM users WHERE email = $1', [email]);
    const again = await sql\`SELECT id FROM users WHERE email = \${email}\`;
    return { rows, again };
  }`)}`,
    },
    {
      name: 'tool hands input to a repository helper that binds parameters',
      filename: 'shop_agent/agent.py',
      files: {
        'shop_agent/db.py': `import sqlite3

def orders_for(customer_id: str):
    conn = sqlite3.connect("shop.db")
    return conn.execute("SELECT id, total FROM orders WHERE customer_id = ?", (customer_id,)).fetchall()
`,
      },
      code: `from google.adk.agents import Agent
from .db import orders_for

def list_orders(customer_id: str) -> dict:
    return {"orders": orders_for(customer_id)}

root_agent = Agent(name="shop", model="gemini-2.0-flash", tools=[list_orders])
`,
    },
    {
      name: 'helper formats SQL from a parameter the tool fills with a constant',
      filename: 'tools.py',
      files: {
        'queries.py': `def count_rows(cursor, table):
    cursor.execute(f"SELECT COUNT(*) FROM {table}")
    return cursor.fetchone()[0]
`,
      },
      code: `from agents import function_tool
from queries import count_rows

@function_tool
def order_count(region: str) -> int:
    return count_rows(get_cursor(region), "orders")
`,
    },
    {
      name: 'AI SDK tool and a repository function with $1 placeholders',
      filename: 'src/tools.ts',
      files: {
        'src/db/orders.ts': `import { pool } from './pool';

export async function ordersFor(customer: string) {
  const { rows } = await pool.query('SELECT id, total FROM orders WHERE customer = $1', [customer]);
  return rows;
}
`,
      },
      code: LIST_ORDERS_TOOL,
    },
  ],
  invalid: [
    {
      name: 'LangChain @tool calls a query helper through a module import (db.queries)',
      filename: 'app/tools.py',
      files: {
        'app/db/__init__.py': '',
        'app/db/queries.py': `def top_products(conn, category, limit=10):
    sql = "SELECT name, sales FROM products WHERE category = '%s' ORDER BY sales DESC LIMIT %d" % (category, limit)
    return conn.execute(sql).fetchall()
`,
      },
      code: `from langchain_core.tools import tool
from db import queries

@tool
def best_sellers(category: str) -> str:
    """Best selling products of a category."""
    return str(queries.top_products(CONN, category))
`,
      errors: [{ line: 7, message: /queries\.top_products\(\.\.\.\) passes tool input 'category' of best_sellers \(@tool\) to conn\.execute\(\.\.\.\) with SQL built by % formatting at app\/db\/queries\.py:3 \(its parameter 'category'\)/ }],
    },
    {
      name: 'AI SDK tool passes its input to a repository function that builds SQL with a template',
      filename: 'src/tools.ts',
      files: {
        'src/db/orders.ts': `import { pool } from './pool';

export async function ordersFor(customer: string) {
  const { rows } = await pool.query(\`SELECT id, total FROM orders WHERE customer = '\${customer}'\`);
  return rows;
}
`,
      },
      code: LIST_ORDERS_TOOL,
      errors: [{ line: 8, message: /ordersFor\(\.\.\.\) passes tool input 'customer' of tool\(\{ execute \}\) to pool\.query\(\.\.\.\) with SQL built by a template literal at src\/db\/orders\.ts:4/ }],
    },
    {
      name: 'ADK tool registered elsewhere; helper module builds SQL with an f-string',
      filename: 'crm_agent/tools.py',
      files: {
        'crm_agent/storage/queries.py': `import sqlite3

def lookup_customer(name):
    conn = sqlite3.connect("crm.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id, email FROM customers WHERE name = '{name}'")
    return cur.fetchall()
`,
        'crm_agent/storage/__init__.py': '',
        'crm_agent/agent.py': `from google.adk.agents import LlmAgent
from .tools import find_customer

root_agent = LlmAgent(name="crm", model="gemini-2.0-flash", tools=[find_customer])
`,
      },
      code: `from .storage.queries import lookup_customer

def find_customer(name: str) -> dict:
    return {"rows": lookup_customer(name)}
`,
      errors: [{ line: 4, message: /lookup_customer\(\.\.\.\) passes tool input 'name' of find_customer \(tools=\[\.\.\.\] in crm_agent\/agent\.py\) to cur\.execute\(\.\.\.\) with SQL built by an f-string at crm_agent\/storage\/queries\.py:6/ }],
    },
    {
      name: 'CrewAI BaseTool._run with a same-file helper concatenating SQL',
      filename: 'tools/report_tool.py',
      code: `from crewai.tools import BaseTool

def _sales_since(conn, day):
    sql = "SELECT sku, qty FROM sales WHERE day >= '" + day + "'"
    return conn.execute(sql).fetchall()

class SalesReportTool(BaseTool):
    name: str = "sales_report"
    description: str = "Sales since a day"

    def _run(self, day: str) -> str:
        return str(_sales_since(self.conn, day))
`,
      errors: [{ line: 12, message: /_sales_since\(\.\.\.\).*SalesReportTool \(BaseTool\._run\).*concatenation at line 5/ }],
    },
    {
      name: 'LangChain @tool with an f-string query',
      filename: 'tools.py',
      code: `from langchain_core.tools import tool

@tool
def find_customer(email: str) -> list:
    """Find a customer by email."""
    cursor.execute(f"SELECT id, name FROM customers WHERE email = '{email}'")
    return cursor.fetchall()
`,
      errors: [{ line: 6, message: /cursor\.execute\(\.\.\.\) runs SQL built with an f-string from tool input 'email' of find_customer \(@tool\)/ }],
    },
    {
      name: '% formatting via a variable, and .format(), in ADK tools',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent

def orders_for(customer_id: str) -> dict:
    query = "SELECT * FROM orders WHERE customer_id = '%s'" % customer_id
    cur.execute(query)
    return {"rows": cur.fetchall()}

def delete_order(order_id: str) -> dict:
    cur.executemany("DELETE FROM orders WHERE id = {}".format(order_id), [])
    return {}

root_agent = Agent(name="orders", model="gemini-2.0-flash", tools=[orders_for, delete_order])
`,
      errors: [{ line: 5, message: /% formatting/ }, { line: 9, message: /\.format\(\)/ }],
    },
    {
      name: 'SQLAlchemy text() of a concatenation, and += building',
      filename: 'tools.py',
      code: `from sqlalchemy import text
from pydantic_ai import Agent, RunContext

agent = Agent("openai:gpt-4o")

@agent.tool
def search(ctx: RunContext[Deps], term: str, sort: str) -> str:
    rows = ctx.deps.db.execute(text("SELECT * FROM docs WHERE title LIKE '%" + term + "%'"))
    sql = "SELECT * FROM docs WHERE 1=1"
    sql += f" ORDER BY {sort}"
    return str(rows) + str(ctx.deps.db.execute(sql))
`,
      errors: [{ line: 8, message: /concatenation/ }, { line: 11, message: /from tool input 'sort' of search \(@agent\.tool\)/ }],
    },
    {
      name: 'AI SDK tool with a template literal in pool.query',
      filename: 'src/tools.ts',
      code: `import { tool } from 'ai';
import { z } from 'zod';

${aiSdkTool('findUser', 'Find a user', 'email', `{
    const { rows } = await pool.query(\`SELECT id FROM users WHERE email = '\${email}'\`);
    return rows;
  }`)}`,
      errors: [{ line: 8, message: /pool\.query\(\.\.\.\) runs SQL built with a template literal from tool input 'email'/ }],
    },
    {
      name: 'Mastra tool with prisma.$queryRawUnsafe concatenation via a variable',
      filename: 'src/tools.ts',
      code: `import { createTool } from '@mastra/core/tools';

export const report = createTool({
  id: 'report',
  execute: async ({ context }) => {
    const q = 'SELECT * FROM sales WHERE region = \\'' + context.region + '\\'';
    return prisma.$queryRawUnsafe(q);
  },
});
`,
      errors: [{ line: 7 }],
    },
  ],
});
