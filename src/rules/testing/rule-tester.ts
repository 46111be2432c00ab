import { describe, expect, it } from 'vitest';
import { auditSource } from '../../audit/audit-agent.js';
import { agentFilesOf } from '../../audit/agent-files.js';
import type { Finding } from '../../findings/model.js';
import { languageOf } from '../../source/file-kinds.js';
import type { SourceFile } from '../../source/read-sources.js';
import type { Check } from '../types.js';
import { DEFAULT_POLICY, type Policy } from '../../config/policy.js';
import { ruleOptionsProblem } from '../options.js';
import { z } from 'zod';
import { planFile } from '../../heal/plan.js';
import type { PlannedFix } from '../../heal/types.js';
import { parseSource } from '../../source/parse.js';

/**
 * ESLint's RuleTester shape for cockpit checks: tables of code that must stay silent and code that
 * must fire, each run through the real audit path (parse, check, region, suppression), and for code that
 * fires, what the rule's one-click fix makes of it through the real heal planner.
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
  /**
   * The file once `--heal` applies this rule's fixes (heal/plan.ts, as ESLint's `output`): it still parses, the rule
   * no longer fires on it, and healing it again changes nothing. `null`: no one-click fix, every finding structural
   * and nothing planned. Absent: the fix is not checked here.
   */
  output?: string | null;
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
  return (await audited(check, filename, code, files, options)).findings;
}

/** The findings that count (not suppressed) and the fixes the audit planned for them. */
async function audited(
  check: Check,
  filename: string,
  code: string,
  files?: Record<string, string>,
  options?: Record<string, unknown>,
): Promise<{ findings: Finding[]; fixes: PlannedFix[] }> {
  const file = sourceFile(filename, code);
  const agentFiles = files ? agentFilesOf([file, ...Object.entries(files).map(([path, text]) => sourceFile(path, text))]) : undefined;
  let policy: Policy | undefined;
  if (options) {
    const rule = check.rules[0]!;
    const problem = ruleOptionsProblem(rule, options, z);
    if (problem) throw new Error(problem.message);
    policy = { ...DEFAULT_POLICY, ruleOptions: new Map([[rule.id, options]]) };
  }
  const fixes: PlannedFix[] = [];
  const findings = await auditSource(file, [check], filename, policy, fixes, agentFiles);
  return { findings: findings.filter((finding) => !finding.suppression), fixes };
}

/** The case's code with the rule's planned fixes applied, and how many there were. */
async function healed(check: Check, ruleId: string, testCase: RuleCase, code: string): Promise<{ text: string; fixes: number; remaining: Finding[] }> {
  const { findings, fixes } = await audited(check, testCase.filename, code, testCase.files, testCase.options);
  const own = fixes.filter((fix) => fix.ruleId === ruleId);
  const plan = planFile(code, own.map((entry) => entry.fix), sourceFile(testCase.filename, code).language);
  return { text: plan.updated, fixes: own.length, remaining: findings.filter((finding) => finding.ruleId === ruleId) };
}

/** `output` of an invalid case: the exact healed text, or (null) findings that are all structural with nothing planned. */
async function expectOutput(check: Check, ruleId: string, testCase: InvalidCase & { output: string | null }, findings: readonly Finding[]): Promise<void> {
  const first = await healed(check, ruleId, testCase, testCase.code);
  if (testCase.output === null) {
    expect(findings.map((finding) => [finding.fixability, finding.fix])).toEqual(findings.map(() => ['structural', undefined]));
    expect(first.fixes).toBe(0);
    return;
  }
  expect(first.fixes).toBeGreaterThan(0);
  expect(first.text).toBe(testCase.output);
  const tree = await parseSource(sourceFile(testCase.filename, '').language, testCase.filename, first.text);
  expect(tree?.rootNode.hasError ?? false).toBe(false);
  const second = await healed(check, ruleId, testCase, first.text);
  expect(second.remaining.map((finding) => `${finding.region.startLine}: ${finding.message}`)).toEqual([]);
  expect(second.text).toBe(first.text);
}

type Cases = { valid: RuleCase[]; invalid: InvalidCase[] };

/**
 * Runs the tables against the check's rule, in a `describe` named by the rule's id (the id comes from the
 * check; a check that owns several rules, like the secret scanner, names the one under test).
 */
export function ruleTester(check: Check, cases: Cases): void;
export function ruleTester(check: Check, ruleId: string, cases: Cases): void;
export function ruleTester(check: Check, idOrCases: string | Cases, maybeCases?: Cases): void {
  const ruleId = typeof idOrCases === 'string' ? idOrCases : check.rules.length === 1 ? check.rules[0]!.id : undefined;
  const cases = typeof idOrCases === 'string' ? maybeCases! : idOrCases;
  if (ruleId === undefined) throw new Error('ruleTester: this check owns several rules; name the one under test');
  if (!check.rules.some((rule) => rule.id === ruleId)) throw new Error(`ruleTester: the check does not own ${ruleId}`);
  describe(ruleId, () => caseTests(check, ruleId, cases));
}

function caseTests(check: Check, ruleId: string, cases: Cases): void {
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
      if (testCase.output !== undefined) await expectOutput(check, ruleId, { ...testCase, output: testCase.output }, findings);
    });
  }
}
