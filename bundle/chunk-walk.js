export { t as IGNORE_FILE, n as listFiles } from "./chunk-walk2.js";
