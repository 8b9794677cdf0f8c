/** English strings of calendar feeds and "Add to calendar"; merged into en.ts. */
export const calendarEn = {
  'calendar.feed.title': 'Calendar feed',
  'calendar.feed.explain':
    'Subscribe to your Braid calendar in Google Calendar, Apple Calendar or Outlook: the meetings you are expected at, the due dates of your action items and, for funded partners, when reports are due. Your calendar app checks for changes on its own.',
  'calendar.feed.none': 'You have no calendar feed.',
  'calendar.feed.active': 'Your calendar feed is on. Its address was made on {date}.',
  'calendar.feed.create': 'Make my calendar feed',
  'calendar.feed.regenerate': 'Get a new address',
  'calendar.feed.revoke': 'Turn off the feed',
  'calendar.feed.issuedTitle': 'Your calendar feed address',
  'calendar.feed.issuedExplain':
    'Copy it now: for your safety it is shown only this once. Anyone who has this address can see your calendar, so keep it to yourself.',
  'calendar.feed.url': 'Calendar feed address',
  'calendar.feed.copy': 'Copy address',
  'calendar.feed.copied': 'Copied',
  'calendar.feed.howTo': 'How to subscribe',
  'calendar.feed.google':
    'Google Calendar (on a computer): next to "Other calendars", choose the plus sign, then "From URL", paste the address and choose "Add calendar".',
  'calendar.feed.apple':
    'Apple Calendar: on a Mac choose File, then "New Calendar Subscription", and paste the address; on an iPhone go to Settings, Calendar, Accounts, "Add Account", Other, "Add Subscribed Calendar".',
  'calendar.feed.outlook':
    'Outlook: in the calendar choose "Add calendar", then "Subscribe from web", paste the address and choose Import.',
  'calendar.feed.regenerateTitle': 'Get a new address?',
  'calendar.feed.regenerateExplain':
    'The current address stops working at once: calendars subscribed to it stop updating. You will have to subscribe again with the new address.',
  'calendar.feed.revokeTitle': 'Turn off your calendar feed?',
  'calendar.feed.revokeExplain':
    'The address stops working at once: calendars subscribed to it stop updating. You can make a new feed later.',
  'calendar.feed.revoked': 'Your calendar feed is off.',
  'calendar.feed.cancel': 'Keep it',
};
