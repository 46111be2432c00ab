import path from 'node:path';

/** Lock files hold resolved hashes and URLs by the thousand: noise for every text rule. */
const LOCK_FILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock',
  'poetry.lock', 'uv.lock', 'Pipfile.lock', 'pdm.lock', 'Cargo.lock', 'composer.lock', 'Gemfile.lock',
  'go.sum', 'packages.lock.json', 'flake.lock',
]);

/** Extensions that are never text worth scanning: images, media, archives, compiled code, model weights, data. */
const BINARY_EXTENSIONS = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.ico', '.bmp', '.tif', '.tiff', '.psd', '.heic', '.avif',
  '.pdf', '.zip', '.gz', '.tgz', '.tar', '.bz2', '.xz', '.7z', '.rar', '.zst', '.jar', '.war', '.whl', '.egg',
  '.so', '.dylib', '.dll', '.exe', '.bin', '.o', '.a', '.class', '.pyc', '.pyo', '.pyd', '.wasm', '.node',
  '.woff', '.woff2', '.ttf', '.otf', '.eot', '.mp3', '.mp4', '.m4a', '.mov', '.avi', '.mkv', '.wav', '.flac',
  '.ogg', '.webm', '.parquet', '.avro', '.orc', '.arrow', '.feather', '.pkl', '.pickle', '.pt', '.pth', '.onnx',
  '.h5', '.hdf5', '.safetensors', '.gguf', '.ckpt', '.npy', '.npz', '.db', '.sqlite', '.sqlite3', '.duckdb',
  '.DS_Store', '.map',
]);

export type SkipReason = 'lockfile' | 'binary-extension';

/** Why a file is skipped by name alone, or undefined when it should be read. */
export function skipByName(filePath: string): SkipReason | undefined {
  const base = path.basename(filePath);
  if (LOCK_FILES.has(base)) return 'lockfile';
  const extension = path.extname(base).toLowerCase();
  if (BINARY_EXTENSIONS.has(extension) || base === '.DS_Store') return 'binary-extension';
  if (base.endsWith('.min.js') || base.endsWith('.min.css')) return 'binary-extension';
  return undefined;
}

export type Language = 'python' | 'typescript' | 'javascript' | 'other';

export function languageOf(filePath: string): Language {
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.py' || extension === '.pyi') return 'python';
  if (extension === '.ts' || extension === '.tsx' || extension === '.mts' || extension === '.cts') return 'typescript';
  if (extension === '.js' || extension === '.jsx' || extension === '.mjs' || extension === '.cjs') return 'javascript';
  return 'other';
}
