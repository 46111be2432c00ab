export { t as buildSignature, n as defaultCacheDir } from "./chunk-cache-root2.js";
