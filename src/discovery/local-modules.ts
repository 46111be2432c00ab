import path from 'node:path';
import { FRAMEWORKS, frameworksFromNpmPackages, frameworksFromPythonModules, normalisePypiName, packageMatches } from './frameworks.js';
import { readPackageJson, readPyproject } from './manifests.js';

/**
 * Resolving names before matching them: `from agents import TripAgents` in a CrewAI app with its own
 * `agents.py` imports that file, not the OpenAI Agents SDK; and the SDK's own source tree is a library,
 * not an agent that uses it.
 */

function parentOf(folder: string): string {
  const parent = path.posix.dirname(folder);
  return parent === '' ? '.' : parent;
}

/**
 * True when the first segment of a Python import names a module of the project itself: `head.py` or a
 * `head/` package in a folder that is on `sys.path` when the code runs. Those are the folders above the
 * importing file that are not package interiors (a script's own folder, the parent of its top package,
 * the project root); a local module there shadows an installed package of the same name. A module never
 * imports itself, so `agents.py` saying `from agents.realtime import …` means the installed package.
 */
function isLocalPythonModule(module: string, importingFile: string, files: ReadonlySet<string>): boolean {
  const head = module.split('.')[0]!;
  for (let folder = parentOf(importingFile); ; folder = parentOf(folder)) {
    const prefix = folder === '.' ? '' : `${folder}/`;
    const isPackageInterior = files.has(`${prefix}__init__.py`);
    if (!isPackageInterior) {
      const moduleFile = `${prefix}${head}.py`;
      const packageInit = `${prefix}${head}/__init__.py`;
      if ((files.has(moduleFile) && moduleFile !== importingFile) || files.has(packageInit)) return true;
    }
    if (folder === '.') return false;
  }
}

/**
 * Frameworks a code file imports (`python`: Python import roots, else npm package names), once its Python
 * imports of the project's own modules are set aside. `toolUse`: the file's text, or whether it hands tools.
 */
export function frameworksFromImports(file: string, python: boolean, imports: readonly string[], files: ReadonlySet<string>, toolUse: string | boolean): Set<string> {
  return python
    ? frameworksFromPythonModules(imports.filter((module) => !isLocalPythonModule(module, file, files)), toolUse)
    : frameworksFromNpmPackages(imports, toolUse);
}

/**
 * Folders (relative, POSIX) that hold an agent framework's own library source: the import packages of a
 * pyproject whose project is that framework (`openai-agents` → `src/agents`), and `src/`/`lib/` of an
 * npm package that is one of its packages (`@openai/agents-core`). Examples and tests beside them stay agents.
 */
export async function frameworkSourceFolders(
  relativeFiles: readonly string[],
  fileSet: ReadonlySet<string>,
  absoluteFiles: readonly string[],
  read: (absolute: string) => Promise<string>,
): Promise<string[]> {
  const folders: string[] = [];
  await Promise.all(
    relativeFiles.map(async (relative, index) => {
      const base = path.posix.basename(relative);
      if (base !== 'pyproject.toml' && base !== 'package.json') return;
      const directory = parentOf(relative);
      const prefix = directory === '.' ? '' : `${directory}/`;
      const text = await read(absoluteFiles[index]!).catch(() => '');
      if (base === 'pyproject.toml') {
        const name = readPyproject(text).name;
        if (!name) return;
        const framework = FRAMEWORKS.find((plugin) => plugin.pypiPackages?.includes(normalisePypiName(name)));
        for (const module of framework?.pythonModules ?? []) {
          const modulePath = module.replace(/\./g, '/');
          for (const candidate of [`${prefix}${modulePath}`, `${prefix}src/${modulePath}`]) {
            if (fileSet.has(`${candidate}/__init__.py`)) folders.push(candidate);
          }
        }
        return;
      }
      const name = readPackageJson(text).name;
      if (!name) return;
      const isFramework = FRAMEWORKS.some((plugin) =>
        plugin.npmPackages?.some((pattern) => packageMatches(name, pattern)),
      );
      if (!isFramework) return;
      for (const candidate of [`${prefix}src`, `${prefix}lib`]) {
        if (relativeFiles.some((file) => file.startsWith(`${candidate}/`))) folders.push(candidate);
      }
    }),
  );
  return folders.sort();
}
