import { describe, expect, it } from 'vitest';
import { scanPii, scanShippedPii } from './scan.js';
import type { PiiKind, PiiMatch } from './types.js';

/**
 * Table tests over code the way agent repositories hold it: prompts in Python f-strings and TS
 * template literals, LangChain/ADK instruction strings, JSON and YAML fixtures, CSV seed data.
 * `fire` cases list every expected match in order; `silent` cases expect no match at all. Most tables
 * ask `scanPii` (is it personal data?); the location tables ask `scanShippedPii` (does it block?).
 */
interface Case {
  name: string;
  path: string;
  text: string;
  expected: Array<[PiiKind, string]>;
}

const fire = (name: string, path: string, text: string, ...expected: Array<[PiiKind, string]>): Case => ({ name, path, text, expected });
const silent = (name: string, path: string, text: string): Case => ({ name, path, text, expected: [] });

/** `scanPii` by default (is it personal data?); `scanShippedPii` for what blocks (where it sits). */
function table(cases: Case[], scan: (text: string, path: string) => PiiMatch[] = scanPii): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const matches = scan(c.text, c.path);
    expect(matches.map((m) => [m.kind, m.value])).toEqual(c.expected);
    let lastEnd = 0;
    for (const m of matches) {
      expect(c.text.slice(m.start, m.end)).toBe(m.value);
      expect(m.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = m.end;
    }
  });
}

describe('scanPii: a prompt with everything in it', () => {
  table([
    fire(
      'Python f-string system prompt with SSN, card and email',
      'billing_agent/prompts.py',
      [
        'SYSTEM_PROMPT = f"""You are a billing assistant for {company}.',
        'The customer John Smith, SSN 536-22-8041, card 4929 3813 3266 4295, email john.smith1987@gmail.com,',
        'wants a refund for order {order_id}."""',
      ].join('\n'),
      ['us-ssn', '536-22-8041'],
      ['credit-card', '4929 3813 3266 4295'],
      ['personal-email', 'john.smith1987@gmail.com'],
    ),
    fire(
      'ADK agent instruction with phone and IBAN',
      'concierge/agent.py',
      [
        'root_agent = Agent(',
        '    name="refunds",',
        '    instruction="Refund Lena Fischer to IBAN DE41 6349 3923 6044 7762 87; if it bounces, call her mobile +49 151 2948 7736.",',
        ')',
      ].join('\n'),
      ['iban', 'DE41 6349 3923 6044 7762 87'],
      ['phone-number', '+49 151 2948 7736'],
    ),
  ]);
});

describe('credit-card', () => {
  describe('fires', () => {
    table([
      fire('LangChain system message, dashed Mastercard', 'chains/renewal.py', '("system", "Use card 5425-7581-1181-0197 for the renewal unless the user says otherwise."),', ['credit-card', '5425-7581-1181-0197']),
      fire('TS template literal, Amex 4-6-5', 'src/agent.ts', 'const instruction = `Pay with the Amex on file: 3782 259794 82533 (exp 09/27).`;', ['credit-card', '3782 259794 82533']),
      fire('JSON data file, plain Discover', 'data/customers.json', '{"id": 1042, "name": "Priya Raman", "card": "6011274838778756", "exp": "11/28"}', ['credit-card', '6011274838778756']),
      fire('YAML config, Mastercard 2-series', 'config/payment.yaml', 'payment:\n  default_card: "2720 9603 8997 1862"\n  currency: EUR\n', ['credit-card', '2720 9603 8997 1862']),
      fire('CSV seed data, JCB', 'seed/customers.csv', 'name,card,city\nTomás Ortega,3541953980770788,Madrid\n', ['credit-card', '3541953980770788']),
      fire('Diners 14 in 4-6-4 groups', 'billing/cards.py', 'DINERS_CORPORATE = "3012 510921 0004"\n', ['credit-card', '3012 510921 0004']),
      fire('UnionPay 19 digits', 'data/payers.json', '{"payer": "Wei Zhang", "unionpay": "6234606372900396409"}', ['credit-card', '6234606372900396409']),
      fire('Visa 13 digits', 'legacy/import.py', "card_number = '4539373321382'\n", ['credit-card', '4539373321382']),
      fire('card followed by its CVV', 'notes/prompt.md', 'Card: 4716 9768 4754 3871 123, expires 04/29', ['credit-card', '4716 9768 4754 3871']),
      fire('Discover 644 range', 'agent/memory.py', 'memory.add("Customer paid with 6445238847247521 last month")', ['credit-card', '6445238847247521']),
    ]);
  });
  describe('stays silent', () => {
    table([
      silent(
        'published test cards from the brief, in a non-test file',
        'payments/sandbox.py',
        [
          'SANDBOX_CARDS = {',
          '    "visa": "4111 1111 1111 1111", "visa_2": "4242 4242 4242 4242", "visa_3": "4012888888881881",',
          '    "mc": "5555555555554444", "mc_prepaid": "5105105105105100", "mc_debit": "5200828282828210",',
          '    "mc_2series": "2223003122003222", "visa_debit": "4000056655665556",',
          '    "amex": "378282246310005", "amex_2": "371449635398431", "amex_grouped": "3782 822463 10005",',
          '    "discover": "6011111111111117", "discover_2": "6011000990139424",',
          '    "jcb": "3530111333300000", "jcb_2": "3566002020360505",',
          '    "diners": "30569309025904", "diners_2": "38520000023237", "unionpay": "6200000000000005",',
          '}',
        ].join('\n'),
      ),
      silent('Stripe 3DS and decline test cards', 'checkout/cards.ts', "const THREE_DS = '4000 0025 0000 3155';\nconst DECLINED = '4000-0000-0000-9995';\n"),
      silent('Braintree and Adyen test cards', 'config/psp.yaml', 'braintree_visa: "4217651111111119"\nadyen_mc: "2222 4000 7000 0005"\nadyen_amex: "3700 0000 0000 002"\n'),
      silent('Luhn-invalid number', 'agent.py', 'card = "4929 3813 3266 4296"\n'),
      silent('unknown issuer prefix', 'agent.py', 'card = "9929381332664294"\n'),
      silent('inconsistent separators', 'agent.py', 'card = "4929 3813-3266 4295"\n'),
      silent('wrong grouping', 'agent.py', 'card = "49293 8133 2664 295"\n'),
      silent('millisecond, microsecond and nanosecond timestamps', 'telemetry.py', 'created_ms = 1718035200000\ncreated_us = 1718035200123457\ncreated_ns = 1718035200123456789\n'),
      silent('snowflake ids', 'discord_bot.py', 'GUILD_ID = 1189234776520871936\nCHANNEL_ID = 1190022334455667788\n'),
      silent('id inside a URL path and query', 'tools.py', 'url = "https://api.shop.io/v1/orders/4929381332664295/receipt?ref=5425758111810197"\n'),
      silent('hex digests and 0x literals', 'cache.py', 'digest = "4929381332664295ab73fe01"\nmask = 0x4929381332664295\n'),
      silent('decimals', 'model.py', 'weight = 0.4929381332664295\nbias = 4929381332664295.5\n'),
      silent('longer digit runs', 'ledger.py', 'ref = 14929381332664295\naccount = "4929381332664295-07"\nserial = "7712 4929 3813 3266 4295"\n'),
      silent('UUID-like value', 'ids.ts', "const traceId = '4929a813-3266-4295-8f3a-1b2c3d4e5f60';\n"),
      silent('repeated and counting digits', 'agent.py', 'placeholder = "4000 0000 0000 0002"\nother = "4123 4567 8901 2349"\n'),
    ]);
  });
});

describe('us-ssn', () => {
  describe('fires', () => {
    table([
      fire('f-string prompt with patient SSN', 'intake/agent.py', 'prompt = f"Verify identity: the patient\'s SSN is 401-93-8877 and the visit is {visit_date}."', ['us-ssn', '401-93-8877']),
      fire('JSON record', 'data/applicants.json', '{"applicant": "Marcus Reed", "ssn": "212-67-4839", "state": "OH"}', ['us-ssn', '212-67-4839']),
      fire('YAML, space-separated with an ssn key', 'config/kyc.yaml', 'kyc:\n  ssn: 602 19 4471\n', ['us-ssn', '602 19 4471']),
      fire('bare 9 digits right after an ssn key', 'crm/sync.py', 'customer_ssn = "536228041"\n', ['us-ssn', '536228041']),
      fire('bare 9 digits in JSON with SSN key', 'data/export.json', '{"SSN": 401938877, "plan": "gold"}', ['us-ssn', '401938877']),
      fire('CSV seed data', 'seed/employees.csv', 'name,ssn,state\nMaria Lopez,401-93-8877,TX\n', ['us-ssn', '401-93-8877']),
      fire('TS template literal', 'src/prompts.ts', 'export const note = `Customer Social Security number: 288-41-7306. Do not repeat it.`;', ['us-ssn', '288-41-7306']),
    ]);
  });
  describe('stays silent', () => {
    table([
      silent('famous invalid and advertising numbers', 'docs_agent/prompt.py', 'EXAMPLES = ["078-05-1120", "219-09-9999", "123-45-6789"]\n'),
      silent('never-issued areas, groups and serials', 'validators.py', 'BAD = ["000-12-3456", "666-12-3456", "912-34-5678", "536-00-8041", "536-22-0000", "111-11-1111"]\n'),
      silent('bare 9 digits without an ssn keyword beside them', 'orders.py', 'order_id = 536228041\nzip_plus4 = 945015432\n# the ssn column was dropped in 2023\nbatch = 401938877\n'),
      silent('space-separated without context', 'model.py', 'layer_sizes = "512 64 1024"\n'),
      silent('part of longer identifiers', 'parts.py', 'part_no = "A7-536-22-8041"\nlot = "536-22-8041-01"\nversion = "1.536-22-8041"\n'),
      silent('dates and times', 'jobs.py', 'run_at = "2024-05-17 10:30:00"\n'),
      silent('repeated-digit groups in docs', 'parsing/results.py', '"""prints::\n\n    age : 22\n    ssn : 111-22-3333\n"""\n'),
    ]);
  });
});

describe('iban', () => {
  describe('fires', () => {
    table([
      fire('JSON beneficiary', 'data/payouts.json', '{"beneficiary": "Lena Fischer", "iban": "DE41634939236044776287"}', ['iban', 'DE41634939236044776287']),
      fire('grouped IBAN in an f-string prompt', 'refunds/agent.py', 'prompt = f"Refund {amount} GBP to IBAN GB16 BARC 6195 9426 8946 25 and confirm."', ['iban', 'GB16 BARC 6195 9426 8946 25']),
      fire('YAML, French IBAN with a letter in the BBAN', 'config/payroll.yaml', 'payroll:\n  iban: FR97 3845 8244 0177 2549 7745 976\n', ['iban', 'FR97 3845 8244 0177 2549 7745 976']),
      fire('CSV seed data', 'seed/suppliers.csv', 'supplier,iban\nRabo Logistics,NL86RABO1679055606\n', ['iban', 'NL86RABO1679055606']),
      fire('TS object literal', 'src/payouts.ts', "const payout = { holder: 'Giulia Conti', iban: 'IT55D2648103713224921415221' };", ['iban', 'IT55D2648103713224921415221']),
      fire('Norway, the shortest (15)', 'notes.md', 'Konto: NO74 0818 3507 401.', ['iban', 'NO74 0818 3507 401']),
      fire('followed by a currency code', 'prompt.txt', 'Pay into CH75 8665 8556 8054 6344 0 CHF please', ['iban', 'CH75 8665 8556 8054 6344 0']),
      fire('Malta, the longest common one (31)', 'data.json', '{"iban": "MT53VALL97198336299992613018409"}', ['iban', 'MT53VALL97198336299992613018409']),
    ]);
  });
  describe('stays silent', () => {
    table([
      silent(
        'documentation IBANs (registry, Wikipedia, banks)',
        'docs_agent/examples.py',
        'EXAMPLES = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819",\n  "NL91ABNA0417164300", "FR14 2004 1010 0505 0001 3M02 606", "BE71096123456769", "CH9300762011623852957"]\n',
      ),
      silent('wrong check digits', 'data.json', '{"iban": "DE42634939236044776287"}'),
      silent('wrong length for the country', 'data.json', '{"iban": "DE41 6349 3923 6044 7762 8"}'),
      silent('letters where the country wants digits', 'data.json', '{"iban": "DE41ABCD3923604477628X"}'),
      silent('no IBAN in that country', 'data.json', '{"account": "US12 3456 7890 1234 5678 90"}'),
      silent('inside a longer token', 'blob.txt', 'xDE41634939236044776287 DE41634939236044776287A\n'),
      silent('code tokens', 'tsconfig.ts', 'target: "ES2022", encoding: "UTF8", model: "GPT4o"\n'),
      silent('zero-padded validator samples and impossible check digits', 'validators.py', 'SAMPLES = ["TR610000100000000000000001", "DE00000000000000000066", "DE99000000000000000030"]\n'),
    ]);
  });
});

describe('phone-number', () => {
  describe('fires', () => {
    table([
      fire('f-string prompt, E.164 with spaces', 'support/agent.py', 'SYSTEM = f"""If the booking fails, text the customer on +1 415 555 2671 and apologise."""', ['phone-number', '+1 415 555 2671']),
      fire('call me, NANP with brackets', 'notes/prompt.md', 'Please call me at (415) 555-2671 after 5pm.', ['phone-number', '(415) 555-2671']),
      fire('contact, NANP dashed', 'config/escalation.yaml', 'escalation:\n  contact: 415-555-2671\n', ['phone-number', '415-555-2671']),
      fire('UK landline, E.164', 'data/contacts.json', '{"name": "Oliver Grant", "phone": "+44 20 7946 0958"}', ['phone-number', '+44 20 7946 0958']),
      fire('JSON, Brazilian mobile', 'data/patients.json', '{"patient": "Ana Souza", "phone": "+55 11 97352-8846"}', ['phone-number', '+55 11 97352-8846']),
      fire('CSV header gives the context', 'seed/customers.csv', 'name,mobile,city\nOliver Grant,+44 7911 482 937,Leeds\n', ['phone-number', '+44 7911 482 937']),
      fire('TS object, tel key, compact E.164', 'src/contacts.ts', "export const owner = { tel: '+493052018734' };", ['phone-number', '+493052018734']),
      fire('UK national trunk-0 mobile', 'data/leads.json', '{"mobile": "07911 482937"}', ['phone-number', '07911 482937']),
      fire('WhatsApp constant', 'bot/settings.py', 'WHATSAPP_NUMBER = "+91 98201 47735"\n', ['phone-number', '+91 98201 47735']),
      fire('dotted NANP next to cell', 'crm/notes.txt', 'cell 312.847.1953', ['phone-number', '312.847.1953']),
      fire(
        "a customer's mobile beside a support line is still the customer's",
        'support/prompts.py',
        'SYSTEM = "Escalate to the customer\'s mobile +1 415 826 4079, never to the support desk."\n',
        ['phone-number', '+1 415 826 4079'],
      ),
      fire('a named person\'s office line', 'data/directory.json', '{"name": "Priya Raman", "office": "+44 20 7946 0958"}', ['phone-number', '+44 20 7946 0958']),
      fire('a caller logged by the help desk', 'triage/prompts.py', 'EXAMPLE = "Help desk ticket: caller Dana Whitfield on 415-826-4079 cannot log in."\n', ['phone-number', '415-826-4079']),
      fire("her office phone", 'hr/agent.py', 'NOTE = "Reach Priya on her office phone +44 20 7946 0958 after 10am."\n', ['phone-number', '+44 20 7946 0958']),
      fire('an on-call engineer\'s mobile next to the word support', 'ops/escalation.yaml', 'support_escalation:\n  engineer: Priya Raman\n  mobile: "07911 482937"\n', ['phone-number', '07911 482937']),
    ]);
  });
  describe('stays silent', () => {
    table([
      silent('no personal context', 'config.py', 'FALLBACK = "+1 415 555 2671"\nBUILD = "415-555-2671"\n'),
      silent('fictional 555-01XX numbers', 'prompts.py', 'phone: "(415) 555-0123"\ncontact = "+1 212 555 0199"\n'),
      silent('toll-free business lines', 'support.py', 'SUPPORT = "Call us at 1-800-275-2273"\n'),
      silent('placeholders', 'forms.ts', "const phone = '123-456-7890';\nconst mobile = '555-555-5555';\nconst tel = '+1 234 567 8901';\n"),
      silent('version strings near phone words', 'phone_sdk.py', 'phone_sdk_version = "10.2.3"\nmobile_app = "4.15.5552671"\n'),
      silent('dates and times near phone words', 'phone.py', 'phone_verified_at = "2024-05-17 10:30:00"\nmobile_cutoff = "12/31/2024"\n'),
      silent('IP addresses and ports near contact', 'contact_service.py', 'CONTACT_HOST = "192.168.100.200"\nCONTACT_PORT = 5060\nCONTACT_V6 = "fe80::1ff:fe23:4567:890a"\n'),
      silent('numeric ids without separators', 'customer.py', 'customer_id = 4155552671\nphone_hash = 8015552671\n'),
      silent('directory assistance in a tel: URI', 'iri.py', 'SAMPLES = ["tel:+1-816-555-1212", "telnet://192.0.2.16:80/"]\n'),
      silent(
        'a clinic helpline in a prompt',
        'travel/prompts.py',
        'INSTRUCTION = "If the traveller feels unwell, tell them to contact the Northwind Clinic travel advisory line at 206-448-7310."\n',
      ),
      silent('a support number constant', 'settings.py', 'SUPPORT_PHONE = "+1 415 826 4079"\n'),
      silent('a mobile-app support line', 'faq/prompts.py', 'FAQ = "For help with the mobile app, phone our support line on 415-826-4079."\n'),
      silent('a customer service line in TS', 'src/config.ts', "export const customerServicePhone = '+44 20 7946 0321';\n"),
      silent('a hotel reception', 'concierge/hotels.yaml', 'harbour_hotel:\n  reception phone: "+351 21 340 7712"\n'),
      silent('an organisation record', 'config/partners.json', '{"name": "Harbour Dental Clinic", "phone": "+1 617 555 2380"}'),
    ]);
  });
});

describe('personal-email', () => {
  describe('fires', () => {
    table([
      fire('consumer provider with no context', 'escalation.py', 'ESCALATE_TO = "maria.gonzalez84@hotmail.com"\n', ['personal-email', 'maria.gonzalez84@hotmail.com']),
      fire('TS template literal, regional provider domain', 'src/prompts.ts', 'export const prompt = `Forward the summary to raj.patel@outlook.co.uk when done.`;', ['personal-email', 'raj.patel@outlook.co.uk']),
      fire("LangChain message, company domain with customer's email", 'chains/support.py', '("system", "The customer\'s email is dkowalski@kowalski-logistics.pl; reply there."),', ['personal-email', 'dkowalski@kowalski-logistics.pl']),
      fire('YAML record with a person name', 'config/vip.yaml', 'vip:\n  - name: Lena Fischer\n    email: lena.fischer@fischer-consulting.de\n', ['personal-email', 'lena.fischer@fischer-consulting.de']),
      fire('JSON record with patient context', 'data/appointments.json', '{"patient_id": "P-2291", "email": "t.nguyen@northwind-health.org"}', ['personal-email', 't.nguyen@northwind-health.org']),
      fire('CSV seed data', 'seed/users.csv', 'name,email,plan\nHiro Tanaka,hiro.tanaka@yahoo.co.jp,pro\n', ['personal-email', 'hiro.tanaka@yahoo.co.jp']),
      fire('Proton and QQ', 'contacts.txt', 'sam.k@proton.me, 8237461@qq.com', ['personal-email', 'sam.k@proton.me'], ['personal-email', '8237461@qq.com']),
      fire('mailto link', 'templates/footer.html', '<a href="mailto:olga.petrova@yandex.ru">write to Olga</a>', ['personal-email', 'olga.petrova@yandex.ru']),
      fire('a file named like a community-health doc is still code', 'support.py', 'ESCALATE = "kenji.mori@icloud.com"\n', ['personal-email', 'kenji.mori@icloud.com']),
      fire('an enumerated (c) is not a copyright', 'policy/prompts.py', 'RULES = "(a) be polite (b) verify identity (c) escalate to priya.n@gmail.com"\n', ['personal-email', 'priya.n@gmail.com']),
      fire('an author key in chat data is the sender, not a credit', 'data/thread.json', '{"author": "customer", "text": "reach me at priya.n@gmail.com"}', ['personal-email', 'priya.n@gmail.com']),
      fire('a named address in a prompt is data, not a credit', 'triage/prompts.py', 'TICKET = "From: Dana Whitfield <dana.whitfield84@gmail.com>\\nSubject: double charge"\n', ['personal-email', 'dana.whitfield84@gmail.com']),
      fire('a stand-in-looking provider still counts with personal context', 'crm/sync.py', 'customer_email = "olivia.hart@email.com"\n', ['personal-email', 'olivia.hart@email.com']),
      fire(
        'a consumer mailbox is a person\'s even as a support contact',
        'bakery/prompts.py',
        'SYSTEM = "For support, email maria.gonzalez84@hotmail.com."\n',
        ['personal-email', 'maria.gonzalez84@hotmail.com'],
      ),
      fire(
        "a customer's address at a company beside a support desk",
        'chains/support.py',
        '("system", "The customer\'s email is dkowalski@kowalski-logistics.pl; our support desk replies there."),',
        ['personal-email', 'dkowalski@kowalski-logistics.pl'],
      ),
    ]);
  });
  describe('stays silent', () => {
    table([
      silent('reserved domains', 'prompts.py', 'EXAMPLES = ["jane@example.com", "ops@corp.example", "x@service.test", "a@foo.invalid", "root@localhost", "bob@example.co.uk"]\n'),
      silent(
        'role and service mailboxes',
        'settings.py',
        'FROM = "noreply@mycorp.io"\nSUPPORT = "support@gmail.com"\nSEC = "security@openai.com"\nTEAM = "team@langchain.dev"\nHELLO = "hello@vercel.com"\nINFO = "info@acmebank.de"\nADMIN = "admin@mycorp.io"\nNOREPLY = "no-reply+alerts@outlook.com"\n',
      ),
      silent('company address without personal context', 'config.py', 'OWNER = "d.smith@mycorp.com"\n'),
      silent(
        'pyproject authors',
        'pyproject.toml',
        '[project]\nname = "travel-concierge"\nauthors = [\n    { name = "Dana Whitfield", email = "dana.whitfield@gmail.com" },\n]\nmaintainers = [{ name = "Ops", email = "r.okafor@outlook.com" }]\n',
      ),
      silent('package.json author', 'package.json', '{\n  "name": "research-crew",\n  "author": "Jane Roe <jane.roe1988@gmail.com>",\n  "contributors": [{ "name": "Li Wei", "email": "li.wei@qq.com" }]\n}\n'),
      silent('credit lines and git trailers', 'agent.py', '# Copyright 2024 Jane Roe <jane.roe1988@gmail.com>\n__author__ = "Kim Park <kim.park@naver.com>"\n# Co-authored-by: Ravi <ravi.k@gmail.com>\n'),
      silent('SSH remotes', 'scripts/setup.sh', 'git clone git@github.com:acme/agents.git\ngit remote add fork git@gitlab.com:r.okafor/agents.git\n'),
      silent('credentials in URLs and connection strings', '.env', 'DATABASE_URL=postgres://app:s3cret@db.internal:5432/app\nREPO=https://oauth2:glpat@gitlab.com/x.git\nCACHE=redis://customer:pw@cache.mycorp.com:6379\n'),
      silent('decorators, matmul and scoped packages', 'model.py', '@app.route("/")\n@tool\ny = x@self.weight\nz = a@b.T\nimport_ = "@langchain/core@0.3.21"\nicon = "logo@2x.png"\n'),
      silent('placeholder local parts at consumer domains', 'forms.py', 'HINT = "your.email@gmail.com"\nDEFAULT = "user@gmail.com"\nNAME = "john.doe@gmail.com"\nT = "test123@yahoo.com"\nA = "aaaa@gmail.com"\n'),
      silent('one-letter stand-in domains', 'schema.ts', "const user = { email: 'a@b.com', name: 'Ann Lee', address: { street: '1 Main St' } };\n"),
      silent(
        'credits in comments and docstrings',
        'vendor/lexers.py',
        '# Author: Barry Warsaw\n# Contact: email-sig@python.org\n# Author: Kim Park <kim.park@naver.com>\n""":author: Dan Blanchard (dan.blanchard@gmail.com)"""\n# Created by Davide Di Blasi <davidedb@gmail.com>.\n"""Contributed by Ken Schutte <kschutte@csail.mit.edu>."""\n# Contact vspython@microsoft.com if it needs updating.\n',
      ),
      silent('README team list and code of conduct contact', 'README.md', '## The Team\n\n- James M Snell <jasnell@gmail.com>\n\nPlease report unacceptable behaviour to ajv.validator@gmail.com.\n'),
      silent('community-health and metadata files', 'CODE_OF_CONDUCT.md', 'Report to jasnell@gmail.com or matteo.collina@gmail.com.\n'),
      silent(
        "a tutorial's sample complaint at a stand-in provider",
        'crash_course/ticket_agent.py',
        'CASES = [{"complaint": "I can\'t sign in. My login is olivia.hart@email.com and the reset mail never arrives."}]\n',
      ),
      silent('form placeholders at stand-in providers', 'src/SignUp.tsx', '<input type="email" placeholder="jean.martin@mail.com" />\n'),
      silent(
        'a business desk at a company domain',
        'concierge/prompts.py',
        'INSTRUCTION = "For group bookings, contact the reservations desk at marta.lopes@harbourhotel.pt."\n',
      ),
    ]);
  });
});

describe('where the file sits (scanShippedPii)', () => {
  describe('fires: personal data in code, prompts and config that ship', () => {
    table(
      [
        fire(
          "a customer's mobile and name in an ADK agent's system prompt",
          'concierge/prompts.py',
          'ROOT_INSTRUCTION = """You look after one VIP guest.\nCustomer: Dana Whitfield, mobile +44 7911 482937.\nConfirm every change with her by text."""\n',
          ['phone-number', '+44 7911 482937'],
        ),
        fire("a real person's SSN in shipped config", 'config/kyc.yaml', 'applicant:\n  full_name: Marcus Reed\n  ssn: 212-67-4839\n', ['us-ssn', '212-67-4839']),
        fire(
          "CrewAI agent backstory with a customer's email",
          'src/crew/config/agents.yaml',
          'account_manager:\n  backstory: >\n    You manage the Whitfield account; the customer prefers dana.whitfield84@gmail.com for invoices.\n',
          ['personal-email', 'dana.whitfield84@gmail.com'],
        ),
        fire('a Markdown prompt is sent to the model as is', 'agent/prompts/system.md', 'Escalations go to the customer on +1 415 826 4079.\n', ['phone-number', '+1 415 826 4079']),
        fire('an agent skill file ships with the agent', 'skills/refunds/SKILL.md', 'Refund the patient by card 4929 3813 3266 4295 only.\n', ['credit-card', '4929 3813 3266 4295']),
        fire('a record file outside data and sample folders', 'config/vip_customers.json', '{"customer": "Priya Raman", "ssn": "401-93-8877"}', ['us-ssn', '401-93-8877']),
        fire(
          'a real-looking SSN in test code with no fake marker (a production record copied in)',
          'tests/data/refunds.py',
          'REFUND = {"holder": "Dana Whitfield", "ssn": "536-22-8041"}\n',
          ['us-ssn', '536-22-8041'],
        ),
        fire(
          "an agent's data folder holds records it serves (a RAG corpus ships)",
          'agent/data/contacts.csv',
          'name,phone\nOliver Grant,+44 7911 482 937\n',
          ['phone-number', '+44 7911 482 937'],
        ),
        fire('markers do not silence shipped files', 'agent/prompts.py', 'fake_ssn = "536-22-8041"\n', ['us-ssn', '536-22-8041']),
      ],
      scanShippedPii,
    );
  });
  describe('stays silent: docs, recordings, sample data sets and made-up test data', () => {
    table(
      [
        silent(
          'a recorded model answer naming a clinic helpline, in a sample transcript under tests',
          'travel/tests/itinerary_sample.md',
          '"result": "Before you fly, check your vaccinations; for travel health advice contact the Northwind Clinic travel line at 1-206-448-7310."\n',
        ),
        silent('a conversation log recorded as a fixture', 'tests/fixtures/chat_log.jsonl', '{"role": "user", "content": "my mobile is +44 7911 482937, call me"}\n'),
        silent('a VCR cassette', 'tests/cassettes/test_booking.yaml', 'body: \'{"customer_phone": "+1 415 826 4079", "ssn": "401-93-8877"}\'\n'),
        silent(
          'a sample data set of contacts',
          'sample_data/contacts.csv',
          'name,phone,email\nOliver Grant,+44 7911 482 937,oliver.grant@gmail.com\nHiro Tanaka,+81 90 2741 3386,hiro.tanaka@yahoo.co.jp\n',
        ),
        silent('sample customers in a samples folder', 'agent/samples/customers.json', '[{"name": "Priya Raman", "ssn": "401-93-8877", "card": "6011274838778756"}]'),
        silent('a transcript file at the agent root', 'concierge/booking_transcript.json', '{"messages": [{"role": "user", "content": "I am Dana, my phone is +1 415 826 4079"}]}'),
        silent('a README', 'README.md', 'Questions? Text Dana on +1 415 826 4079 or write to dana.whitfield84@gmail.com.\n'),
        silent('a docs page', 'docs/guide/setup.md', 'The customer Jane Roe (SSN 536-22-8041) is who the demo books for.\n'),
        silent('code under docs', 'docs/snippets/agent.py', 'INSTRUCTION = "Call the customer on +1 415 826 4079."\n'),
        silent('a test fixture data set with unmarked records', 'tests/fixtures/customers.json', '{"ssn": "401-93-8877", "iban": "DE41634939236044776287"}'),
        silent('contact lines made up in test code', 'tests/test_notify.py', 'CUSTOMER = {"phone": "+1 415 826 4079", "email": "dana.whitfield84@gmail.com"}\n'),
        silent('pytest file with fake markers', 'tests/test_billing.py', 'fake_ssn = "536-22-8041"\n# sample customer\ncard = "4929 3813 3266 4295"\nmock_email = "dana.w@gmail.com"\n'),
        silent('Jest spec with dummy data', 'src/billing.spec.ts', "const dummyIban = 'DE41634939236044776287';\nconst customer = { phone: '+1 415 555 2671', email: 'jane.doe@gmail.com' }; // Faker output\n"),
        silent('conftest with a fixture decorator on the line before', 'conftest.py', '@pytest.fixture\ndef customer(): return {"phone": "+1 415 555 2671", "ssn": "401-93-8877"}\n'),
      ],
      scanShippedPii,
    );
  });
  it('scanPii still finds what the silent places hold, so snippets, excerpts and diffs mask it', () => {
    expect(scanPii('{"ssn": "401-93-8877"}', 'tests/fixtures/customers.json').map((m) => m.value)).toEqual(['401-93-8877']);
  });
});

describe('edge cases', () => {
  it('returns nothing for empty and binary-ish text', () => {
    expect(scanPii('', 'a.py')).toEqual([]);
    expect(scanPii('\u0000'.repeat(100), 'a.bin')).toEqual([]);
  });

  it('reports UTF-16 offsets after non-ASCII text', () => {
    const text = '顧客 🧑‍💼 SSN 536-22-8041';
    const [match] = scanPii(text, 'a.py');
    expect(match && text.slice(match.start, match.end)).toBe('536-22-8041');
  });

  it('keeps one match when detectors overlap and sorts by start', () => {
    const text = 'email dana.w@gmail.com\nssn 536-22-8041\ncard 4929381332664295\n';
    const matches = scanPii(text, 'a.py');
    expect(matches.map((m) => m.kind)).toEqual(['personal-email', 'us-ssn', 'credit-card']);
  });
});
