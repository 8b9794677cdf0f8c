import { TestApp } from '../support/test-app';
import { TestTenant } from '../support/tenant';
import { startSmtpServer, type ReceivedMail, type SmtpTestServer as SmtpServer } from '../support/smtp';

export { startSmtpServer, type SmtpServer };

/** One email as a person receives it. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * What the SMTP server received since the last look, after the queue sent everything that was
 * due: the tests read mail the way a person does, by who got it and what it says.
 */
export class Mailbox {
  private seen = 0;

  constructor(
    private readonly app: TestApp,
    private readonly smtp: SmtpServer,
  ) {}

  /** Runs the queue (the notifications' email jobs) and answers the mail that arrived since. */
  async fresh(): Promise<Mail[]> {
    await this.app.jobs.drain();
    const all = this.smtp.messages.flatMap((message: ReceivedMail) =>
      message.to.map((to) => ({ to: to.toLowerCase(), subject: message.subject, text: message.text })),
    );
    const fresh = all.slice(this.seen);
    this.seen = all.length;
    return fresh;
  }

  /** Runs a scheduled task now (a sweep), then answers the mail that arrived since. */
  async afterTask(task: string): Promise<Mail[]> {
    await this.app.jobs.runNow(task);
    return this.fresh();
  }
}

/** Who among mails got it: their addresses, sorted. */
export function recipients(mails: Mail[]): string[] {
  return mails.map((mail) => mail.to).sort();
}

/** Mails that mention something (a grant's title, a stream's name): other tests' mail is not counted. */
export function about(mails: Mail[], words: string): Mail[] {
  return mails.filter((mail) => mail.text.includes(words) || mail.subject.includes(words));
}

export function emailOf(tenant: TestTenant, role: keyof TestTenant['users']): string {
  return tenant.users[role].email.toLowerCase();
}

/** A person reads Braid in Spanish (their profile's language, as they would choose it). */
export async function speaksSpanish(tenant: TestTenant, role: keyof TestTenant['clients']): Promise<void> {
  await tenant.clients[role].data(
    `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id preferredLanguage } }`,
    { input: { preferredLanguage: 'ES' } },
  );
}
