import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

export interface OutgoingMail {
  to: string | { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /**
   * Stable for one notification (derived from its id), so a retry after a send whose commit was
   * lost is the same message to the recipient's mail system, which may drop the duplicate.
   */
  messageId: string;
  /** Notification mail only: the one-click unsubscribe link (RFC 8058). Never on account mail. */
  unsubscribeUrl?: string;
  attachments?: readonly { filename: string; contentType: string; content: string }[];
}

/**
 * Sends Braid's email: over SMTP when SMTP_URL is set, otherwise into `.eml` files under
 * `<dataDir>/mail/` (each subject logged), so an installation without a mail server still shows
 * what it would have sent and nothing is lost.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;
  private readonly host: string;

  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {
    this.transport = options.smtpUrl
      ? createTransport(options.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.host = hostOf(options.publicUrl);
  }

  /** `<kind-id@host>`: the same id always names the same message. */
  messageId(kind: string, id: string): string {
    return `<${kind}-${id}@${this.host}>`;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transport.sendMail({
      from: this.options.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: mail.unsubscribeUrl
        ? {
            'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : {},
      attachments: mail.attachments?.map((file) => ({ ...file })),
    })) as { message?: Buffer };
    if (!this.options.smtpUrl && info.message) {
      const dir = join(this.options.dataDir, 'mail');
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`;
      await writeFile(join(dir, name), info.message);
      this.logger.log(`Mail written to ${join(dir, name)}: ${mail.subject}`);
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'braid.localhost';
  } catch {
    return 'braid.localhost';
  }
}
