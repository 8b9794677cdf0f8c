export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');

export interface NotificationsOptions {
  /** `smtp://user:pass@host:587`; null writes each message as an .eml file under `<dataDir>/mail`. */
  smtpUrl: string | null;
  /** The sender, e.g. `Braid <braid@example.org>`. */
  mailFrom: string;
  /** The address people reach Braid at; links in email are absolute on it. */
  publicUrl: string;
  dataDir: string;
  /**
   * False only to measure the fan-out's cost (BRAID_NOTIFICATIONS=off): `notify` records nothing
   * and enqueues nothing. Account email (invitations, resets) still goes out.
   */
  enabled: boolean;
}
