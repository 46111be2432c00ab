export { t as triageInForce } from "./chunk-decisions2.js";
