export { t as auditAgent, n as auditBatch, r as auditSource, i as compareFindings, a as readAgentSources } from "./chunk-audit-agent.js";
