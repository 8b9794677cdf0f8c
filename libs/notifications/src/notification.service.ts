import {
  AccountEmailKind,
  EmailDelivery,
  Language,
  MembershipStatus,
  NOTIFICATION_CATEGORY,
  NotificationCategory,
  NotificationKind,
} from '@braid/contracts';
import {
  AccountEmailRequest,
  AuditService,
  Clock,
  ConnectionShape,
  Jobs,
  NotFoundError,
  Notifier,
  NotificationRequest,
  paginate,
  RequestContext,
} from '@braid/kernel';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  MarkNotificationsReadArgs,
  NotificationPreferenceInput,
  NotificationsArgs,
} from './dto/notification.inputs';
import { NotificationLive } from './notification-live';
import { Notification, NotificationEmailState } from './notification.entity';
import { NotificationPreference } from './notification-preference.entity';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { defaultEmailDelivery, EffectivePreference, effectivePreferences } from './preferences';
import { wordNotification } from './templates';
import { UnsubscribeLinks } from './unsubscribe-links';

export const NOTIFICATION_EMAIL_TASK = 'notification-email';
/** Queues the email jobs of one notifying change (see `notifyMany`). */
export const NOTIFICATION_FAN_OUT_TASK = 'notification-email-fan-out';

export interface EmailFanOut {
  emails: { notificationId: string; attachments: readonly AttachmentFile[] }[];
}

type AttachmentFile = NonNullable<NotificationRequest['attachments']>[number];
export const ACCOUNT_EMAIL_TASK = 'account-email';

/** The payload of an account email job. */
export interface AccountEmailJob {
  kind: AccountEmailKind;
  to: AccountEmailRequest['to'];
  actionUrl: string;
  figures: AccountEmailRequest['figures'];
}

/** What the inbox shows: own rows, of collaboratives the reader still belongs to, of categories shown in-app. */
const VISIBLE = `n.user_id = :userId
  AND n.collaborative_id = ANY(:collaborativeIds)
  AND NOT EXISTS (SELECT 1 FROM notification_preference hidden
                  WHERE hidden.user_id = n.user_id AND hidden.category = n.category AND NOT hidden.in_app)`;

@Injectable()
export class NotificationService implements Notifier {
  constructor(
    private readonly jobs: Jobs,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly live: NotificationLive,
    private readonly links: UnsubscribeLinks,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  /**
   * Two statements whatever the number of recipients: one INSERT that keeps only active members
   * and reads their preference for the category, skipping anyone already told under this key;
   * one that queues an email job per new row to be sent at once. Digest rows wait for the 7:00
   * digest; NEVER rows are kept for the inbox only.
   */
  notify<K extends NotificationKind>(ctx: RequestContext, request: NotificationRequest<K>): Promise<void> {
    return this.notifyMany(ctx, [request]);
  }

  /**
   * `notify` for many requests, in the same two statements: the requests travel as one JSON array,
   * each expanded to its recipients in the INSERT; a new row finds its request again by its key.
   */
  async notifyMany(ctx: RequestContext, requests: readonly NotificationRequest[]): Promise<void> {
    if (!ctx.inTransaction) throw new Error('Notifications are written inside the transaction of the change');
    const sent = requests.filter((request) => request.recipientUserIds.length);
    if (!sent.length || !this.options.enabled) return;
    const inserted: {
      id: string;
      user_id: string;
      dedupe_key: string;
      email_state: NotificationEmailState;
    }[] = await ctx.em.query(
      `INSERT INTO notification
         (user_id, collaborative_id, kind, category, about_type, about_id, link, figures, dedupe_key, email_state, created_at)
       SELECT m.user_id, m.collaborative_id, r.kind, r.category, r.about_type, r.about_id, r.link, r.figures, r.dedupe_key,
              (CASE COALESCE(p.email::text, r.default_email)
                 WHEN 'IMMEDIATELY' THEN 'QUEUED' WHEN 'DAILY_DIGEST' THEN 'DIGEST' ELSE 'SKIPPED'
               END)::notification_email_state,
              $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS r(
                seq int, collaborative_id uuid, recipients jsonb, kind text, category notification_category,
                about_type text, about_id text, link text, figures jsonb, dedupe_key text, default_email text)
         JOIN membership m
           ON m.collaborative_id = r.collaborative_id AND m.status = '${MembershipStatus.ACTIVE}'
          AND m.user_id IN (SELECT recipient::uuid FROM jsonb_array_elements_text(r.recipients) recipient)
         LEFT JOIN notification_preference p ON p.user_id = m.user_id AND p.category = r.category
        ORDER BY r.seq, m.user_id
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id, user_id, dedupe_key, email_state`,
      [
        JSON.stringify(
          sent.map((request, seq) => ({
            seq,
            collaborative_id: request.collaborativeId,
            recipients: [...new Set(request.recipientUserIds)],
            kind: request.kind,
            category: NOTIFICATION_CATEGORY[request.kind],
            about_type: request.about.type,
            about_id: request.about.id,
            link: request.link,
            figures: request.figures,
            dedupe_key: request.dedupeKey,
            default_email: defaultEmailDelivery(request.kind),
          })),
        ),
        this.clock.now().toISOString(),
      ],
    );
    // Keys are one event each: the first request under a key is the one its rows were written for.
    const byKey = new Map<string, NotificationRequest>();
    for (const request of sent) if (!byKey.has(request.dedupeKey)) byKey.set(request.dedupeKey, request);
    // One job however many emails: the change that notifies pays for one queue row, and a worker
    // then queues an email job per notification (each retried on its own). A motion opening tells
    // twenty seats; twenty add_job calls in the mutation's transaction cost it more than the rest
    // of the notifying (bench/src/fanout).
    const emails = inserted
      .filter((row) => row.email_state === NotificationEmailState.QUEUED)
      .map((row) => ({ notificationId: row.id, attachments: byKey.get(row.dedupe_key)?.attachments ?? [] }));
    if (emails.length) await this.jobs.enqueue<EmailFanOut>(ctx, NOTIFICATION_FAN_OUT_TASK, { emails });
    for (const userId of new Set(inserted.map((row) => row.user_id))) this.live.publish(ctx, userId);
  }

  /**
   * Account email goes out through a job like the rest (a rolled-back invitation sends nothing),
   * but is never stored as a notification: its link carries a secret. The job's payload holds the
   * link only until it succeeds: graphile-worker deletes a job's row once it has run.
   */
  async sendAccountEmail<K extends AccountEmailKind>(
    ctx: RequestContext,
    request: AccountEmailRequest<K>,
  ): Promise<void> {
    const job: AccountEmailJob = {
      kind: request.kind,
      to: request.to,
      actionUrl: request.actionUrl,
      figures: request.figures,
    };
    await this.jobs.enqueue(ctx, ACCOUNT_EMAIL_TASK, job);
  }

  /** The signed-in person's inbox, newest first. */
  async list(ctx: RequestContext, args: NotificationsArgs): Promise<ConnectionShape<Notification>> {
    const qb = ctx.em.getRepository(Notification).createQueryBuilder('n').where(VISIBLE, this.reader(ctx));
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    const page = await paginate(qb, args, [{ property: 'seq' }], 'DESC');
    await this.wordHeadlines(ctx, page.nodes);
    return page;
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return NotificationService.unreadCountOf(
      ctx.em,
      ctx.userId,
      ctx.principal?.memberships.map((m) => m.collaborativeId) ?? [],
    );
  }

  /** Also read after commit for live updates, where there is no request. */
  static async unreadCountOf(
    em: EntityManager,
    userId: string,
    collaborativeIds?: string[],
  ): Promise<number> {
    const ids =
      collaborativeIds ??
      (
        (await em.query(`SELECT collaborative_id FROM membership WHERE user_id = $1 AND status = $2`, [
          userId,
          MembershipStatus.ACTIVE,
        ])) as { collaborative_id: string }[]
      ).map((row) => row.collaborative_id);
    return em
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where(VISIBLE, { userId, collaborativeIds: ids })
      .andWhere('n.read_at IS NULL')
      .getCount();
  }

  /**
   * Marks the caller's own notifications read. An id that is not one of theirs (another person's,
   * or none at all) is NOT_FOUND for the whole call, which then changes nothing: the same answer
   * whether the notification exists or not.
   */
  async markRead(ctx: RequestContext, args: MarkNotificationsReadArgs): Promise<Notification[]> {
    const ids = [...new Set(args.ids)];
    const rows = await ctx.em
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where(VISIBLE, this.reader(ctx))
      .andWhere('n.id IN (:...ids)', { ids })
      .orderBy('n.seq', 'DESC')
      .setLock('pessimistic_write')
      .getMany();
    const missing = ids.find((id) => !rows.some((row) => row.id === id));
    if (missing) throw new NotFoundError('Notification', missing);
    const unread = rows.filter((row) => !row.readAt);
    const now = this.clock.now();
    if (unread.length) {
      await ctx.em
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: now })
        .where('id IN (:...ids)', { ids: unread.map((row) => row.id) })
        .execute();
      for (const row of unread) row.readAt = now;
    }
    await this.audit.record(ctx, {
      action: 'notifications.read',
      collaborativeId: null,
      entityType: 'User',
      entityId: ctx.userId,
      after: { notificationIds: unread.map((row) => row.id) },
    });
    this.live.publish(ctx, ctx.userId);
    await this.wordHeadlines(ctx, rows);
    return rows;
  }

  /** Returns how many were marked. */
  async markAllRead(ctx: RequestContext): Promise<number> {
    const result = await ctx.em
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: this.clock.now() })
      .where('user_id = :userId AND read_at IS NULL', { userId: ctx.userId })
      .execute();
    await this.audit.record(ctx, {
      action: 'notifications.allRead',
      collaborativeId: null,
      entityType: 'User',
      entityId: ctx.userId,
      after: { marked: result.affected ?? 0 },
    });
    this.live.publish(ctx, ctx.userId);
    return result.affected ?? 0;
  }

  async preferences(ctx: RequestContext): Promise<EffectivePreference[]> {
    return effectivePreferences(await ctx.em.findBy(NotificationPreference, { userId: ctx.userId }));
  }

  async setPreference(ctx: RequestContext, input: NotificationPreferenceInput): Promise<EffectivePreference> {
    const before = (await this.preferences(ctx)).find((p) => p.category === input.category);
    await this.save(ctx.em, ctx.userId, input.category, input.email, input.inApp);
    const after = { category: input.category, email: input.email, inApp: input.inApp };
    await this.audit.record(ctx, {
      action: 'notificationPreference.set',
      collaborativeId: null,
      entityType: 'User',
      entityId: ctx.userId,
      before,
      after,
    });
    // Hiding or showing a category changes what the bell counts.
    this.live.publish(ctx, ctx.userId);
    return after;
  }

  /**
   * The one-click link of an email: that category (or every category of the digest) is never
   * emailed again. Run as the system; the link itself is the proof, like a signed-in session.
   * Returns false for a link that was not made here.
   */
  async unsubscribe(ctx: RequestContext, token: string): Promise<boolean> {
    const named = await this.links.verify(ctx.em, token);
    if (!named) return false;
    const current = effectivePreferences(
      await ctx.em.findBy(NotificationPreference, { userId: named.userId }),
    );
    const stopped = current.filter((p) =>
      named.scope === 'DIGEST' ? p.email === EmailDelivery.DAILY_DIGEST : p.category === named.scope,
    );
    for (const preference of stopped) {
      if (preference.email === EmailDelivery.NEVER) continue;
      await this.save(ctx.em, named.userId, preference.category, EmailDelivery.NEVER, preference.inApp);
      await this.audit.record(ctx, {
        action: 'notificationPreference.unsubscribed',
        collaborativeId: null,
        entityType: 'User',
        entityId: named.userId,
        before: preference,
        after: { ...preference, email: EmailDelivery.NEVER, via: 'one-click link' },
      });
    }
    return true;
  }

  private async save(
    em: EntityManager,
    userId: string,
    category: NotificationCategory,
    email: EmailDelivery,
    inApp: boolean,
  ): Promise<void> {
    await em.query(
      `INSERT INTO notification_preference (user_id, category, email, in_app, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (user_id, category) DO UPDATE SET email = EXCLUDED.email, in_app = EXCLUDED.in_app, updated_at = now()`,
      [userId, category, email, inApp],
    );
  }

  private reader(ctx: RequestContext) {
    return {
      userId: ctx.userId,
      collaborativeIds: ctx.principal?.memberships.map((m) => m.collaborativeId) ?? [],
    };
  }

  /** Headlines in the reader's language, dates in each collaborative's zone (one statement per page). */
  private async wordHeadlines(ctx: RequestContext, rows: Notification[]): Promise<void> {
    const ids = [...new Set(rows.map((row) => row.collaborativeId))];
    const zones = new Map<string, string>(
      ids.length
        ? (
            (await ctx.em.query(`SELECT id, time_zone FROM collaborative WHERE id = ANY($1::uuid[])`, [
              ids,
            ])) as {
              id: string;
              time_zone: string;
            }[]
          ).map((row) => [row.id, row.time_zone])
        : [],
    );
    const language = (ctx.principal?.preferredLanguage as Language | undefined) ?? Language.EN;
    for (const row of rows)
      row.headline = wordNotification(
        row.kind as NotificationKind,
        row.figures as never,
        language,
        zones.get(row.collaborativeId) ?? 'UTC',
      ).headline;
  }
}
