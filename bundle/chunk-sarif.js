export { t as FINGERPRINT_KEY, n as formatSarif, r as sarifOptionsFor, i as toSarif } from "./chunk-sarif2.js";
