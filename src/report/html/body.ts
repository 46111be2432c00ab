import type { Report } from '../model.js';
import { compactFindingsSection, rulesSection } from './compact.js';
import { html, type SafeHtml } from './escape.js';
import { findingsSection } from './findings.js';
import { blockedSection, passingSection } from './overview.js';
import { fleetSection, personaMatrixSection } from './sections.js';

/**
 * Past these sizes a fleet report switches to the compact layout: a row and a full section per agent
 * and per finding made a 400-agent report megabytes long and 140,000 px tall.
 */
const COMPACT_FROM_AGENTS = 51;
const COMPACT_FROM_FINDINGS = 301;

export function isCompactLayout(report: Report, fleet: boolean): boolean {
  return fleet && (report.agents.length >= COMPACT_FROM_AGENTS || report.summary.findings >= COMPACT_FROM_FINDINGS);
}

/**
 * Everything between the header and the heal plan. A fleet starts with its blocked agents, linked to
 * their sections, so the first screen answers "what blocks us"; a large fleet then summarises its
 * passing agents in one list and shows the blocked agents' findings compactly (compact.ts).
 */
export function reportBody(report: Report, fleet: boolean): SafeHtml {
  const matrix = personaMatrixSection(report.summary.personaMatrix);
  if (!fleet) return html`${matrix}\n${findingsSection(report.agents, false)}`;
  if (!isCompactLayout(report, fleet)) {
    return html`${blockedSection(report.agents)}\n${fleetSection(report.agents)}\n${matrix}\n${findingsSection(report.agents, true)}`;
  }
  return html`${blockedSection(report.agents)}\n${matrix}\n${compactFindingsSection(report.agents)}\n${passingSection(report.agents)}\n${rulesSection(report.agents)}`;
}
