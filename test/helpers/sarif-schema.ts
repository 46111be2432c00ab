import { createRequire } from 'node:module';
import type * as AjvDraft04 from 'ajv-draft-04';
import type * as AjvFormats from 'ajv-formats';

/**
 * The official SARIF 2.1.0 JSON schema (draft-04), as shipped in @microsoft/jest-sarif, compiled once.
 * Returns the list of schema errors, empty when the log is valid.
 */
const require = createRequire(import.meta.url);
// Both packages are CommonJS with a `default` export; require() sidesteps ESM interop typing.
const Ajv = (require('ajv-draft-04') as typeof AjvDraft04).default.default;
const addFormats = (require('ajv-formats') as typeof AjvFormats).default.default;
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;

// The official schema's `language` pattern is not valid with the `u` flag, so compile patterns without it.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
