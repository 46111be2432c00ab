export { t as DEFAULT_TRIAGE } from "./chunk-default-path3.js";
