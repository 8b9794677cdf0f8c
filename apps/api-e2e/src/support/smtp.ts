import { createServer, type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it, parsed. */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-case. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Headers by lower-case name, as mailparser reads them (`list-unsubscribe-post`...). */
  headers: ParsedMail['headers'];
  /** The raw `List-Unsubscribe` value, e.g. `<https://…/api/unsubscribe/…>`, or null. */
  listUnsubscribe: string | null;
  /** A header's raw value by name (case-insensitive), or null: `header('List-Unsubscribe-Post')`. */
  header(name: string): string | null;
  attachments: ParsedMail['attachments'];
  raw: string;
}

/**
 * A real SMTP server in the test's own process, on a free port of 127.0.0.1: the API sends to it
 * (`SMTP_URL`: `smtpUrl` below) exactly as to a provider, and tests read what arrived.
 *
 *   const smtp = await startSmtpServer();
 *   const app = await startTestApp('x', { smtpUrl: smtp.url });
 *   const [mail] = await smtp.waitFor((m) => m.to.includes('member@x.test'));
 *   await smtp.stop();  // the API's sends now fail (connection refused) and its jobs retry
 *   await smtp.start(); // the same port again
 *   await smtp.close(); // at the end
 *
 * Any user name and password are accepted; no TLS.
 */
export interface SmtpTestServer {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Everything received so far, in order of arrival. */
  messages: ReceivedMail[];
  /** Resolves with every received message that matches, once at least `count` do; fails after `timeoutMs`. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number, count?: number): Promise<ReceivedMail[]>;
  /** Stops listening (and drops open connections); `start()` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops for good. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startSmtpServer(): Promise<SmtpTestServer> {
  const port = await freePort();
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let server: SMTPServer | null = null;

  const listen = async () => {
    const instance = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw)
            .then((parsed) => {
              const header = (name: string) => {
                const found = parsed.headerLines.find((line) => line.key === name.toLowerCase());
                return found ? found.line.slice(found.line.indexOf(':') + 1).trim() : null;
              };
              messages.push({
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                messageId: parsed.messageId ?? '',
                headers: parsed.headers,
                listUnsubscribe: header('list-unsubscribe'),
                header,
                attachments: parsed.attachments,
                raw,
              });
              for (const wake of waiters) wake();
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      instance.once('error', reject);
      instance.listen(port, '127.0.0.1', () => resolve());
    });
    instance.on('error', () => undefined);
    server = instance;
  };

  const stop = async () => {
    const instance = server;
    server = null;
    if (instance) await new Promise<void>((resolve) => instance.close(() => resolve()));
  };

  await listen();
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor: (predicate, timeoutMs = 10_000, count = 1) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.filter(predicate);
          if (found.length < count) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(found);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`No ${count} matching email(s) within ${timeoutMs} ms; received: ${messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ') || 'none'}`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      }),
    stop,
    start: listen,
    close: stop,
  };
}
