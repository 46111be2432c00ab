import { request as httpRequest } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type * as AjvFormats from 'ajv-formats';
import { scanPii } from '../../src/pii/scan.js';
import { scanSecrets } from '../../src/secrets/scan.js';
import { decodeText } from '../../src/source/decode.js';

export interface SseEvent {
  event: string;
  data: string;
}

/** Reads a whole Server-Sent Events body (the stream must end) into its events. */
export async function readSse(response: Response): Promise<SseEvent[]> {
  const text = (await response.text()).replace(/\r\n?/g, '\n');
  const events: SseEvent[] = [];
  for (const block of text.split('\n\n')) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') });
  }
  return events;
}

/** A GET with the request target sent exactly as given (fetch would normalise `..` and `%2e`). */
export function rawGet(port: number, target: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: target, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Every secret and personal-data value in a tree, found by the same scanners the audit uses: the
 * values no API response may contain.
 */
export async function sensitiveValuesIn(root: string): Promise<string[]> {
  const values = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.cockpit' && entry.name !== 'node_modules') await walk(full);
        continue;
      }
      const text = decodeText(await readFile(full))?.text;
      if (text === undefined) continue;
      const relative = path.relative(root, full).split(path.sep).join('/');
      for (const match of scanSecrets(text)) values.add(match.secret);
      for (const match of scanPii(text, relative)) values.add(match.value);
    }
  };
  await walk(root);
  return [...values].filter((value) => value.length >= 8);
}

const require = createRequire(import.meta.url);
// CommonJS packages with a `default` export: require() sidesteps ESM interop typing.
const Ajv2020 = (require('ajv/dist/2020.js') as typeof Ajv2020Module).default.default;
const addFormats = (require('ajv-formats') as typeof AjvFormats).default.default;

/**
 * A validator for A2UI v0.9 server-to-client messages, set up the way the specification's test
 * runner does it: the basic catalog registered as the `catalog.json` the envelope refers to.
 */
export async function a2uiValidator(fixtures: string): Promise<(message: unknown) => string[]> {
  const load = async (name: string) => JSON.parse(await readFile(path.join(fixtures, name), 'utf8')) as Record<string, unknown>;
  // The spec's own catalog uses a format name ajv does not know (`dateTime`); unused by these messages.
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  const catalog = await load('basic_catalog.json');
  catalog['$id'] = String(catalog['$id']).replace('basic_catalog.json', 'catalog.json');
  ajv.addSchema(await load('common_types.json'));
  ajv.addSchema(catalog);
  const validate = ajv.compile(await load('server_to_client.json'));
  return (message) => (validate(message) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`));
}
