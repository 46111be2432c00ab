import type { SyntaxTree } from '../../../source/syntax-tree.js';
import { parseSource } from '../../../source/parse.js';
import type { SourceFile } from '../../../source/read-sources.js';
import type { AgentFiles } from '../../types.js';

/** One module of the agent, parsed. */
export interface ParsedModule {
  file: SourceFile;
  tree: SyntaxTree;
}

/**
 * The agent's modules as the cross-module security analysis reads them: each other file parsed at most
 * once per audit batch, on demand. The file under check is handed in with its own tree, so it is never
 * parsed twice; other files are parsed only when an import reaches them or they hand tools to the model.
 */
export class AgentModules {
  readonly paths: ReadonlySet<string>;
  private readonly parsed = new Map<string, Promise<ParsedModule | undefined>>();
  private current: { file: SourceFile; module: () => Promise<ParsedModule | undefined> } | undefined;
  /** Per-agent results built from several modules (tool registrations), memoised by name. */
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(private readonly files: AgentFiles) {
    this.paths = new Set(files.paths);
  }

  /** The file now under check, with the (lazily parsed) tree its checks share. */
  adopt(file: SourceFile, tree: () => Promise<SyntaxTree | undefined>): void {
    if (this.current?.file === file) return;
    this.current = {
      file,
      module: async () => {
        const parsed = await tree();
        return parsed ? { file, tree: parsed } : undefined;
      },
    };
  }

  module(path: string): Promise<ParsedModule | undefined> {
    if (this.current?.file.path === path) return this.current.module();
    let module = this.parsed.get(path);
    if (!module) {
      module = this.files.read(path).then(async (file) => {
        if (!file) return undefined;
        const tree = await (this.files.moduleTree ? this.files.moduleTree(file) : parseSource(file.language, file.path, file.text));
        return tree ? { file, tree } : undefined;
      });
      this.parsed.set(path, module);
    }
    return module;
  }

  /** Text of a module without parsing it (cheap prefilters). */
  async text(path: string): Promise<string | undefined> {
    if (this.current?.file.path === path) return this.current.file.text;
    return (await this.files.read(path))?.text;
  }

  /** A value computed once per agent from several modules. */
  once<T>(key: string, build: () => Promise<T>): Promise<T> {
    let value = this.memo.get(key) as Promise<T> | undefined;
    if (!value) this.memo.set(key, (value = build()));
    return value;
  }
}

const byAgent = new WeakMap<AgentFiles, AgentModules>();
const byFile = new WeakMap<SourceFile, AgentModules>();

/** The modules of the agent the checked file belongs to (just that file when the caller gave no agent). */
export function agentModules(context: { file: SourceFile; agentFiles?: AgentFiles; tree(): Promise<SyntaxTree | undefined> }): AgentModules {
  let modules: AgentModules | undefined;
  if (context.agentFiles) {
    modules = byAgent.get(context.agentFiles);
    if (!modules) byAgent.set(context.agentFiles, (modules = new AgentModules(context.agentFiles)));
  } else {
    modules = byFile.get(context.file);
    if (!modules) {
      const file = context.file;
      modules = new AgentModules({ paths: [file.path], read: async (path) => (path === file.path ? file : undefined) });
      byFile.set(file, modules);
    }
  }
  modules.adopt(context.file, context.tree);
  return modules;
}
