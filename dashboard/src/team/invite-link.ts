/**
 * An invite link opens this dashboard's join page with the code in the URL fragment: browsers never send a
 * fragment to the server, so the code does not land in any access log on the way.
 */
export function inviteLink(origin: string, code: string): string {
  return `${origin}/#/join/${encodeURIComponent(code)}`;
}

export function codeFromHash(hash: string): string | null {
  const match = /^#\/?join\/([^/?#]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
