/**
 * Real package registries on 127.0.0.1 for integration tests: Verdaccio for npm, a node:http static server
 * serving PyPI-style indexes (in the test process). Each runs in its own temp folder (Verdaccio also in its own
 * process group); call stop() in afterAll.
 */
export { basicAuthorization } from './credentials.js';
export { deprecateVersion, escapePackageName, publishPackage, type NpmTestPackage } from './npm-publish.js';
export { makeTgz, packageTarball, readTar, type NpmTarball, type TarEntry } from './npm-tarball.js';
export { startFakeIndex, type FakeIndexHandle, type FakeIndexOptions, type FakeProject, type IndexBehaviour, type LoggedRequest } from './misbehaving-index.js';
export { findFreePort, LOOPBACK, onFreePort, onPort, PortInUseError } from './ports.js';
export {
  normalizeProjectName,
  versionFromFilename,
  writeDistributionFiles,
  writeJsonApi,
  writePypiTree,
  writeSimpleIndex,
  type PypiFile,
  type PypiProject,
} from './pypi-files.js';
export { PYPI_INDEX_KINDS, startPypiStatic, type PypiIndexKind, type PypiStaticHandle, type PypiStaticOptions } from './pypi-static.js';
export { NPM_LOCKED_PACKAGE, NPM_SEED, PYPI_SEED, seedNpm, seedPypi, type SeededNpm } from './seeds.js';
export { startVerdaccio, type VerdaccioHandle, type VerdaccioMode, type VerdaccioOptions } from './verdaccio.js';
