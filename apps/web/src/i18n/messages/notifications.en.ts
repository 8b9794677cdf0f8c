/** The strings of the bell, the inbox and the choice of how to hear about things. */
export const notificationsEn = {
  'notifications.title': 'Notifications',
  'notifications.seeAll': 'See all notifications',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.allMarkedRead':
    '{count, plural, =0 {Nothing was unread.} one {# notification marked as read.} other {# notifications marked as read.}}',
  'notifications.markRead': 'Mark as read',
  // The visible words come first in the name (WCAG 2.5.3, label in name), so "Mark as read" said
  // by a voice-control user presses it.
  'notifications.markReadOf': 'Mark as read: “{headline}”',
  'notifications.unread': 'Unread',
  'notifications.none': 'You have no notifications yet.',
  'notifications.noneUnread': 'Nothing unread: you are up to date.',
  'notifications.unreadOnly': 'Only unread',
  'notifications.more': 'Show more notifications',

  'notifications.category.VOTES': 'Votes',
  'notifications.category.ACTION_ITEMS': 'Action items',
  'notifications.category.MEETINGS': 'Meetings',
  'notifications.category.MINUTES': 'Minutes',
  'notifications.category.GRANTS': 'Grants',
  'notifications.category.REPORTS': 'Reports',
  'notifications.category.FUNDS': 'Funds',

  'notifications.preferences.email': 'Email',
  'notifications.preferences.inApp': 'Show in my inbox',
  'notifications.preferences.IMMEDIATELY': 'Immediately',
  'notifications.preferences.DAILY_DIGEST': 'In a daily digest',
  'notifications.preferences.NEVER': 'Never',
  'notifications.preferences.save': 'Save how I hear about things',
  'notifications.preferences.saved': 'Saved. Braid will tell you about things as you chose.',
};
