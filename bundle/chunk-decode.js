// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/source/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var utf16le = new TextDecoder("utf-16le");
var utf16be = new TextDecoder("utf-16be");
var windows1252 = new TextDecoder("windows-1252");
/** How many leading bytes are checked for NUL to call a file binary (git uses the same idea). */
var BINARY_SNIFF_BYTES = 8e3;
/** Decodes a file's bytes, or returns undefined when it looks binary. */
function decodeText(bytes) {
	if (bytes[0] === 255 && bytes[1] === 254) return {
		text: utf16le.decode(bytes.subarray(2)),
		encoding: "utf-16le"
	};
	if (bytes[0] === 254 && bytes[1] === 255) return {
		text: utf16be.decode(bytes.subarray(2)),
		encoding: "utf-16be"
	};
	const sniffEnd = Math.min(bytes.length, BINARY_SNIFF_BYTES);
	for (let index = 0; index < sniffEnd; index++) if (bytes[index] === 0) return void 0;
	const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
	try {
		return {
			text: utf8.decode(bytes.subarray(start)),
			encoding: "utf-8"
		};
	} catch {
		return {
			text: windows1252.decode(bytes),
			encoding: "windows-1252"
		};
	}
}
/**
* True when the only thing that makes the bytes look binary is a run of NUL bytes at the very start:
* after it, no NUL in the sniffed window and valid UTF-8. Real binaries (images, archives, wasm) have
* NULs throughout; a text file with a NUL prefix is more likely hiding something than being binary.
*/
function isNulPrefixedText(bytes) {
	if (bytes[0] !== 0) return false;
	let start = 0;
	while (start < bytes.length && bytes[start] === 0) start++;
	if (start === bytes.length) return false;
	const sniffEnd = Math.min(bytes.length, start + BINARY_SNIFF_BYTES);
	for (let index = start; index < sniffEnd; index++) if (bytes[index] === 0) return false;
	try {
		utf8.decode(bytes.subarray(start));
		return true;
	} catch {
		return false;
	}
}
/** True when UTF-8 bytes start with the byte-order mark `decodeText` drops. */
function hasUtf8Bom(bytes) {
	return bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
}
/** windows-1252 has exactly 256 characters, one per byte (WHATWG maps the 5 unassigned bytes to C1 controls). */
var windows1252Bytes;
function windows1252Byte(codeUnit) {
	if (!windows1252Bytes) {
		windows1252Bytes = /* @__PURE__ */ new Map();
		for (let byte = 0; byte < 256; byte++) windows1252Bytes.set(windows1252.decode(Uint8Array.of(byte)).charCodeAt(0), byte);
	}
	return windows1252Bytes.get(codeUnit);
}
/**
* The inverse of `decodeText`: the text as bytes in `encoding`, with the byte-order mark UTF-16
* always has and UTF-8 has when `bom` says so. Undefined when a character cannot be written in
* windows-1252. Encoding is per character, so text that is unchanged encodes to unchanged bytes.
*/
function encodeText(text, encoding, options = {}) {
	switch (encoding) {
		case "utf-8": {
			const body = Buffer.from(text, "utf8");
			return options.bom ? Buffer.concat([Buffer.from([
				239,
				187,
				191
			]), body]) : body;
		}
		case "utf-16le": return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text, "utf16le")]);
		case "utf-16be": return Buffer.concat([Buffer.from([254, 255]), Buffer.from(text, "utf16le").swap16()]);
		case "windows-1252": {
			const bytes = Buffer.alloc(text.length);
			for (let index = 0; index < text.length; index++) {
				const byte = windows1252Byte(text.charCodeAt(index));
				if (byte === void 0) return void 0;
				bytes[index] = byte;
			}
			return bytes;
		}
	}
}
export { isNulPrefixedText as i, encodeText as n, hasUtf8Bom as r, decodeText as t };
