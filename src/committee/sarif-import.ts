import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Region, Severity } from '../findings/model.js';
import { currentRuleId } from '../rules/renamed-ids.js';
import { CockpitError } from '../util/errors.js';
import { readRegularFile } from '../util/read-regular-file.js';
import { SARIF_DRIVER_NAME } from '../report/sarif.js';

/**
 * External auditors' results from SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html):
 * only the fields the committee needs are read, and a file that is not SARIF stops the run with one line
 * naming the file and the first thing wrong.
 */

const MAX_SARIF_BYTES = 256 * 1024 * 1024;

const MessageSchema = z.looseObject({ text: z.string().optional(), markdown: z.string().optional(), id: z.string().optional(), arguments: z.array(z.string()).optional() });
const RegionSchema = z.looseObject({
  startLine: z.number().int().min(1).optional(),
  startColumn: z.number().int().min(1).optional(),
  endLine: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
});
const ArtifactLocationSchema = z.looseObject({ uri: z.string().optional(), uriBaseId: z.string().optional(), index: z.number().int().min(-1).optional() });
const PropertiesSchema = z.looseObject({ tags: z.array(z.string()).optional() });
const RuleSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  shortDescription: MessageSchema.optional(),
  helpUri: z.string().optional(),
  messageStrings: z.record(z.string(), MessageSchema).optional(),
  defaultConfiguration: z.looseObject({ level: z.enum(['none', 'note', 'warning', 'error']).optional() }).optional(),
  properties: PropertiesSchema.optional(),
});
const ResultSchema = z.looseObject({
  ruleId: z.string().optional(),
  ruleIndex: z.number().int().min(-1).optional(),
  rule: z.looseObject({ id: z.string().optional(), index: z.number().int().min(-1).optional() }).optional(),
  kind: z.enum(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']).optional(),
  level: z.enum(['none', 'note', 'warning', 'error']).optional(),
  message: MessageSchema,
  locations: z
    .array(z.looseObject({ physicalLocation: z.looseObject({ artifactLocation: ArtifactLocationSchema.optional(), region: RegionSchema.optional() }).optional() }))
    .optional(),
  suppressions: z.array(z.looseObject({ status: z.enum(['accepted', 'underReview', 'rejected']).optional() })).optional(),
  properties: PropertiesSchema.optional(),
});
const RunSchema = z.looseObject({
  tool: z.looseObject({ driver: z.looseObject({ name: z.string(), rules: z.array(RuleSchema).optional() }) }),
  originalUriBaseIds: z.record(z.string(), z.looseObject({ uri: z.string().optional(), uriBaseId: z.string().optional() })).optional(),
  artifacts: z.array(z.looseObject({ location: ArtifactLocationSchema.optional() })).optional(),
  results: z.array(ResultSchema).nullable().optional(),
});
const SarifSchema = z.looseObject({ version: z.literal('2.1.0'), runs: z.array(RunSchema) });

type Run = z.infer<typeof RunSchema>;
type Result = z.infer<typeof ResultSchema>;
type Rule = z.infer<typeof RuleSchema>;

export interface ExternalResult {
  /** The auditor: TOOL of --import-sarif TOOL=FILE. */
  tool: string;
  /** The scanner's own name (`tool.driver.name`), which the category mapping reads first. */
  driver: string;
  /** The scanner's rule id as written. */
  ruleId: string;
  title: string;
  /** Not yet redacted: the committee redacts it before it is shown anywhere. */
  message: string;
  /** Absolute path of the file the result is about; undefined when the result names none, or not a local file. */
  file: string | undefined;
  region: Region;
  severity: Severity;
  tags: string[];
  helpUri?: string;
  /** The scanner marked it as not a problem (a SARIF suppression not rejected). */
  suppressed: boolean;
}

export interface SarifImport {
  tool: string;
  /** The file as given. */
  source: string;
  results: ExternalResult[];
  /** Results read but not usable: no location, a `pass` or `notApplicable` kind. */
  unusable: number;
}

interface ImportRequest {
  tool: string;
  file: string;
  /** How messages name the file. */
  shown: string;
}

function issuePath(segments: readonly PropertyKey[]): string {
  return segments.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`)).join('');
}

/** Reads, parses and checks one SARIF file; every problem is one CockpitError line naming the file. */
export async function readSarif(request: ImportRequest, baseDir: string): Promise<SarifImport> {
  const text = await readRegularFile(request.file, { shown: request.shown, maxBytes: MAX_SARIF_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CockpitError(`${request.shown}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new CockpitError(`${request.shown}: not a SARIF log (expected a JSON object)`);
  const parsed = SarifSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issuePath(issue.path);
    const what = issue.path[0] === 'version' ? `expected SARIF version "2.1.0"` : issue.message;
    throw new CockpitError(`${request.shown}: not SARIF 2.1.0: ${where ? `${where}: ` : ''}${what}`);
  }
  const results: ExternalResult[] = [];
  let unusable = 0;
  for (const run of parsed.data.runs) {
    for (const result of run.results ?? []) {
      const external = toExternal(request.tool, run, result, baseDir);
      if (external) results.push(external);
      else unusable++;
    }
  }
  return { tool: request.tool, source: request.shown, results, unusable };
}

function ruleOf(run: Run, result: Result): Rule | undefined {
  const rules = run.tool.driver.rules ?? [];
  const index = result.ruleIndex ?? result.rule?.index;
  if (index !== undefined && index >= 0 && rules[index]) return rules[index];
  const id = result.ruleId ?? result.rule?.id;
  return id === undefined ? undefined : rules.find((rule) => rule.id === id);
}

/** SARIF's message: its text, or the rule's message string with its {0} placeholders filled. */
function messageText(result: Result, rule: Rule | undefined): string {
  const own = result.message.text ?? result.message.markdown;
  if (own !== undefined) return own;
  const template = result.message.id !== undefined ? rule?.messageStrings?.[result.message.id]?.text : undefined;
  if (template === undefined) return '';
  const args = result.message.arguments ?? [];
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

const SEVERITY_OF_LEVEL: Record<'none' | 'note' | 'warning' | 'error', Severity> = { none: 'note', note: 'note', warning: 'warning', error: 'error' };

function toExternal(tool: string, run: Run, result: Result, baseDir: string): ExternalResult | undefined {
  if (result.kind === 'pass' || result.kind === 'notApplicable') return undefined;
  const location = result.locations?.[0]?.physicalLocation;
  if (!location) return undefined;
  const rule = ruleOf(run, result);
  const written = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown';
  // An earlier cockpit's SARIF may name a rule by a former id: its votes name the rule as this release does.
  const ruleId = run.tool.driver.name === SARIF_DRIVER_NAME ? currentRuleId(written) : written;
  const artifact = location.artifactLocation;
  const indexed = artifact?.index !== undefined && artifact.index >= 0 ? run.artifacts?.[artifact.index]?.location : undefined;
  const uri = artifact?.uri ?? indexed?.uri;
  if (uri === undefined) return undefined;
  const file = localPath(uri, artifact?.uriBaseId ?? indexed?.uriBaseId, run, baseDir);
  const region = location.region ?? {};
  const startLine = region.startLine ?? 1;
  const startColumn = region.startColumn ?? 1;
  const endLine = Math.max(region.endLine ?? startLine, startLine);
  // SARIF's default end column is the end of the line; one column past the start stands in for it.
  const endColumn = region.endColumn ?? (endLine === startLine ? startColumn + 1 : 1);
  // SARIF: a result without a level takes its rule's default level, else `warning`.
  const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
  return {
    tool,
    driver: run.tool.driver.name,
    ruleId,
    title: rule?.shortDescription?.text ?? rule?.name ?? ruleId,
    message: messageText(result, rule).slice(0, 2000),
    file,
    region: { startLine, startColumn, endLine, endColumn: endLine === startLine ? Math.max(endColumn, startColumn) : endColumn },
    severity: SEVERITY_OF_LEVEL[level],
    tags: [...(result.properties?.tags ?? []), ...(rule?.properties?.tags ?? [])],
    ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
    suppressed: (result.suppressions ?? []).some((suppression) => suppression.status !== 'rejected' && suppression.status !== 'underReview'),
  };
}

/**
 * A result's URI as a local path. `file:` URIs are used as they are; a relative URI is resolved against
 * its `uriBaseId` when the run gives that base as a `file:` URI, else against `baseDir` (the audited
 * root: run the scanner there). Other schemes name no local file.
 */
function localPath(uri: string, baseId: string | undefined, run: Run, baseDir: string, depth = 0): string | undefined {
  if (/^file:/i.test(uri)) {
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    return undefined;
  }
  const base = baseId !== undefined && depth < 4 ? run.originalUriBaseIds?.[baseId] : undefined;
  const baseDirectory = base?.uri !== undefined ? localPath(base.uri, base.uriBaseId, run, baseDir, depth + 1) : undefined;
  return path.resolve(baseDirectory ?? baseDir, decoded);
}
