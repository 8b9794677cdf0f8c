export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export interface IdentityOptions {
  sessionTtlHours: number;
  /** Marks the session cookie Secure: browsers then send it over HTTPS only. */
  secureCookies: boolean;
  /** Failed sign-ins allowed per account, and per address, within `signInWindowMinutes`. */
  maxFailuresPerEmail: number;
  maxFailuresPerIp: number;
  signInWindowMinutes: number;
}

export const DEFAULT_IDENTITY_OPTIONS: IdentityOptions = {
  sessionTtlHours: 24 * 7,
  secureCookies: false,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 50,
  signInWindowMinutes: 15,
};
