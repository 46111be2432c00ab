import { describe, expect, it } from 'vitest';
import { scanPii } from './scan.js';

/**
 * Ordinary agent-repository code full of numbers that look like PII to a careless regex:
 * timestamps, ids, hashes, versions, IPs, ports, UUIDs, phone-like constants and personal words
 * with no personal data. None of it may fire.
 */
const PYTHON = `"""Support agent runtime settings and helpers."""
import os
import re
import uuid
from datetime import datetime, timezone

from google.adk.agents import Agent

MODEL = "gemini-2.5-flash"
MAX_TOKENS = 4096
TEMPERATURE = 0.2
CREATED_AT_MS = 1718035200000
CREATED_AT_US = 1718035200123457
EPOCH_NS = 1718035200123456789
SNOWFLAKE = 1190022334455667788
MAX_SAFE = 9007199254740991
UINT64_MAX = 18446744073709551615
INT32_MAX = 2147483647
UINT32_MAX = 4294967295
SAMPLE_RATE = 44100
TIMEOUT_MS = 3600000
RETRY_BACKOFF = [100, 200, 400, 800, 1600]
PHONE_REGEX = re.compile(r"^\\+?[1-9]\\d{1,14}$")
MAX_PHONE_LEN = 15
PHONE_FIELDS = ("phone", "mobile", "fax")
DEFAULT_COUNTRY_CODE = "+1"
REQUEST_ID = "5f0c6f6a-3b8e-4a4e-9a55-2f1f3bf8b7d1"
TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
COMMIT = "3f786850e387550fdab836ed7e6dc881de23001b"
INTEGRITY = "sha512-9JYnXjx5QmBvqzq5aG7lV6W2VhUpdOdnm2kCAdbPcVJ8BsZdSTGtYx2jKd4L8YOlDfE6bFZd8r2Qy3xYz1vQ=="
DB_URL = os.environ.get("DATABASE_URL", "postgres://postgres:postgres@localhost:5432/app")
REDIS = "redis://10.0.12.251:6379/0"
HOSTS = ["192.168.100.200", "10.10.10.10", "172.16.254.1", "fe80::1ff:fe23:4567:890a"]
PORTS = {"http": 8080, "https": 8443, "grpc": 50051, "sip": 5060}
VERSION = "2.14.3"
DEPS = ["langchain==0.3.21", "pydantic>=2.7.4,<3", "httpx~=0.27.0"]
ISBN = "978-3-16-148410-0"
MAC = "00:1A:2B:3C:4D:5E"
COORDS = (37.774929, -122.419416)
AMOUNT_CENTS = 492938133266
INVOICE = "INV-2024-000123"
ORDER_REF = "ORD-4929-3813-3266"
ZIP_CODES = ["94105", "10001", "60601"]
DATES = ["2024-05-17", "17/05/2024", "05-17-2024", "2024-05-17T10:30:00.123Z"]
TIME_RANGE = "09:00-17:30"
CRON = "0 */6 * * *"
SUPPORT_EMAIL = "support@mycorp.io"
NOTIFY_FROM = "noreply@mycorp.io"


def customer_lookup(customer_id: int, phone: str | None = None) -> dict:
    """Look up a customer by id or phone; never log the phone number itself."""
    key = f"customer:{customer_id}"
    started = datetime.now(timezone.utc).timestamp()
    return {"key": key, "lookup_id": str(uuid.uuid4()), "started": started, "ttl": 86400}


@app.route("/customers/<int:customer_id>")
def get_customer(customer_id):
    scores = model.weights@features.T
    return {"id": customer_id, "ssn_last4_required": True, "dob_format": "YYYY-MM-DD"}


root_agent = Agent(
    name="support",
    model=MODEL,
    instruction="Ask the customer for their order number (e.g. ORD-1234). Never ask for an SSN, card or IBAN.",
)
`;

const TYPESCRIPT = `import { z } from 'zod';

export const CustomerSchema = z.object({
  id: z.string().uuid(),
  email: z.string().email(),
  phone: z.string().regex(/^\\+[1-9]\\d{7,14}$/),
  iban: z.string().optional(),
});

const BUILD = '20240517.1432';
const HEX_COLOR = '#4a90e2';
const BIG = 123456789012345678901234567890n;
const BUFFER = new Uint8Array([0x49, 0x29, 0x38, 0x13, 0x32, 0x66, 0x42, 0x95]);
const KEY_ID = 'kid-0f8e7d6c5b4a3928';
const PRICE = 4929.38;
const WEIGHTS = [0.4929381332664295, 0.5425758111810197, 0.6011274838778756];
const ROUTE = '/api/v1/orders/4929381332664295/items?page=2';
const URL_WITH_ID = 'https://shop.example.com/checkout/session/5425758111810197';
const EXT_CALL_TIMEOUT = 30_000;
const PORT_RANGE = '49152-65535';
const ISO_WEEK = '2024-W20-5';
export const contactButtonLabel = 'Contact us';
`;

const YAML = `agent:
  name: travel-concierge
  version: 0.3.0
  model: gemini-2.5-flash
  contact_channel: chat
  phone_support_enabled: false
  retries: 3
  timeout_seconds: 120
  budget:
    monthly_usd: 2500
  schedule: "0 9 * * 1-5"
  listen: 0.0.0.0:8080
  image: ghcr.io/acme/concierge@sha256:4929381332664295ab73fe01a7c3f6b1e55f0f9d83c1b1b0d5a1e4c9f00a1b2c
`;

const JSON_FIXTURE = JSON.stringify(
  {
    run_id: 'run_01HZX3V8Q2K7M9N4P6R8T0W2Y4',
    created: 1718035200,
    tokens: { prompt: 1834, completion: 412, total: 2246 },
    latency_ms: [118, 240, 97, 1033],
    tool_calls: [{ name: 'search_flights', args: { origin: 'LIS', destination: 'AMS', date: '2024-06-01' } }],
    checksum: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  },
  null,
  2,
);

const CSV = `timestamp,latency_ms,status,region
2024-05-17T10:30:00Z,118,200,eu-west-1
2024-05-17T10:30:01Z,2400,504,us-east-1
2024-05-17T10:30:02Z,97,200,ap-south-1
`;

const DOCKERFILE = `FROM python:3.12.4-slim@sha256:5425758111810197aa7f3e1b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f2a4b6c8d
EXPOSE 8080
ENV TZ=UTC PORT=8080
RUN pip install --no-cache-dir google-adk==1.14.0
`;

describe('precision over ordinary code', () => {
  it.each([
    ['agent/settings.py', PYTHON],
    ['src/schema.ts', TYPESCRIPT],
    ['config/agent.yaml', YAML],
    ['runs/last-run.json', JSON_FIXTURE],
    ['metrics/latency.csv', CSV],
    ['Dockerfile', DOCKERFILE],
  ])('%s yields nothing', (path, text) => {
    expect(scanPii(text, path).map((m) => `${m.kind}: ${m.value}`)).toEqual([]);
  });

  it('a large file of all of it yields nothing', () => {
    const text = [PYTHON, TYPESCRIPT, YAML, JSON_FIXTURE, CSV, DOCKERFILE].join('\n').repeat(50);
    expect(scanPii(text, 'agent/bundle.txt')).toEqual([]);
  });

  it('stays linear on one huge line full of candidates (minified bundles, JSON dumps)', () => {
    // Every candidate looks up its line; an unbounded lookup made this quadratic (50k → minutes).
    const line = 'phone 415-555-2671 '.repeat(50_000);
    const started = performance.now();
    expect(scanPii(line, 'dist/bundle.min.js')).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
