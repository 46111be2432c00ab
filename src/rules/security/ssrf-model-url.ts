import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, enclosingScopes, importedCallee, keywordArgument, localBindings, positionalArguments, pythonImportMap, type ImportMap } from '../ast/python.js';
import { tsArguments, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { HELPER_HOP_SENTENCE, helperFlowReport, quoteNames, tsShadows } from './support/common.js';
import type { PythonSinkSpec } from './support/helper-calls.js';
import { defineSinkRule } from './support/sink-rule.js';
import type { PythonTaint } from './support/python-taint.js';
import type { ParsedModule } from './support/agent-modules.js';
import type { TsSinkSpec } from './support/ts-helper-calls.js';
import type { TsTaint } from './support/ts-taint.js';

const HTTP_METHODS = '(get|post|put|patch|delete|head|options|request|stream)';
// requests.api.* are the functions requests re-exports; aiohttp.request(method, url) needs no session
// (https://docs.aiohttp.org/en/stable/client_reference.html#basic-api); urllib3 2.x has a top-level
// urllib3.request(method, url) (https://urllib3.readthedocs.io/en/stable/reference/urllib3.request.html).
const PY_MODULE_SINK = new RegExp(`^(requests|httpx|requests\\.api)\\.${HTTP_METHODS}$|^aiohttp\\.request$|^urllib3\\.request$`);
const PY_URLLIB = /^(urllib\.request\.urlopen|urllib\.request\.Request|urllib\.urlopen|urllib2\.urlopen)$/;
const PY_CLIENT_CTOR = /^(httpx\.(Async)?Client|requests\.Session|requests\.session|aiohttp\.ClientSession|urllib3\.PoolManager)$/;
const PY_INLINE_CLIENT = new RegExp(`^(httpx\\.(Async)?Client|requests\\.Session|aiohttp\\.ClientSession)\\(.*\\)\\.${HTTP_METHODS}$`);
const TS_AXIOS = new RegExp(`^${HTTP_METHODS}$`);

/**
 * Evidence that the function restricts where it connects: a host/netloc comparison, a prefix check, an allowlist name,
 * or a URL validator. Any of these keeps the rule silent; it cannot judge whether the check is right, only that one exists.
 */
const ALLOWLIST = [
  /allow[_-]?list|white[_-]?list|allowed[_-]?(hosts?|domains?|urls?|origins?|sites?)|trusted[_-]?(hosts?|domains?|urls?)|ALLOWED_|ALLOW_/i,
  /\.(hostname|netloc|host|origin)\b/,
  /\.(startswith|startsWith)\s*\(/,
  /\b(validate|verify|check|is_allowed|is_safe|isAllowed|isSafe|assert_safe)_?\w*(url|host|domain)\w*\s*\(/i,
];

/** A tool whose code compares hosts against an allowlist (or validates the URL) is judged safe. */
const checksHost = (tool: SyntaxNode) => ALLOWLIST.some((pattern) => pattern.test(tool.text));

const TS_FETCH_TEXT = /\b(fetch|axios|got)\b/;

/** fetch / got / axios calls of the module, and the URL argument. */
function tsFetchUrl(call: SyntaxNode, module: ParsedModule): SyntaxNode | undefined {
  if (call.type !== 'call_expression') return undefined;
  const imports = tsImportMap(module.tree);
  const callee = tsCalleeText(call);
  const [head, method] = callee.split('.');
  const isAxios = head !== undefined && imports.get(head) === 'axios#default';
  const isSink =
    (callee === 'fetch' && !tsShadows(module.tree.rootNode, imports, 'fetch')) ||
    (callee === 'got' && imports.get('got') === 'got#default') ||
    (isAxios && (method === undefined || TS_AXIOS.test(method)));
  return isSink ? tsArguments(call)[0] : undefined;
}

const TS_HELPER_SPEC: TsSinkSpec = {
  key: 'security/ssrf-model-url',
  mayHaveSink: TS_FETCH_TEXT,
  sinks: (calls, taint, module, scope) => {
    if (ALLOWLIST.some((pattern) => pattern.test(scope.text))) return [];
    return calls.flatMap((call) => {
      const url = tsFetchUrl(call, module);
      return url && hostTaint(TS_URLS, url, taint, call.startIndex, 0) ? [{ call, label: `${tsCalleeText(call)}(...)` }] : [];
    });
  },
};

const PY_FETCH_TEXT = /\b(requests|httpx|urllib|urlopen|aiohttp|urllib3)\b/;
const SSRF_RISK = 'an injected instruction can aim it at cloud metadata or internal services.';

/** `requests.get(...) fetches a URL whose host comes from tool input 'url' of fetch_page (@tool) with no host allowlist; <risk>`. */
function ssrfFinding(callee: string, names: readonly string[], tool: string): { message: string; fingerprintContent: string } {
  return {
    message: `${callee}(...) fetches a URL whose host comes from tool input ${quoteNames(names)} of ${tool} with no host allowlist; ${SSRF_RISK}`,
    fingerprintContent: `${callee}|${names.join(',')}`,
  };
}
const HTTP_METHOD = new RegExp(`^${HTTP_METHODS}$`);

/** Where HTTP client objects are bound: per function scope (by node id, `module` for top level), and `self.x` attributes. */
interface PythonClients {
  byScope: Map<number | 'module', Set<string>>;
  attributes: Set<string>;
}

/**
 * Names bound to HTTP client objects: `async with httpx.AsyncClient() as client`, `session = requests.Session()`,
 * a parameter annotated `client: httpx.AsyncClient`, `self.session = requests.Session()`. Kept per scope, so a
 * `client` in one function says nothing about a `client` in another.
 */
const clientMemo = new WeakMap<SyntaxNode['tree'], PythonClients>();

function pythonClients(root: SyntaxNode, imports: ImportMap): PythonClients {
  const known = clientMemo.get(root.tree);
  if (known) return known;
  const clients: PythonClients = { byScope: new Map(), attributes: new Set() };
  clientMemo.set(root.tree, clients);
  const add = (at: SyntaxNode, name: string): void => {
    if (name.startsWith('self.')) {
      clients.attributes.add(name);
      return;
    }
    const key = enclosingScopes(at)[0]?.id ?? 'module';
    const names = clients.byScope.get(key) ?? new Set<string>();
    names.add(name);
    clients.byScope.set(key, names);
  };
  const isClientConstructor = (node: SyntaxNode | null | undefined): boolean => node?.type === 'call' && importedCallee(node, imports, (qualified) => PY_CLIENT_CTOR.test(qualified)) !== undefined;
  for (const pattern of root.descendantsOfType('as_pattern')) {
    const alias = pattern.childForFieldName('alias')?.namedChildren[0];
    if (isClientConstructor(pattern.namedChildren[0]) && (alias?.type === 'identifier' || alias?.type === 'attribute')) add(pattern, alias.text);
  }
  for (const assignment of root.descendantsOfType('assignment')) {
    const left = assignment.childForFieldName('left');
    if ((left?.type === 'identifier' || left?.type === 'attribute') && isClientConstructor(assignment.childForFieldName('right'))) add(assignment, left.text);
  }
  for (const parameter of root.descendantsOfType(['typed_parameter', 'typed_default_parameter'])) {
    const annotation = parameter.childForFieldName('type')?.text.replace(/\s+/g, '') ?? '';
    const [head, ...rest] = annotation.split('.');
    const resolved = head !== undefined && imports.has(head) ? [imports.get(head)!, ...rest].join('.') : '';
    const name = parameter.childForFieldName('name') ?? parameter.namedChildren.find((child) => child.type === 'identifier');
    if (name && PY_CLIENT_CTOR.test(resolved)) {
      const fn = parameter.parent?.parent;
      if (fn) {
        const names = clients.byScope.get(fn.id) ?? new Set<string>();
        names.add(name.text);
        clients.byScope.set(fn.id, names);
      }
    }
  }
  return clients;
}

/** Is `head` (the object of `head.get(...)`) an HTTP client where the call stands? The innermost scope that binds it decides. */
function isClientAt(call: SyntaxNode, head: string, clients: PythonClients): boolean {
  if (head.startsWith('self.')) return clients.attributes.has(head);
  if (!/^\w+$/.test(head)) return false;
  for (const scope of enclosingScopes(call)) {
    if (localBindings(scope).has(head)) return clients.byScope.get(scope.id)?.has(head) ?? false;
  }
  return clients.byScope.get('module')?.has(head) ?? false;
}

const isFetchCallee = (qualified: string) => PY_MODULE_SINK.test(qualified) || PY_URLLIB.test(qualified) || PY_INLINE_CLIENT.test(qualified);

/** A call that fetches a URL (module function, client method, urllib), and the argument holding the URL. */
function pythonFetchSink(call: SyntaxNode, imports: ImportMap, clients: PythonClients): { written: string; url: SyntaxNode } | undefined {
  const written = calleeText(call);
  const callee = importedCallee(call, imports, isFetchCallee);
  const dot = written.lastIndexOf('.');
  const isSink =
    callee !== undefined ||
    (dot > 0 && HTTP_METHOD.test(written.slice(dot + 1)) && isClientAt(call, written.slice(0, dot), clients));
  if (!isSink) return undefined;
  // request(method, url): the URL is second.
  const url = keywordArgument(call, 'url') ?? positionalArguments(call)[/\.request$/.test(written) ? 1 : 0];
  return url ? { written, url } : undefined;
}

/** The same sinks inside a helper a tool calls (one hop, same file or another module of the agent). */
const PY_HELPER_SPEC: PythonSinkSpec = {
  key: 'security/ssrf-model-url',
  mayHaveSink: PY_FETCH_TEXT,
  sinks: (calls, taint, module, scope) => {
    if (ALLOWLIST.some((pattern) => pattern.test(scope.text))) return [];
    const imports = pythonImportMap(module.tree);
    const clients = pythonClients(module.tree.rootNode, imports);
    return calls.flatMap((call) => {
      const sink = pythonFetchSink(call, imports, clients);
      return sink && hostTaint(PYTHON_URLS, sink.url, taint, call.startIndex, 0) ? [{ call, label: `${sink.written}(...)` }] : [];
    });
  },
};

/** A scheme with no complete host yet: `https://`, `http://{`, `https://api.` — the next value decides the host. */
const OPEN_HOST = /^([a-z][a-z0-9+.-]*:)?(\/\/)?[^/?#]*$/i;

/** What the host walk needs of a taint engine, in either language. */
type UrlTaint = Pick<PythonTaint | TsTaint, 'isTainted' | 'taintedNames' | 'assignedValue'>;

/** How one grammar writes the expressions a URL is built from; `hostTaint` reads both languages through it. */
interface UrlGrammar {
  /** An interpolated string (`f"https://{host}"`, `` `https://${host}` ``): its node type and those of its literal and substituted parts. */
  template: { type: string; literal: string; substitution: string };
  /** The `a + b` node, and the text of a plain string literal among its operands. */
  concatenation: string;
  plainString(part: SyntaxNode): string | undefined;
  /** Attribute and index reads: their value is the tainted object's. */
  access: readonly string[];
  callTypes: readonly string[];
  /** Whether a call's result is still the model's URL (its names), or hands a value to `inner` to judge. */
  callHost(call: SyntaxNode, taint: UrlTaint, inner: (value: SyntaxNode) => string[] | undefined): string[] | undefined;
}

const PYTHON_URLS: UrlGrammar = {
  template: { type: 'string', literal: 'string_content', substitution: 'interpolation' },
  concatenation: 'binary_operator',
  plainString: (part) => (part.type === 'string' && !part.namedChildren.some((c) => c.type === 'interpolation') ? part.text.slice(1, -1) : undefined),
  access: ['subscript', 'attribute'],
  callTypes: ['call'],
  callHost(call, taint, inner) {
    const callee = calleeText(call);
    // urljoin(BASE, "https://evil/") replaces the host when the second part is absolute.
    if (/(^|\.)urljoin$/.test(callee)) return taint.taintedNames(call);
    // url.strip(), str(url): the value is still the model's URL.
    const object = call.childForFieldName('function')?.childForFieldName('object');
    if (object && taint.isTainted(object)) return taint.taintedNames(object);
    if (callee === 'str') {
      const value = positionalArguments(call)[0];
      return value ? inner(value) : undefined;
    }
    return undefined;
  },
};

const TS_URLS: UrlGrammar = {
  template: { type: 'template_string', literal: 'string_fragment', substitution: 'template_substitution' },
  concatenation: 'binary_expression',
  plainString: (part) => (part.type === 'string' ? part.text.slice(1, -1) : undefined),
  access: ['member_expression', 'subscript_expression'],
  callTypes: ['new_expression', 'call_expression'],
  callHost(call, taint) {
    // new URL(path, BASE) keeps BASE's host only for relative input; new URL(url) is the model's URL.
    const callee = tsCalleeText(call);
    if (callee === 'URL' || callee === 'String' || /\.(trim|toString)$/.test(callee)) return taint.taintedNames(call);
    return undefined;
  },
};

/**
 * Does tainted data decide the URL's host? `url`, `f"https://{host}/x"`, `"http://" + host` do; `f"https://api.x.com/v1/{city}"`
 * and `BASE_URL + path` (a constant base first) do not. Returns the tainted names, or undefined.
 */
function hostTaint(grammar: UrlGrammar, node: SyntaxNode, taint: UrlTaint, position: number, depth: number): string[] | undefined {
  if (depth > 3 || !taint.isTainted(node)) return undefined;
  if (node.type === 'identifier') {
    const value = taint.assignedValue(node.text, position);
    if (value && value.type !== 'identifier') return hostTaint(grammar, value, taint, value.startIndex, depth + 1);
    return [node.text];
  }
  const { template } = grammar;
  if (node.type === template.type) {
    const decides = prefixDecides(node.namedChildren, (part) => (part.type === template.literal ? part.text : undefined), (part) => part.type === template.substitution && taint.isTainted(part));
    return decides ? taint.taintedNames(node) : undefined;
  }
  if (node.type === grammar.concatenation) {
    return prefixDecides(flatten(node, grammar.concatenation), grammar.plainString, (part) => taint.isTainted(part)) ? taint.taintedNames(node) : undefined;
  }
  if (grammar.callTypes.includes(node.type)) return grammar.callHost(node, taint, (value) => hostTaint(grammar, value, taint, position, depth + 1));
  return grammar.access.includes(node.type) ? taint.taintedNames(node) : undefined;
}

/** Walks the parts of a built string; true when a tainted part arrives before the host is complete. */
function prefixDecides(parts: readonly SyntaxNode[], literal: (part: SyntaxNode) => string | undefined, tainted: (part: SyntaxNode) => boolean): boolean {
  let prefix = '';
  for (const part of parts) {
    if (tainted(part)) return OPEN_HOST.test(prefix) && !/^X/.test(prefix);
    const text = literal(part);
    // An untainted non-literal (BASE_URL, settings.api) is a constant base that fixes the host.
    prefix += text ?? (part.type === 'string_start' || part.type === 'string_end' ? '' : 'X/');
    if (prefix.startsWith('X')) return false;
  }
  return false;
}

function flatten(node: SyntaxNode, type: string): SyntaxNode[] {
  if (node.type !== type) return [node];
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  return [...(left ? flatten(left, type) : []), ...(right ? flatten(right, type) : [])];
}

export const ssrfModelUrlCheck = defineSinkRule(
  {
    id: 'security/ssrf-model-url',
    title: 'Tool fetches a URL the model chose',
    description:
      'A tool function requests a URL taken from its own parameters (requests/httpx/urllib/aiohttp, fetch/axios) and never checks the host. ' +
      'The model fills that parameter, so an injected instruction can point it at cloud metadata (169.254.169.254), internal services or ' +
      'an attacker\'s server to exfiltrate data in the query string. Library names are resolved through the imports where the call stands ' +
      '(`import urllib.request as ur`, `from urllib.request import urlopen`); a parameter or variable named `requests` is not the library. ' +
      HELPER_HOP_SENTENCE,
    persona: 'secops',
    category: 'security',
    severity: 'warning',
    fixability: 'structural',
    tags: ['security', 'CWE-918', 'ASI02', 'LLM06:2025'],
    remediation:
      'Take a path or query value from the model, not a whole URL, and join it to a fixed base; or parse the URL and compare its scheme and hostname ' +
      'against an allowlist (urlparse(url).hostname in ALLOWED_HOSTS / new URL(url).hostname), resolve and reject private/link-local addresses, and disable redirects.',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
    precision: 'medium',
    securitySeverity: 7.5,
  },
  {
    python: {
      sinkText: PY_FETCH_TEXT,
      needsOwnTool: true,
      direct(call, { analysis, module }) {
        const sink = pythonFetchSink(call, analysis.imports, pythonClients(module.tree.rootNode, analysis.imports));
        const scoped = sink && analysis.taintFor(call);
        if (!sink || !scoped?.tool || checksHost(scoped.tool.node)) return undefined;
        const names = hostTaint(PYTHON_URLS, sink.url, scoped.taint, call.startIndex, 0);
        return names && ssrfFinding(sink.written, names, `${scoped.tool.name} (${scoped.tool.via})`);
      },
      helper: PY_HELPER_SPEC,
      helperReport: (flow) =>
        checksHost(flow.tool.node)
          ? undefined
          : helperFlowReport(flow, { tool: `${flow.tool.name} (${flow.tool.via})`, param: `'${flow.param}'`, reaches: 'as the URL host of', tail: `, with no host allowlist; ${SSRF_RISK}` }),
    },
    ts: {
      sinkText: TS_FETCH_TEXT,
      needsOwnTool: true,
      direct(call, { analysis, module }) {
        const url = tsFetchUrl(call, module);
        const scoped = url && analysis.taintFor(call);
        if (!url || !scoped || checksHost(scoped.tool.node)) return undefined;
        const names = hostTaint(TS_URLS, url, scoped.taint, call.startIndex, 0);
        return names && ssrfFinding(tsCalleeText(call), names, scoped.tool.via);
      },
      helper: TS_HELPER_SPEC,
      helperReport: (flow) =>
        checksHost(flow.tool.node)
          ? undefined
          : helperFlowReport(flow, { tool: flow.tool.via, param: flow.param, reaches: 'as the URL host of', tail: `, with no host allowlist; ${SSRF_RISK}` }),
    },
  },
);
