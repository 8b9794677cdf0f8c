import { calendarEn } from './calendar.en';
/** English strings of the signed-in person's own account page; merged into en.ts. */
export const accountEn = {
  ...calendarEn,
  'account.title': 'My account',
  'account.profile': 'Profile',
  'account.name': 'Your name',
  'account.email': 'Email',
  'account.emailHint': 'You sign in with this address. It cannot be changed here.',
  'account.language': 'Language for Braid',
  'account.saveProfile': 'Save profile',
  'account.profileSaved': 'Your profile was saved.',

  'account.password': 'Change your password',
  'account.passwordExplain':
    'When you change your password, every other browser or device signed in as you is signed out and must sign in again with the new password. You stay signed in here.',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.newPasswordHint': 'At least 10 characters, at most 200.',
  'account.confirmPassword': 'Type the new password again',
  'account.changePassword': 'Change password',
  'account.passwordChanged': 'Your password was changed.',
  'account.passwordChangedExplain':
    'Any other browser or device that was signed in as you has been signed out. Use the new password the next time you sign in.',
} as const;
