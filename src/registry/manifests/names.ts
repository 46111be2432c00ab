// In util/ so heal can normalise names without importing the registry (folders import without cycles).
export { normalizePypiName } from '../../util/pypi-name.js';

/** PEP 508 project name. */
export const PYPI_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/** Registry-independent npm name check (scoped or not); loose on case because old packages have capitals. */
export const NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/i;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
