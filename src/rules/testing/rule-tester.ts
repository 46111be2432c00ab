import { expect, it } from 'vitest';
import { auditSource } from '../../audit/audit-agent.js';
import { agentFilesOf } from '../../audit/agent-files.js';
import type { Finding } from '../../findings/model.js';
import { languageOf } from '../../source/file-kinds.js';
import type { SourceFile } from '../../source/read-sources.js';
import type { Check } from '../types.js';
import { DEFAULT_POLICY, type Policy } from '../../config/policy.js';
import { ruleOptionsProblem } from '../options.js';
import { z } from 'zod';

/**
 * ESLint's RuleTester shape for cockpit checks: tables of code that must stay silent and code that
 * must fire, each run through the real audit path (parse, check, region, suppression).
 */
interface RuleCase {
  /** A short name for the test title. */
  name: string;
  /** File name decides the language: `agent.py`, `src/agent.ts`, `config/agents.yaml`. */
  filename: string;
  code: string;
  /** Other files of the same agent (path → code), for rules that follow imports across modules. */
  files?: Record<string, string>;
  /** The rule's options as cockpit.yaml would set them (checked against the rule's schemas first). */
  options?: Record<string, unknown>;
}

interface InvalidCase extends RuleCase {
  /** Expected findings of the rule under test, by 1-based line (and optionally a message fragment and the range). */
  errors: Array<{ line: number; message?: string | RegExp; column?: number; endLine?: number; endColumn?: number }>;
}

export function sourceFile(filename: string, code: string): SourceFile {
  return {
    path: filename,
    absolutePath: `/virtual/${filename}`,
    text: code,
    bytes: Buffer.byteLength(code),
    encoding: 'utf-8',
    language: languageOf(filename),
  };
}

export async function findingsFor(
  check: Check,
  filename: string,
  code: string,
  files?: Record<string, string>,
  options?: Record<string, unknown>,
): Promise<Finding[]> {
  const file = sourceFile(filename, code);
  const agentFiles = files ? agentFilesOf([file, ...Object.entries(files).map(([path, text]) => sourceFile(path, text))]) : undefined;
  let policy: Policy | undefined;
  if (options) {
    const rule = check.rules[0]!;
    const problem = ruleOptionsProblem(rule, options, z);
    if (problem) throw new Error(problem.message);
    policy = { ...DEFAULT_POLICY, ruleOptions: new Map([[rule.id, options]]) };
  }
  const findings = await auditSource(file, [check], filename, policy, undefined, agentFiles);
  return findings.filter((finding) => !finding.suppression);
}

type Cases = { valid: RuleCase[]; invalid: InvalidCase[] };

/**
 * Runs the tables against the check's rule (the id comes from the check; a check that owns several rules,
 * like the secret scanner, names the one under test).
 */
export function ruleTester(check: Check, cases: Cases): void;
export function ruleTester(check: Check, ruleId: string, cases: Cases): void;
export function ruleTester(check: Check, idOrCases: string | Cases, maybeCases?: Cases): void {
  const ruleId = typeof idOrCases === 'string' ? idOrCases : check.rules.length === 1 ? check.rules[0]!.id : undefined;
  const cases = typeof idOrCases === 'string' ? maybeCases! : idOrCases;
  if (ruleId === undefined) throw new Error('ruleTester: this check owns several rules; name the one under test');
  if (!check.rules.some((rule) => rule.id === ruleId)) throw new Error(`ruleTester: the check does not own ${ruleId}`);
  for (const testCase of cases.valid) {
    it(`stays silent: ${testCase.name}`, async () => {
      const findings = (await findingsFor(check, testCase.filename, testCase.code, testCase.files, testCase.options)).filter((finding) => finding.ruleId === ruleId);
      expect(findings.map((finding) => `${finding.region.startLine}: ${finding.message}`)).toEqual([]);
    });
  }
  for (const testCase of cases.invalid) {
    it(`fires: ${testCase.name}`, async () => {
      const findings = (await findingsFor(check, testCase.filename, testCase.code, testCase.files, testCase.options)).filter((finding) => finding.ruleId === ruleId);
      expect(findings.map((finding) => finding.region.startLine)).toEqual(testCase.errors.map((error) => error.line));
      testCase.errors.forEach((error, index) => {
        const finding = findings[index]!;
        if (error.message !== undefined) expect(finding.message).toMatch(error.message);
        // Ranges as ESLint's RuleTester checks them: 1-based, the end column one past the last character.
        const range = { column: finding.region.startColumn, endLine: finding.region.endLine, endColumn: finding.region.endColumn };
        const expected = { column: error.column, endLine: error.endLine, endColumn: error.endColumn };
        for (const key of ['column', 'endLine', 'endColumn'] as const) if (expected[key] !== undefined) expect({ [key]: range[key] }).toEqual({ [key]: expected[key] });
      });
    });
  }
}
