export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export interface IdentityOptions {
  sessionTtlHours: number;
  /** Marks the session and device cookies Secure: browsers then send them over HTTPS only. */
  secureCookies: boolean;
  /**
   * Wrong passwords for one account from one address (or one known device) before each further
   * one waits: `backOffSeconds`, then twice as long after every failure, up to `maxBackOffSeconds`.
   */
  failuresBeforeBackOff: number;
  backOffSeconds: number;
  maxBackOffSeconds: number;
  /**
   * Wrong passwords for one account from all devices that never signed in to it, within
   * `signInWindowMinutes`; past it only a device that signed in before gets through.
   */
  maxFailuresPerAccount: number;
  /** Wrong passwords from one address, for any accounts, within `signInWindowMinutes`. */
  maxFailuresPerIp: number;
  signInWindowMinutes: number;
}

export const DEFAULT_IDENTITY_OPTIONS: IdentityOptions = {
  sessionTtlHours: 24 * 7,
  secureCookies: false,
  failuresBeforeBackOff: 5,
  backOffSeconds: 30,
  maxBackOffSeconds: 60 * 60,
  maxFailuresPerAccount: 20,
  maxFailuresPerIp: 50,
  signInWindowMinutes: 15,
};
