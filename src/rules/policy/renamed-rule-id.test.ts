import { ruleTester } from '../testing/rule-tester.js';
import { renamedRuleIdCheck } from './renamed-rule-id.js';

// The suppression-comment half of the rule is reported with the other suppression diagnostics (test/renamed-rule-ids.test.ts).
ruleTester(renamedRuleIdCheck, {
  valid: [
    {
      name: 'current ids only',
      filename: 'cockpit.yaml',
      code: 'version: 1\nrules:\n  reliability/unbounded-agent-steps: error\n  reliability/unbounded-loop-agent: { severity: warning }\n',
    },
    {
      name: 'a former id in a comment or a value is not a setting',
      filename: 'cockpit.yaml',
      code: '# reliability/agent-loop-bound was renamed in December\nrules:\n  reliability/unbounded-agent-steps: error\nowners: ["reliability/agent-loop-bound"]\n',
    },
    {
      name: 'a YAML file nobody loads as cockpit.yaml',
      filename: 'deploy/rules.yaml',
      code: 'rules:\n  reliability/agent-loop-bound: off\n',
    },
    {
      name: 'a cockpit.yaml below the entry root is not its configuration',
      filename: 'examples/cockpit.yaml',
      code: 'rules:\n  reliability/agent-loop-bound: off\n',
    },
  ],
  invalid: [
    {
      name: 'block mapping, with options',
      filename: 'cockpit.yaml',
      code: 'version: 1\nrules:\n  security/*: error\n  reliability/agent-loop-bound:\n    severity: error\n',
      errors: [{ line: 4, column: 3, endColumn: 31, message: "names 'reliability/agent-loop-bound', the former id of reliability/unbounded-agent-steps" }],
      output: null,
    },
    {
      name: 'flow mapping and a quoted key in cockpit.yml',
      filename: 'cockpit.yml',
      code: "rules: { reliability/loop-agent-unbounded: warning, 'reliability/agent-loop-bound': off }\n",
      errors: [
        { line: 1, message: /reliability\/unbounded-loop-agent/ },
        { line: 1, message: /reliability\/unbounded-agent-steps/ },
      ],
    },
  ],
});
