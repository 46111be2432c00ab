/**
 * `node dist-dev/bench/parse-floor.js`: how fast the parser alone can go on this machine, the floor under every
 * throughput target of `run.js`. It generates the same inputs as run.js (the 400-agent fleet and the 20 MiB tree,
 * same seed), lists their Python, TypeScript and JavaScript files, and parses them on worker threads (as many as
 * `--jobs`, default the machine's parallelism, as the audit does) with no rules, no secret scan and no I/O: the
 * texts are read before the clock starts. Two rows per input: tree-sitter's parse alone, and the parse plus the
 * one read of each tree into columns that the rules need (`parseSource`). Grammar loading is outside the clock too.
 *
 *   node dist-dev/bench/parse-floor.js [--jobs N] [--runs 3] [--seed 1] [--dir PATH]
 *
 * `--dir` measures an existing tree instead of the generated inputs.
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Language as TreeSitterLanguage, Parser } from 'web-tree-sitter';
import { languageOf, type Language } from '../source/file-kinds.js';
import { grammarFile, parseSource } from '../source/parse.js';
import { listFiles } from '../source/walk.js';
import { generateFleet } from './generate-fleet.js';
import { generateAgentTree } from './generate-tree.js';
import { runMain } from './run-main.js';
import { machineLine, median } from './summary.js';

const MIB = 1024 * 1024;
type Mode = 'parse' | 'parse+columns';

interface CodeFile {
  path: string;
  language: Language;
  text: string;
}

interface WorkerInput {
  files: CodeFile[];
  mode: Mode;
}

/** A worker: takes its share of the texts and loads the grammars (a first small parse each), then parses on `go`. */
async function workerMain(): Promise<void> {
  const { files, mode } = workerData as WorkerInput;
  const texts = files.map((file) => file.text);
  const parseAll = mode === 'parse' ? await rawParser(files) : await columnsParser(files);
  parentPort?.once('message', () => {
    const started = performance.now();
    void parseAll(texts).then(() => parentPort?.postMessage(performance.now() - started));
  });
  parentPort?.postMessage('ready');
}

type ParseAll = (texts: readonly string[]) => Promise<void>;

/** Tree-sitter's parse and nothing else: each tree deleted at once. */
async function rawParser(files: WorkerInput['files']): Promise<ParseAll> {
  const require = createRequire(import.meta.url);
  await Parser.init();
  // Every listed file has a grammar: codeFiles keeps only Python, TypeScript and JavaScript.
  const grammars = files.map((file) => grammarFile(file.language, file.path) as string);
  const parsers = new Map<string, Parser>();
  for (const grammar of new Set(grammars)) {
    const parser = new Parser();
    parser.setLanguage(await TreeSitterLanguage.load(require.resolve(grammar)));
    parser.parse('x = 1\n')?.delete();
    parsers.set(grammar, parser);
  }
  return (texts) => {
    for (const [index, grammar] of grammars.entries()) parsers.get(grammar)?.parse(texts[index] as string)?.delete();
    return Promise.resolve();
  };
}

/** What the audit asks of the parser: `parseSource`, the parse plus the one read of the tree into columns. */
async function columnsParser(files: WorkerInput['files']): Promise<ParseAll> {
  for (const file of files) await parseSource(file.language, file.path, 'x = 1\n');
  return async (texts) => {
    for (const [index, file] of files.entries()) await parseSource(file.language, file.path, texts[index] as string);
  };
}

/** Shares by bytes, largest file first to the lightest share, so the workers finish together. */
function shares(files: readonly CodeFile[], jobs: number): CodeFile[][] {
  const out = Array.from({ length: jobs }, () => ({ bytes: 0, files: [] as CodeFile[] }));
  for (const file of [...files].sort((a, b) => b.text.length - a.text.length)) {
    const lightest = out.reduce((min, share) => (share.bytes < min.bytes ? share : min));
    lightest.files.push(file);
    lightest.bytes += file.text.length;
  }
  return out.map((share) => share.files);
}

/** One clocked pass: every worker ready (grammars loaded), then the wall time from `go` to the last one done. */
async function pass(files: readonly CodeFile[], jobs: number, mode: Mode): Promise<number> {
  const workers = shares(files, jobs).map(
    (share) => new Worker(new URL(import.meta.url), { workerData: { files: share, mode } satisfies WorkerInput }),
  );
  try {
    await Promise.all(workers.map((worker) => new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))));
    const started = performance.now();
    await Promise.all(
      workers.map((worker) => {
        const done = new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
        worker.postMessage('go');
        return done;
      }),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

async function codeFiles(root: string): Promise<CodeFile[]> {
  const paths = await listFiles(root, { excludeDirs: [], useGitignore: false });
  return paths
    .map((file) => ({ path: file, language: languageOf(file) }))
    .filter((file) => file.language !== 'other')
    .map((file) => ({ ...file, text: readFileSync(file.path, 'utf8') }));
}

async function measure(label: string, root: string, jobs: number, runs: number): Promise<void> {
  const files = await codeFiles(root);
  const mib = files.reduce((total, file) => total + Buffer.byteLength(file.text), 0) / MIB;
  for (const mode of ['parse', 'parse+columns'] as const) {
    const seconds: number[] = [];
    for (let run = 0; run < runs; run++) seconds.push(await pass(files, jobs, mode));
    const wall = median(seconds);
    console.log(`| ${label} | ${files.length} | ${mib.toFixed(1)} | ${mode} | ${jobs} | ${wall.toFixed(2)} | ${(mib / wall).toFixed(1)} |`);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      jobs: { type: 'string', default: String(os.availableParallelism()) },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      dir: { type: 'string' },
    },
    strict: true,
  });
  const jobs = Number(values.jobs);
  const runs = Number(values.runs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a positive whole number, got "${values.jobs}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, got "${values.runs}"`);
  console.log(`parse floor, median of ${runs}; ${machineLine()}`);
  console.log('| input | code files | MiB of code | work | threads | wall (s) | MiB/s |');
  console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: |');
  if (values.dir !== undefined) {
    await measure(path.basename(path.resolve(values.dir)), path.resolve(values.dir), jobs, runs);
    return 0;
  }
  const temp = await mkdtemp(path.join(os.tmpdir(), 'cockpit-parse-floor-'));
  try {
    const seed = Math.round(Number(values.seed));
    await generateFleet(path.join(temp, 'fleet'), { agents: 400, seed });
    await measure('400-agent fleet', path.join(temp, 'fleet'), jobs, runs);
    await generateAgentTree(path.join(temp, 'tree'), { targetBytes: 20 * MIB, seed });
    await measure('20 MiB tree', path.join(temp, 'tree'), jobs, runs);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return 0;
}

if (isMainThread) runMain(main);
else void workerMain();
