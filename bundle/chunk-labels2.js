// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/triage/labels.ts
/** A decision's status in words, as every text output names it (a module of its own: no zod, no file access). */
var TRIAGE_STATUS_LABELS = {
	"accepted-risk": "accepted risk",
	"false-positive": "false positive"
};
export { TRIAGE_STATUS_LABELS as t };
