import { calls, hasDictSplat, importedCallee, keywordArgument, positionalArguments, pythonImportMap } from '../ast/python.js';
import { defineRule } from '../define.js';
import { replaceNode } from '../../heal/edits.js';
import { addKeywordArgument } from '../../heal/python-edits.js';
import { RELIABILITY_BASE, isPython } from './shared.js';
import { spanOf } from '../ast/span.js';

const REQUESTS_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);
const HTTPX_CALLS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream', 'Client', 'AsyncClient']);

export const httpCallNoTimeoutCheck = defineRule(
  {
    ...RELIABILITY_BASE,
    id: 'reliability/http-call-no-timeout',
    title: 'HTTP call that can wait forever',
    description:
      'A `requests` call or `urllib.request.urlopen` without a timeout, or an `httpx` call with `timeout=None`. requests and urlopen have no default timeout: ' +
      'a server that accepts the connection and never answers blocks the tool, the agent turn and the worker thread indefinitely. httpx defaults to 5 s and is only ' +
      'flagged when that default is switched off. aiohttp (300 s total by default) is not flagged.',
    severity: 'warning',
    fixability: 'one-click',
    tags: ['ASI08', 'CWE-1088', 'CWE-400'],
    remediation: 'Pass `timeout=` on every call, e.g. `requests.get(url, timeout=(3.05, 30))`, `urlopen(url, timeout=30)`, `httpx.Client(timeout=httpx.Timeout(30.0, connect=5.0))`.',
    docs: 'https://requests.readthedocs.io/en/latest/user/advanced/#timeouts',
    frameworks: [],
    knows: [
      'requests 2.x and `urllib.request.urlopen`: no default timeout',
      'httpx 0.x: 5 s default, flagged only for `timeout=None`; aiohttp (300 s total default) not flagged',
    ],
    precision: 'very-high',
  },
  {
    appliesTo: isPython,
    textHas: [/requests|urlopen|httpx/],
    async runOnTree(context, tree) {
      const { file } = context;
      const imports = pythonImportMap(tree);
      for (const call of calls(tree)) {
        // Resolved through the imports where the call stands: a parameter named `requests` is not the library.
        const name = importedCallee(call, imports) ?? '';
        const [module, method, extra] = name.split('.');
        const timeout = keywordArgument(call, 'timeout');
        let message: string | undefined;
        if (module === 'requests' && method && REQUESTS_METHODS.has(method) && extra === undefined) {
          if (timeout === undefined && !hasDictSplat(call)) message = `${name}(...) has no timeout=, and requests waits forever by default for a server that never answers.`;
          else if (timeout?.type === 'none') message = `${name}(..., timeout=None) waits forever for a server that never answers.`;
        } else if (name === 'urllib.request.urlopen') {
          // urlopen(url, data, timeout): the third positional is the timeout.
          if (timeout === undefined && !hasDictSplat(call) && positionalArguments(call).length < 3) {
            message = 'urllib.request.urlopen(...) has no timeout=, so it uses the global socket default, which is no timeout at all.';
          }
        } else if (module === 'httpx' && method && HTTPX_CALLS.has(method) && extra === undefined && timeout?.type === 'none') {
          message = `${name}(..., timeout=None) switches off the httpx 5 s default, so it waits forever for a server that never answers.`;
        }
        if (!message) continue;
        const seconds = context.heal.httpTimeoutSeconds;
        const edit = timeout ? replaceNode(timeout, String(seconds)) : addKeywordArgument(call, file.text, 'timeout', String(seconds));
        context.report({
          ...spanOf(call),
          message,
          fingerprintContent: `${name}:${timeout ? 'timeout-none' : 'no-timeout'}`,
          ...(edit ? { fix: { description: `timeout=${seconds} on ${name}(...)`, edits: [edit] } } : {}),
        });
      }
    },
  },
);
