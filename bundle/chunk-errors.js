export { t as CockpitError } from "./chunk-errors2.js";
