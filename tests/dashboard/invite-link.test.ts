/** The dashboard's invite link is read by the extension's Team section: the two must agree on its shape. */
import { describe, expect, it } from 'vitest';
import { codeFromHash, inviteLink } from '../../dashboard/src/team/invite-link';
import { parseInviteLink } from '../../lib/sync/client';

describe('invite link', () => {
  it('carries the server and the code to the extension, in the fragment only', () => {
    const link = inviteLink('https://attune.example.com', 'JD3A-UXHJ-7E6W');
    expect(new URL(link).pathname).toBe('/');
    expect(new URL(link).search).toBe('');
    expect(parseInviteLink(link)).toEqual({ backendUrl: 'https://attune.example.com', code: 'JD3A-UXHJ-7E6W' });
    expect(codeFromHash(new URL(link).hash)).toBe('JD3A-UXHJ-7E6W');
  });

  it('finds no code in ordinary dashboard routes', () => {
    expect(codeFromHash('#/guidelines')).toBeNull();
    expect(codeFromHash('')).toBeNull();
  });
});
