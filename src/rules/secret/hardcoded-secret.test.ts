import { ruleTester } from '../testing/rule-tester.js';
import { hardcodedSecretCheck } from './hardcoded-secret.js';

const ID = 'secret/anthropic-api-key';
const KEY = `sk-ant-api03-${'Qm7xT2vL9pR4kW8nZ3cY6hB1dF5gJ0sA'.repeat(3)}${'xK4mN8qP2rT6vW9z'}AA`;

// The detectors' own true and false positives are tested with the catalog (src/secrets/); this table is the fix.
ruleTester(hardcodedSecretCheck, ID, {
  valid: [
    {
      name: 'the key read from the environment',
      filename: 'agent.py',
      code: 'import os\n\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\n',
    },
  ],
  invalid: [
    {
      name: 'keyword argument in Python, import added after the docstring',
      filename: 'agent.py',
      code: `"""Support agent."""\n\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key="${KEY}")\n`,
      errors: [{ line: 5 }],
      output: `"""Support agent."""\n\nimport os\n\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\n`,
    },
    {
      name: 'object property in TypeScript',
      filename: 'src/client.ts',
      code: `import Anthropic from '@anthropic-ai/sdk';\n\nexport const client = new Anthropic({ apiKey: '${KEY}' });\n`,
      errors: [{ line: 3 }],
      output: `import Anthropic from '@anthropic-ai/sdk';\n\nexport const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n`,
    },
  ],
});
