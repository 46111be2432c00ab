/**
 * A thin client for the internal invoicing API. The token is read per call from the environment,
 * so rotating it only needs a restart of the process, not a deploy.
 */
export interface Invoice {
  id: string;
  accountId: string;
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
  currency: string;
  amountDue: number;
  amountPaid: number;
  dueDate: string;
  lines: { description: string; amount: number; quantity: number }[];
}

function config(): { baseUrl: string; token: string } {
  const baseUrl = process.env.BILLING_API_URL;
  const token = process.env.BILLING_API_TOKEN;
  if (!baseUrl || !token) throw new Error('BILLING_API_URL and BILLING_API_TOKEN must be set');
  return { baseUrl, token };
}

async function get<T>(path: string): Promise<T> {
  const { baseUrl, token } = config();
  const response = await fetch(new URL(path, baseUrl), {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`billing API ${response.status} for ${path}`);
  return (await response.json()) as T;
}

export function getInvoice(invoiceId: string): Promise<Invoice> {
  return get<Invoice>(`/v1/invoices/${encodeURIComponent(invoiceId)}`);
}

export async function listInvoices(accountId: string, status?: Invoice['status']): Promise<Invoice[]> {
  const query = status ? `?status=${status}` : '';
  const page = await get<{ data: Invoice[] }>(`/v1/accounts/${encodeURIComponent(accountId)}/invoices${query}`);
  return page.data;
}
