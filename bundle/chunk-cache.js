export { t as defaultCacheDir, n as diskCache } from "./chunk-cache2.js";
