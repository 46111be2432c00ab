import { describe, expect, it } from 'vitest';
import { retiredModelCheck } from '../rules/reliability/retired-model.js';
import { floatingModelAliasCheck } from '../rules/reliability/floating-model-alias.js';
import { RETIRED_MODELS, retiredModel, replaceModelIdInLiteral } from '../rules/reliability/retired-models.js';
import { MODEL_PINS } from '../rules/reliability/model-pins.js';
import { FLOATING_ALIAS_PATTERNS } from '../rules/reliability/floating-model-alias.js';
import { sensitiveTracingEnabledCheck } from '../rules/governance/sensitive-tracing-enabled.js';
import { noOutputTokenCapCheck } from '../rules/finops/no-output-token-cap.js';
import { premiumModelForSimpleTaskCheck } from '../rules/finops/premium-model-for-simple-task.js';
import { mcpUnpinnedServerCheck } from '../rules/security/mcp-unpinned-server.js';
import { auditSource } from '../audit/audit-agent.js';
import type { PlannedFix } from './types.js';
import { sourceFile } from '../rules/testing/rule-tester.js';
import type { Check } from '../rules/types.js';
import { fixTester } from './testing/fix-tester.js';

/** Findings and planned fixes of one rule on one file: for the findings that must stay structural. */
async function audit(check: Check, ruleId: string, filename: string, code: string) {
  const fixes: PlannedFix[] = [];
  const findings = (await auditSource(sourceFile(filename, code), [check], filename, undefined, fixes)).filter((finding) => finding.ruleId === ruleId);
  return { findings, fixes: fixes.filter((fix) => fix.ruleId === ruleId) };
}

describe('model data tables', () => {
  it('every retired-model replacement is itself current (not retired, not floating)', () => {
    for (const entry of RETIRED_MODELS) {
      if (!entry.replacement) continue;
      expect(retiredModel(entry.replacement)).toBeUndefined();
      expect(FLOATING_ALIAS_PATTERNS.some((alias) => alias.pattern.test(entry.replacement!))).toBe(false);
    }
  });
  it('every pin is a floating id mapped to a stable, non-retired id', () => {
    for (const [alias, pin] of MODEL_PINS) {
      expect(FLOATING_ALIAS_PATTERNS.some((entry) => entry.pattern.test(alias))).toBe(true);
      expect(FLOATING_ALIAS_PATTERNS.some((entry) => entry.pattern.test(pin))).toBe(false);
      expect(retiredModel(pin)).toBeUndefined();
    }
  });
  it('replaces only the bare id at the tail of the literal', () => {
    expect(replaceModelIdInLiteral('"openai:claude-2"', 'claude-2', 'x')).toBe('"openai:x"');
    expect(replaceModelIdInLiteral("'models/Gemini-Pro'", 'gemini-pro', 'gemini-3.5-flash')).toBe("'models/gemini-3.5-flash'");
    expect(replaceModelIdInLiteral('("claude-2")', 'claude-2', 'x')).toBeUndefined();
  });
});

describe('reliability/retired-model fix', () => {
  fixTester(retiredModelCheck, 'reliability/retired-model', [
    {
      name: 'ADK agent on gemini-1.5 and a LiteLlm with a provider prefix, comments and docstring kept',
      filename: 'my_agent/agent.py',
      code:
        '"""Support agent."""\nfrom google.adk.agents import Agent\nfrom google.adk.models.lite_llm import LiteLlm\n\n' +
        'root_agent = Agent(\n    name="helper",\n    model="gemini-1.5-flash-002",  # fast tier\n    instruction="Be brief.",\n)\n' +
        "other = Agent(name='b', model=LiteLlm(model='anthropic/claude-3-opus-20240229'))\n",
      output:
        '"""Support agent."""\nfrom google.adk.agents import Agent\nfrom google.adk.models.lite_llm import LiteLlm\n\n' +
        'root_agent = Agent(\n    name="helper",\n    model="gemini-3.5-flash",  # fast tier\n    instruction="Be brief.",\n)\n' +
        "other = Agent(name='b', model=LiteLlm(model='anthropic/claude-opus-4-8'))\n",
    },
    {
      name: 'Pydantic AI prefix and LangChain in an async function, tabs and CRLF',
      filename: 'agent.py',
      code:
        'from pydantic_ai import Agent\r\nfrom langchain_anthropic import ChatAnthropic\r\n\r\n' +
        'agent = Agent("anthropic:claude-3-5-sonnet-latest")\r\n\r\n@tool\r\nasync def summarise(text):\r\n\tllm = ChatAnthropic(model="claude-3-5-haiku-20241022", max_tokens=256)\r\n\treturn await llm.ainvoke(text)\r\n',
      output:
        'from pydantic_ai import Agent\r\nfrom langchain_anthropic import ChatAnthropic\r\n\r\n' +
        'agent = Agent("anthropic:claude-sonnet-4-6")\r\n\r\n@tool\r\nasync def summarise(text):\r\n\tllm = ChatAnthropic(model="claude-haiku-4-5-20251001", max_tokens=256)\r\n\treturn await llm.ainvoke(text)\r\n',
    },
    {
      name: 'Gemini REST models/ prefix in a module constant',
      filename: 'config.py',
      code: 'MODEL_NAME = "models/gemini-pro"  # legacy\n',
      output: 'MODEL_NAME = "models/gemini-3.5-flash"  # legacy\n',
    },
    {
      name: 'AI SDK provider calls in TypeScript',
      filename: 'src/agent.ts',
      code:
        "import { generateText } from 'ai';\nimport { google } from '@ai-sdk/google';\nimport { anthropic } from '@ai-sdk/anthropic';\n\n" +
        "await generateText({ model: google('gemini-2.0-flash-lite'), prompt: 'x' });\nawait generateText({ model: anthropic(`claude-2.1`), prompt: 'y' });\n",
      output:
        "import { generateText } from 'ai';\nimport { google } from '@ai-sdk/google';\nimport { anthropic } from '@ai-sdk/anthropic';\n\n" +
        "await generateText({ model: google('gemini-3.1-flash-lite'), prompt: 'x' });\nawait generateText({ model: anthropic(`claude-sonnet-4-6`), prompt: 'y' });\n",
    },
    {
      name: 'CrewAI agents.yaml llm keys, quoted and bare, comment kept',
      filename: 'src/crew/config/agents.yaml',
      code: 'researcher:\n  role: Senior researcher\n  llm: anthropic/claude-sonnet-4-20250514 # main\nwriter:\n  role: Writer\n  llm: "gemini/gemini-1.0-pro"\n',
      output: 'researcher:\n  role: Senior researcher\n  llm: anthropic/claude-sonnet-4-6 # main\nwriter:\n  role: Writer\n  llm: "gemini/gemini-3.5-flash"\n',
    },
  ]);

  it('OpenAI and PaLM ids have no certain successor: structural, no fix', async () => {
    const { findings, fixes } = await audit(
      retiredModelCheck,
      'reliability/retired-model',
      'agent.py',
      'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-3.5-turbo")\nMODEL = "text-bison@002"\n',
    );
    expect(findings).toHaveLength(2);
    expect(findings.every((finding) => finding.fixability === 'structural')).toBe(true);
    expect(fixes).toHaveLength(0);
  });
});

describe('reliability/floating-model-alias fix', () => {
  // The previews that went GA under the same name were shut down in 2026: retired-model writes the GA id now.
  fixTester(retiredModelCheck, 'reliability/retired-model', [
    {
      name: 'ADK agent on a shut-down preview that went GA, in a nested function with a decorator',
      filename: 'my_agent/agent.py',
      code:
        'from google.adk.agents import LlmAgent\n\n@register\ndef build():\n    def inner():\n        # cheap router\n        return LlmAgent(name="router", model="gemini-3.1-flash-lite-preview", instruction="Route.")\n    return inner()\n',
      output:
        'from google.adk.agents import LlmAgent\n\n@register\ndef build():\n    def inner():\n        # cheap router\n        return LlmAgent(name="router", model="gemini-3.1-flash-lite", instruction="Route.")\n    return inner()\n',
    },
    {
      name: 'provider prefix kept in TypeScript',
      filename: 'src/images.ts',
      code: "export const IMAGE_MODEL = 'google/gemini-3-pro-image-preview';\n",
      output: "export const IMAGE_MODEL = 'google/gemini-3-pro-image';\n",
    },
  ]);

  it('aliases without a certain pin stay structural', async () => {
    const { findings, fixes } = await audit(
      floatingModelAliasCheck,
      'reliability/floating-model-alias',
      'agent.py',
      'from google.adk.agents import Agent\n\na = Agent(name="a", model="gemini-3-flash-preview")\nDEFAULT_MODEL = "gpt-5-chat-latest"\n',
    );
    expect(findings).toHaveLength(2);
    expect(findings.every((finding) => finding.fixability === 'structural')).toBe(true);
    expect(fixes).toHaveLength(0);
  });
});

describe('governance/sensitive-tracing-enabled fix', () => {
  fixTester(sensitiveTracingEnabledCheck, 'governance/sensitive-tracing-enabled', [
    {
      name: 'explicit trace_include_sensitive_data=True in a RunConfig',
      filename: 'app.py',
      code:
        'from agents import Agent, RunConfig, Runner\n\nconfig = RunConfig(\n    workflow_name="support",\n    trace_include_sensitive_data=True,  # debug only\n)\n\nasync def main(agent):\n    return await Runner.run(agent, "hi", run_config=config)\n',
      output:
        'from agents import Agent, RunConfig, Runner\n\nconfig = RunConfig(\n    workflow_name="support",\n    trace_include_sensitive_data=False,  # debug only\n)\n\nasync def main(agent):\n    return await Runner.run(agent, "hi", run_config=config)\n',
    },
    {
      name: 'Runner.run with no run_config: RunConfig added and imported',
      filename: 'app.py',
      code:
        '"""Support bot."""\nfrom agents import Agent, Runner\n\nagent = Agent(name="support", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\n\nasync def main():\n    result = await Runner.run(agent, "hello")\n    return result.final_output\n',
      output:
        '"""Support bot."""\nfrom agents import Agent, RunConfig, Runner\n\nagent = Agent(name="support", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\n\nasync def main():\n    result = await Runner.run(agent, "hello", run_config=RunConfig(trace_include_sensitive_data=False))\n    return result.final_output\n',
    },
    {
      name: 'Runner.run_sync one argument per line, tabs and CRLF',
      filename: 'app.py',
      code:
        'from agents import Agent, Runner\r\n\r\nagent = Agent(name="chat", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\r\n\r\n@app.post("/chat")\r\ndef chat(body):\r\n\tresult = Runner.run_sync(\r\n\t\tagent,\r\n\t\tbody.text,  # user input\r\n\t\tmax_turns=5,\r\n\t)\r\n\treturn result.final_output\r\n',
      output:
        'from agents import Agent, RunConfig, Runner\r\n\r\nagent = Agent(name="chat", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\r\n\r\n@app.post("/chat")\r\ndef chat(body):\r\n\tresult = Runner.run_sync(\r\n\t\tagent,\r\n\t\tbody.text,  # user input\r\n\t\tmax_turns=5,\r\n\t\trun_config=RunConfig(trace_include_sensitive_data=False),\r\n\t)\r\n\treturn result.final_output\r\n',
    },
    {
      name: 'traceIncludeSensitiveData: true in the JS SDK',
      filename: 'src/run.ts',
      code: "import { Agent, run } from '@openai/agents';\n\nexport const go = (agent: Agent) => run(agent, 'hi', { traceIncludeSensitiveData: true });\n",
      output: "import { Agent, run } from '@openai/agents';\n\nexport const go = (agent: Agent) => run(agent, 'hi', { traceIncludeSensitiveData: false });\n",
    },
  ]);

  it('a run_config built elsewhere stays structural', async () => {
    const { findings, fixes } = await audit(
      sensitiveTracingEnabledCheck,
      'governance/sensitive-tracing-enabled',
      'app.py',
      'from agents import Agent, Runner\nfrom .config import cfg\n\nagent = Agent(name="a", instructions="Help.", model="litellm/anthropic/claude-sonnet-4-5")\nresult = Runner.run_sync(agent, "hi", run_config=cfg)\n',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fixability).toBe('structural');
    expect(fixes).toHaveLength(0);
  });
});

describe('finops/no-output-token-cap fix', () => {
  fixTester(noOutputTokenCapCheck, 'finops/no-output-token-cap', [
    {
      name: 'chat.completions.create gets max_completion_tokens, responses.create max_output_tokens',
      filename: 'llm.py',
      code:
        'from openai import OpenAI\n\nclient = OpenAI()\n\nasync def ask(q):\n    r = client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": q}])\n' +
        '    s = client.responses.create(\n        model="gpt-4.1",  # pinned\n        input=q,\n    )\n    return r, s\n',
      output:
        'from openai import OpenAI\n\nclient = OpenAI()\n\nasync def ask(q):\n    r = client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": q}], max_completion_tokens=1024)\n' +
        '    s = client.responses.create(\n        model="gpt-4.1",  # pinned\n        input=q,\n        max_output_tokens=1024,\n    )\n    return r, s\n',
    },
    {
      name: 'Gemini GenerateContentConfig in an ADK agent, tabs',
      filename: 'my_agent/agent.py',
      code:
        'from google.adk.agents import Agent\nfrom google.genai import types\n\nroot_agent = Agent(\n\tname="helper",\n\tmodel="gemini-2.5-flash-lite",\n\tgenerate_content_config=types.GenerateContentConfig(temperature=0.2),\n)\n',
      output:
        'from google.adk.agents import Agent\nfrom google.genai import types\n\nroot_agent = Agent(\n\tname="helper",\n\tmodel="gemini-2.5-flash-lite",\n\tgenerate_content_config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=1024),\n)\n',
    },
    {
      name: 'ChatOpenAI and ModelSettings get max_tokens, CRLF kept',
      filename: 'agent.py',
      code:
        'from langchain_openai import ChatOpenAI\r\nfrom agents import Agent, ModelSettings\r\n\r\nllm = ChatOpenAI(model="gpt-4.1-mini")\r\nagent = Agent(name="a", model="gpt-4.1", model_settings=ModelSettings())\r\n',
      output:
        'from langchain_openai import ChatOpenAI\r\nfrom agents import Agent, ModelSettings\r\n\r\nllm = ChatOpenAI(model="gpt-4.1-mini", max_tokens=1024)\r\nagent = Agent(name="a", model="gpt-4.1", model_settings=ModelSettings(max_tokens=1024))\r\n',
    },
    {
      name: 'AI SDK generateText, one-line object',
      filename: 'src/agent.ts',
      code: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = () => generateText({ model: openai('gpt-4.1'), prompt: 'hi' });\n",
      output: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport const run = () => generateText({ model: openai('gpt-4.1'), prompt: 'hi', maxOutputTokens: 1024 });\n",
    },
    {
      name: 'AI SDK streamText, one property per line with a trailing comma and a comment',
      filename: 'src/agent.ts',
      code:
        "import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport async function chat(messages) {\n  return streamText({\n    model: openai('gpt-4.1'),\n    messages, // history\n  });\n}\n",
      output:
        "import { streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n\nexport async function chat(messages) {\n  return streamText({\n    model: openai('gpt-4.1'),\n    messages, // history\n    maxOutputTokens: 1024,\n  });\n}\n",
    },
    {
      name: 'openai chat.completions.create in TypeScript, multi-line without a trailing comma, CRLF',
      filename: 'src/llm.ts',
      code:
        "import OpenAI from 'openai';\r\n\r\nconst client = new OpenAI();\r\nexport const ask = (q: string) =>\r\n  client.chat.completions.create({\r\n    model: 'gpt-4.1',\r\n    messages: [{ role: 'user', content: q }] // one turn\r\n  });\r\n",
      output:
        "import OpenAI from 'openai';\r\n\r\nconst client = new OpenAI();\r\nexport const ask = (q: string) =>\r\n  client.chat.completions.create({\r\n    model: 'gpt-4.1',\r\n    messages: [{ role: 'user', content: q }], // one turn\r\n    max_completion_tokens: 1024\r\n  });\r\n",
    },
  ]);
  // A structured answer cut off by the cap is invalid: `.parse()` raises LengthFinishReasonError, an agent's
  // output_type/output_schema fails validation. The finding stays; the cap is a person's call.
  it.each([
    ['OpenAI JSON mode', 'llm.py', 'from openai import OpenAI\n\nclient = OpenAI()\nr = client.chat.completions.create(model="gpt-4.1", messages=m, response_format={"type": "json_object"})\n'],
    ['ADK agent with output_schema', 'agent.py', 'from google.adk.agents import Agent\nfrom google.genai import types\n\nroot = Agent(name="a", model="gemini-2.5-flash-lite", output_schema=Plan, generate_content_config=types.GenerateContentConfig(temperature=0))\n'],
    ['ChatOpenAI used with with_structured_output', 'chain.py', 'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model="gpt-4o-mini")\nextractor = llm.with_structured_output(Invoice)\n'],
    ['AI SDK generateText with experimental_output', 'src/a.ts', "import { generateText, Output } from 'ai';\n\nexport const run = () => generateText({ model, prompt: 'hi', experimental_output: Output.object({ schema }) });\n"],
  ])('no automatic cap on a structured answer: %s', async (_name, filename, code) => {
    const { findings, fixes } = await audit(noOutputTokenCapCheck, 'finops/no-output-token-cap', filename, code);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fixability).toBe('structural');
    expect(fixes).toHaveLength(0);
  });
});

describe('finops/no-output-token-cap: empty options object', () => {
  fixTester(noOutputTokenCapCheck, 'finops/no-output-token-cap', [
    {
      name: 'LangChain.js ChatOpenAI with an empty object gets maxTokens',
      filename: 'src/llm.ts',
      code: "import { ChatOpenAI } from '@langchain/openai';\n\nexport const llm = new ChatOpenAI({});\n",
      output: "import { ChatOpenAI } from '@langchain/openai';\n\nexport const llm = new ChatOpenAI({ maxTokens: 1024 });\n",
    },
  ]);
});

describe('finops/premium-model-for-simple-task fix', () => {
  fixTester(premiumModelForSimpleTaskCheck, 'finops/premium-model-for-simple-task', [
    {
      name: 'ADK router on Gemini Pro',
      filename: 'my_agent/agent.py',
      code: 'from google.adk.agents import Agent\n\nrouter = Agent(\n    name="intent_router",\n    model="gemini-2.5-pro",  # TODO cheaper\n    instruction="Route the request.",\n)\n',
      output: 'from google.adk.agents import Agent\n\nrouter = Agent(\n    name="intent_router",\n    model="gemini-2.5-flash",  # TODO cheaper\n    instruction="Route the request.",\n)\n',
    },
    {
      name: 'Pydantic AI classifier with a provider prefix, CrewAI LLM(model=...)',
      filename: 'agents.py',
      code:
        "from pydantic_ai import Agent\nfrom crewai import Agent as CrewAgent, LLM\n\nclassifier = Agent('openai:gpt-4o', name='ticket_classifier')\n" +
        "tagger = CrewAgent(role='Tagger', goal='Tag tickets', backstory='x', llm=LLM(model='anthropic/claude-opus-4-1'))\n",
      output:
        "from pydantic_ai import Agent\nfrom crewai import Agent as CrewAgent, LLM\n\nclassifier = Agent('openai:gpt-4o-mini', name='ticket_classifier')\n" +
        "tagger = CrewAgent(role='Tagger', goal='Tag tickets', backstory='x', llm=LLM(model='anthropic/claude-haiku-4-5'))\n",
    },
    {
      name: 'OpenAI Agents JS triage agent',
      filename: 'src/agents.ts',
      code: "import { Agent } from '@openai/agents';\n\nexport const triage = new Agent({ name: 'Triage', instructions: 'Triage the ticket.', model: 'gpt-4.1' });\n",
      output: "import { Agent } from '@openai/agents';\n\nexport const triage = new Agent({ name: 'Triage', instructions: 'Triage the ticket.', model: 'gpt-4.1-mini' });\n",
    },
  ]);
});

describe('security/mcp-unpinned-server is structural', () => {
  it('reports without a fix: the version to pin cannot be known offline', async () => {
    const { findings, fixes } = await audit(
      mcpUnpinnedServerCheck,
      'security/mcp-unpinned-server',
      'agent.py',
      'from mcp import StdioServerParameters\n\nparams = StdioServerParameters(command="npx", args=["-y", "@modelcontextprotocol/server-filesystem", "/data"])\n',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fixability).toBe('structural');
    expect(fixes).toHaveLength(0);
  });
});
