export { t as auditAgent, n as auditBatch, r as auditSource, i as readAgentSources } from "./chunk-audit-agent.js";
