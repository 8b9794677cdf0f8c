import {
  EmailDelivery,
  NOTIFICATION_CATEGORY,
  NotificationCategory,
  NotificationKind,
} from '@braid/contracts';

/**
 * What a person hears when they never chose: at once for what asks something of them soon (a
 * vote, a report, a grant's money, a meeting, an action item); once a day for what they only need
 * to know (minutes circulated, how the fund's pledges and streams stand). The inbox shows
 * everything.
 */
export const DEFAULT_EMAIL_DELIVERY: { readonly [C in NotificationCategory]: EmailDelivery } = {
  [NotificationCategory.VOTES]: EmailDelivery.IMMEDIATELY,
  [NotificationCategory.ACTION_ITEMS]: EmailDelivery.IMMEDIATELY,
  [NotificationCategory.MEETINGS]: EmailDelivery.IMMEDIATELY,
  [NotificationCategory.MINUTES]: EmailDelivery.DAILY_DIGEST,
  [NotificationCategory.GRANTS]: EmailDelivery.IMMEDIATELY,
  [NotificationCategory.REPORTS]: EmailDelivery.IMMEDIATELY,
  [NotificationCategory.FUNDS]: EmailDelivery.DAILY_DIGEST,
};

/**
 * Kinds whose default differs from their category's, when the person never chose: a lead hears of
 * other people's overdue items in the daily digest, while their own items (same category, same
 * preference once they choose one) come at once. A person's choice for the category wins over both.
 */
export const DEFAULT_EMAIL_DELIVERY_BY_KIND: { readonly [K in NotificationKind]?: EmailDelivery } = {
  ACTION_ITEMS_OVERDUE_FOR_LEAD: EmailDelivery.DAILY_DIGEST,
};

/** A kind's email delivery for a person with no preference for its category. */
export function defaultEmailDelivery(kind: NotificationKind): EmailDelivery {
  return DEFAULT_EMAIL_DELIVERY_BY_KIND[kind] ?? DEFAULT_EMAIL_DELIVERY[NOTIFICATION_CATEGORY[kind]];
}

export const DEFAULT_IN_APP = true;

export interface EffectivePreference {
  category: NotificationCategory;
  email: EmailDelivery;
  inApp: boolean;
}

/** Every category, as chosen where a row exists, else the default. */
export function effectivePreferences(
  rows: readonly { category: NotificationCategory; email: EmailDelivery; inApp: boolean }[],
): EffectivePreference[] {
  return Object.values(NotificationCategory).map((category) => {
    const row = rows.find((candidate) => candidate.category === category);
    return row
      ? { category, email: row.email, inApp: row.inApp }
      : { category, email: DEFAULT_EMAIL_DELIVERY[category], inApp: DEFAULT_IN_APP };
  });
}

/** The defaults as SQL on a row's kind and category columns, so a statement needs no row per person. */
export function defaultEmailSql(kindColumn: string, categoryColumn: string): string {
  const byKind = Object.entries(DEFAULT_EMAIL_DELIVERY_BY_KIND)
    .map(([kind, email]) => `WHEN ${kindColumn} = '${kind}' THEN '${email}'`)
    .join(' ');
  const byCategory = Object.entries(DEFAULT_EMAIL_DELIVERY)
    .map(([category, email]) => `WHEN ${categoryColumn}::text = '${category}' THEN '${email}'`)
    .join(' ');
  return `(CASE ${byKind} ${byCategory} END)`;
}
