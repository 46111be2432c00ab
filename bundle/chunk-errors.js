export { t as CockpitError, n as errorMessage } from "./chunk-errors2.js";
