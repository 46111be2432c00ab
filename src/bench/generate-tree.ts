import {
  type AgentSpec,
  camel,
  type Carrier,
  CODE_DECOYS_PY,
  CODE_DECOYS_TS,
  createTallyWriter,
  DOMAINS,
  drawPlanting,
  ENV_DECOYS,
  envFile,
  jsonEvalFile,
  markdownFile,
  MAX_FILE_BYTES,
  MIN_FILE_BYTES,
  MODELS,
  NOUNS,
  packageJsonFile,
  type PendingFile,
  type PlantedSecret,
  type Planting,
  PLANTS,
  plural,
  PY_FRAMEWORKS,
  pyprojectFile,
  pythonAgentFile,
  pythonPromptsFile,
  pythonToolsFile,
  Rng,
  tsAgentFile,
  tsToolsFile,
  VERBS,
  yamlAgentsFile,
} from './corpus.js';

/**
 * A deterministic, realistic slice of an agent monorepo for `npm run bench`: Python and TypeScript
 * agents (imports, tools, prompts, classes), YAML configs, JSON eval sets, `.env.example` files and
 * docs. Content is built from word lists, never random characters, so the only secret-shaped
 * strings in the tree are the few planted on purpose; the same seed always writes the same bytes.
 * The word lists and file generators live in corpus.ts, shared with generate-fleet.ts.
 */

;

export interface GeneratedTree {
  files: number;
  bytes: number;
  /** The secrets planted in the tree: a fixed set, whatever the target size. */
  planted: PlantedSecret[];
  /** Secret-looking lines that must stay silent (placeholders, env lookups, documented examples). */
  decoys: number;
}

// ---------------------------------------------------------------------------------------------

/** One agent's files. `plant` puts the planted value into the file of its carrier type. */
function agentFiles(
  rng: Rng,
  index: number,
  plant: Planting | undefined,
  envDecoys: readonly string[],
  takeCodeDecoy: (language: 'python' | 'typescript') => string,
): PendingFile[] {
  const domain = rng.pick(DOMAINS);
  const noun = rng.pick(NOUNS);
  const name = `${String(index).padStart(3, '0')}-${domain}-${noun}-agent`;
  const pkg = `${domain}_${noun}_agent`;
  // The carrier decides the language; otherwise roughly the Python/TypeScript split of agent code in the wild.
  const carrier = plant?.spec.carrier;
  const language = carrier === 'ts-agent' ? 'typescript' : carrier === 'python-agent' ? 'python' : rng.chance(0.7) ? 'python' : 'typescript';
  const spec: AgentSpec = { name: `${domain}-${noun}-agent`, domain, pkg, framework: rng.pick(PY_FRAMEWORKS), model: rng.pick(MODELS) };
  const root = `agents/${name}`;
  const carried = (kind: Carrier): string => (plant && carrier === kind ? plant.spec.line(plant.value) : '');
  const size = (low: number, high: number): number => rng.size(low, high);
  const files: PendingFile[] = [];

  files.push({ path: `${root}/.env.example`, text: envFile(rng, spec, size(MIN_FILE_BYTES, 4 * 1024), envDecoys) });
  if (carrier === 'dotenv') {
    files.push({ path: `${root}/.env`, text: envFile(rng, spec, size(MIN_FILE_BYTES, 4 * 1024), [carried('dotenv').trimEnd()]) });
  }
  files.push({ path: `${root}/README.md`, text: markdownFile(rng, spec, size(3 * 1024, 16 * 1024), '') });
  const codeDecoy = takeCodeDecoy(language);
  const toolCount = rng.int(1, 4);
  if (language === 'python') {
    files.push({ path: `${root}/pyproject.toml`, text: pyprojectFile(rng, spec) });
    files.push({ path: `${root}/${pkg}/agent.py`, text: pythonAgentFile(rng, spec, size(6 * 1024, 48 * 1024), carried('python-agent')) });
    files.push({ path: `${root}/${pkg}/prompts.py`, text: pythonPromptsFile(rng, spec, size(3 * 1024, 24 * 1024)) });
    for (let tool = 0; tool < toolCount; tool++) {
      const text = pythonToolsFile(rng, spec, size(3 * 1024, MAX_FILE_BYTES - 2048), tool === 0 ? codeDecoy : '');
      files.push({ path: `${root}/${pkg}/tools/${rng.pick(VERBS)}_${rng.pick(NOUNS)}_${tool}.py`, text });
    }
    if (spec.framework === 'crewai' || rng.chance(0.4) || carrier === 'yaml-config') {
      files.push({ path: `${root}/${pkg}/config/agents.yaml`, text: yamlAgentsFile(rng, spec, size(MIN_FILE_BYTES, 20 * 1024), carried('yaml-config')) });
    }
  } else {
    files.push({ path: `${root}/package.json`, text: packageJsonFile(rng, spec) });
    files.push({ path: `${root}/src/agent.ts`, text: tsAgentFile(rng, spec, size(6 * 1024, 48 * 1024), carried('ts-agent')) });
    for (let tool = 0; tool < toolCount; tool++) {
      const text = tsToolsFile(rng, spec, size(3 * 1024, MAX_FILE_BYTES - 2048), tool === 0 ? codeDecoy : '');
      files.push({ path: `${root}/src/tools/${camel(rng.pick(VERBS), rng.pick(NOUNS))}${tool}.ts`, text });
    }
    if (rng.chance(0.4) || carrier === 'yaml-config') {
      files.push({ path: `${root}/config/agents.yaml`, text: yamlAgentsFile(rng, spec, size(MIN_FILE_BYTES, 20 * 1024), carried('yaml-config')) });
    }
  }
  const evalCount = rng.int(0, 2) + (carrier === 'json-eval' ? 1 : 0);
  for (let evalIndex = 0; evalIndex < evalCount; evalIndex++) {
    const secret = evalIndex === 0 && plant && carrier === 'json-eval' ? plant.value : undefined;
    const text = jsonEvalFile(rng, spec, size(5 * 1024, MAX_FILE_BYTES - 1024), secret);
    files.push({ path: `${root}/evals/${rng.pick(VERBS)}-${rng.pick(NOUNS)}-${evalIndex}.json`, text });
  }
  const docCount = rng.int(0, 2) + (carrier === 'markdown' ? 1 : 0);
  for (let doc = 0; doc < docCount; doc++) {
    const text = markdownFile(rng, spec, size(MIN_FILE_BYTES, 24 * 1024), doc === 0 ? carried('markdown') : '');
    files.push({ path: `${root}/docs/${rng.pick(VERBS)}-${plural(rng.pick(NOUNS))}-${doc}.md`, text });
  }
  return files;
}

/**
 * Writes a tree of at least `targetBytes` under `dir` (created if missing) and reports what it holds.
 * The planted secrets go into the first agents, every other one, so they exist at any target size.
 */
export async function generateAgentTree(dir: string, opts: { targetBytes: number; seed: number }): Promise<GeneratedTree> {
  const rng = new Rng(opts.seed);
  const writer = createTallyWriter(dir);
  let decoys = 0;
  const codeDecoys = { python: [...CODE_DECOYS_PY], typescript: [...CODE_DECOYS_TS] };

  // Keep going past the target until every carrier agent (indexes 1, 3, ..., 11) has been written.
  for (let index = 0; writer.bytes < opts.targetBytes || index < PLANTS.length * 2; index++) {
    const plant = drawPlanting(rng, index % 2 === 1 ? PLANTS[(index - 1) / 2] : undefined);
    // Decoys are a fixed set handed out to the first agents, so their count does not grow with the tree.
    const envDecoys = ENV_DECOYS.slice(index * 2, index * 2 + 2);
    decoys += envDecoys.length;
    const takeCodeDecoy = (language: 'python' | 'typescript'): string => {
      const line = codeDecoys[language].shift();
      if (line === undefined) return '';
      decoys += 1;
      return line;
    };
    for (const file of agentFiles(rng, index, plant, envDecoys, takeCodeDecoy)) await writer.add(file, plant);
  }
  const { files, bytes, planted } = await writer.finish(PLANTS.length);
  return { files, bytes, planted, decoys };
}
