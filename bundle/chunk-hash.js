// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import { createHash } from "node:crypto";
// src/util/hash.ts
function sha256Hex(input) {
	return createHash("sha256").update(input).digest("hex");
}
export { sha256Hex as t };
