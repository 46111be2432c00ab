export { r as recordDecision } from "./chunk-record.js";
