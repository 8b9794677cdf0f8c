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
  /** The address people reach Braid at (BRAID_PUBLIC_URL), for the links account emails carry. */
  publicUrl: string;
  /** How long an emailed password-reset link works. */
  passwordResetMinutes: number;
  /** Reset emails one address may ask for within `passwordResetWindowMinutes` (whether or not it has an account). */
  maxPasswordResetsPerEmail: number;
  /** Reset requests from one client address, for any emails, within `passwordResetWindowMinutes`. */
  maxPasswordResetsPerIp: number;
  passwordResetWindowMinutes: number;
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
  publicUrl: 'http://localhost:3000',
  passwordResetMinutes: 30,
  maxPasswordResetsPerEmail: 5,
  maxPasswordResetsPerIp: 20,
  passwordResetWindowMinutes: 60,
};
