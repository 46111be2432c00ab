export { r as agentPolicy, i as rootPolicy } from "./chunk-policy.js";
