import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { formatHtml } from '../report/html.js';
import type { Report } from '../report/model.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { leavesBase } from '../util/path-containment.js';
import type { ActionInputs } from './inputs.js';
import { annotation, type ActionIo } from './io.js';
import { sarifForRepository } from './sarif.js';

export interface ReportFiles {
  /** The audited folder relative to the checkout (POSIX), '' when it is the checkout or outside it. */
  rootPrefix: string;
  sarifFile: string;
  htmlFile: string | undefined;
}

/** The SARIF log (paths relative to the repository) and, when asked for, the HTML report. */
export async function writeReportFiles(report: Report, inputs: ActionInputs, io: ActionIo): Promise<ReportFiles> {
  const { env, cwd } = io;
  const checkout = path.resolve(cwd, env['GITHUB_WORKSPACE'] || cwd);
  let rootPrefix = posixRelative(checkout, path.resolve(cwd, inputs.path));
  if (leavesBase(rootPrefix)) {
    io.log(annotation('warning', `path '${inputs.path}' is outside the checkout; SARIF locations stay relative to it`));
    rootPrefix = '';
  }
  const sarifFile = path.resolve(cwd, inputs.sarifFile);
  await writeReportFile(sarifFile, sarifForRepository(report, rootPrefix));
  const htmlFile = inputs.htmlFile ? path.resolve(cwd, inputs.htmlFile) : undefined;
  if (htmlFile) await writeReportFile(htmlFile, formatHtml(report, { fleet: true }));
  return { rootPrefix, sarifFile, htmlFile };
}

function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

async function writeReportFile(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, content);
}
