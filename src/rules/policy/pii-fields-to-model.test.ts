import { ruleTester } from '../testing/rule-tester.js';
import { piiFieldsToModelCheck } from './pii-fields-to-model.js';

ruleTester(piiFieldsToModelCheck, {
  valid: [
    {
      name: 'fields redacted with Presidio first',
      filename: 'support.py',
      code: `from openai import OpenAI
from presidio_anonymizer import AnonymizerEngine
anonymizer = AnonymizerEngine()
def summarise(customer):
    safe = anonymizer.anonymize(text=customer.notes, analyzer_results=results)
    return OpenAI().responses.create(model="gpt-4o-mini", max_output_tokens=200, input=f"Summarise for {customer.email}: {safe.text}")
`,
    },
    {
      name: 'masked by a local helper',
      filename: 'support.py',
      code: `from openai import OpenAI
def ask(user):
    phone = mask_phone(user.phone)
    return OpenAI().chat.completions.create(model="gpt-4o-mini", max_tokens=100, messages=[{"role": "user", "content": f"Call back {phone}"}])
`,
    },
    {
      name: 'non-personal fields only',
      filename: 'support.py',
      code: `from openai import OpenAI
def ask(order):
    return OpenAI().responses.create(model="gpt-4o-mini", max_output_tokens=100, input=f"Order {order.id} status {order.status}, email verified: {order.email_verified}")
`,
    },
    {
      name: 'email used outside the model call',
      filename: 'notify.py',
      code: `from openai import OpenAI
def notify(user, text):
    send_mail(to=user.email, subject=f"Hi {user.email}", body=text)
    return OpenAI().responses.create(model="gpt-4o-mini", max_output_tokens=100, input=text)
`,
    },
    {
      name: 'sender address is not personal data',
      filename: 'mail.py',
      code: `from openai import OpenAI
def draft(sender_email, topic):
    return OpenAI().responses.create(model="gpt-4o-mini", max_output_tokens=100, input=f"Draft a note about {topic} from {sender_email}")
`,
    },
    {
      name: 'TS prompt without personal fields',
      filename: 'src/route.ts',
      code: `import { generateText } from 'ai';
export async function summarize(ticket: Ticket) {
  return generateText({ model, maxOutputTokens: 200, prompt: \`Summarize ticket \${ticket.id}: \${ticket.body}\` });
}
`,
    },
  ],
  invalid: [
    {
      name: 'SSN and date of birth in an OpenAI chat message',
      filename: 'kyc.py',
      code: `from openai import OpenAI
client = OpenAI()
def verify(applicant):
    return client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Check {applicant.ssn} born {applicant['date_of_birth']}"}],
    )
`,
      errors: [{ line: 7, message: /'ssn'/ }],
    },
    {
      name: 'prompt built in a variable then passed to a LangChain model',
      filename: 'chain.py',
      code: `from langchain_openai import ChatOpenAI
llm = ChatOpenAI(model="gpt-4o-mini", max_tokens=200)
def reply(customer):
    prompt = f"Write to {customer.name} at {customer.email} about the delay."
    return llm.invoke(prompt)
`,
      errors: [{ line: 4, message: /'email'/ }],
    },
    {
      name: 'ADK instruction with a phone number',
      filename: 'agent.py',
      code: `from google.adk.agents import Agent
def make_agent(user):
    return Agent(name="concierge", model="gemini-2.5-flash", instruction=f"The caller's phone number is {user.phone_number}.")
`,
      errors: [{ line: 3, message: /phone_number/ }],
    },
    {
      name: 'OpenAI Agents Runner input with a card number',
      filename: 'pay.py',
      code: `from agents import Runner
async def pay(agent, order):
    return await Runner.run(agent, f"Charge card {order.card_number} for {order.total}")
`,
      errors: [{ line: 3, message: /card_number/ }],
    },
    {
      name: 'AI SDK prompt with customer address and IBAN',
      filename: 'src/refund.ts',
      code: `import { generateText } from 'ai';
export async function refund(customer: Customer) {
  const { text } = await generateText({
    model,
    maxOutputTokens: 300,
    prompt: \`Refund to \${customer.iban} and ship to \${customer.homeAddress}\`,
  });
  return text;
}
`,
      errors: [{ line: 6, message: /iban/ }],
    },
  ],
});
