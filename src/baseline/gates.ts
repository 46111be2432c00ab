import { loadRootConfig } from '../config/root-config.js';
import { agentPolicy, rootPolicy } from '../config/policy.js';
import type { GatePolicy } from '../gate/gate.js';
import { agentLocation, isRootAgent } from '../util/agent-location.js';

/**
 * Each agent's gate (block_on, secrets gate), read again from the cockpit.yaml files, so a report whose
 * findings were narrowed (baseline, changes) is gated exactly as the audit would have gated it.
 */
export async function loadAgentGates(root: string, agentPaths: readonly string[], fleet: boolean): Promise<Map<string, GatePolicy>> {
  const rootConfig = (await loadRootConfig(root))?.config;
  const gates = new Map<string, GatePolicy>();
  for (const agentPath of agentPaths) {
    const policy =
      !fleet || isRootAgent(agentPath)
        ? rootPolicy(rootConfig)
        : agentPolicy(rootConfig, await loadRootConfig(agentLocation(root, agentPath))).policy;
    gates.set(agentPath, { blockOn: policy.blockOn, secretsGate: policy.secretsGate });
  }
  return gates;
}
