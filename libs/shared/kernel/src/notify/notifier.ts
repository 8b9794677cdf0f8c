import type {
  AccountEmailFigures,
  AccountEmailKind,
  Language,
  NotificationFigures,
  NotificationKind,
} from '@braid/contracts';
import type { RequestContext } from '../context/request-context';

/** Something that happened which people still owe an action on (or asked to hear about). */
export interface NotificationRequest<K extends NotificationKind = NotificationKind> {
  kind: K;
  collaborativeId: string;
  /**
   * Who is told: only people who may read the record and still owe the action. The notifier
   * drops anyone who is no longer a member of the collaborative.
   */
  recipientUserIds: readonly string[];
  /** The record it is about (`Motion`, `ActionItem`, `Meeting`, `Grant`, `ReportRequirement`...). */
  about: { type: string; id: string };
  /** Where the web app shows it, a path such as `/motions/<id>`. */
  link: string;
  figures: NotificationFigures[K];
  /**
   * The same event gets the same key (e.g. `motion-opened:<motionId>`,
   * `report-due:<requirementId>:14`): a person is told at most once per key, however often the
   * trigger runs (retries, several processes, a reminder sweep run twice).
   */
  dedupeKey: string;
  /** Files the email carries (an `.ics` invitation); the inbox links to the record instead. */
  attachments?: readonly { filename: string; contentType: string; content: string }[];
}

export interface AccountEmailRequest<K extends AccountEmailKind = AccountEmailKind> {
  kind: K;
  to: { email: string; language: Language; displayName: string | null };
  /** An absolute URL carrying a one-time secret (an invitation, a password reset). */
  actionUrl: string;
  figures: AccountEmailFigures[K];
}

/**
 * How a domain tells people something, implemented by the notifications library. Both methods
 * write in the caller's transaction: nothing is sent for a change that rolls back.
 */
export abstract class Notifier {
  abstract notify<K extends NotificationKind>(ctx: RequestContext, request: NotificationRequest<K>): Promise<void>;

  /**
   * Many notifications at once (a reminder sweep), in the same two statements as one: the cost of
   * a sweep does not grow in round trips with what it finds. Each request keeps its own dedupe key.
   */
  abstract notifyMany(ctx: RequestContext, requests: readonly NotificationRequest[]): Promise<void>;

  /** An email about a person's own account; sent whatever their preferences. */
  abstract sendAccountEmail<K extends AccountEmailKind>(ctx: RequestContext, request: AccountEmailRequest<K>): Promise<void>;
}
