import { collaborativeEn } from './collaborative.en';
import { myWorkEn } from './my-work.en';

/**
 * English strings of the home page and a collaborative's overview (people, seats, agenda, balances, my work).
 * An area catalogue: see i18n/catalogues.ts for which one a new string goes to.
 */
export const overviewEn = {
  ...collaborativeEn,
  ...myWorkEn,
  'collaborative.yourOrganization': 'for {organization}',
  'collaborative.yourRoles': 'Your roles:',

  'funds.balances.empty': 'The Wellness Fund has no funding streams yet.',
  'funds.balances.loading': 'Loading the fund’s balances…',
  'funds.balances.seeBudget': 'See the budget by stream and grant',
  'funds.balances.title': 'Wellness Fund',

  'governance.agenda.allMeetings': 'All meetings',
  'governance.agenda.change': 'change',
  'governance.agenda.changeNamed': 'Change your vote on “{motion}”',
  'governance.agenda.noOpenMotions': 'No motion is open for a vote.',
  'governance.agenda.openMotions': 'Open for a vote',
  'governance.agenda.title': 'Votes and meetings',
  'governance.agenda.upcomingMeetings': 'Upcoming meetings',
  'governance.agenda.voteNeeded': 'Your vote is needed',
  'governance.agenda.voteNow': 'Vote',
  'governance.agenda.voteNowNamed': 'Vote on “{motion}”',
  'governance.agenda.youVoted': 'You voted: {choice}',
  'governance.agenda.youVotedSecret': 'You voted (secret ballot)',

  'home.noCollaborative':
    'You are not a member of a collaborative yet. Ask your collaborative’s administrator for an invitation link.',
  'home.title': 'Your collaboratives',

  'invitations.dates': 'Sent {sent}; expires {expires}',
  'invitations.empty': 'No invitations are waiting to be accepted.',
  'invitations.title': 'Pending invitations',

  'invite.copied': 'Copied',
  'invite.copy': 'Copy link',
  'invite.email': 'Email',
  'invite.explain':
    'Braid emails the invitation link to the person, in the language you choose. After inviting, you can also copy the link and send it yourself.',
  'invite.issuedExplain':
    'Braid has emailed this link to {email}. It is shown only now, in case you want to send it yourself: Braid keeps no copy of it. It works once, for 14 days.',
  'invite.issuedTitle': 'Invitation for {name} created',
  'invite.language': 'Language of the invitation email',
  'invite.link': 'Invitation link',
  'invite.name': 'Name',
  'invite.noOrganization': 'None',
  'invite.organization': 'Organization',
  'invite.organizationHint': 'For a partner contact: the organization they work for.',
  'invite.roles': 'Roles',
  'invite.submit': 'Invite',
  'invite.title': 'Invite a member',

  'members.empty': 'No members yet.',
  'members.loadMore': 'Load more members',
  'members.loading': 'Loading members…',
  'members.name': 'Name',
  'members.organization': 'Organization',
  'members.roles': 'Roles',
  'members.shown': '{count, plural, one {# member shown} other {# members shown}}',
  'members.title': 'Members',

  'organizations.empty': 'No organizations yet.',
  'organizations.title': 'Organizations',

  'seats.alternate': 'Alternate',
  'seats.empty': 'No seats have been created yet.',
  'seats.holder': 'Held by',
  'seats.nobody': 'Nobody yet',
  'seats.nonVoting': 'Non-voting',
  'seats.organization': 'Organization',
  'seats.summary':
    '{seats, plural, one {# seat} other {# seats}}, {vacant, plural, =0 {all filled} one {# vacant} other {# vacant}}',
  'seats.term': 'Term',
  'seats.title': 'Leadership team',
  'seats.vacant': 'Vacant',
} as const;
