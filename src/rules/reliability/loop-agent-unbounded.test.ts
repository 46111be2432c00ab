import { describe } from 'vitest';
import { ruleTester } from '../testing/rule-tester.js';
import { loopAgentUnboundedCheck } from './loop-agent-unbounded.js';


describe('reliability/loop-agent-unbounded', () => {
  ruleTester(loopAgentUnboundedCheck, {
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
    ],
  });
});
