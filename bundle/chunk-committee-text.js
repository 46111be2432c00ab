export { n as formatCommitteeText } from "./chunk-committee-text2.js";
