import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calleeText, calls, keywordArgument, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, objectProperty, tsImportMap, tsStringValue } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { pyImportsFrom, pyLiteralText, pyResolveString, pyUnwrap, tsImportsFrom, tsOptions } from '../architecture/support.js';
import { spanOf } from '../ast/span.js';

/** ~6,000 characters is roughly 1,500 tokens: above the 1,024-token minimum every provider caches at, and big enough to matter. */
const LONG_STATIC_PROMPT_CHARS = 6000;

/** A TS string literal, or a `const` bound to one in the same file. */
function tsResolveString(node: SyntaxNode | undefined, tree: SyntaxTree): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier' || node.type === 'shorthand_property_identifier') {
    const declarators = tree.rootNode
      .descendantsOfType('variable_declarator')
      .filter((declarator) => declarator.childForFieldName('name')?.text === node.text);
    return declarators.length === 1 ? tsStringValue(declarators[0]!.childForFieldName('value') ?? undefined) : undefined;
  }
  return tsStringValue(node);
}

/** Text of Anthropic `system=[{"type": "text", "text": ...}]` blocks, when all are static. */
function pySystemBlocksText(node: SyntaxNode, tree: SyntaxTree): string | undefined {
  if (node.type !== 'list') return undefined;
  let text = '';
  for (const block of node.namedChildren) {
    if (block.type !== 'dictionary') return undefined;
    for (const pair of block.namedChildren) {
      if (pair.type === 'pair' && pyLiteralText(pair.childForFieldName('key') ?? undefined) === 'text') {
        const value = pyResolveString(pair.childForFieldName('value') ?? undefined, tree);
        if (value === undefined) return undefined;
        text += value;
      }
    }
  }
  return text;
}

const CACHE_HINTS = /cache_control|cacheControl|ContextCacheConfig|context_cache_config|cached_content|cachedContent|caches\.create/;

export const staticPromptWithoutCachingCheck = defineRule(
  {
    id: 'finops/static-prompt-without-caching',
    title: 'Long static system prompt sent without prompt caching',
    description:
      `A static system prompt longer than ${LONG_STATIC_PROMPT_CHARS} characters (a few thousand tokens) is sent on every call to a provider ` +
      'that only discounts repeated input when you ask for it: Anthropic Messages (`system=` with no `cache_control` block) and ' +
      'Gemini through ADK or google-genai (no `ContextCacheConfig` on the App, no `cached_content`). Cached reads bill at 10-25% of the ' +
      'input price. OpenAI caches prompts automatically and is never flagged; Gemini 2.5 implicit caching is best-effort with no guaranteed hit.',
    persona: 'finops',
    category: 'finops',
    severity: 'note',
    fixability: 'structural',
    tags: ['LLM10:2025'],
    remediation:
      'Anthropic: pass `system` as a list of text blocks and mark the static one with `"cache_control": {"type": "ephemeral"}`. ADK: wrap ' +
      'the agent in `App(..., context_cache_config=ContextCacheConfig(...))`. google-genai: create a cache with `client.caches.create` and ' +
      'pass `cached_content=` in GenerateContentConfig.',
    docs: 'https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching',
    frameworks: ['anthropic-sdk', 'google-adk', 'google-genai'],
    precision: 'high',
  },
  {
    appliesTo: (file) => file.text.length >= LONG_STATIC_PROMPT_CHARS,
    textHas: [/messages\.create|google\.adk|GenerateContentConfig/],
    // A cache set up anywhere in the module covers its prompts.
    textLacks: [CACHE_HINTS],
    async runOnTree(context, tree) {
      const { file } = context;
      const report = (node: SyntaxNode, what: string, length: number, advice: string) =>
        context.report({
          ...spanOf(node),
          message: `${what} is a static ${length.toLocaleString('en-US')}-character system prompt sent without caching; ${advice}`,
          fingerprintContent: `${what}|${Math.round(length / 1000)}k`,
        });

      if (file.language === 'python') {
        const imports = pythonImportMap(tree);
        const anthropic = pyImportsFrom(imports, ['anthropic']);
        for (const call of calls(tree)) {
          const qualified = qualifiedCallee(call, imports);
          if (anthropic && /(^|\.)messages\.create$/.test(calleeText(call))) {
            const system = pyUnwrap(keywordArgument(call, 'system'));
            if (!system) continue;
            const text = pyResolveString(system, tree) ?? pySystemBlocksText(system, tree);
            if (text !== undefined && text.length > LONG_STATIC_PROMPT_CHARS) {
              report(system, 'messages.create(system=...)', text.length, 'Anthropic bills it in full each time unless a block carries cache_control (cached reads cost 10% of input).');
            }
          } else if (/^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/.test(qualified)) {
            const model = pyLiteralText(keywordArgument(call, 'model'));
            if (!model?.startsWith('gemini')) continue;
            for (const key of ['instruction', 'static_instruction']) {
              const node = keywordArgument(call, key);
              const text = pyResolveString(node, tree);
              if (node && text !== undefined && text.length > LONG_STATIC_PROMPT_CHARS) {
                report(node, `ADK Agent ${key}=`, text.length, 'ADK caches nothing unless the App sets context_cache_config=ContextCacheConfig(...), and Gemini implicit caching gives no guaranteed discount.');
              }
            }
          } else if (/^google\.genai(\.types)?\.GenerateContentConfig$/.test(qualified)) {
            const node = keywordArgument(call, 'system_instruction');
            const text = pyResolveString(node, tree);
            if (node && text !== undefined && text.length > LONG_STATIC_PROMPT_CHARS) {
              report(node, 'GenerateContentConfig(system_instruction=...)', text.length, 'without cached_content Gemini re-bills it on every request (implicit caching is best-effort).');
            }
          }
        }
        return;
      }

      const imports = tsImportMap(tree);
      if (!tsImportsFrom(imports, (module) => module === '@anthropic-ai/sdk')) return;
      for (const call of callExpressions(tree)) {
        if (call.type !== 'call_expression' || !/(^|\.)messages\.create$/.test(call.childForFieldName('function')?.text ?? '')) continue;
        const system = objectProperty(tsOptions(call), 'system');
        const text = tsResolveString(system, tree);
        if (system && text !== undefined && text.length > LONG_STATIC_PROMPT_CHARS) {
          report(system, 'messages.create({ system })', text.length, 'Anthropic bills it in full each time unless a block carries cache_control (cached reads cost 10% of input).');
        }
      }
    },
  },
);
