export { n as runReport } from "./chunk-report-run2.js";
