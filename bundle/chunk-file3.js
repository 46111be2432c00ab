export { n as readTriage } from "./chunk-file4.js";
