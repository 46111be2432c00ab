import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agentContains, agentDepth, agentLocation, isRootAgent, joinAgentPath, pathInAgent } from './agent-location.js';

describe('agent location', () => {
  const root = path.resolve('/work/fleet');

  it('puts the root agent at the root and any other below it', () => {
    expect(isRootAgent('.')).toBe(true);
    expect(isRootAgent('agents/billing')).toBe(false);
    expect(agentLocation(root, '.')).toBe(root);
    expect(agentLocation(root, 'agents/billing')).toBe(path.join(root, 'agents', 'billing'));
  });

  it('names an agent path from the root, and back', () => {
    expect(joinAgentPath('.', 'main.py')).toBe('main.py');
    expect(joinAgentPath('agents/billing', 'tools/refund.py')).toBe('agents/billing/tools/refund.py');
    expect(joinAgentPath('agents/billing', '.')).toBe('agents/billing');
    expect(pathInAgent('.', 'main.py')).toBe('main.py');
    expect(pathInAgent('agents/billing', 'agents/billing/tools/refund.py')).toBe('tools/refund.py');
    expect(pathInAgent('agents/billing', 'agents/billing-v2/main.py')).toBeUndefined();
    expect(pathInAgent('agents/billing', 'scripts/deploy.py')).toBeUndefined();
  });

  it('says which agent holds a file and how deep it sits', () => {
    expect(agentContains('.', 'anything/at/all.py')).toBe(true);
    expect(agentContains('agents/billing', 'agents/billing')).toBe(true);
    expect(agentContains('agents/billing', 'agents/billing/main.py')).toBe(true);
    expect(agentContains('agents/billing', 'agents/billing-v2/main.py')).toBe(false);
    expect(agentDepth('.')).toBe(0);
    expect(agentDepth('agents/billing')).toBe(2);
  });
});
