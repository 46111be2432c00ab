/** What to do when the lake has no agents yet: the two commands, copyable as text. */
export function EmptyState({ lake }: { lake?: string }) {
  return (
    <section className="panel empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No audits in the lake yet</h2>
      <p>
        The dashboard shows what <code>ops report --workspace</code> recorded in the evidence lake{lake ? <> (<code>{lake}</code>)</> : null}. Audit the
        workspace once, then reload this page:
      </p>
      <pre className="command">
        <code>ops report --workspace .</code>
      </pre>
      <p>then start (or keep) the dashboard server:</p>
      <pre className="command">
        <code>ops serve</code>
      </pre>
      <p>Or press “Run audit” above to audit the server’s workspace from here.</p>
    </section>
  );
}
