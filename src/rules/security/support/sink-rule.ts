import type { RuleContext } from '../../define.js';
import type { ParsedModule } from './agent-modules.js';
import type { HelperFlowReport } from './common.js';
import { pythonAnalysisInAgent, pythonHelperFlows, pythonMayHoldTools, type PythonHelperFlow, type PythonSinkSpec } from './helper-calls.js';
import type { PythonAnalysis, TsAnalysis } from './sinks.js';
import { TS_TOOL_TEXT, tsAnalysisInAgent, tsHelperFlows, type TsHelperFlow, type TsSinkSpec } from './ts-helper-calls.js';

/** How one language side of a tool-input sink rule finds its sinks. */
interface SinkSide<Analysis, Spec, Flow> {
  /** Text without which this module holds none of the rule's sinks (its helper-called sinks are looked for anyway). */
  sinkText: RegExp;
  /** Judge only modules that define a tool themselves (rules whose sinks count only inside a tool's taint). */
  needsOwnTool?: boolean;
  /** Reports the sinks in this module itself. */
  direct(scope: { analysis: Analysis; module: ParsedModule }, report: RuleContext['report']): void;
  /** The same sinks inside a helper a tool calls, one hop away, in this module or another of the agent. */
  helper: Spec;
  /** The finding for such a flow; undefined drops it (a tool that checks its input first). */
  helperReport(flow: Flow): HelperFlowReport | undefined;
}

export interface SinkRuleSides {
  python: SinkSide<PythonAnalysis, PythonSinkSpec, PythonHelperFlow>;
  ts: SinkSide<TsAnalysis, TsSinkSpec, TsHelperFlow>;
}

/**
 * The run every tool-input sink rule shares (code execution, shell, SQL, SSRF): cheap text tests first, the
 * agent's cross-module analysis only when this module may hold a sink or a tool, then the module's own sinks
 * and the sinks one helper call away.
 */
export async function runSinkRule(context: RuleContext, sides: SinkRuleSides): Promise<void> {
  const { file } = context;
  if (file.language === 'python') {
    const side = sides.python;
    const hasSinks = side.sinkText.test(file.text);
    if (!hasSinks && !(await pythonMayHoldTools(context))) return;
    const scope = await pythonAnalysisInAgent(context);
    if (!scope || (side.needsOwnTool && scope.analysis.tools.length === 0)) return;
    if (hasSinks) side.direct(scope, context.report);
    for (const flow of await pythonHelperFlows(scope.modules, scope.module, scope.analysis, side.helper)) {
      const finding = side.helperReport(flow);
      if (finding) context.report(finding);
    }
    return;
  }
  const side = sides.ts;
  const hasSinks = side.sinkText.test(file.text);
  if (!hasSinks && !TS_TOOL_TEXT.test(file.text)) return;
  const scope = await tsAnalysisInAgent(context);
  if (!scope || (side.needsOwnTool && scope.analysis.tools.length === 0)) return;
  if (hasSinks) side.direct(scope, context.report);
  for (const flow of await tsHelperFlows(scope.modules, scope.module, scope.analysis, side.helper)) {
    const finding = side.helperReport(flow);
    if (finding) context.report(finding);
  }
}
