export { n as loadCockpitFile } from "./chunk-load-file2.js";
