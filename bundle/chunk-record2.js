export { n as recordDecision } from "./chunk-record.js";
