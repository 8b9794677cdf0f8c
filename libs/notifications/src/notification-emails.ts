import {
  EmailDelivery,
  Language,
  MembershipStatus,
  NotificationCategory,
  NotificationKind,
} from '@braid/contracts';
import { Clock, Jobs, localParts, RequestContext } from '@braid/kernel';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Mailer } from './mailer';
import { NotificationEmailState } from './notification.entity';
import {
  ACCOUNT_EMAIL_TASK,
  AccountEmailJob,
  EmailFanOut,
  NOTIFICATION_EMAIL_TASK,
  NOTIFICATION_FAN_OUT_TASK,
} from './notification.service';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { defaultEmailSql } from './preferences';
import {
  categoryName,
  composeDigest,
  composeEmail,
  Formats,
  wordAccountEmail,
  wordNotification,
} from './templates';
import { UnsubscribeLinks } from './unsubscribe-links';

export const DIGEST_SWEEP_TASK = 'notification-digest-sweep';
export const DIGEST_TASK = 'notification-digest';
/** The local hour the daily digest goes out, in each collaborative's own time zone. */
export const DIGEST_HOUR = 7;

interface Recipient {
  email: string;
  language: Language;
  collaborative_name: string;
  time_zone: string;
  member: boolean;
}

interface NotificationRow extends Recipient {
  id: string;
  user_id: string;
  collaborative_id: string;
  kind: NotificationKind;
  category: NotificationCategory;
  figures: Record<string, unknown>;
  link: string;
  email_state: NotificationEmailState;
  delivery: EmailDelivery;
}

/** The columns every email needs, for notification rows aliased `n`. */
const ROW = `n.id, n.user_id, n.collaborative_id, n.kind, n.category, n.figures, n.link, n.email_state,
  u.email, u.preferred_language AS language, c.name AS collaborative_name, c.time_zone,
  (u.disabled_at IS NULL AND EXISTS (SELECT 1 FROM membership m WHERE m.user_id = n.user_id
     AND m.collaborative_id = n.collaborative_id AND m.status = '${MembershipStatus.ACTIVE}')) AS member,
  COALESCE(p.email::text, ${defaultEmailSql('n.kind', 'n.category')}) AS delivery
  FROM notification n
  JOIN user_account u ON u.id = n.user_id
  JOIN collaborative c ON c.id = n.collaborative_id
  LEFT JOIN notification_preference p ON p.user_id = n.user_id AND p.category = n.category`;

/**
 * The email side of notifications, as jobs: each runs in its own transaction that locks what it
 * sends and marks it sent before committing, so a message goes out at most once per notification
 * however many workers run; a failed send throws, the transaction rolls back, and graphile-worker
 * retries the job with exponential back-off.
 */
@Injectable()
export class NotificationEmails implements OnModuleInit {
  constructor(
    private readonly jobs: Jobs,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly links: UnsubscribeLinks,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ notificationId: string; attachments?: AttachmentPayload[] }>(
      NOTIFICATION_EMAIL_TASK,
      (payload, ctx) => this.sendOne(ctx, payload.notificationId, payload.attachments ?? []),
    );
    this.jobs.define<EmailFanOut>(NOTIFICATION_FAN_OUT_TASK, (payload, ctx) =>
      this.jobs.enqueueMany(
        ctx,
        NOTIFICATION_EMAIL_TASK,
        payload.emails.map((email) => ({
          payload: { notificationId: email.notificationId, attachments: [...email.attachments] },
          key: `${NOTIFICATION_EMAIL_TASK}:${email.notificationId}`,
        })),
      ),
    );
    this.jobs.define<AccountEmailJob>(ACCOUNT_EMAIL_TASK, (payload, _ctx, job) =>
      this.sendAccount(payload, job.id),
    );
    this.jobs.define<Record<string, never>>(DIGEST_SWEEP_TASK, (_payload, ctx) => this.sweepDigests(ctx));
    this.jobs.define<DigestJob>(DIGEST_TASK, (payload, ctx) => this.sendDigest(ctx, payload));
    // Every hour, on the hour: each collaborative's digest goes out when its own clock says 7.
    this.jobs.every(DIGEST_SWEEP_TASK, '0 * * * *');
  }

  private url(link: string): string {
    return `${this.options.publicUrl}${link}`;
  }

  private async unsubscribeUrl(ctx: RequestContext, userId: string, scope: NotificationCategory | 'DIGEST') {
    return `${this.options.publicUrl}/api/unsubscribe/${await this.links.token(ctx.em, userId, scope)}`;
  }

  async sendOne(
    ctx: RequestContext,
    notificationId: string,
    attachments: AttachmentPayload[],
  ): Promise<void> {
    const [row] = (await ctx.em.query(`SELECT ${ROW} WHERE n.id = $1 FOR UPDATE OF n`, [
      notificationId,
    ])) as NotificationRow[];
    // Sent already (a retry after the commit, another worker): never twice.
    if (!row || row.email_state !== NotificationEmailState.QUEUED) return;
    if (!row.member || row.delivery === EmailDelivery.NEVER)
      return this.mark(ctx, [row.id], NotificationEmailState.SKIPPED);
    // Moved to the digest since it was queued: it goes out with the digest.
    if (row.delivery === EmailDelivery.DAILY_DIGEST)
      return this.mark(ctx, [row.id], NotificationEmailState.DIGEST);
    const wording = wordNotification(row.kind, row.figures as never, row.language, row.time_zone);
    const mail = composeEmail(wording, this.url(row.link), {
      collaborativeName: row.collaborative_name,
      unsubscribe: {
        url: await this.unsubscribeUrl(ctx, row.user_id, row.category),
        what: categoryName(row.category, row.language),
      },
      language: row.language,
    });
    await this.mailer.send({
      to: row.email,
      ...mail,
      messageId: this.mailer.messageId('notification', row.id),
      unsubscribeUrl: await this.unsubscribeUrl(ctx, row.user_id, row.category),
      attachments,
    });
    await this.mark(ctx, [row.id], NotificationEmailState.SENT);
  }

  private async sendAccount(job: AccountEmailJob, jobId: string): Promise<void> {
    const wording = wordAccountEmail(job.kind, job.figures as never, job.to.language);
    const mail = composeEmail(wording, job.actionUrl, {
      collaborativeName: null,
      unsubscribe: null,
      language: job.to.language,
    });
    await this.mailer.send({
      to: job.to.displayName ? { name: job.to.displayName, address: job.to.email } : job.to.email,
      ...mail,
      // A retry of the same job is the same message.
      messageId: this.mailer.messageId(`account-${job.kind.toLowerCase()}`, jobId),
    });
  }

  /**
   * Finds the collaboratives where it is now the digest hour (per the Clock) that have digest
   * notifications waiting, and queues one digest per person there. The job key names the local
   * date, so running the sweep twice in the hour queues each digest once.
   */
  async sweepDigests(ctx: RequestContext): Promise<void> {
    const waiting = (await ctx.em.query(
      `SELECT DISTINCT n.collaborative_id, n.user_id, c.time_zone
         FROM notification n JOIN collaborative c ON c.id = n.collaborative_id
        WHERE n.email_state = 'DIGEST'`,
    )) as { collaborative_id: string; user_id: string; time_zone: string }[];
    const now = this.clock.now();
    const due: { payload: DigestJob; key: string }[] = [];
    for (const row of waiting) {
      const local = localParts(now, row.time_zone);
      if (local.hour !== DIGEST_HOUR) continue;
      due.push({
        payload: { collaborativeId: row.collaborative_id, userId: row.user_id, date: local.date },
        key: `${DIGEST_TASK}:${row.collaborative_id}:${row.user_id}:${local.date}`,
      });
    }
    await this.jobs.enqueueMany(ctx, DIGEST_TASK, due);
  }

  async sendDigest(ctx: RequestContext, job: DigestJob): Promise<void> {
    const rows = (await ctx.em.query(
      `SELECT ${ROW} WHERE n.user_id = $1 AND n.collaborative_id = $2 AND n.email_state = 'DIGEST' ORDER BY n.seq FOR UPDATE OF n`,
      [job.userId, job.collaborativeId],
    )) as NotificationRow[];
    const skipped = rows.filter((row) => !row.member || row.delivery === EmailDelivery.NEVER);
    const listed = rows.filter((row) => !skipped.includes(row));
    await this.mark(
      ctx,
      skipped.map((row) => row.id),
      NotificationEmailState.SKIPPED,
    );
    const first = listed[0];
    if (!first) return;
    const sections = listed.map((row) => ({
      wording: wordNotification(row.kind, row.figures as never, row.language, row.time_zone),
      url: this.url(row.link),
    }));
    const unsubscribeUrl = await this.unsubscribeUrl(ctx, job.userId, 'DIGEST');
    const digest = composeDigest(sections, new Formats(first.language, first.time_zone).date(job.date), {
      collaborativeName: first.collaborative_name,
      unsubscribe: {
        url: unsubscribeUrl,
        what: first.language === Language.ES ? 'este resumen diario' : 'this daily digest',
      },
      language: first.language,
    });
    await this.mailer.send({
      to: first.email,
      ...digest,
      messageId: this.mailer.messageId('digest', `${job.collaborativeId}-${job.userId}-${job.date}`),
      unsubscribeUrl,
    });
    await this.mark(
      ctx,
      listed.map((row) => row.id),
      NotificationEmailState.SENT,
      true,
    );
  }

  private async mark(
    ctx: RequestContext,
    ids: string[],
    state: NotificationEmailState,
    digested = false,
  ): Promise<void> {
    if (!ids.length) return;
    const sent = state === NotificationEmailState.SENT;
    await ctx.em.query(
      `UPDATE notification SET email_state = $2::notification_email_state,
              emailed_at = CASE WHEN $3 THEN $5::timestamptz ELSE emailed_at END,
              digested_at = CASE WHEN $4 THEN $5::timestamptz ELSE digested_at END
        WHERE id = ANY($1::uuid[])`,
      [ids, state, sent, digested, this.clock.now().toISOString()],
    );
  }
}

interface AttachmentPayload {
  filename: string;
  contentType: string;
  content: string;
}

export interface DigestJob {
  collaborativeId: string;
  userId: string;
  /** The collaborative's local date, YYYY-MM-DD. */
  date: string;
}
