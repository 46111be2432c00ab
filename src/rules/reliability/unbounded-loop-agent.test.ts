import { ruleTester } from '../testing/rule-tester.js';
import { unboundedLoopAgentCheck } from './unbounded-loop-agent.js';

ruleTester(unboundedLoopAgentCheck, {
  valid: [
    {
      name: 'ADK docs idiom with max_iterations',
      filename: 'agent.py',
      code:
        'from google.adk.agents import LoopAgent, LlmAgent\n\nrefinement_loop = LoopAgent(\n    name="RefinementLoop",\n' +
        '    sub_agents=[critic_agent_in_loop, refiner_agent_in_loop],\n    max_iterations=5,\n)\n',
    },
    {
      name: 'settings splatted in',
      filename: 'agent.py',
      code: 'from google.adk.agents import LoopAgent\n\nloop = LoopAgent(**LOOP_SETTINGS)\n',
    },
    {
      name: 'a different LoopAgent class',
      filename: 'agent.py',
      code: 'from myframework import LoopAgent\n\nloop = LoopAgent(name="x")\n',
    },
    {
      name: 'YAML config with max_iterations',
      filename: 'loop_agent.yaml',
      code: 'agent_class: LoopAgent\nname: refine\nmax_iterations: 3\nsub_agents:\n  - config_path: critic.yaml\n',
    },
    {
      name: 'TS with maxIterations',
      filename: 'src/agent.ts',
      code: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({ name: 'refine', subAgents: [critic, refiner], maxIterations: 4 });\n",
    },
  ],
  invalid: [
    {
      name: 'LoopAgent without max_iterations',
      filename: 'agent.py',
      code: 'from google.adk.agents import LoopAgent\n\nloop = LoopAgent(name="Refine", sub_agents=[critic, refiner])\n',
      errors: [{ line: 3, message: /LoopAgent\(\.\.\.\) has no max_iterations.*until a sub-agent escalates/ }],
    },
    {
      name: 'explicit None, module-qualified import',
      filename: 'agent.py',
      code: 'from google.adk import agents\n\nloop = agents.LoopAgent(name="Refine", sub_agents=[critic], max_iterations=None)\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'YAML agent config',
      filename: 'root_agent.yaml',
      code: 'name: refine\nagent_class: LoopAgent\nsub_agents:\n  - config_path: critic.yaml\n',
      errors: [{ line: 2, message: /agent_class: LoopAgent has no max_iterations/ }],
    },
    {
      name: 'TS ADK LoopAgent',
      filename: 'src/agent.ts',
      code: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({ name: 'refine', subAgents: [critic, refiner] });\n",
      errors: [{ line: 3 }],
    },
    {
      name: 'ADK docs idiom, one argument per line',
      filename: 'agent.py',
      code:
        'from google.adk.agents import LoopAgent, LlmAgent\n\nrefinement_loop = LoopAgent(\n    name="RefinementLoop",\n' +
        '    # critic first, then the refiner\n    sub_agents=[critic_agent_in_loop, refiner_agent_in_loop],\n)\n',
      errors: [{ line: 3 }],
      output:
        'from google.adk.agents import LoopAgent, LlmAgent\n\nrefinement_loop = LoopAgent(\n    name="RefinementLoop",\n' +
        '    # critic first, then the refiner\n    sub_agents=[critic_agent_in_loop, refiner_agent_in_loop],\n    max_iterations=10,\n)\n',
    },
    {
      name: 'one line, inside a function',
      filename: 'agent.py',
      code: 'from google.adk.agents import LoopAgent\n\ndef build():\n    return LoopAgent(name="Refine", sub_agents=[critic, refiner])\n',
      errors: [{ line: 4 }],
      output: 'from google.adk.agents import LoopAgent\n\ndef build():\n    return LoopAgent(name="Refine", sub_agents=[critic, refiner], max_iterations=10)\n',
    },
    {
      name: 'explicit max_iterations=None replaced',
      filename: 'agent.py',
      code: 'from google.adk import agents\n\nloop = agents.LoopAgent(name="Refine", sub_agents=[critic], max_iterations=None)\n',
      errors: [{ line: 3 }],
      output: 'from google.adk import agents\n\nloop = agents.LoopAgent(name="Refine", sub_agents=[critic], max_iterations=10)\n',
    },
    {
      name: 'TS new LoopAgent({...})',
      filename: 'src/agent.ts',
      code: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({ name: 'refine', subAgents: [critic, refiner] });\n",
      errors: [{ line: 3 }],
      output: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({ name: 'refine', subAgents: [critic, refiner], maxIterations: 10 });\n",
    },
    {
      name: 'TS multi-line with maxIterations: undefined',
      filename: 'src/agent.ts',
      code: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({\n  name: 'refine',\n  maxIterations: undefined,\n});\n",
      errors: [{ line: 3 }],
      output: "import { LoopAgent } from '@google/adk';\n\nexport const loop = new LoopAgent({\n  name: 'refine',\n  maxIterations: 10,\n});\n",
    },
    {
      name: 'YAML agent config: a line after agent_class',
      filename: 'root_agent.yaml',
      code: '# Refinement loop\nname: refine\nagent_class: LoopAgent\nsub_agents:\n  - config_path: critic.yaml\n',
      errors: [{ line: 3 }],
      output: '# Refinement loop\nname: refine\nagent_class: LoopAgent\nmax_iterations: 10\nsub_agents:\n  - config_path: critic.yaml\n',
    },
    {
      name: 'YAML agent config, CRLF',
      filename: 'root_agent.yaml',
      code: 'agent_class: LoopAgent\r\nname: refine\r\n',
      errors: [{ line: 1 }],
      output: 'agent_class: LoopAgent\r\nmax_iterations: 10\r\nname: refine\r\n',
    },
    {
      name: 'YAML agent_class on the last line without a newline',
      filename: 'root_agent.yaml',
      code: 'name: refine\nagent_class: LoopAgent',
      errors: [{ line: 2 }],
      output: 'name: refine\nagent_class: LoopAgent\nmax_iterations: 10',
    },
    {
      name: 'YAML with max_iterations: null',
      filename: 'root_agent.yaml',
      code: 'agent_class: LoopAgent\nname: refine\nmax_iterations: null\n',
      errors: [{ line: 1 }],
      output: null,
    },
  ],
});
