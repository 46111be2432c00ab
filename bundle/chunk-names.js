// Generated from src/ by `npm run bundle` (scripts/bundle.mjs). Do not edit.
// src/registry/manifests/names.ts
/** PEP 503: lower-case, runs of `-`, `_`, `.` become one `-`. */
var normalizePypiName = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
/** PEP 508 project name. */
var PYPI_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** Registry-independent npm name check (scoped or not); loose on case because old packages have capitals. */
var NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/i;
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
export { normalizePypiName as i, PYPI_NAME as n, isRecord as r, NPM_NAME as t };
