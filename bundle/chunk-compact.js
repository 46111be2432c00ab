export { t as compactFindingLine, n as formatCompact, r as joinPrefix, i as verdictLine } from "./chunk-compact2.js";
