import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calls, hasDictSplat, keywordArgument, pythonImportMap, qualifiedCallee, type ImportMap } from '../ast/python.js';
import { defineRule } from '../define.js';
import { replaceNode } from '../../heal/edits.js';
import type { Fix, TextEdit } from '../../heal/types.js';
import type { HealValues } from '../../heal/defaults.js';
import { addKeywordArgument } from '../../heal/python-edits.js';
import { RELIABILITY_BASE, isPython } from './shared.js';
import { spanOf } from '../ast/span.js';

interface RetryApi {
  /** Keyword arguments any one of which bounds the retries. */
  readonly bounds: readonly string[];
  readonly defaultText: string;
  /** The keyword the fix adds, and its value (tenacity: a stop built from names the module imports). */
  readonly fixKeyword: 'stop' | 'max_tries' | 'stop_max_attempt_number' | 'tries';
}

const TENACITY: RetryApi = { bounds: ['stop'], defaultText: 'tenacity defaults to stop_never and retries forever', fixKeyword: 'stop' };
const BACKOFF: RetryApi = {
  bounds: ['max_tries', 'max_time'],
  defaultText: 'backoff defaults to max_tries=None and max_time=None and retries forever',
  fixKeyword: 'max_tries',
};
const RETRYING: RetryApi = {
  bounds: ['stop', 'stop_max_attempt_number', 'stop_max_delay', 'stop_func'],
  defaultText: 'retrying has no stop by default and retries forever',
  fixKeyword: 'stop_max_attempt_number',
};
const RETRY_PKG: RetryApi = { bounds: ['tries'], defaultText: 'the retry package defaults to tries=-1 and retries forever', fixKeyword: 'tries' };

/**
 * True when each name means tenacity's in this module or is free to import: not bound to another
 * module, and tenacity's is not imported under an alias (the import merge would then skip it).
 */
function namesFree(names: readonly string[], imports: ImportMap): boolean {
  for (const [local, qualified] of imports) {
    if (names.includes(local) && qualified !== `tenacity.${local}`) return false;
    if (names.some((name) => qualified === `tenacity.${name}`) && !names.includes(local)) return false;
  }
  return true;
}

/**
 * The fix for one finding. tenacity: `stop=stop_after_attempt(5)` (a bare `@retry` also gets
 * `wait=wait_exponential(...)`, since its default is no wait at all), written with the module prefix
 * the decorator uses (`tenacity.retry` → `tenacity.stop_after_attempt`) or imported from tenacity;
 * `stop=stop_never` becomes `stop_after_attempt(5)`. backoff: `max_tries=5`; retrying:
 * `stop_max_attempt_number=5`; retry: `tries=5`. undefined when no exact edit exists.
 */
function boundFix(api: RetryApi, target: SyntaxNode, call: SyntaxNode | undefined, never: SyntaxNode | undefined, text: string, imports: ImportMap, heal: HealValues): Fix | undefined {
  const attempts = heal.retryStopAttempts;
  const written = target.text.replace(/\s+/g, '');
  const dot = written.lastIndexOf('.');
  const prefix = dot === -1 ? '' : written.slice(0, dot + 1);
  if (api !== TENACITY) {
    // backoff needs its wait generator and exceptions: a bare `@backoff.on_exception` is not valid code to extend.
    if (!call && api === BACKOFF) return undefined;
    const pair = `${api.fixKeyword}=${attempts}`;
    const edit = call ? addKeywordArgument(call, text, api.fixKeyword, String(attempts)) : { start: target.endIndex, end: target.endIndex, text: `(${pair})` };
    return edit ? { description: `${pair} on ${written}`, edits: [edit] } : undefined;
  }
  const names = call ? ['stop_after_attempt'] : ['stop_after_attempt', 'wait_exponential'];
  if (prefix === '' && !namesFree(names, imports)) return undefined;
  const stop = `${prefix}stop_after_attempt(${attempts})`;
  let edit: TextEdit | undefined;
  if (never) {
    // `stop=stop_never` / `stop=tenacity.stop_never`: keep the prefix the value was written with.
    const valueText = never.text.trim();
    const valuePrefix = valueText.slice(0, valueText.lastIndexOf('.') + 1);
    if (valuePrefix === '' && !namesFree(['stop_after_attempt'], imports)) return undefined;
    edit = replaceNode(never, `${valuePrefix}stop_after_attempt(${attempts})`);
    return {
      description: `stop=${valuePrefix}stop_after_attempt(${attempts}) instead of stop_never on ${written}`,
      edits: [edit],
      ...(valuePrefix === '' ? { pythonImports: [{ from: 'tenacity', names: ['stop_after_attempt'] }] } : {}),
    };
  }
  if (call) edit = addKeywordArgument(call, text, 'stop', stop);
  else edit = replaceNode(target, `${written}(stop=${stop}, wait=${prefix}wait_exponential(multiplier=1, max=${heal.retryMaxWaitSeconds}))`);
  if (!edit) return undefined;
  return {
    description: call ? `stop=${stop} on ${written}(...)` : `stop=${stop} and exponential wait on @${written}`,
    edits: [edit],
    ...(prefix === '' ? { pythonImports: [{ from: 'tenacity', names }] } : {}),
  };
}

/** Fully qualified decorator/constructor → the API it belongs to. */
const RETRY_APIS: Record<string, RetryApi> = {
  'tenacity.retry': TENACITY,
  'tenacity.Retrying': TENACITY,
  'tenacity.AsyncRetrying': TENACITY,
  'backoff.on_exception': BACKOFF,
  'backoff.on_predicate': BACKOFF,
  'retrying.retry': RETRYING,
  'retry.retry': RETRY_PKG,
};

function resolve(node: SyntaxNode, imports: ImportMap): string {
  const written = node.text.replace(/\s+/g, '');
  const [head, ...rest] = written.split('.');
  const resolved = head !== undefined ? imports.get(head) : undefined;
  return resolved ? [resolved, ...rest].join('.') : written;
}

/** `stop=stop_never` (or `tenacity.stop_never`) is an explicit unbounded stop. */
function isStopNever(value: SyntaxNode | undefined): boolean {
  return !!value && /(^|\.)stop_never$/.test(value.text.trim());
}

export const unboundedRetryCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/unbounded-retry',
    title: 'Retry decorator without a stop condition',
    description:
      'A tenacity `@retry`/`Retrying`, a backoff `@on_exception`/`@on_predicate`, or a retrying/retry decorator has no attempt or time limit. ' +
      'All of them retry forever by default: a provider outage or a permanent error (bad request, revoked key) turns into an endless loop of paid or rate-limited calls ' +
      'that never surfaces the failure.',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['LLM10:2025', 'ASI08', 'CWE-835', 'CWE-400'],
    remediation:
      'Bound every retry: `@retry(stop=stop_after_attempt(5) | stop_after_delay(60), wait=wait_random_exponential(max=30))`, ' +
      '`@backoff.on_exception(backoff.expo, RateLimitError, max_tries=5, max_time=60)`; retry only transient errors (`retry=retry_if_exception_type(...)`).',
    docs: 'https://tenacity.readthedocs.io/en/latest/#stopping',
    frameworks: [],
    knows: [
      'tenacity (`retry`, `Retrying`, `AsyncRetrying`, `stop_never`), backoff (`on_exception`, `on_predicate`), retrying, retry',
    ],
    precision: 'very-high',
  },
  {
    appliesTo: isPython,
    textHas: [/tenacity|backoff|retrying|\bretry\b/],
    async runOnTree(context, tree) {
      const { file } = context;
      const imports = pythonImportMap(tree);
      const check = (node: SyntaxNode, target: SyntaxNode, call: SyntaxNode | undefined): void => {
        const name = resolve(target, imports);
        const api = RETRY_APIS[name];
        if (!api) return;
        if (call && hasDictSplat(call)) return;
        const bounds = call ? api.bounds.map((keyword) => keywordArgument(call, keyword)).filter((value): value is SyntaxNode => value !== undefined) : [];
        const explicitNever = bounds.length > 0 && bounds.every(isStopNever);
        if (bounds.length > 0 && !explicitNever) return;
        // Only a lone `stop=stop_never` is rewritten; anything else mixed in is left to a person.
        const never = explicitNever && bounds.length === 1 ? bounds[0] : undefined;
        const fix = explicitNever && !never ? undefined : boundFix(api, target, call, never, file.text, imports, context.heal);
        const written = target.text.replace(/\s+/g, '');
        const shown = call ? `${written}(...)` : written;
        context.report({
          ...spanOf(node),
          message: explicitNever
            ? `${shown} sets stop=stop_never, so it retries forever.`
            : `${shown} has no ${api.bounds.slice(0, 2).join('/')}, and ${api.defaultText}.`,
          fingerprintContent: `${name}:${explicitNever ? 'stop_never' : 'no-stop'}`,
          ...(fix ? { fix } : { fixability: 'structural' as const }),
        });
      };
      // Decorators: `@retry`, `@retry()`, `@tenacity.retry(wait=...)`, `@backoff.on_exception(...)`.
      const decoratorCalls = new Set<number>();
      for (const decorator of tree.rootNode.descendantsOfType('decorator')) {
        const expression = decorator.namedChildren[0];
        if (!expression) continue;
        if (expression.type === 'call') {
          decoratorCalls.add(expression.startIndex);
          const target = expression.childForFieldName('function');
          if (target) check(decorator, target, expression);
        } else if (expression.type === 'identifier' || expression.type === 'attribute') {
          check(decorator, expression, undefined);
        }
      }
      // `Retrying(...)` / `AsyncRetrying(...)` used as iterators or called directly.
      for (const call of calls(tree)) {
        if (decoratorCalls.has(call.startIndex)) continue;
        const name = qualifiedCallee(call, imports);
        if (name !== 'tenacity.Retrying' && name !== 'tenacity.AsyncRetrying') continue;
        const target = call.childForFieldName('function');
        if (target) check(call, target, call);
      }
    },
  },
);
