import type { SyntaxNode, SyntaxTree } from '../../../source/syntax-tree.js';
import { calls } from '../../ast/python.js';
import { callExpressions } from '../../ast/typescript.js';
import { defineRule, type RuleContext } from '../../define.js';
import type { Check, RuleMeta } from '../../types.js';
import type { AgentModules, ParsedModule } from './agent-modules.js';
import { PY_OR_TS, TOOL_DECLARATIONS_KNOWN, TOOL_FRAMEWORKS, type HelperFlowReport } from './common.js';
import { pythonAnalysisInAgent, pythonHelperFlows, pythonMayHoldTools, type PythonHelperFlow, type PythonSinkSpec } from './helper-calls.js';
import type { TaintOptions } from './flow-taint.js';
import { originFinding, type Origin, type PythonAnalysis, type TsAnalysis } from './sinks.js';
import { TS_TOOL_TEXT, tsAnalysisInAgent, tsHelperFlows, type TsHelperFlow, type TsSinkSpec } from './ts-helper-calls.js';

/** What a sink rule says about one call of the module; the finding covers the call. */
interface SinkFinding {
  message: string;
  fingerprintContent: string;
}

/** How one language side of a tool-input sink rule finds its sinks. */
interface SinkSide<Analysis, Spec, Flow> {
  /** Text without which this module holds none of the rule's sinks (its helper-called sinks are looked for anyway). */
  sinkText: RegExp;
  /** Judge only modules that define a tool themselves (rules whose sinks count only inside a tool's taint). */
  needsOwnTool?: boolean;
  /** The finding for one call of this module, when it is a sink the rule's input reaches. */
  direct(call: SyntaxNode, scope: { analysis: Analysis; module: ParsedModule }): SinkFinding | undefined;
  /** The same sinks inside a helper a tool calls, one hop away, in this module or another of the agent. */
  helper: Spec;
  /** The finding for such a flow; undefined drops it (a tool that checks its input first). */
  helperReport(flow: Flow): HelperFlowReport | undefined;
}

export type PythonSinkSide = SinkSide<PythonAnalysis, PythonSinkSpec, PythonHelperFlow>;
export type TsSinkSide = SinkSide<TsAnalysis, TsSinkSpec, TsHelperFlow>;

interface SinkRuleSides {
  python: PythonSinkSide;
  ts: TsSinkSide;
}

/** What the shared run needs from one language: where tools can be, the agent-wide analysis, the calls, the one-hop flows. */
interface SinkLanguage<Analysis, Spec, Flow> {
  mayHoldTools(context: RuleContext): boolean | Promise<boolean>;
  analysisInAgent(context: RuleContext): Promise<{ analysis: Analysis; modules: AgentModules; module: ParsedModule } | undefined>;
  calls(tree: SyntaxTree): SyntaxNode[];
  helperFlows(modules: AgentModules, module: ParsedModule, analysis: Analysis, spec: Spec): Promise<Flow[]>;
}

const PYTHON: SinkLanguage<PythonAnalysis, PythonSinkSpec, PythonHelperFlow> = {
  mayHoldTools: pythonMayHoldTools,
  analysisInAgent: pythonAnalysisInAgent,
  calls,
  helperFlows: pythonHelperFlows,
};

const TYPESCRIPT: SinkLanguage<TsAnalysis, TsSinkSpec, TsHelperFlow> = {
  mayHoldTools: (context) => TS_TOOL_TEXT.test(context.file.text),
  analysisInAgent: tsAnalysisInAgent,
  calls: callExpressions,
  helperFlows: tsHelperFlows,
};

/**
 * A tool-input sink rule (code execution, shell, SQL, SSRF): every one reads the same tool declarations of the
 * same frameworks, in Python and TS/JS, through the run below.
 */
export function defineSinkRule(meta: Omit<RuleMeta, 'knows' | 'frameworks'>, sides: SinkRuleSides): Check {
  return defineRule(
    { ...meta, knows: TOOL_DECLARATIONS_KNOWN, frameworks: TOOL_FRAMEWORKS },
    {
      appliesTo: (file) => PY_OR_TS(file.language),
      run: (context) => (context.file.language === 'python' ? runSinkSide(context, sides.python, PYTHON) : runSinkSide(context, sides.ts, TYPESCRIPT)),
    },
  );
}

/**
 * The run every tool-input sink rule shares: cheap text tests first, the agent's cross-module analysis only
 * when this module may hold a sink or a tool, then the module's own sinks and the sinks one helper call away.
 */
async function runSinkSide<Analysis extends { tools: readonly unknown[] }, Spec, Flow>(
  context: RuleContext,
  side: SinkSide<Analysis, Spec, Flow>,
  language: SinkLanguage<Analysis, Spec, Flow>,
): Promise<void> {
  const hasSinks = side.sinkText.test(context.file.text);
  if (!hasSinks && !(await language.mayHoldTools(context))) return;
  const scope = await language.analysisInAgent(context);
  if (!scope || (side.needsOwnTool && scope.analysis.tools.length === 0)) return;
  if (hasSinks) {
    for (const call of language.calls(scope.module.tree)) {
      const finding = side.direct(call, scope);
      if (finding) context.report({ start: call.startIndex, end: call.endIndex, ...finding });
    }
  }
  for (const flow of await language.helperFlows(scope.modules, scope.module, scope.analysis, side.helper)) {
    const finding = side.helperReport(flow);
    if (finding) context.report(finding);
  }
}

/** A sink that neither tool input nor model output may reach (code execution, a shell), as one call holds it. */
export interface OriginSink {
  /** How messages name the call: `eval(...)`, `subprocess.run(..., shell=True)`. */
  label: string;
  /** What the fingerprint keeps of the call (not its line). */
  key: string;
  /** What such input does there, ending the message. */
  risk: string;
  /** The arguments that carry the code or the command. */
  args: readonly SyntaxNode[];
}

/**
 * One language side of a rule whose sinks take tool input and model output alike: a call of the module is a finding
 * when either reaches one of its `args`, and a helper's call is a sink when the helper's parameter does. One `find`
 * serves both, so the module's own sinks and the helpers' never disagree.
 */
export function originSinkSide<Flow>(side: {
  /** The rule id, which keys the helper summaries. */
  key: string;
  sinkText: RegExp;
  /** A helper's text that may hold a sink, when it differs from `sinkText`. */
  helperText?: RegExp;
  taint?: TaintOptions;
  find(call: SyntaxNode, module: ParsedModule): OriginSink | undefined;
  helperReport(flow: Flow): HelperFlowReport | undefined;
}): SinkSide<{ origin(node: SyntaxNode, options: { modelOutput: boolean; taint?: TaintOptions }): Origin | undefined }, OriginSinkSpec, Flow> {
  return {
    sinkText: side.sinkText,
    direct(call, { analysis, module }) {
      const sink = side.find(call, module);
      if (!sink) return undefined;
      for (const arg of sink.args) {
        // The first argument the input reaches is the finding.
        const origin = analysis.origin(arg, { modelOutput: true, taint: side.taint });
        if (origin) return originFinding(origin, sink);
      }
      return undefined;
    },
    helper: {
      key: side.key,
      taint: side.taint,
      mayHaveSink: side.helperText ?? side.sinkText,
      sinks: (calls, taint, module) =>
        calls.flatMap((call) => {
          const sink = side.find(call, module);
          return sink && sink.args.some((arg) => taint.isTainted(arg)) ? [{ call, label: sink.label }] : [];
        }),
    },
    helperReport: side.helperReport,
  };
}

/** The part of a helper sink spec both languages share (the taint engine is either language's). */
interface OriginSinkSpec {
  key: string;
  taint?: TaintOptions;
  mayHaveSink: RegExp;
  sinks(calls: readonly SyntaxNode[], taint: { isTainted(node: SyntaxNode): boolean }, module: ParsedModule): { call: SyntaxNode; label: string }[];
}
