export { t as applyScope, n as selectChangedAgents } from "./chunk-scope2.js";
