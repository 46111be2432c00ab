export { t as loadAgentGates } from "./chunk-gates2.js";
