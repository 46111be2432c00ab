export { t as CONFIG_FILE_NAMES } from "./chunk-file-names2.js";
