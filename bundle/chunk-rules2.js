export { t as AGENT_RULES, n as CHECKS, r as RULES, i as ruleById } from "./chunk-rules.js";
