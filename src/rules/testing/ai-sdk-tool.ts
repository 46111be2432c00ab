/**
 * A Vercel AI SDK (v5) tool the way the TypeScript cases of the tool-input rules (shell, SQL, code execution, SSRF)
 * all write it, so each case shows only what it tests: its imports and what `execute` does with the model's input.
 * Five lines: `export const name = tool({`, description, inputSchema (one field, `input`), then on the fourth
 * `execute: async ({ input }) => execute` (an expression, or a `{ ... }` block indented as inside the tool), `});`.
 */
export function aiSdkTool(name: string, description: string, input: string, execute: string, schema = 'z.string()'): string {
  return `export const ${name} = tool({
  description: '${description}',
  inputSchema: z.object({ ${input}: ${schema} }),
  execute: async ({ ${input} }) => ${execute},
});
`;
}
