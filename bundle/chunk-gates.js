// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { n as loadRootConfig, t as loadFleetConfig } from "./chunk-root-config2.js";
import { n as agentPolicy, r as rootPolicy } from "./chunk-policy.js";
import { a as isRootAgent, i as agentLocation } from "./chunk-agent-location.js";
import { t as singleAgentPolicy } from "./chunk-single-agent-policy.js";
// src/baseline/gates.ts
/**
* Each agent's gate (block_on, secrets gate), read again from the cockpit.yaml files, so a report whose
* findings were narrowed (baseline, changes) is gated exactly as the audit would have gated it.
*/
async function loadAgentGates(root, agentPaths, fleet, configFile) {
	const gates = /* @__PURE__ */ new Map();
	if (!fleet) {
		const { policy } = await singleAgentPolicy(root, configFile);
		for (const agentPath of agentPaths) gates.set(agentPath, {
			blockOn: policy.blockOn,
			secretsGate: policy.secretsGate
		});
		return gates;
	}
	const rootConfig = (await loadFleetConfig(root, configFile))?.config;
	for (const agentPath of agentPaths) {
		const policy = isRootAgent(agentPath) ? rootPolicy(rootConfig) : agentPolicy(rootConfig, await loadRootConfig(agentLocation(root, agentPath))).policy;
		gates.set(agentPath, {
			blockOn: policy.blockOn,
			secretsGate: policy.secretsGate
		});
	}
	return gates;
}
export { loadAgentGates };
