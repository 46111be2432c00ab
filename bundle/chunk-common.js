// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
import "./chunk-default-path4.js";
// src/cli/commands/common.ts
/** Colour on a TTY unless turned off; never in a file. */
function useColor(settings, io, toFile = false) {
	if (toFile || settings.color === "never") return false;
	return settings.color === "always" || io.stdoutIsTty;
}
export { useColor as t };
