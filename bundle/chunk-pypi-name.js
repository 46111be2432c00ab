// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/util/pypi-name.ts
/** PEP 503: lower-case, runs of `-`, `_`, `.` become one `-` (`Slack_SDK` and `slack-sdk` are one distribution). */
var normalizePypiName = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
export { normalizePypiName as t };
