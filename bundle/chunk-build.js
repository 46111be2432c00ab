export { t as agentReport, n as assembleReport, r as buildReport } from "./chunk-build2.js";
