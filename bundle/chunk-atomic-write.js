export { n as describeWriteError, r as writeFileAtomic } from "./chunk-atomic-write2.js";
