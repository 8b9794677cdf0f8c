/** The strings of My work, the page after sign-in, and its navigation badge. */
export const myWorkEn = {
  'myWork.title': 'My work',
  'myWork.intro': 'What needs you, across your collaboratives.',
  'myWork.nothing': 'Nothing needs you.',
  'myWork.more': '{count, plural, one {and # more} other {and # more}}',

  'myWork.votesOwed': 'Votes you owe',
  'myWork.voteNeeded': 'Your vote is needed',
  'myWork.forSeat': 'for {seat}',
  'myWork.forSeatAsAlternate': 'for {seat}, as its alternate',

  'myWork.votesCast': 'Votes you cast',
  'myWork.youVoted': 'You voted: {choice}',
  'myWork.youVotedSecret': 'You voted (secret ballot)',
  'myWork.change': 'change',
  'myWork.changeOn': 'Change your vote on “{title}”',

  'myWork.actionItems': 'Your action items',
  'myWork.overdue': 'Overdue: it was due {date}',
  'myWork.dueToday': 'Due today',
  'myWork.dueOn': 'Due {date}',
  'myWork.noDueDate': 'No due date',

  'myWork.reportsOwed': 'Reports your organization owes',
  'myWork.reportDue': 'Due {date}',
  'myWork.reportLate': 'Late by {days, plural, one {# day} other {# days}}: it was due {date}',
  'myWork.reportChanges': 'Changes requested: revise and resubmit',

  'myWork.minutes': 'Minutes to review',
  'myWork.minutesOf': 'Minutes of {meeting}',

  'myWork.meetings': 'Your next meetings',

  'myWork.collaboratives': 'Your collaboratives',
} as const;
