export { r as readRegularFile } from "./chunk-read-regular-file2.js";
