/** The strings of the bell, the inbox and the choice of how to hear about things. */
export const notificationsEn = {
  'notifications.bell':
    '{count, plural, =0 {Notifications, none unread} one {Notifications, # unread} other {Notifications, # unread}}',
  'notifications.title': 'Notifications',
  'notifications.latest': 'Latest notifications',
  'notifications.seeAll': 'See all notifications',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.allMarkedRead':
    '{count, plural, =0 {Nothing was unread.} one {# notification marked as read.} other {# notifications marked as read.}}',
  'notifications.markRead': 'Mark as read',
  'notifications.markReadOf': 'Mark “{headline}” as read',
  'notifications.unread': 'Unread',
  'notifications.read': 'Read',
  'notifications.none': 'You have no notifications yet.',
  'notifications.noneUnread': 'Nothing unread: you are up to date.',
  'notifications.intro':
    'What happened that concerns you: votes, action items, meetings, minutes, grants, reports and funds.',
  'notifications.unreadOnly': 'Only unread',
  'notifications.more': 'Show more notifications',
  'notifications.loading': 'Loading your notifications…',
  'notifications.preferencesLink': 'Choose how you hear about things',

  'notifications.category.VOTES': 'Votes',
  'notifications.category.ACTION_ITEMS': 'Action items',
  'notifications.category.MEETINGS': 'Meetings',
  'notifications.category.MINUTES': 'Minutes',
  'notifications.category.GRANTS': 'Grants',
  'notifications.category.REPORTS': 'Reports',
  'notifications.category.FUNDS': 'Funds',

  'notifications.preferences.title': 'How you hear about things',
  'notifications.preferences.explain':
    'For each kind of news, choose whether Braid emails you at once, in one daily digest, or not at all, and whether your inbox shows it.',
  'notifications.preferences.digestTime':
    'The daily digest is sent around 7:00 in your collaborative’s time zone, only on days with something in it.',
  'notifications.preferences.email': 'Email',
  'notifications.preferences.inApp': 'Show in my inbox',
  'notifications.preferences.IMMEDIATELY': 'Immediately',
  'notifications.preferences.DAILY_DIGEST': 'In a daily digest',
  'notifications.preferences.NEVER': 'Never',
  'notifications.preferences.save': 'Save how I hear about things',
  'notifications.preferences.saved': 'Saved. Braid will tell you about things as you chose.',
  'notifications.preferences.loading': 'Loading your choices…',
  'notifications.preferences.back': 'Back to your account',
  'notifications.preferences.link':
    'Email and inbox: choose how you hear about votes, meetings, reports and more.',

  'collaborative.timeZone.title': 'Time zone',
  'collaborative.timeZone.explain':
    'Dates and deadlines of this collaborative are read in its time zone, and the daily email digest is sent around 7:00 there.',
  'collaborative.timeZone.label': 'Time zone',
  'collaborative.timeZone.hint': 'Type a city to find it, such as Los_Angeles or Mexico_City.',
  'collaborative.timeZone.nothingFound': 'No time zone matches.',
  'collaborative.timeZone.save': 'Save the time zone',
  'collaborative.timeZone.saved': 'Saved: {timeZone}.',

  'invite.language': 'Language of the invitation email',
  'invite.languageHint': 'Someone who already has an account receives it in the language they chose.',
};
