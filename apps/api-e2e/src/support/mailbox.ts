import { DIGEST_HOUR, DIGEST_SWEEP_TASK } from '@braid/notifications';
import { localParts } from '@braid/kernel';
import type { TestTenant } from './tenant';
import type { TestApp } from './test-app';
import type { ReceivedMail, SmtpTestServer } from './smtp';

/** One email as one person receives it (a message to several is one Mail per recipient). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: ReceivedMail['attachments'];
}

/**
 * What the SMTP server (`startSmtpServer`) received since the last look, after the queue sent
 * everything that was due: the tests read mail the way a person does, by who got it and what it
 * says.
 */
export class Mailbox {
  private seen = 0;

  constructor(
    private readonly app: TestApp,
    private readonly smtp: SmtpTestServer,
  ) {}

  /** Runs the queue (the notifications' email jobs) and answers the mail that arrived since. */
  async fresh(): Promise<Mail[]> {
    await this.app.jobs.drain();
    const all = this.smtp.messages.flatMap((message) =>
      message.to.map((to) => ({
        to: to.toLowerCase(),
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments,
      })),
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

  /**
   * The daily digest of `date`: moves the clock to the digest hour of that day in `timeZone` (the
   * collaborative's, America/Los_Angeles unless changed), runs the digest sweep and answers what
   * arrived.
   */
  async digestOf(date: string, timeZone = 'America/Los_Angeles'): Promise<Mail[]> {
    this.app.clock.travelTo(localHour(date, DIGEST_HOUR, timeZone));
    return this.afterTask(DIGEST_SWEEP_TASK);
  }
}

/** The instant a local clock in `timeZone` shows `hour`:00 on `date`. */
export function localHour(date: string, hour: number, timeZone: string): Date {
  const base = Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
  for (let offset = -14; offset <= 14; offset++) {
    const at = new Date(base + offset * 3_600_000);
    const local = localParts(at, timeZone);
    if (local.date === date && local.hour === hour) return at;
  }
  throw new Error(`No ${hour}:00 on ${date} in ${timeZone}`);
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
