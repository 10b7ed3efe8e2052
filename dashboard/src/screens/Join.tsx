/** What an agent sees when they open an invite link: how to connect the extension, with the code ready to copy. */
export function Join({ code, serverUrl }: { code: string; serverUrl: string }) {
  return (
    <main id="main" tabIndex={-1}>
      <h1>Join your team on Attune</h1>
      <p>Your team lead invited you to coach your replies with your team’s guidelines.</p>
      <ol>
        <li>Install the Attune extension in your browser.</li>
        <li>Open Attune’s options page and go to its Team section.</li>
        <li>
          Paste this page’s address into “Team server (or paste the invite link)” — it fills in the server and the code
          for you. Or type the server <strong className="mono">{serverUrl}</strong> and the invite code{' '}
          <strong className="mono" data-testid="join-code">
            {code}
          </strong>{' '}
          yourself.
        </li>
        <li>Enter your name as your lead will see it, and choose Connect.</li>
      </ol>
      <p className="hint">
        Your drafts and your customers’ messages are analysed on your own computer and never sent to the team. Only
        counters (like how often a reply acknowledged the customer) are shared. Attune tells you in the extension
        whether your lead can see your own figures.
      </p>
    </main>
  );
}
