import type { Node } from 'web-tree-sitter';
import { calls, hasDictSplat, keywordArgument, pythonImportMap, qualifiedCallee, type ImportMap } from '../ast/python.js';
import { defineRule } from '../define.js';
import { RELIABILITY_BASE, isPython } from './shared.js';

interface RetryApi {
  /** Keyword arguments any one of which bounds the retries. */
  readonly bounds: readonly string[];
  readonly defaultText: string;
}

const TENACITY: RetryApi = { bounds: ['stop'], defaultText: 'tenacity defaults to stop_never and retries forever' };
const BACKOFF: RetryApi = { bounds: ['max_tries', 'max_time'], defaultText: 'backoff defaults to max_tries=None and max_time=None and retries forever' };
const RETRYING: RetryApi = {
  bounds: ['stop', 'stop_max_attempt_number', 'stop_max_delay', 'stop_func'],
  defaultText: 'retrying has no stop by default and retries forever',
};
const RETRY_PKG: RetryApi = { bounds: ['tries'], defaultText: 'the retry package defaults to tries=-1 and retries forever' };

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

function resolve(node: Node, imports: ImportMap): string {
  const written = node.text.replace(/\s+/g, '');
  const [head, ...rest] = written.split('.');
  const resolved = head !== undefined ? imports.get(head) : undefined;
  return resolved ? [resolved, ...rest].join('.') : written;
}

/** `stop=stop_never` (or `tenacity.stop_never`) is an explicit unbounded stop. */
function isStopNever(value: Node | undefined): boolean {
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
    precision: 'very-high',
  },
  {
    appliesTo: isPython,
    async run(context) {
      const { file } = context;
      if (!/tenacity|backoff|retrying|\bretry\b/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const imports = pythonImportMap(tree);
      const check = (node: Node, target: Node, call: Node | undefined): void => {
        const name = resolve(target, imports);
        const api = RETRY_APIS[name];
        if (!api) return;
        if (call && hasDictSplat(call)) return;
        const bounds = call ? api.bounds.map((keyword) => keywordArgument(call, keyword)).filter((value): value is Node => value !== undefined) : [];
        const explicitNever = bounds.length > 0 && bounds.every(isStopNever);
        if (bounds.length > 0 && !explicitNever) return;
        const written = target.text.replace(/\s+/g, '');
        const shown = call ? `${written}(...)` : written;
        context.report({
          start: node.startIndex,
          end: node.endIndex,
          message: explicitNever
            ? `${shown} sets stop=stop_never, so it retries forever.`
            : `${shown} has no ${api.bounds.slice(0, 2).join('/')}, and ${api.defaultText}.`,
          fingerprintContent: `${name}:${explicitNever ? 'stop_never' : 'no-stop'}`,
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
