export { t as TriageEntrySchema, n as shownTriageHistory, r as triageHistory } from "./chunk-history2.js";
