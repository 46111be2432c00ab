export { t as loadFleetConfig, n as loadRootConfig } from "./chunk-root-config2.js";
