export { t as TOKEN_VARIABLE, n as registerServe } from "./chunk-serve2.js";
