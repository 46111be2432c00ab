import type { SyntaxNode, SyntaxTree } from '../../source/syntax-tree.js';
import { keywordArgument, stringValue } from '../ast/python.js';
import { objectProperty } from '../ast/typescript.js';
import { pyAssignedValues, pyUnwrap, tsDeclaredValue, tsUnwrap } from '../architecture/support.js';
import type { AgentConstruction } from './agent-shapes.js';

/**
 * What a routing agent is told about where to route: the literal text of its instructions, f-string
 * and template literal parts included, through module-level constants. A router whose instructions
 * say "billing questions go to the Billing Agent" routes on that, whatever the target's own description.
 */

const PY_INSTRUCTION_KEYS = ['instructions', 'instruction', 'global_instruction', 'static_instruction'];

/** Lower case, words separated by single spaces: `Billing_Agent`, `billing-agent` and `Billing Agent` compare equal. */
function normaliseWords(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function pyText(node: SyntaxNode | undefined, tree: SyntaxTree, depth: number): string {
  const value = pyUnwrap(node);
  if (!value || depth > 3) return '';
  switch (value.type) {
    case 'string':
      return value.namedChildren.filter((child) => child.type === 'string_content').map((child) => child.text).join('');
    case 'concatenated_string':
    case 'binary_operator':
      return value.namedChildren.map((child) => pyText(child, tree, depth + 1)).join(' ');
    case 'identifier':
      return pyAssignedValues(tree.rootNode, value.text).map((assigned) => pyText(assigned, tree, depth + 1)).join(' ');
    case 'call': {
      // "...".format(...) and textwrap.dedent("...") keep their literal text.
      const target = value.childForFieldName('function');
      const inner = target?.type === 'attribute' ? target.childForFieldName('object') : value.childForFieldName('arguments')?.namedChildren[0];
      return pyText(inner ?? undefined, tree, depth + 1);
    }
    default:
      return '';
  }
}

function tsText(node: SyntaxNode | undefined, tree: SyntaxTree, depth: number): string {
  const value = tsUnwrap(node);
  if (!value || depth > 3) return '';
  if (value.type === 'string') return value.text.slice(1, -1);
  if (value.type === 'template_string') return value.namedChildren.filter((child) => child.type === 'string_fragment').map((child) => child.text).join('');
  if (value.type === 'binary_expression') return value.namedChildren.map((child) => tsText(child, tree, depth + 1)).join(' ');
  if (value.type === 'identifier') return tsText(tsDeclaredValue(tree.rootNode, value.text), tree, depth + 1);
  return '';
}

/** The router's instructions as normalised words (empty when they are built at run time). */
export function routingInstructions(parent: AgentConstruction, tree: SyntaxTree, python: boolean): string {
  if (python) return normaliseWords(PY_INSTRUCTION_KEYS.map((key) => pyText(keywordArgument(parent.call, key), tree, 0)).join(' '));
  return normaliseWords(tsText(objectProperty(parent.options, 'instructions'), tree, 0));
}

/** Words that name no specialist: `agent` or `sub_agent` in the instructions point at nothing in particular. */
const GENERIC_WORDS = new Set(['agent', 'agents', 'sub', 'assistant', 'helper', 'bot', 'tool', 'the', 'a', 'my']);

/** The names a router could call the target by: its `name` and the variable it is bound to. */
function agentNames(agent: AgentConstruction, python: boolean): string[] {
  const written = python ? keywordArgument(agent.call, 'name') : tsUnwrap(objectProperty(agent.options, 'name'));
  const name = python ? stringValue(written) : written?.type === 'string' ? written.text.slice(1, -1) : undefined;
  return [name, agent.variable]
    .filter((candidate): candidate is string => !!candidate)
    .map(normaliseWords)
    .filter((words) => words.split(' ').some((word) => !GENERIC_WORDS.has(word)));
}

/** `multiply`/`multiplier`, `technical`/`technician`: one word with a different ending, as prose refers to an agent. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common >= shorter - 2;
}

/** True when the router's instructions mention the target: every distinctive word of one of its names appears there. */
export function routerNamesTarget(instructions: string, agent: AgentConstruction, python: boolean): boolean {
  if (!instructions) return false;
  const said = instructions.split(' ');
  return agentNames(agent, python).some((name) =>
    name
      .split(' ')
      .filter((word) => !GENERIC_WORDS.has(word))
      .every((word) => said.some((candidate) => sameStem(word, candidate))),
  );
}

/** Words that label an agent without saying what it handles: `Agent B`, `specialist_2`, `worker`. */
const LABEL_WORDS = new Set([...GENERIC_WORDS, 'router', 'worker', 'specialist', 'expert', 'node', 'main', 'default', 'primary', 'secondary', 'child', 'one', 'two', 'three', 'first', 'second', 'third', 'new', 'custom', 'test']);

/**
 * True when the target's own `name` says what it handles (`french_agent`, `Billing`, `History tutor`). The
 * OpenAI Agents SDK builds the handoff tool from that name (`transfer_to_french_agent`, "Handoff to the
 * french_agent agent to handle the request."), so a router sees it; only opaque labels leave it guessing.
 */
export function nameSaysWhatItHandles(agent: AgentConstruction, python: boolean): boolean {
  const written = python ? keywordArgument(agent.call, 'name') : tsUnwrap(objectProperty(agent.options, 'name'));
  const name = python ? stringValue(written) : written?.type === 'string' ? written.text.slice(1, -1) : undefined;
  if (!name) return false;
  return normaliseWords(name)
    .split(' ')
    .some((word) => word.length >= 3 && !/^\d+$/.test(word) && !LABEL_WORDS.has(word));
}
