import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { formatHtml } from '../report/html.js';
import type { Report } from '../report/model.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { leavesBase } from '../util/path-containment.js';
import type { ActionInputs } from './inputs.js';
import { annotation, type ActionIo } from './io.js';

/**
 * The audited folder relative to the checkout (POSIX), '' when it is the checkout or outside it: code scanning
 * resolves SARIF locations against the checkout, while findings name files relative to the audited folder.
 */
export function auditedFolderInCheckout(inputs: ActionInputs, io: ActionIo): string {
  const checkout = path.resolve(io.cwd, io.env['GITHUB_WORKSPACE'] || io.cwd);
  const rootPrefix = path.relative(checkout, path.resolve(io.cwd, inputs.path)).split(path.sep).join('/');
  if (!leavesBase(rootPrefix)) return rootPrefix;
  io.log(annotation('warning', `path '${inputs.path}' is outside the checkout; SARIF locations stay relative to it`));
  return '';
}

/** The SARIF file's folder, made before the audit writes the file there. */
export async function sarifFileIn(inputs: ActionInputs, io: ActionIo): Promise<string> {
  const sarifFile = path.resolve(io.cwd, inputs.sarifFile);
  await mkdir(path.dirname(sarifFile), { recursive: true });
  return sarifFile;
}

/** The HTML report, when asked for. */
export async function writeHtmlFile(report: Report, inputs: ActionInputs, io: ActionIo): Promise<string | undefined> {
  if (!inputs.htmlFile) return undefined;
  const htmlFile = path.resolve(io.cwd, inputs.htmlFile);
  await mkdir(path.dirname(htmlFile), { recursive: true });
  await writeFileAtomic(htmlFile, formatHtml(report, { fleet: true }));
  return htmlFile;
}
