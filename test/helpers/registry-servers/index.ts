/**
 * Real package registries on 127.0.0.1 for integration tests: Verdaccio for npm, a node:http static server
 * serving PyPI-style indexes (in the test process). Each runs in its own temp folder (Verdaccio also in its own
 * process group); call stop() in afterAll.
 */
export { basicAuthorization } from './credentials.js';
;
export {   readTar,   } from './npm-tarball.js';
export { startFakeIndex, type FakeIndexHandle,     } from './misbehaving-index.js';
export { findFreePort,  onFreePort,  PortInUseError } from './ports.js';
export {
  normalizeProjectName,
  versionFromFilename,
  
  
  
  
  
  
} from './pypi-files.js';
export {  startPypiStatic,  type PypiStaticHandle,  } from './pypi-static.js';
export { NPM_LOCKED_PACKAGE,   seedNpm, seedPypi, type SeededNpm } from './seeds.js';
export { startVerdaccio,    } from './verdaccio.js';
