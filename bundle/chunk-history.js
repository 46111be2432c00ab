export { t as TriageEntrySchema, n as triageHistory } from "./chunk-history2.js";
