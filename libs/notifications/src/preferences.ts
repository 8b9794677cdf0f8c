import { EmailDelivery, NotificationCategory } from '@braid/contracts';

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

/** The defaults as a SQL CASE on a category column, so a statement needs no row per person. */
export function defaultEmailSql(categoryColumn: string): string {
  const branches = Object.entries(DEFAULT_EMAIL_DELIVERY)
    .map(([category, email]) => `WHEN '${category}' THEN '${email}'`)
    .join(' ');
  return `(CASE ${categoryColumn}::text ${branches} END)`;
}
