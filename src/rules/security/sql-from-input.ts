import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, enclosingFunction, keywordArgument, positionalArguments, pythonImportMap, qualifiedCallee, type ImportMap } from '../ast/python.js';
import { tsArguments, tsCalleeText } from '../ast/typescript.js';
import type { PythonTaint } from './support/python-taint.js';
import { HELPER_HOP_SENTENCE, helperFlowReport, quoteNames } from './support/common.js';
import type { PythonSinkSpec } from './support/helper-calls.js';
import { defineSinkRule } from './support/sink-rule.js';
import type { TsSinkSpec } from './support/ts-helper-calls.js';
import type { TsTaint } from './support/ts-taint.js';

const PY_METHOD_SINKS = /\.(execute|executemany|executescript|exec_driver_sql|raw|query|fetch|fetchrow|fetchval|read_sql|read_sql_query)$/;
const PY_FUNCTION_SINKS = new Set(['sqlalchemy.text', 'sqlalchemy.sql.text', 'sqlalchemy.sql.expression.text', 'pandas.read_sql', 'pandas.read_sql_query']);
const TS_METHOD_SINKS = /\.(query|execute|raw|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|exec|all|get|run|prepare)$/;
/** Only strings that read as SQL count, so `.execute()` of a non-SQL API with a formatted string stays silent. */
const SQL_WORDS = /\b(select\s[\s\S]*\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from|drop\s+(table|database)|alter\s+table|create\s+table|where\s|order\s+by|values\s*\()/i;

/** A driver call that runs SQL text (`db.query`, `$queryRawUnsafe`), and the query argument. */
function tsSqlQuery(call: SyntaxNode): SyntaxNode | undefined {
  if (call.type !== 'call_expression' || !TS_METHOD_SINKS.test(tsCalleeText(call))) return undefined;
  return tsArguments(call)[0];
}

const TS_HELPER_SPEC: TsSinkSpec = {
  key: 'security/sql-from-input',
  mayHaveSink: SQL_WORDS,
  sinks: (calls, taint) =>
    calls.flatMap((call) => {
      const query = tsSqlQuery(call);
      const built = query ? tsBuiltSql(query, taint, call.startIndex, 0) : undefined;
      return built ? [{ call, label: `${tsCalleeText(call)}(...) with SQL built by ${built.how}` }] : [];
    }),
};

const SQL_RISK = 'the driver cannot tell data from SQL there, so injected text rewrites the query.';

/** `cursor.execute(...) runs SQL built with an f-string from tool input 'name' of lookup (@tool); <risk>`. */
function sqlFinding(callee: string, built: Built, tool: string): { message: string; fingerprintContent: string } {
  return {
    message: `${callee}(...) runs SQL built with ${built.how} from tool input ${quoteNames(built.names)} of ${tool}; ${SQL_RISK}`,
    fingerprintContent: `${callee}|${built.how}|${built.names.join(',')}`,
  };
}

/** A call that executes SQL text (cursor.execute, text(), pandas.read_sql) and the argument holding the query. */
function pythonSqlQuery(call: SyntaxNode, imports: ImportMap): SyntaxNode | undefined {
  const written = calleeText(call);
  const resolved = qualifiedCallee(call, imports);
  if (!PY_METHOD_SINKS.test(written) && !PY_FUNCTION_SINKS.has(resolved)) return undefined;
  // conn.execute(text(...)): the outer execute unwraps text() and reports once.
  const outer = call.parent?.type === 'argument_list' ? call.parent.parent : undefined;
  if (outer && PY_METHOD_SINKS.test(calleeText(outer)) && !PY_METHOD_SINKS.test(written)) return undefined;
  return keywordArgument(call, 'sql') ?? keywordArgument(call, 'statement') ?? keywordArgument(call, 'query') ?? positionalArguments(call)[0];
}

/** The same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
const PY_HELPER_SPEC: PythonSinkSpec = {
  key: 'security/sql-from-input',
  mayHaveSink: SQL_WORDS,
  sinks: (calls, taint, module) => {
    const imports = pythonImportMap(module.tree);
    return calls.flatMap((call) => {
      const query = pythonSqlQuery(call, imports);
      const built = query ? pythonBuiltSql(query, taint, call.startIndex, 0) : undefined;
      return built ? [{ call, label: `${calleeText(call)}(...) with SQL built by ${built.how}` }] : [];
    });
  },
};

interface Built {
  how: string;
  names: string[];
}

function literalText(node: SyntaxNode): string {
  return node.descendantsOfType(['string_content', 'string_fragment']).map((part) => part.text).join(' ');
}

/** Is `node` SQL text assembled by string formatting with tainted data (following variables back)? */
function pythonBuiltSql(node: SyntaxNode, taint: PythonTaint, position: number, depth: number): Built | undefined {
  if (depth > 3) return undefined;
  let how: string | undefined;
  if (node.type === 'string' && node.namedChildren.some((child) => child.type === 'interpolation')) how = 'an f-string';
  else if (node.type === 'binary_operator') {
    const operator = node.childForFieldName('operator')?.text;
    if (operator === '%') how = '% formatting';
    else if (operator === '+') how = 'concatenation';
  } else if (node.type === 'call' && /\.format$/.test(calleeText(node))) how = '.format()';
  else if (node.type === 'call' && /(^|\.)text$/.test(calleeText(node))) {
    const inner = positionalArguments(node)[0];
    return inner ? pythonBuiltSql(inner, taint, position, depth + 1) : undefined;
  } else if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return pythonBuiltSql(node.namedChildren[0], taint, position, depth + 1);
  else if (node.type === 'identifier') {
    if (!taint.isNameTaintedAt(node.text, position)) return undefined;
    const value = taint.assignedValue(node.text, position);
    if (value) {
      const inner = pythonBuiltSql(value, taint, value.startIndex, depth + 1);
      if (inner) return inner;
    }
    // `sql += f" AND name = '{name}'"` after a constant start.
    return augmentedSql(node, taint, position);
  }
  if (!how || !SQL_WORDS.test(literalText(node)) || !taint.isTainted(node)) return undefined;
  return { how, names: taint.taintedNames(node) };
}

function augmentedSql(identifier: SyntaxNode, taint: PythonTaint, position: number): Built | undefined {
  const scope = enclosingFunction(identifier) ?? identifier.tree.rootNode;
  let sqlLike = false;
  let names: string[] = [];
  for (const assignment of scope.descendantsOfType(['assignment', 'augmented_assignment'])) {
    if (assignment.startIndex >= position) break;
    if (assignment.childForFieldName('left')?.text !== identifier.text) continue;
    const right = assignment.childForFieldName('right');
    if (!right) continue;
    if (SQL_WORDS.test(literalText(right))) sqlLike = true;
    if (assignment.type === 'augmented_assignment' && taint.isTainted(right)) names = taint.taintedNames(right);
  }
  return sqlLike && names.length > 0 ? { how: '+= concatenation', names } : undefined;
}

function tsBuiltSql(node: SyntaxNode, taint: TsTaint, position: number, depth: number): Built | undefined {
  if (depth > 3) return undefined;
  let how: string | undefined;
  // A tagged template (sql`...`) is a call_expression, not a template_string: it parameterises.
  if (node.type === 'template_string' && node.namedChildren.some((child) => child.type === 'template_substitution')) how = 'a template literal';
  else if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') how = 'concatenation';
  else if (node.type === 'parenthesized_expression' && node.namedChildren[0]) return tsBuiltSql(node.namedChildren[0], taint, position, depth + 1);
  else if (node.type === 'identifier') {
    if (!taint.isNameTaintedAt(node.text, position)) return undefined;
    const value = taint.assignedValue(node.text, position);
    return value ? tsBuiltSql(value, taint, value.startIndex, depth + 1) : undefined;
  }
  if (!how || !SQL_WORDS.test(literalText(node)) || !taint.isTainted(node)) return undefined;
  return { how, names: taint.taintedNames(node) };
}

export const sqlFromInputCheck = defineSinkRule(
  {
    id: 'security/sql-from-input',
    title: 'SQL built from tool input',
    description:
      'A tool argument is formatted into SQL text (f-string, %, .format(), + or a JS template) that is then executed. The model chooses tool ' +
      'arguments, so an instruction injected into its context (`x\' OR 1=1; DROP TABLE users; --`) rewrites the query: data theft or destruction with the tool\'s database rights. ' +
      HELPER_HOP_SENTENCE,
    persona: 'secops',
    category: 'security',
    severity: 'error',
    fixability: 'structural',
    tags: ['security', 'CWE-89', 'LLM05:2025', 'ASI02'],
    remediation:
      'Pass tool input as bound parameters: cursor.execute("SELECT ... WHERE id = %s", (id,)), sqlite "?" placeholders, SQLAlchemy text("... :id") with ' +
      'params, pg "$1" with a values array, or a tagged sql`` template. Give the tool a read-only database role scoped to the tables it needs.',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html',
    precision: 'high',
    securitySeverity: 9.1,
  },
  {
    python: {
      sinkText: SQL_WORDS,
      needsOwnTool: true,
      direct(call, { analysis }) {
        const query = pythonSqlQuery(call, analysis.imports);
        const scoped = query && analysis.taintFor(call);
        if (!query || !scoped) return undefined;
        const built = pythonBuiltSql(query, scoped.taint, call.startIndex, 0);
        return built && sqlFinding(calleeText(call), built, `${scoped.tool?.name} (${scoped.tool?.via})`);
      },
      helper: PY_HELPER_SPEC,
      helperReport: (flow) => helperFlowReport(flow, { tool: `${flow.tool.name} (${flow.tool.via})`, param: `'${flow.param}'`, reaches: 'to', tail: `; ${SQL_RISK}` }),
    },
    ts: {
      sinkText: SQL_WORDS,
      needsOwnTool: true,
      direct(call, { analysis }) {
        const query = tsSqlQuery(call);
        const scoped = query && analysis.taintFor(call);
        if (!query || !scoped) return undefined;
        const built = tsBuiltSql(query, scoped.taint, call.startIndex, 0);
        return built && sqlFinding(tsCalleeText(call), built, scoped.tool.via);
      },
      helper: TS_HELPER_SPEC,
      helperReport: (flow) => helperFlowReport(flow, { tool: flow.tool.via, param: flow.param, reaches: 'to', tail: `; ${SQL_RISK}` }),
    },
  },
);
