export { n as readStoreLatest } from "./chunk-open.js";
