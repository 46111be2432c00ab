export { t as redactText, n as redactedErrorLine, r as sensitiveSpans } from "./chunk-sensitive-spans.js";
