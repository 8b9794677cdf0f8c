import { adminEn } from './admin.en';
import { collaborativeEn } from './collaborative.en';
import { accountEn } from './account.en';
import { calendarEn } from './calendar.en';
import { passwordResetEn } from './password-reset.en';
import { governanceEn } from './governance.en';
import { fundsEn } from './funds.en';
import { reportsEn } from './reports.en';
import { publicEn } from './public.en';
import { errorsEn } from './errors.en';
import { auditEn } from './audit.en';
import { ledgerMemoEn } from './ledger-memo.en';
import { myWorkEn } from './my-work.en';
import { notificationsEn } from './notifications.en';

/**
 * Every string Braid shows, in English: the reference catalogue. Message ids are checked against
 * this file at compile time; es.ts must have exactly the same ids (the typecheck and a test fail
 * otherwise). Messages use ICU syntax: {name} for values, {count, plural, ...} for plurals, so each
 * language states its own grammar.
 */
export const en = {
  'app.name': 'Braid',

  'layout.skipToContent': 'Skip to main content',
  'layout.language': 'Language',
  'layout.languageNotSaved': 'Your language could not be saved to your profile. Try again.',
  'layout.collaborative': 'Collaborative',
  'layout.chooseCollaborative': 'Choose a collaborative',
  'layout.userMenu': '{name}: account menu',
  'layout.signOut': 'Sign out',
  'layout.signOutFailed': 'Signing out did not work. Try again.',
  'layout.sections': 'Sections',
  'layout.overview': 'Overview',

  'state.loading': 'Loading…',
  'state.retry': 'Try again',
  'state.closeNotice': 'Close this message',

  'error.BAD_USER_INPUT': 'Some of what you entered needs fixing.',
  'error.UNAUTHENTICATED': 'Please sign in to do this.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.NOT_FOUND': 'This could not be found, or you do not have access to it.',
  'error.CONFLICT': 'This cannot be done as things stand.',
  'error.TOO_MANY_REQUESTS':
    'Too many attempts. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'error.INTERNAL_SERVER_ERROR': 'Something went wrong on our side. Try again in a moment.',
  'error.NETWORK': 'Braid could not be reached. Check your connection and try again.',

  'form.required': 'This is required.',
  'form.emailRequired': 'Enter an email address.',
  'form.emailInvalid': 'Enter an email address such as name@example.org.',
  'form.minLength': 'Use at least {min} characters.',
  'form.maxLength': 'Use at most {max} characters.',
  'form.chooseOne': 'Choose at least one.',
  'form.passwordsDiffer': 'The two passwords are not the same.',
  'form.showPassword': 'Show or hide the password',

  'signIn.title': 'Sign in',
  'signIn.toContinue': 'Sign in to continue.',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.wrongCredentials': 'That email and password do not match an account.',
  'signIn.tooMany':
    'Too many failed sign-ins. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'signIn.noAccount':
    'No account yet? Braid accounts start with an invitation from your collaborative’s administrator.',

  'home.title': 'Your collaboratives',
  'home.noCollaborative':
    'You are not a member of a collaborative yet. Ask your collaborative’s administrator for an invitation link.',

  'notAvailable.title': 'Not available to you',
  'notAvailable.body': 'This page is for other roles in the collaborative, so it is not open to you.',
  'notAvailable.ask': 'If your work needs it, ask an administrator of the collaborative.',
  'notAvailable.overview': 'Back to the overview',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to your collaborative',

  'collaborative.notFound': 'This collaborative could not be found, or you are not a member of it.',
  'collaborative.yourRoles': 'Your roles:',
  'collaborative.yourOrganization': 'for {organization}',

  'seats.title': 'Leadership team',
  'seats.summary':
    '{seats, plural, one {# seat} other {# seats}}, {vacant, plural, =0 {all filled} one {# vacant} other {# vacant}}',
  'seats.empty': 'No seats have been created yet.',
  'seats.vacant': 'Vacant',
  'seats.nonVoting': 'Non-voting',
  'seats.holder': 'Held by',
  'seats.nobody': 'Nobody yet',
  'seats.alternate': 'Alternate',
  'seats.organization': 'Organization',
  'seats.term': 'Term',
  'seats.termRange': '{start} to {end}',

  'members.title': 'Members',
  'members.loading': 'Loading members…',
  'members.empty': 'No members yet.',
  'members.name': 'Name',
  'members.roles': 'Roles',
  'members.organization': 'Organization',
  'members.shown': '{count, plural, one {# member shown} other {# members shown}}',
  'members.loadMore': 'Load more members',

  'organizations.title': 'Organizations',
  'organizations.empty': 'No organizations yet.',

  'invite.title': 'Invite a member',
  'invite.explain':
    'Braid does not send email. After inviting, copy the invitation link and send it to the person yourself.',
  'invite.name': 'Name',
  'invite.email': 'Email',
  'invite.roles': 'Roles',
  'invite.organization': 'Organization',
  'invite.organizationHint': 'For a partner contact: the organization they work for.',
  'invite.noOrganization': 'None',
  'invite.submit': 'Invite',
  'invite.issuedTitle': 'Invitation for {name} created',
  'invite.issuedExplain':
    'Send this link to {email}. It is shown only now: Braid keeps no copy of it. It works once, for 14 days.',
  'invite.link': 'Invitation link',
  'invite.copy': 'Copy link',
  'invite.copied': 'Copied',

  'invitations.title': 'Pending invitations',
  'invitations.empty': 'No invitations are waiting to be accepted.',
  'invitations.dates': 'Sent {sent}; expires {expires}',

  'accept.title': 'Join a collaborative',
  'accept.invitedTo': '{name}, you are invited to join {collaborative}.',
  'accept.forEmail': 'This invitation is for {email}.',
  'accept.expires': 'It can be accepted until {date}.',
  'accept.invalidLink': 'This invitation link is not valid. Check that you copied all of it.',
  'accept.status.ACCEPTED': 'This invitation has already been accepted.',
  'accept.status.EXPIRED': 'This invitation has expired.',
  'accept.status.REVOKED': 'This invitation was withdrawn.',
  'accept.status.PENDING': 'This invitation is waiting to be accepted.',
  'accept.askAgain': 'If you still need to join, ask the administrator for a new invitation.',
  'accept.otherAccount': 'You are signed in with a different account',
  'accept.otherAccountExplain':
    'This invitation is for {email}, but you are signed in as {me}. Sign out, then open the link again.',
  'accept.haveAccount':
    'Already have a Braid account with this email? Sign in, and you will come back here to accept.',
  'accept.signInFirst': 'Sign in to accept',
  'accept.join': 'Join',
  'accept.newAccount': 'Create your account',
  'accept.accountExistsNow': 'An account with this email already exists. Sign in, then open the link again.',
  'accept.name': 'Your name',
  'accept.email': 'Email',
  'accept.password': 'Choose a password',
  'accept.passwordHint': 'At least 10 characters.',
  'accept.confirmPassword': 'Type the password again',
  'accept.language': 'Language for Braid',
  'accept.createAndJoin': 'Create account and join',

  'role.ADMIN': 'Administrator',
  'role.CHAIR': 'Chair',
  'role.FUND_ADMINISTRATOR': 'Fund administrator',
  'role.MEMBER': 'Member',
  'role.OBSERVER': 'Observer',
  'role.PARTNER_CONTACT': 'Partner contact',
  'role.WORKGROUP_LEAD': 'Workgroup lead',

  'sector.COMMUNITY_ORG': 'Community organization',
  'sector.EDUCATION': 'Education',
  'sector.GOVERNMENT': 'Government',
  'sector.HEALTH_PLAN': 'Health plan',
  'sector.HEALTH_SYSTEM': 'Health system',
  'sector.RESIDENT': 'Resident',

  'organizationKind.FUNDED_PARTNER': 'Funded partner',
  'organizationKind.FUNDER': 'Funder',
  'organizationKind.MEMBER_ORGANIZATION': 'Member organization',

  ...governanceEn,
  ...collaborativeEn,
  ...accountEn,
  ...calendarEn,
  ...passwordResetEn,
  ...adminEn,
  ...fundsEn,
  ...reportsEn,
  ...publicEn,
  ...errorsEn,
  ...auditEn,
  ...ledgerMemoEn,
  ...myWorkEn,
  ...notificationsEn,
} as const;
