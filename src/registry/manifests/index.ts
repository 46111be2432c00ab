export type { Dependency, Ecosystem, Include, IndexHint, ManifestIssue, ManifestReader, ManifestResult, SourcePos } from './types.js';
export { normalizePypiName } from './names.js';
export { parseRequirement, pinOf } from './pep508.js';
export { readRequirementsTxt } from './requirements.js';
export { readPyproject } from './pyproject.js';
export { readUvLock, readPoetryLock } from './python-locks.js';
export { readPackageJson } from './package-json.js';
export { readPackageLock } from './package-lock.js';
export { readManifests, readerFor } from './read.js';
