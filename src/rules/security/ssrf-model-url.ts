import type { Node } from 'web-tree-sitter';
import { calleeText, calls, keywordArgument, positionalArguments, qualifiedCallee, type ImportMap } from '../ast/python.js';
import { callExpressions, tsArguments, tsCalleeText } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { PY_OR_TS, quoteNames, tsShadows } from './support/common.js';
import type { PythonTaint } from './support/python-taint.js';
import { analysePython, analyseTs } from './support/sinks.js';
import type { TsTaint } from './support/ts-taint.js';

const HTTP_METHODS = '(get|post|put|patch|delete|head|options|request|stream)';
const PY_MODULE_SINK = new RegExp(`^(requests|httpx)\\.${HTTP_METHODS}$`);
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

export const ssrfModelUrlCheck = defineRule(
  {
    id: 'security/ssrf-model-url',
    title: 'Tool fetches a URL the model chose',
    description:
      'A tool function requests a URL taken from its own parameters (requests/httpx/urllib/aiohttp, fetch/axios) and never checks the host. ' +
      'The model fills that parameter, so an injected instruction can point it at cloud metadata (169.254.169.254), internal services or ' +
      'an attacker\'s server to exfiltrate data in the query string.',
    persona: 'secops',
    category: 'security',
    severity: 'warning',
    fixability: 'structural',
    tags: ['security', 'CWE-918', 'ASI02', 'LLM06:2025'],
    remediation:
      'Take a path or query value from the model, not a whole URL, and join it to a fixed base; or parse the URL and compare its scheme and hostname ' +
      'against an allowlist (urlparse(url).hostname in ALLOWED_HOSTS / new URL(url).hostname), resolve and reject private/link-local addresses, and disable redirects.',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
    frameworks: ['langchain', 'crewai', 'smolagents', 'openai-agents', 'pydantic-ai', 'google-adk', 'vercel-ai-sdk', 'mastra'],
    precision: 'medium',
    securitySeverity: 7.5,
  },
  {
    appliesTo: (file) => PY_OR_TS(file.language),
    async run(context) {
      const { file } = context;
      if (file.language === 'python') {
        if (!/\b(requests|httpx|urllib|urlopen|aiohttp)\b/.test(file.text)) return;
        const tree = await context.tree();
        if (!tree) return;
        const analysis = analysePython(tree);
        if (analysis.tools.length === 0) return;
        const clients = pythonClientNames(tree.rootNode, analysis.imports);
        for (const call of calls(tree)) {
          const written = calleeText(call);
          const callee = qualifiedCallee(call, analysis.imports);
          const [head, method] = written.split('.');
          const isSink =
            PY_MODULE_SINK.test(callee) ||
            PY_URLLIB.test(callee) ||
            PY_INLINE_CLIENT.test(callee) ||
            (head !== undefined && method !== undefined && clients.has(head) && new RegExp(`^${HTTP_METHODS}$`).test(method));
          if (!isSink) continue;
          const url = keywordArgument(call, 'url') ?? positionalArguments(call)[/\.(request)$/.test(written) ? 1 : 0];
          if (!url) continue;
          const scoped = analysis.taintFor(call);
          if (!scoped?.tool) continue;
          if (ALLOWLIST.some((pattern) => pattern.test(scoped.tool!.node.text))) continue;
          const names = pythonHostTaint(url, scoped.taint, call.startIndex, 0);
          if (!names) continue;
          context.report({
            start: call.startIndex,
            end: call.endIndex,
            message: `${written}(...) fetches a URL whose host comes from tool input ${quoteNames(names)} of ${scoped.tool.name} (${scoped.tool.via}) with no host allowlist; an injected instruction can aim it at cloud metadata or internal services.`,
            fingerprintContent: `${written}|${names.join(',')}`,
          });
        }
        return;
      }
      if (!/\b(fetch|axios|got)\b/.test(file.text)) return;
      const tree = await context.tree();
      if (!tree) return;
      const analysis = analyseTs(tree, file.text);
      if (analysis.tools.length === 0) return;
      const axiosNames = new Set([...analysis.imports].filter(([, target]) => target === 'axios#default').map(([local]) => local));
      for (const call of callExpressions(tree)) {
        if (call.type !== 'call_expression') continue;
        const callee = tsCalleeText(call);
        const [head, method] = callee.split('.');
        const isSink =
          (callee === 'fetch' && !tsShadows(tree.rootNode, analysis.imports, 'fetch')) ||
          (callee === 'got' && analysis.imports.get('got') === 'got#default') ||
          (head !== undefined && axiosNames.has(head) && (method === undefined || TS_AXIOS.test(method)));
        if (!isSink) continue;
        const url = tsArguments(call)[0];
        if (!url) continue;
        const scoped = analysis.taintFor(call);
        if (!scoped) continue;
        if (ALLOWLIST.some((pattern) => pattern.test(scoped.tool.node.text))) continue;
        const names = tsHostTaint(url, scoped.taint, call.startIndex, 0);
        if (!names) continue;
        context.report({
          start: call.startIndex,
          end: call.endIndex,
          message: `${callee}(...) fetches a URL whose host comes from tool input ${quoteNames(names)} of ${scoped.tool.via} with no host allowlist; an injected instruction can aim it at cloud metadata or internal services.`,
          fingerprintContent: `${callee}|${names.join(',')}`,
        });
      }
    },
  },
);

/** Names bound to HTTP client objects: `async with httpx.AsyncClient() as client`, `session = requests.Session()`. */
function pythonClientNames(root: Node, imports: ImportMap): Set<string> {
  const names = new Set<string>();
  for (const pattern of root.descendantsOfType('as_pattern')) {
    const source = pattern.namedChildren[0];
    const alias = pattern.childForFieldName('alias')?.namedChildren[0];
    if (source?.type === 'call' && alias?.type === 'identifier' && PY_CLIENT_CTOR.test(qualifiedCallee(source, imports))) names.add(alias.text);
  }
  for (const assignment of root.descendantsOfType('assignment')) {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type === 'identifier' && right?.type === 'call' && PY_CLIENT_CTOR.test(qualifiedCallee(right, imports))) names.add(left.text);
  }
  return names;
}

/** A scheme with no complete host yet: `https://`, `http://{`, `https://api.` — the next value decides the host. */
const OPEN_HOST = /^([a-z][a-z0-9+.-]*:)?(\/\/)?[^/?#]*$/i;

/**
 * Does tainted data decide the URL's host? `url`, `f"https://{host}/x"`, `"http://" + host` do; `f"https://api.x.com/v1/{city}"`
 * and `BASE_URL + path` (a constant base first) do not. Returns the tainted names, or undefined.
 */
function pythonHostTaint(node: Node, taint: PythonTaint, position: number, depth: number): string[] | undefined {
  if (depth > 3 || !taint.isTainted(node)) return undefined;
  switch (node.type) {
    case 'identifier': {
      const value = taint.assignedValue(node.text, position);
      if (value && value.type !== 'identifier') return pythonHostTaint(value, taint, value.startIndex, depth + 1);
      return [node.text];
    }
    case 'string':
      return prefixDecides(node.namedChildren, (part) => (part.type === 'string_content' ? part.text : undefined), (part) => part.type === 'interpolation' && taint.isTainted(part))
        ? taint.taintedNames(node)
        : undefined;
    case 'binary_operator':
      return prefixDecides(flatten(node, 'binary_operator'), (part) => (part.type === 'string' && !part.namedChildren.some((c) => c.type === 'interpolation') ? part.text.slice(1, -1) : undefined), (part) => taint.isTainted(part))
        ? taint.taintedNames(node)
        : undefined;
    case 'call': {
      const callee = calleeText(node);
      // urljoin(BASE, "https://evil/") replaces the host when the second part is absolute.
      if (/(^|\.)urljoin$/.test(callee)) return taint.taintedNames(node);
      // url.strip(), str(url): the value is still the model's URL.
      const object = node.childForFieldName('function')?.childForFieldName('object');
      if (object && taint.isTainted(object)) return taint.taintedNames(object);
      if (callee === 'str') {
        const inner = positionalArguments(node)[0];
        return inner ? pythonHostTaint(inner, taint, position, depth + 1) : undefined;
      }
      return undefined;
    }
    case 'subscript':
    case 'attribute':
      return taint.taintedNames(node);
    default:
      return undefined;
  }
}

function tsHostTaint(node: Node, taint: TsTaint, position: number, depth: number): string[] | undefined {
  if (depth > 3 || !taint.isTainted(node)) return undefined;
  switch (node.type) {
    case 'identifier': {
      const value = taint.assignedValue(node.text, position);
      if (value && value.type !== 'identifier') return tsHostTaint(value, taint, value.startIndex, depth + 1);
      return [node.text];
    }
    case 'template_string':
      return prefixDecides(node.namedChildren, (part) => (part.type === 'string_fragment' ? part.text : undefined), (part) => part.type === 'template_substitution' && taint.isTainted(part))
        ? taint.taintedNames(node)
        : undefined;
    case 'binary_expression':
      return prefixDecides(flatten(node, 'binary_expression'), (part) => (part.type === 'string' ? part.text.slice(1, -1) : undefined), (part) => taint.isTainted(part))
        ? taint.taintedNames(node)
        : undefined;
    case 'new_expression':
    case 'call_expression': {
      // new URL(path, BASE) keeps BASE's host only for relative input; new URL(url) is the model's URL.
      const callee = tsCalleeText(node);
      if (callee === 'URL' || callee === 'String' || /\.(trim|toString)$/.test(callee)) return taint.taintedNames(node);
      return undefined;
    }
    case 'member_expression':
    case 'subscript_expression':
      return taint.taintedNames(node);
    default:
      return undefined;
  }
}

/** Walks the parts of a built string; true when a tainted part arrives before the host is complete. */
function prefixDecides(parts: readonly Node[], literal: (part: Node) => string | undefined, tainted: (part: Node) => boolean): boolean {
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

function flatten(node: Node, type: string): Node[] {
  if (node.type !== type) return [node];
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  return [...(left ? flatten(left, type) : []), ...(right ? flatten(right, type) : [])];
}
