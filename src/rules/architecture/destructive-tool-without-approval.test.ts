import { ruleTester } from '../testing/rule-tester.js';
import { destructiveToolWithoutApprovalCheck } from './destructive-tool-without-approval.js';

/** A tool that publishes a post: not destructive by default, destructive once the team lists the verb. */
const PUBLISH_POST_TOOL = `from agents import function_tool
@function_tool
async def publish_post(post_id: str) -> str:
    return await cms.publish(post_id)
`;

ruleTester(destructiveToolWithoutApprovalCheck, {
  valid: [
    {
      name: 'a send tool the team reviews another way, named in ignore_tools',
      filename: 'tools.py',
      code: `from agents import function_tool
@function_tool
async def send_digest(channel: str) -> str:
    """Post the daily digest to the team's sandbox channel."""
    return await slack.post(channel, digest())
`,
      options: { ignore_tools: ['send_digest'] },
    },
    {
      name: 'a publish tool is not destructive by default',
      filename: 'tools.py',
      code: PUBLISH_POST_TOOL,
    },
    {
      name: 'OpenAI Agents tool with needs_approval',
      filename: 'tools.py',
      code: `from agents import function_tool
@function_tool(needs_approval=True)
async def delete_customer(customer_id: str) -> str:
    """Delete a customer record."""
    return await crm.delete(customer_id)
`,
    },
    {
      name: 'ADK FunctionTool with require_confirmation',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
from google.adk.tools import FunctionTool
def refund_order(order_id: str) -> dict:
    return payments.refund(order_id)
root_agent = Agent(name="support", model="gemini-2.5-flash", instruction="Help.", tools=[FunctionTool(refund_order, require_confirmation=True)])
`,
    },
    {
      name: 'ADK tool that asks for confirmation itself',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
from google.adk.tools.tool_context import ToolContext
def transfer_funds(amount: float, recipient: str, tool_context: ToolContext) -> dict:
    if not tool_context.tool_confirmation:
        tool_context.request_confirmation(hint=f"Confirm transfer of {amount} to {recipient}.")
        return {"status": "pending"}
    return bank.transfer(amount, recipient)
root_agent = Agent(name="bank", model="gemini-2.5-flash", instruction="Help.", tools=[transfer_funds])
`,
    },
    {
      name: 'LangGraph tool with interrupt()',
      filename: 'graph.py',
      code: `from langchain_core.tools import tool
from langgraph.types import interrupt
from langgraph.prebuilt import create_react_agent
@tool
def send_email(to: str, body: str) -> str:
    """Send an email."""
    decision = interrupt({"action": "send_email", "to": to})
    if decision != "approve":
        return "cancelled"
    return mailer.send(to, body)
agent = create_react_agent(model, [send_email])
`,
    },
    {
      name: 'LangGraph graph compiled with interrupt_before',
      filename: 'graph.py',
      code: `from langchain_core.tools import tool
from langgraph.prebuilt import ToolNode
@tool
def delete_file(path: str) -> str:
    """Delete a file."""
    os.remove(path)
graph = builder.compile(checkpointer=memory, interrupt_before=["tools"])
`,
    },
    {
      name: 'OpenAI Agents handoff-style transfer_to name and read-only tools',
      filename: 'tools.py',
      code: `from agents import function_tool
@function_tool
def transfer_to_billing() -> str:
    return "ok"
@function_tool
def get_order_status(order_id: str) -> str:
    return db.status(order_id)
`,
    },
    {
      name: 'AI SDK tool without execute and one with needsApproval',
      filename: 'src/tools.ts',
      code: `import { tool } from 'ai';
import { z } from 'zod';
export const tools = {
  deleteProject: tool({ description: 'Delete a project', inputSchema: z.object({ id: z.string() }) }),
  sendInvoice: tool({ description: 'Send invoice', inputSchema: z.object({ id: z.string() }), needsApproval: true, execute: async ({ id }) => billing.send(id) }),
};
`,
    },
    {
      name: 'Mastra createTool with requireApproval',
      filename: 'src/mastra/tools/delete.ts',
      code: `import { createTool } from '@mastra/core/tools';
export const deleteTool = createTool({ id: 'delete-record', description: 'Delete a record', requireApproval: true, execute: async ({ id }) => db.delete(id) });
`,
    },
  ],
  invalid: [
    {
      name: 'a verb the team adds with destructive_verbs',
      filename: 'tools.py',
      code: PUBLISH_POST_TOOL,
      options: { destructive_verbs: ['publish'] },
      errors: [{ line: 3, message: /'publish' action/, column: 11, endLine: 3, endColumn: 23 }],
    },
    {
      name: 'OpenAI Agents function_tool refund without approval',
      filename: 'tools.py',
      code: `from agents import function_tool
@function_tool
async def refund_payment(payment_id: str, amount: float) -> str:
    """Refund a payment."""
    return await stripe.refund(payment_id, amount)
`,
      errors: [{ line: 3, message: /needs_approval=True/ }],
    },
    {
      name: 'ADK agent with a bare delete tool',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
def delete_user(user_id: str) -> dict:
    db.users.delete(user_id)
    return {"status": "deleted"}
def get_user(user_id: str) -> dict:
    return db.users.get(user_id)
root_agent = Agent(
    name="admin",
    model="gemini-2.5-flash",
    instruction="Manage users.",
    tools=[get_user, delete_user],
)
`,
      errors: [{ line: 11, message: /require_confirmation/ }],
    },
    {
      name: 'LangGraph prebuilt agent with send_email tool',
      filename: 'graph.py',
      code: `from langchain_core.tools import tool
from langgraph.prebuilt import create_react_agent
@tool
def send_email(to: str, subject: str, body: str) -> str:
    """Send an email to a customer."""
    return mailer.send(to, subject, body)
agent = create_react_agent(model, [send_email])
`,
      errors: [{ line: 4, message: /interrupt/ }],
    },
    {
      name: 'AI SDK tool map with an executing deploy tool',
      filename: 'src/agent.ts',
      code: `import { generateText, tool } from 'ai';
import { z } from 'zod';
const result = await generateText({
  model,
  tools: {
    deployService: tool({ description: 'Deploy', inputSchema: z.object({ service: z.string() }), execute: async ({ service }) => deploy(service) }),
  },
  prompt,
});
`,
      errors: [{ line: 6, message: /needsApproval/ }],
    },
    {
      name: 'OpenAI Agents JS tool and Mastra tool without approval',
      filename: 'src/tools.ts',
      code: `import { tool } from '@openai/agents';
import { createTool } from '@mastra/core/tools';
export const cancelSub = tool({ name: 'cancel_subscription', description: 'Cancel', parameters: schema, execute: async (input) => billing.cancel(input.id) });
export const charge = createTool({ id: 'charge-card', description: 'Charge a card', execute: async ({ context }) => pay(context) });
`,
      errors: [{ line: 3, message: /cancel_subscription/ }, { line: 4, message: /Mastra/ }],
    },
    {
      name: 'CrewAI tool in a crew with no human_input',
      filename: 'crew.py',
      code: `from crewai import Agent, Task, Crew
from crewai.tools import tool
@tool("Purchase item")
def purchase_item(sku: str) -> str:
    """Buy an item."""
    return shop.buy(sku)
buyer = Agent(role="Buyer", goal="Buy", backstory="b", tools=[purchase_item])
task = Task(description="Buy the cheapest laptop", expected_output="receipt", agent=buyer)
`,
      errors: [{ line: 4, message: /human_input=True/ }],
    },
  ],
});
