// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/util/terminal-text.ts
/**
* Text from the audited tree (file names, snippets, config keys) shown on a terminal: control
* characters (C0, DEL, C1, so ANSI escapes and newlines) and the Unicode bidirectional controls
* (U+202E and friends, "Trojan Source") become visible escapes, so a file name cannot move the
* cursor, recolour the screen, reorder what is read or forge a report line.
*/
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = {
	"\n": "\\n",
	"\r": "\\r",
	"	": "\\t"
};
function visible(character) {
	const named = NAMED[character];
	if (named) return named;
	const code = character.charCodeAt(0);
	return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeForTerminal(text) {
	return text.replace(UNSAFE, visible);
}
export { escapeForTerminal as t };
