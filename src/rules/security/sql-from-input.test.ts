import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { sqlFromInputCheck } from './sql-from-input.js';


const ID = 'security/sql-from-input';

describe(ID, () => {
  ruleTester(sqlFromInputCheck, ID, {
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

export const findUser = tool({
  description: 'Find a user',
  inputSchema: z.object({ email: z.string() }),
  execute: async ({ email }) => {
    const { rows } = await pool.query('SELECT id FROM users WHERE email = $1', [email]);
    const again = await sql\`SELECT id FROM users WHERE email = \${email}\`;
    return { rows, again };
  },
});
`,
      },
    ],
    invalid: [
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

export const findUser = tool({
  description: 'Find a user',
  inputSchema: z.object({ email: z.string() }),
  execute: async ({ email }) => {
    const { rows } = await pool.query(\`SELECT id FROM users WHERE email = '\${email}'\`);
    return rows;
  },
});
`,
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
});
