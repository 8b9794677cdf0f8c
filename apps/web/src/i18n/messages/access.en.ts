import { passwordResetEn } from './password-reset.en';

/**
 * English strings of signing in, resetting a password and accepting an invitation.
 * An area catalogue: see i18n/catalogues.ts for which one a new string goes to.
 */
export const accessEn = {
  ...passwordResetEn,
  'accept.accountExistsNow': 'An account with this email already exists. Sign in, then open the link again.',
  'accept.askAgain': 'If you still need to join, ask the administrator for a new invitation.',
  'accept.confirmPassword': 'Type the password again',
  'accept.createAndJoin': 'Create account and join',
  'accept.email': 'Email',
  'accept.expires': 'It can be accepted until {date}.',
  'accept.forEmail': 'This invitation is for {email}.',
  'accept.haveAccount':
    'Already have a Braid account with this email? Sign in, and you will come back here to accept.',
  'accept.invalidLink': 'This invitation link is not valid. Check that you copied all of it.',
  'accept.invitedTo': '{name}, you are invited to join {collaborative}.',
  'accept.join': 'Join',
  'accept.language': 'Language for Braid',
  'accept.name': 'Your name',
  'accept.newAccount': 'Create your account',
  'accept.otherAccount': 'You are signed in with a different account',
  'accept.otherAccountExplain':
    'This invitation is for {email}, but you are signed in as {me}. Sign out, then open the link again.',
  'accept.password': 'Choose a password',
  'accept.passwordHint': 'At least 10 characters.',
  'accept.signInFirst': 'Sign in to accept',
  'accept.status.ACCEPTED': 'This invitation has already been accepted.',
  'accept.status.EXPIRED': 'This invitation has expired.',
  'accept.status.PENDING': 'This invitation is waiting to be accepted.',
  'accept.status.REVOKED': 'This invitation was withdrawn.',
  'accept.title': 'Join a collaborative',

  'signIn.email': 'Email',
  'signIn.noAccount':
    'No account yet? Braid accounts start with an invitation from your collaborative’s administrator.',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.toContinue': 'Sign in to continue.',
  'signIn.tooMany':
    'Too many failed sign-ins. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'signIn.wrongCredentials': 'That email and password do not match an account.',
} as const;
