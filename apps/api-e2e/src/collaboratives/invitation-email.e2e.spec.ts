import { startSmtpServer, type SmtpTestServer } from '../support/smtp';
import { createTenant, TestTenant } from '../support/tenant';
import { startTestApp, TestApp } from '../support/test-app';

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id } } }`;
const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { email status } }`;
const PUBLIC_URL = 'https://braid.example.org';

describe('An invitation by email', () => {
  let app: TestApp;
  let smtp: SmtpTestServer;
  let tenant: TestTenant;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    app = await startTestApp('invitation_email', { smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    tenant = await createTenant(app, 'invmail');
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  async function invite(input: Record<string, unknown>): Promise<string> {
    const { inviteMember } = await tenant.clients.admin.data<{ inviteMember: { token: string } }>(INVITE, {
      input: { collaborativeId: tenant.collaborativeId, roles: ['MEMBER'], ...input },
    });
    await app.jobs.drain();
    return inviteMember.token;
  }

  it('reaches the invitee with the link the administrator also sees once, and the link works', async () => {
    const token = await invite({ email: 'Rosa@Example.org', displayName: 'Rosa Díaz' });
    const [mail] = await smtp.waitFor((m) => m.to.includes('rosa@example.org'));
    const link = `${PUBLIC_URL}/invitations/${token}`;
    expect(mail.text).toContain(link);
    expect(mail.subject).toBe('admin of invmail invites you to Collaborative invmail on Braid');
    const { invitationPreview } = await app
      .client()
      .data<{ invitationPreview: { email: string; status: string } }>(PREVIEW, {
        token: decodeURIComponent(link.slice(link.lastIndexOf('/') + 1)),
      });
    expect(invitationPreview).toEqual({ email: 'rosa@example.org', status: 'PENDING' });
  });

  it('writes in the language the inviter chose for someone without an account', async () => {
    await invite({ email: 'ana@example.org', displayName: 'Ana', language: 'ES' });
    const [mail] = await smtp.waitFor((m) => m.to.includes('ana@example.org'));
    expect(mail.subject).toContain(' le invita a ');
  });

  it('writes in the account’s own language when the invitee has one, whatever the inviter chose', async () => {
    const other = await createTenant(app, 'invmail2');
    await app.dataSource.query(`UPDATE user_account SET preferred_language = 'es' WHERE id = $1`, [
      other.users.member.id,
    ]);
    await invite({ email: other.users.member.email, displayName: 'Member', language: 'EN' });
    const [mail] = await smtp.waitFor((m) => m.to.includes(other.users.member.email));
    expect(mail.subject).toContain(' le invita a ');
  });

  it('falls back to the inviter’s own language', async () => {
    await app.dataSource.query(`UPDATE user_account SET preferred_language = 'es' WHERE id = $1`, [
      tenant.users.admin.id,
    ]);
    await app.settlePrincipals();
    await invite({ email: 'luis@example.org', displayName: 'Luis' });
    const [mail] = await smtp.waitFor((m) => m.to.includes('luis@example.org'));
    expect(mail.subject).toContain(' le invita a ');
  });
});
