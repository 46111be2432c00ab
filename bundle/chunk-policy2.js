export { n as agentPolicy, r as rootPolicy } from "./chunk-policy.js";
