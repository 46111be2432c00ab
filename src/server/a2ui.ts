import type { Verdict } from '../gate/gate.js';
import type { Fleet } from './api-schemas.js';

/**
 * The fleet summary as A2UI v0.9 messages (https://a2ui.org), so agent chat clients that render
 * A2UI can show fleet status: `createSurface`, then the component tree (`updateComponents`, basic
 * catalog components only, every value bound to the data model), then the numbers
 * (`updateDataModel`). The envelope and components follow specification/v0_9/json of the A2UI
 * repository; test/fixtures/a2ui-v0_9 holds the schemas the tests validate against.
 */
const A2UI_VERSION = 'v0.9';
export const BASIC_CATALOG_ID = 'https://a2ui.org/specification/v0_9/basic_catalog.json';
const FLEET_SURFACE_ID = 'fleet';

/** `formatString` interpolates `${/absolute/path}` or, inside a list template, `${relative}` paths. */
interface FormatString {
  call: 'formatString';
  args: { value: string };
  returnType: 'string';
}
type DynamicString = string | { path: string } | FormatString;
type ChildList = string[] | { componentId: string; path: string };

type A2uiComponent =
  | { id: string; component: 'Text'; text: DynamicString; variant?: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'caption' | 'body' }
  | { id: string; component: 'Column' | 'Row'; children: ChildList; align?: 'start' | 'center' | 'end' | 'stretch' }
  | { id: string; component: 'List'; children: ChildList; direction?: 'vertical' | 'horizontal' }
  | { id: string; component: 'Card'; child: string }
  | { id: string; component: 'Divider'; axis?: 'horizontal' | 'vertical' };

export type A2uiMessage =
  | { version: typeof A2UI_VERSION; createSurface: { surfaceId: string; catalogId: string; theme?: { agentDisplayName?: string } } }
  | { version: typeof A2UI_VERSION; updateComponents: { surfaceId: string; components: A2uiComponent[] } }
  | { version: typeof A2UI_VERSION; updateDataModel: { surfaceId: string; path?: string; value?: unknown } };

const VERDICT_NAMES: Record<Verdict, string> = {
  pass: 'Pass',
  'security-block': 'Blocked: secrets or personal data',
  'policy-block': 'Blocked: architecture or policy',
  failed: 'Failed: the audit could not be done',
};

function format(value: string): FormatString {
  return { call: 'formatString', args: { value }, returnType: 'string' };
}

/** The component tree: fixed, so a client can keep it and apply later data model updates alone. */
function fleetComponents(): A2uiComponent[] {
  return [
    { id: 'root', component: 'Card', child: 'body' },
    {
      id: 'body',
      component: 'Column',
      children: ['title', 'verdict', 'totals', 'severities', 'divider_verdicts', 'verdicts_heading', 'verdicts', 'divider_rules', 'rules_heading', 'rules', 'footer'],
    },
    { id: 'title', component: 'Text', text: 'AgentOps Cockpit: fleet status', variant: 'h2' },
    { id: 'verdict', component: 'Text', text: format('**${/verdictLabel}** (exit code ${/exitCode})') },
    { id: 'totals', component: 'Text', text: format('${/summary/agents} agents · ${/summary/findings} findings · ${/summary/suppressed} suppressed') },
    { id: 'severities', component: 'Row', children: ['severity_error', 'severity_warning', 'severity_note'] },
    { id: 'severity_error', component: 'Text', text: format('Errors: ${/summary/bySeverity/error}') },
    { id: 'severity_warning', component: 'Text', text: format('Warnings: ${/summary/bySeverity/warning}') },
    { id: 'severity_note', component: 'Text', text: format('Notes: ${/summary/bySeverity/note}') },
    { id: 'divider_verdicts', component: 'Divider' },
    { id: 'verdicts_heading', component: 'Text', text: 'Agents by verdict', variant: 'h4' },
    { id: 'verdicts', component: 'List', children: { componentId: 'verdict_item', path: '/verdicts' } },
    { id: 'verdict_item', component: 'Text', text: format('${label}: ${count}') },
    { id: 'divider_rules', component: 'Divider' },
    { id: 'rules_heading', component: 'Text', text: 'Top rules', variant: 'h4' },
    { id: 'rules', component: 'List', children: { componentId: 'rule_item', path: '/topRules' } },
    { id: 'rule_item', component: 'Text', text: format('${count} × ${title} (`${ruleId}`)') },
    { id: 'footer', component: 'Text', text: format('Lake ${/lake} · generated ${/generatedAt}'), variant: 'caption' },
  ];
}

/** The numbers the components are bound to. */
function fleetData(fleet: Fleet, lake: string) {
  return {
    verdict: fleet.verdict,
    verdictLabel: VERDICT_NAMES[fleet.verdict],
    exitCode: fleet.exitCode,
    summary: {
      agents: fleet.summary.agents,
      findings: fleet.summary.findings,
      suppressed: fleet.summary.suppressed,
      bySeverity: fleet.summary.bySeverity,
      byPersona: fleet.summary.byPersona,
    },
    verdicts: (Object.keys(VERDICT_NAMES) as Verdict[]).map((verdict) => ({ verdict, label: VERDICT_NAMES[verdict], count: fleet.verdicts[verdict] })),
    topRules: fleet.topRules.map((rule) => ({ ruleId: rule.ruleId, title: rule.title, count: rule.count })),
    lake,
    generatedAt: fleet.generatedAt,
  };
}

export function fleetA2uiMessages(fleet: Fleet, lake: string): A2uiMessage[] {
  return [
    { version: A2UI_VERSION, createSurface: { surfaceId: FLEET_SURFACE_ID, catalogId: BASIC_CATALOG_ID, theme: { agentDisplayName: 'AgentOps Cockpit' } } },
    { version: A2UI_VERSION, updateComponents: { surfaceId: FLEET_SURFACE_ID, components: fleetComponents() } },
    { version: A2UI_VERSION, updateDataModel: { surfaceId: FLEET_SURFACE_ID, path: '/', value: fleetData(fleet, lake) } },
  ];
}
