import { EmailDelivery, NotificationCategory } from '@braid/contracts';
import {
  DEFAULT_EMAIL_DELIVERY,
  defaultEmailDelivery,
  defaultEmailSql,
  effectivePreferences,
} from './preferences';

describe('notification preferences', () => {
  it('emails at once what asks something soon, and digests what only informs', () => {
    expect(DEFAULT_EMAIL_DELIVERY.VOTES).toBe(EmailDelivery.IMMEDIATELY);
    expect(DEFAULT_EMAIL_DELIVERY.REPORTS).toBe(EmailDelivery.IMMEDIATELY);
    expect(DEFAULT_EMAIL_DELIVERY.MINUTES).toBe(EmailDelivery.DAILY_DIGEST);
    expect(DEFAULT_EMAIL_DELIVERY.FUNDS).toBe(EmailDelivery.DAILY_DIGEST);
  });

  it('answers every category, a chosen row over the default', () => {
    const preferences = effectivePreferences([
      { category: NotificationCategory.VOTES, email: EmailDelivery.NEVER, inApp: false },
    ]);
    expect(preferences).toHaveLength(Object.keys(NotificationCategory).length);
    expect(preferences.find((p) => p.category === NotificationCategory.VOTES)).toEqual({
      category: NotificationCategory.VOTES,
      email: EmailDelivery.NEVER,
      inApp: false,
    });
    expect(preferences.find((p) => p.category === NotificationCategory.MINUTES)).toEqual({
      category: NotificationCategory.MINUTES,
      email: EmailDelivery.DAILY_DIGEST,
      inApp: true,
    });
  });

  it('puts other people’s overdue items in a lead’s digest, their own at once', () => {
    expect(defaultEmailDelivery('ACTION_ITEM_OVERDUE')).toBe(EmailDelivery.IMMEDIATELY);
    expect(defaultEmailDelivery('ACTION_ITEMS_OVERDUE_FOR_LEAD')).toBe(EmailDelivery.DAILY_DIGEST);
  });

  it('says the same defaults in SQL, the kind before its category', () => {
    const sql = defaultEmailSql('n.kind', 'n.category');
    for (const [category, email] of Object.entries(DEFAULT_EMAIL_DELIVERY))
      expect(sql).toContain(`WHEN n.category::text = '${category}' THEN '${email}'`);
    expect(sql.indexOf(`WHEN n.kind = 'ACTION_ITEMS_OVERDUE_FOR_LEAD' THEN 'DAILY_DIGEST'`)).toBeGreaterThan(
      -1,
    );
    expect(sql.indexOf('n.kind')).toBeLessThan(sql.indexOf('n.category'));
  });
});
