/** English strings of "Forgot your password?" and the reset page; merged into en.ts. */
export const passwordResetEn = {
  'signIn.forgot': 'Forgot your password?',
  'forgot.title': 'Reset your password',
  'forgot.explain':
    'Enter the email you sign in with. If it has a Braid account, we email it a link to choose a new password.',
  'forgot.email': 'Email',
  'forgot.submit': 'Email me a link',
  'forgot.sentTitle': 'Check your email',
  'forgot.sent':
    'If an account exists for {email}, we sent it a link to choose a new password. The link works once, for 30 minutes. Nothing arrived? Look in your spam folder, or ask again.',
  'forgot.again': 'Use another address',
  'forgot.tooMany':
    'Too many password-reset requests. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'forgot.backToSignIn': 'Back to sign in',
  'reset.title': 'Choose a new password',
  'reset.explain':
    'Choose a new password for your Braid account. Every device signed in to it is signed out; then sign in with the new password.',
  'reset.newPassword': 'New password',
  'reset.newPasswordHint': 'At least 10 characters, at most 200.',
  'reset.confirmPassword': 'Type the new password again',
  'reset.submit': 'Save the new password',
  'reset.invalid':
    'This link no longer works: it was used already, a newer one was sent, or it expired. Ask for a new one.',
  'reset.askAgain': 'Ask for a new link',
  'reset.doneTitle': 'Your password was changed',
  'reset.done': 'Every device was signed out. Sign in with your new password.',
  'reset.signIn': 'Sign in',
} as const;
