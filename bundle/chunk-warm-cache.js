export { f as warmFleetReports } from "./chunk-warm-cache2.js";
