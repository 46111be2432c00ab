import type { SyntaxNode } from '../../source/syntax-tree.js';
import { calleeText, keywordArgument, stringValue } from '../ast/python.js';
import { defineRule } from '../define.js';
import { spanOf } from '../ast/span.js';

interface Flag {
  what: string;
  cwe: string;
}

/** Each flag is off by default in its framework; turning it on is an explicit opt-in to running or loading untrusted code. */
const FLAGS: Record<string, Flag> = {
  allow_dangerous_code: { what: 'lets the LangChain agent run model-written Python on the host (the default False refuses)', cwe: 'CWE-94' },
  allow_dangerous_deserialization: { what: 'unpickles the index file, so whoever can write it runs code on load (the default False refuses pickle)', cwe: 'CWE-502' },
  allow_dangerous_requests: { what: 'lets the model send arbitrary HTTP requests, including to internal hosts (the default False refuses)', cwe: 'CWE-918' },
  trust_remote_code: { what: 'executes Python shipped in the model repository on load (the default False refuses)', cwe: 'CWE-94' },
};

const FLAG_PATTERN = /\b(allow_dangerous_code|allow_dangerous_deserialization|allow_dangerous_requests|trust_remote_code)\b/;
/** A full commit sha pins the remote code to a reviewed revision: the fix Hugging Face recommends. */
const COMMIT_SHA = /^[0-9a-f]{40}$/;

export const dangerousFrameworkFlagCheck = defineRule(
  {
    id: 'security/dangerous-framework-flag',
    title: 'Framework safety flag turned off',
    description:
      'A framework opt-in that disables its own protection is set to True: allow_dangerous_code (LangChain pandas/Python agents), ' +
      'allow_dangerous_deserialization (FAISS.load_local and other pickle loaders), allow_dangerous_requests (requests toolkit) or ' +
      'trust_remote_code (transformers/Hugging Face). Each is off by default because it hands code execution or network reach to the model or to whoever controls the artefact.',
    persona: 'secops',
    category: 'security',
    severity: 'error',
    // Never a one-click fix: each flag is the framework's own opt-in gate, so setting it to False makes the
    // call raise ValueError at construction or load (langchain_experimental's create_pandas_dataframe_agent,
    // FAISS.load_local, RequestsToolkit; transformers for a model that ships code). Working code would stop
    // working. See libs/experimental/tests/unit_tests/agents/agent_toolkits/pandas/test_base.py in langchain-ai/langchain.
    fixability: 'structural',
    tags: ['security', 'CWE-94', 'CWE-502', 'ASI05', 'LLM03:2025'],
    remediation:
      'Do not just flip the flag: with False the framework refuses (create_pandas_dataframe_agent, FAISS.load_local and RequestsToolkit raise ValueError), so the agent stops working. ' +
      'Change the design instead: answer data questions with fixed, reviewed query tools instead of a Python REPL agent, or run the code-executing agent in a sandbox (container/microVM ' +
      'without credentials or network); load only indexes you built, from storage only you can write, or switch to a store that does not pickle; give the requests toolkit an allow-list ' +
      'of hosts behind an egress proxy; pin trust_remote_code models with revision="<commit sha>" after reviewing the code, or use a model that needs no custom code.',
    docs: 'https://python.langchain.com/docs/security/',
    frameworks: ['langchain', 'huggingface'],
    precision: 'very-high',
    securitySeverity: 8.8,
  },
  {
    appliesTo: (file) => file.language === 'python',
    textHas: [FLAG_PATTERN],
    async runOnTree(context, tree) {
      // name=True in a call, and "name": True in a kwargs dict (model_kwargs={"trust_remote_code": True}).
      for (const node of tree.rootNode.descendantsOfType(['keyword_argument', 'pair'])) {
        const key = node.type === 'keyword_argument' ? node.childForFieldName('name')?.text : stringValue(node.childForFieldName('key') ?? undefined);
        const flag = key ? FLAGS[key] : undefined;
        if (!key || !flag || node.childForFieldName('value')?.text !== 'True') continue;
        const call = owningCall(node);
        if (key === 'trust_remote_code' && call && COMMIT_SHA.test(stringValue(keywordArgument(call, 'revision')) ?? '')) continue;
        const where = call ? `${calleeText(call)}(..., ${key}=True)` : `${key}=True`;
        context.report({
          ...spanOf(node),
          message: `${where} ${flag.what}; setting it to False makes the call refuse, so sandbox or redesign the capability.`,
          fingerprintContent: `${call ? calleeText(call) : ''}|${key}`,
        });
      }
    },
  },
);

/** The call this argument (or kwargs dict entry) belongs to. */
function owningCall(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'call') return current;
    if (!['argument_list', 'dictionary', 'keyword_argument'].includes(current.type)) return undefined;
  }
  return undefined;
}
