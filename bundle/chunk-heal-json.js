export { t as healPlanJson } from "./chunk-heal-json2.js";
