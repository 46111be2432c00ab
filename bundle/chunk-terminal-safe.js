export { t as terminalSafe } from "./chunk-terminal-safe2.js";
