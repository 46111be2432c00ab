export { t as runAudit } from "./chunk-run-audit.js";
