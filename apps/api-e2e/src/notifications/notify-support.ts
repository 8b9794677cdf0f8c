import { NotificationFigures, NotificationKind } from '@braid/contracts';
import { Notifier, RequestContextService } from '@braid/kernel';
import { Type } from '@nestjs/common';
import { TestApp } from '../support/test-app';

/** The Notifier port as domains receive it (an abstract class is its own injection token). */
export function notifierOf(app: TestApp): Notifier {
  return app.get(Notifier as unknown as Type<Notifier>);
}

/**
 * What a domain does when something happens: Notifier.notify in its own transaction. The domains'
 * own triggers are tested with them; these tests drive the notifier directly.
 */
export async function notify<K extends NotificationKind>(
  app: TestApp,
  request: {
    kind: K;
    collaborativeId: string;
    recipientUserIds: string[];
    figures: NotificationFigures[K];
    dedupeKey: string;
    link?: string;
  },
): Promise<void> {
  await app.get(RequestContextService).asSystem((ctx) =>
    notifierOf(app).notify(ctx, {
      about: { type: 'Motion', id: '00000000-0000-4000-8000-000000000001' },
      link: request.link ?? '/motions/00000000-0000-4000-8000-000000000001',
      ...request,
    }),
  );
}

export const MOTION = (title: string): NotificationFigures['MOTION_OPENED'] => ({
  motionTitle: title,
  meetingTitle: 'Leadership team',
  number: 4,
});

/**
 * graphile-worker waits exp(attempts) seconds before a retry; the tests do not sleep that long:
 * they make every waiting job due now, as the back-off would after its wait.
 */
export async function makeRetriesDue(app: TestApp): Promise<void> {
  await app.dataSource.query(
    `UPDATE graphile_worker._private_jobs SET run_at = now() WHERE locked_at IS NULL`,
  );
}

export async function emailStates(app: TestApp, dedupeKey: string): Promise<string[]> {
  const rows: { email_state: string }[] = await app.dataSource.query(
    `SELECT email_state FROM notification WHERE dedupe_key = $1 ORDER BY email_state`,
    [dedupeKey],
  );
  return rows.map((row) => row.email_state);
}
