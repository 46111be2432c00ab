export { t as REPORT_SCHEMA_VERSION, n as isRepositoryEntry, r as summarise } from "./chunk-summary2.js";
