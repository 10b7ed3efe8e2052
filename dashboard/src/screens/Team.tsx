/**
 * Team settings, members, devices and invites. The sharing setting is explained in the same words agents see,
 * so a lead knows exactly what turning it on means for their team.
 */
import { useId, useState, type FormEvent } from 'react';
import { fieldIssue, hasFieldIssues } from '../api/errors';
import {
  useCreateInvite,
  useDevices,
  useInvites,
  useMembers,
  useRemoveMember,
  useRevokeDevice,
  useRevokeInvite,
  useTeam,
  useUpdateMember,
  useUpdateTeam,
  type Session,
} from '../api/hooks';
import { formatTime } from '../guidelines/History';
import { inviteLink } from '../team/invite-link';
import { ColumnHeaders } from '../ui/ColumnHeaders';
import { Field } from '../ui/Field';
import { Status } from '../ui/Status';

function SharingSetting({ teamId }: { teamId: string }) {
  const team = useTeam(teamId);
  const update = useUpdateTeam(teamId);
  const id = useId();
  const sharing = team.data?.shareIndividualProgress ?? false;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Individual figures</h2>
      <div className="field inline">
        <input
          id={id}
          type="checkbox"
          checked={sharing}
          disabled={team.isPending || update.isPending}
          aria-describedby={`${id}-copy`}
          onChange={(e) => update.mutate({ shareIndividualProgress: e.target.checked })}
        />
        <label htmlFor={id}>Leads can see individual agents’ figures</label>
      </div>
      <div id={`${id}-copy`}>
        <p>
          {sharing
            ? 'On: leads see each agent’s number of replies and average score.'
            : 'Off: leads see only team totals. Each agent’s own figures stay private to them.'}
        </p>
        <p className="hint">
          Agents are told: their extension shows them whether leads can see their own figures, and changes as soon as
          you change this. Reply and ticket text is never shared either way.
        </p>
      </div>
      <Status error={update.error ?? team.error} />
    </section>
  );
}

function Invites({ teamId }: { teamId: string }) {
  const invites = useInvites(teamId);
  const create = useCreateInvite(teamId);
  const revoke = useRevokeInvite(teamId);
  const [label, setLabel] = useState('Agent invite');
  const [maxUses, setMaxUses] = useState('25');
  const [expiresInDays, setExpiresInDays] = useState('14');
  const [created, setCreated] = useState<{ code: string; link: string } | null>(null);
  const issue = (path: string) => fieldIssue(create.error, path);

  function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    create.mutate(
      { label: label.trim(), maxUses: Number(maxUses), expiresInDays: Number(expiresInDays) },
      {
        onSuccess: (invite) => setCreated({ code: invite.code, link: inviteLink(window.location.origin, invite.code) }),
      },
    );
  }

  return (
    <section className="card" aria-labelledby="invites-heading">
      <h2 id="invites-heading">Invites</h2>
      <p className="hint">Agents join with an invite code in their extension. A code is shown only once.</p>
      <form onSubmit={submit} noValidate>
        <div className="row">
          <Field label="Label" hint="Who it is for, e.g. “Night shift”." error={issue('label')}>
            {(props) => <input {...props} value={label} onChange={(e) => setLabel(e.target.value)} />}
          </Field>
          <Field label="How many agents can use it" error={issue('maxUses')}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={1}
                max={1000}
                value={maxUses}
                onChange={(e) => setMaxUses(e.target.value)}
              />
            )}
          </Field>
          <Field label="Valid for (days)" error={issue('expiresInDays')}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={1}
                max={90}
                value={expiresInDays}
                onChange={(e) => setExpiresInDays(e.target.value)}
              />
            )}
          </Field>
        </div>
        <button type="submit" disabled={create.isPending}>
          Create invite
        </button>
      </form>
      <Status error={hasFieldIssues(create.error) ? null : create.error} />
      {created ? (
        <div className="status ok" role="status" data-testid="new-invite">
          <p>
            Invite code:{' '}
            <strong className="mono" data-testid="invite-code">
              {created.code}
            </strong>{' '}
            — copy it now; it is not shown again.
          </p>
          <p>
            Or send this link: <a href={created.link}>{created.link}</a>
          </p>
        </div>
      ) : null}
      <Status error={revoke.error} />
      {invites.data && invites.data.invites.length > 0 ? (
        <table>
          <caption className="visually-hidden">Invites</caption>
          <ColumnHeaders columns={['Label', 'Used', 'Expires', 'Status']} actions />
          <tbody>
            {invites.data.invites.map((invite) => (
              <tr key={invite.id}>
                <th scope="row">{invite.label}</th>
                <td>
                  {invite.uses} of {invite.maxUses}
                </td>
                <td>{formatTime(invite.expiresAt)}</td>
                <td>{invite.active ? 'active' : 'closed'}</td>
                <td>
                  {invite.active ? (
                    <button type="button" className="danger" onClick={() => revoke.mutate(invite.id)}>
                      Revoke <span className="visually-hidden">invite {invite.label}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function Members({ teamId, selfId }: { teamId: string; selfId: string }) {
  const members = useMembers(teamId);
  const update = useUpdateMember(teamId);
  const remove = useRemoveMember(teamId);
  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {members.isPending ? <p role="status">Loading members…</p> : null}
      <Status error={members.error ?? update.error ?? remove.error} />
      {members.data ? (
        <table>
          <caption className="visually-hidden">Members</caption>
          <ColumnHeaders columns={['Name', 'Role', 'Devices', 'Last seen']} actions />
          <tbody>
            {members.data.members.map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  {member.displayName}
                  {member.id === selfId ? ' (you)' : ''}
                  {member.email ? <div className="hint">{member.email}</div> : null}
                </th>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${member.id}`}>
                    Role of {member.displayName}
                  </label>
                  <select
                    id={`role-${member.id}`}
                    value={member.role}
                    style={{ width: 'auto' }}
                    onChange={(e) =>
                      update.mutate({ memberId: member.id, role: e.target.value === 'lead' ? 'lead' : 'agent' })
                    }
                  >
                    <option value="agent">Agent</option>
                    <option value="lead">Lead</option>
                  </select>
                </td>
                <td>{member.activeDevices}</td>
                <td>{member.lastSeenAt === null ? '—' : formatTime(member.lastSeenAt)}</td>
                <td>
                  {member.id === selfId ? null : (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        if (window.confirm(`Remove ${member.displayName}? Their devices stop syncing at once.`)) {
                          remove.mutate(member.id);
                        }
                      }}
                    >
                      Remove <span className="visually-hidden">{member.displayName}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function Devices({ teamId }: { teamId: string }) {
  const devices = useDevices(teamId);
  const revoke = useRevokeDevice(teamId);
  const active = devices.data?.devices.filter((d) => !d.revoked) ?? [];
  return (
    <section className="card" aria-labelledby="devices-heading">
      <h2 id="devices-heading">Connected devices</h2>
      <p className="hint">
        Revoking a device disconnects that browser at once; the agent can join again with an invite.
      </p>
      <Status error={devices.error ?? revoke.error} />
      {devices.data && active.length === 0 ? <p>No devices connected yet.</p> : null}
      {active.length > 0 ? (
        <table>
          <caption className="visually-hidden">Connected devices</caption>
          <ColumnHeaders columns={['Device', 'Agent', 'Last used']} actions />
          <tbody>
            {active.map((device) => (
              <tr key={device.id}>
                <th scope="row">{device.label}</th>
                <td>{device.memberName}</td>
                <td>{formatTime(device.lastUsedAt)}</td>
                <td>
                  <button type="button" className="danger" onClick={() => revoke.mutate(device.id)}>
                    Revoke{' '}
                    <span className="visually-hidden">
                      {device.label} of {device.memberName}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function Team({ session }: { session: Session }) {
  const teamId = session.team.id;
  return (
    <main id="main" tabIndex={-1}>
      <h1>Team: {session.team.name}</h1>
      <SharingSetting teamId={teamId} />
      <Invites teamId={teamId} />
      <Members teamId={teamId} selfId={session.member.id} />
      <Devices teamId={teamId} />
    </main>
  );
}
