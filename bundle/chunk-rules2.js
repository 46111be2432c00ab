export { t as CHECKS, n as RULES, r as ruleById } from "./chunk-rules.js";
