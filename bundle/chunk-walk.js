export { t as listFiles } from "./chunk-walk2.js";
