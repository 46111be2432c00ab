// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/util/errors.ts
/**
* An error the user can act on: it becomes one line on stderr and exit code 3. Anything else that
* escapes is an internal error (still exit 3, with the stack only under --debug).
*/
var CockpitError = class extends Error {
	name = "CockpitError";
};
function errorMessage(error) {
	if (error instanceof Error) return error.message;
	return String(error);
}
export { errorMessage as n, CockpitError as t };
