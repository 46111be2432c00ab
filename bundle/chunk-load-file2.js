export { n as loadCockpitFile } from "./chunk-load-file.js";
