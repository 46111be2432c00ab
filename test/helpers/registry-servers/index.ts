/**
 * Real package registries on 127.0.0.1 for integration tests: Verdaccio for npm, nginx serving PyPI-style
 * indexes. Each server runs in its own temp folder and process group; call stop() in afterAll.
 */
export { basicAuthorization } from './credentials.js';
export {
  DEFAULT_NGINX,
  PYPI_INDEX_KINDS,
  startPypiNginx,
  type PypiIndexKind,
  type PypiNginxHandle,
  type PypiNginxOptions,
} from './nginx.js';
export { deprecateVersion, escapePackageName, publishPackage, type NpmTestPackage } from './npm-publish.js';
export { makeTgz, packageTarball, readTar, type NpmTarball, type TarEntry } from './npm-tarball.js';
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
export { NPM_LOCKED_PACKAGE, NPM_SEED, PYPI_SEED, seedNpm, seedPypi, type SeededNpm } from './seeds.js';
export { startVerdaccio, type VerdaccioHandle, type VerdaccioMode, type VerdaccioOptions } from './verdaccio.js';
