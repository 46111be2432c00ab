import { loadFleetConfig, loadRootConfig } from '../config/root-config.js';
import type { ConfigFileSetting } from '../config/settings.js';
import { agentPolicy, rootPolicy } from '../config/policy.js';
import type { GatePolicy } from '../gate/gate.js';
import { agentLocation, isRootAgent } from '../util/agent-location.js';
import { singleAgentPolicy } from '../config/single-agent-policy.js';

/**
 * Each agent's gate (block_on, secrets gate), read again from the cockpit.yaml files, so a report whose
 * findings were narrowed (baseline, changes) is gated exactly as the audit would have gated it.
 */
export async function loadAgentGates(
  root: string,
  agentPaths: readonly string[],
  fleet: boolean,
  configFile?: ConfigFileSetting,
): Promise<Map<string, GatePolicy>> {
  const gates = new Map<string, GatePolicy>();
  if (!fleet) {
    // One agent on its own: the policy its audit used (config/single-agent-policy.ts).
    const { policy } = await singleAgentPolicy(root, configFile);
    for (const agentPath of agentPaths) gates.set(agentPath, { blockOn: policy.blockOn, secretsGate: policy.secretsGate });
    return gates;
  }
  const rootConfig = (await loadFleetConfig(root, configFile))?.config;
  for (const agentPath of agentPaths) {
    const policy =
      isRootAgent(agentPath)
        ? rootPolicy(rootConfig)
        : agentPolicy(rootConfig, await loadRootConfig(agentLocation(root, agentPath))).policy;
    gates.set(agentPath, { blockOn: policy.blockOn, secretsGate: policy.secretsGate });
  }
  return gates;
}
