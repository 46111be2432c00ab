export { n as readRegularFile } from "./chunk-read-regular-file2.js";
