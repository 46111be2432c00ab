export { t as FINGERPRINT_KEY, n as SARIF_DRIVER_NAME, r as formatSarif, i as sarifOptionsFor, a as toSarif } from "./chunk-sarif2.js";
