import { openai } from '@ai-sdk/openai';
import { generateText, stepCountIs, tool } from 'ai';
import { z } from 'zod';
import { getInvoice, listInvoices } from './billing-api.js';

// Amounts come from the API in minor units; the model should only ever see formatted money.
const money = (minor: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 100);

const tools = {
  getInvoice: tool({
    description: 'Fetch one invoice by its id (for example INV-2025-0412) with its line items and balance.',
    inputSchema: z.object({
      invoiceId: z.string().regex(/^INV-\d{4}-\d{4}$/).describe('The invoice id printed on the invoice.'),
    }),
    execute: async ({ invoiceId }) => {
      const invoice = await getInvoice(invoiceId);
      return {
        id: invoice.id,
        status: invoice.status,
        dueDate: invoice.dueDate,
        amountDue: money(invoice.amountDue, invoice.currency),
        amountPaid: money(invoice.amountPaid, invoice.currency),
        lines: invoice.lines.map((line) => `${line.quantity} × ${line.description}: ${money(line.amount, invoice.currency)}`),
      };
    },
  }),
  listUnpaidInvoices: tool({
    description: 'List the open (unpaid) invoices of an account, oldest first.',
    inputSchema: z.object({
      accountId: z.string().describe('The account id, for example acct-1042.'),
    }),
    execute: async ({ accountId }) => {
      const invoices = await listInvoices(accountId, 'open');
      return invoices
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((invoice) => ({ id: invoice.id, dueDate: invoice.dueDate, amountDue: money(invoice.amountDue, invoice.currency) }));
    },
  }),
};

const SYSTEM = `You are the billing assistant of a B2B SaaS company.
Answer questions about invoices, charges and payment status using only the tools.
Quote invoice ids and amounts exactly as the tools return them.
If a question needs a refund, a credit note or a plan change, say that a billing specialist will
follow up; never promise one yourself. Keep answers under 120 words.`;

export async function answer(question: string, accountId: string) {
  const result = await generateText({
    model: openai('gpt-4o-mini'),
    system: SYSTEM,
    prompt: `Account: ${accountId}\nQuestion: ${question}`,
    tools,
    // A billing question needs at most a lookup or two; cap the loop so a confused model cannot spin.
    stopWhen: stepCountIs(5),
  });
  return { text: result.text, steps: result.steps.length, usage: result.totalUsage };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [accountId = 'acct-1042', ...words] = process.argv.slice(2);
  const question = words.join(' ') || 'Which invoices are still open and when are they due?';
  const { text, steps, usage } = await answer(question, accountId);
  console.log(text);
  console.error(`(${steps} steps, ${usage.totalTokens ?? '?'} tokens)`);
}
