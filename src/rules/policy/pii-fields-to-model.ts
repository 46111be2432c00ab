import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { calleeText, calls, enclosingFunction, pythonImportMap, qualifiedCallee } from '../ast/python.js';
import { callExpressions, tsCalleeText, tsImportMap } from '../ast/typescript.js';
import { defineRule } from '../define.js';
import { PY_LLM_MODULES, isTsLlmModule, nameWords, pyAssignedValues, pyImportsFrom, tsImportsFrom, tsQualifiedCallee } from '../architecture/support.js';
import { spanOf } from '../ast/span.js';

/** Field names that hold personal data. Matched on the last name segment, snake_cased. */
const PII_FIELD = /(^|_)(ssn|social_security(_number)?|dob|date_of_birth|birth_?date|credit_card(_number)?|card_number|cc_number|passport(_number|_no)?|phone(_number)?|mobile(_number)?|email(_address)?|address|street_address|home_address|iban|tax_id|national_id)$/;
/** Addresses that are not a person's. */
const NOT_PERSONAL = /(^|_)(ip|mac|server|host|web|base|url|memory|contract|wallet|sender|from|reply_to|support|noreply|no_reply|admin|system)_(address|email)$/;

function piiField(name: string): string | undefined {
  const snake = nameWords(name).join('_');
  return PII_FIELD.test(snake) && !NOT_PERSONAL.test(snake) ? snake : undefined;
}

/** Calls that redact before the model sees the data. */
const REDACTION = /redact|mask|anonymi[sz]|presidio|scrub|pseudonymi[sz]|deidentif|de_identif|sanitiz|tokeniz_?pii|hash_pii/i;

/** The name an interpolated expression carries: `email`, `user.email`, `user["email"]`, `user.get("email")`. */
function pyExpressionField(expression: SyntaxNode): string | undefined {
  if (expression.type === 'identifier') return expression.text;
  if (expression.type === 'attribute') return expression.childForFieldName('attribute')?.text;
  if (expression.type === 'subscript') {
    const key = expression.childForFieldName('subscript');
    return key?.type === 'string' ? key.text.replace(/^[rbuRBU]*['"]+|['"]+$/g, '') : undefined;
  }
  if (expression.type === 'call') {
    const fn = expression.childForFieldName('function');
    const first = expression.childForFieldName('arguments')?.namedChildren[0];
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'get' && first?.type === 'string') return first.text.replace(/^['"]+|['"]+$/g, '');
  }
  return undefined;
}

function tsExpressionField(expression: SyntaxNode): string | undefined {
  if (expression.type === 'identifier') return expression.text;
  if (expression.type === 'member_expression') return expression.childForFieldName('property')?.text;
  if (expression.type === 'subscript_expression') {
    const key = expression.childForFieldName('index');
    return key?.type === 'string' ? key.text.slice(1, -1) : undefined;
  }
  return undefined;
}

/** Python model-facing calls: which ones send their arguments to a model. */
function pyModelCall(call: SyntaxNode, qualified: string): boolean {
  const written = calleeText(call);
  if (/(completions\.create|responses\.create|messages\.create|generate_content(_async)?|send_message)$/.test(written)) return true;
  if (/^agents(\.run)?\.Runner\.run(_sync|_streamed)?$/.test(qualified)) return true;
  if (/(^|\.)(HumanMessage|SystemMessage|ChatMessage)$/.test(qualified) && /langchain/.test(qualified)) return true;
  if (/^google\.adk(\.agents(\.llm_agent)?)?\.(Agent|LlmAgent)$/.test(qualified)) return true;
  // llm.invoke / agent.run_sync / crew.kickoff: the receiver is a model, agent or chain.
  return /(^|\.)(invoke|ainvoke|stream|astream|run_sync|kickoff)$/.test(written) && /(llm|model|chat|agent|chain|graph|crew)/i.test(written);
}

function tsModelCall(call: SyntaxNode, qualified: string): boolean {
  if (/^ai#(generateText|streamText|generateObject|streamObject)$/.test(qualified)) return true;
  if (/^@openai\/agents(-core)?#run$/.test(qualified)) return true;
  const written = tsCalleeText(call);
  if (/(completions\.create|responses\.create|messages\.create|generateContent)$/.test(written)) return true;
  return /(^|\.)(invoke|generate|stream)$/.test(written) && /(llm|model|chat|agent|chain|graph)/i.test(written);
}

export const piiFieldsToModelCheck = defineRule(
  {
    id: 'policy/pii-fields-to-model',
    title: 'Personal data fields interpolated into a model prompt',
    description:
      'A field named like personal data (ssn, date_of_birth, credit_card, card_number, passport, phone, email, address, iban, ...) is ' +
      'interpolated with an f-string or template literal into what a model call sends (messages, input, instruction(s), prompt, system, ' +
      'contents) and the function calls no redaction step (redact, mask, anonymize, Presidio, scrub). The provider then receives, and ' +
      'may log or retain, the raw value, and the model can repeat it to other users. Reads OpenAI, Anthropic, Gemini/ADK, LangChain, ' +
      'OpenAI Agents and AI SDK calls, following one local variable hop.',
    persona: 'governance',
    category: 'policy',
    severity: 'warning',
    fixability: 'structural',
    tags: ['LLM02:2025', 'CWE-359'],
    remediation:
      'Send the model only what the task needs: replace personal values with tokens or masked forms (Presidio, a redact() helper) ' +
      'before building the prompt, and re-insert them after the model answers if the output must contain them.',
    docs: 'https://genai.owasp.org/llmrisk/llm022025-sensitive-information-disclosure/',
    frameworks: ['openai-sdk', 'anthropic-sdk', 'google-genai', 'google-adk', 'langchain', 'openai-agents', 'vercel-ai-sdk'],
    precision: 'medium',
  },
  {
    textHas: [/ssn|social_security|dob|birth|credit_card|card_?number|cardNumber|passport|phone|mobile|email|address|iban|tax_?id|national_?id/i],
    async runOnTree(context, tree) {
      const { file } = context;
      const python = file.language === 'python';
      const seen = new Set<number>();
      const report = (template: SyntaxNode, field: string, callee: string) => {
        if (seen.has(template.startIndex)) return;
        seen.add(template.startIndex);
        context.report({
          ...spanOf(template),
          message: `Personal field '${field}' is interpolated into the prompt sent by ${callee}(...) with no redaction in the function; the provider receives and may retain the raw value and the model can repeat it.`,
          fingerprintContent: `${callee}|${field}`,
        });
      };

      if (python) {
        const imports = pythonImportMap(tree);
        if (!pyImportsFrom(imports, PY_LLM_MODULES)) return;
        for (const call of calls(tree)) {
          if (!pyModelCall(call, qualifiedCallee(call, imports))) continue;
          const scope = enclosingFunction(call) ?? tree.rootNode;
          if (calls(scope).some((inner) => REDACTION.test(calleeText(inner)))) continue;
          for (const template of pyTemplatesIn(call, scope, tree)) {
            for (const interpolation of template.namedChildren.filter((child) => child.type === 'interpolation')) {
              const expression = interpolation.childForFieldName('expression') ?? interpolation.namedChildren[0];
              const name = expression && pyExpressionField(expression);
              const field = name && piiField(name);
              if (field) report(template, field, calleeText(call));
            }
          }
        }
        return;
      }

      const imports = tsImportMap(tree);
      if (!tsImportsFrom(imports, isTsLlmModule)) return;
      for (const call of callExpressions(tree)) {
        if (call.type !== 'call_expression' || !tsModelCall(call, tsQualifiedCallee(call, imports))) continue;
        const scope = tsScope(call) ?? tree.rootNode;
        if (scope.descendantsOfType('call_expression').some((inner) => REDACTION.test(tsCalleeText(inner)))) continue;
        for (const template of tsTemplatesIn(call, scope)) {
          for (const substitution of template.namedChildren.filter((child) => child.type === 'template_substitution')) {
            const expression = substitution.namedChildren[0];
            const name = expression && tsExpressionField(expression);
            const field = name && piiField(name);
            if (field) report(template, field, tsCalleeText(call));
          }
        }
      }
    },
  },
);

/** f-strings in the call's arguments, plus f-strings assigned to a variable the call passes (one hop). */
function pyTemplatesIn(call: SyntaxNode, scope: SyntaxNode, tree: SyntaxTree): SyntaxNode[] {
  const args = call.childForFieldName('arguments');
  if (!args) return [];
  const templates = args.descendantsOfType('string').filter((node) => node.namedChildren.some((child) => child.type === 'interpolation'));
  for (const identifier of args.descendantsOfType('identifier')) {
    if (identifier.parent?.type === 'keyword_argument' && identifier.parent.childForFieldName('name')?.id === identifier.id) continue;
    for (const value of pyAssignedValues(scope, identifier.text)) {
      templates.push(...[value, ...value.descendantsOfType('string')].filter((node) => node.type === 'string' && node.namedChildren.some((child) => child.type === 'interpolation')));
    }
  }
  void tree;
  return templates;
}

function tsScope(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (/^(function_declaration|function_expression|arrow_function|method_definition)$/.test(current.type)) return current;
  }
  return undefined;
}

function tsTemplatesIn(call: SyntaxNode, scope: SyntaxNode): SyntaxNode[] {
  const args = call.childForFieldName('arguments');
  if (!args) return [];
  const isTemplate = (node: SyntaxNode) => node.type === 'template_string' && node.namedChildren.some((child) => child.type === 'template_substitution');
  const templates = args.descendantsOfType('template_string').filter(isTemplate);
  const names = new Set([...args.descendantsOfType(['identifier', 'shorthand_property_identifier'])].map((node) => node.text));
  for (const declarator of scope.descendantsOfType('variable_declarator')) {
    const name = declarator.childForFieldName('name');
    const value = declarator.childForFieldName('value');
    if (name?.type === 'identifier' && names.has(name.text) && value) templates.push(...[value, ...value.descendantsOfType('template_string')].filter(isTemplate));
  }
  return templates;
}
