export { t as formatScopedSarif } from "./chunk-sarif4.js";
