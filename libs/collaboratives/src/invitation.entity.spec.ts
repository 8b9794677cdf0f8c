import { InvitationStatus } from '@braid/contracts';
import { Invitation } from './invitation.entity';

function invitation(storedStatus: InvitationStatus, expiresInMs: number): Invitation {
  return Object.assign(new Invitation(), { storedStatus, expiresAt: new Date(Date.now() + expiresInMs) });
}

describe('Invitation status', () => {
  it('is pending until it expires, then expired', () => {
    expect(invitation(InvitationStatus.PENDING, 60_000).status).toBe(InvitationStatus.PENDING);
    expect(invitation(InvitationStatus.PENDING, -1).status).toBe(InvitationStatus.EXPIRED);
  });

  it('stays accepted or revoked whatever the date', () => {
    expect(invitation(InvitationStatus.ACCEPTED, -60_000).status).toBe(InvitationStatus.ACCEPTED);
    expect(invitation(InvitationStatus.REVOKED, -60_000).status).toBe(InvitationStatus.REVOKED);
  });
});
