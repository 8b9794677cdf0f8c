import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { inject } from 'vitest';

/**
 * The newest email the API wrote for `to` whose subject matches, waiting for its job to run. The
 * browser tests' API has no SMTP_URL, so it writes each message as an .eml file under
 * `<BRAID_DATA_DIR>/mail/`.
 */
export async function newestMail(
  to: string,
  subject: RegExp,
  timeoutMs = 15_000,
): Promise<{ subject: string; text: string }> {
  const dir = join(inject('apiDataDir'), 'mail');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(dir).catch(() => [] as string[]);
    const files = await Promise.all(
      names
        .filter((name) => name.endsWith('.eml'))
        .map(async (name) => ({ path: join(dir, name), at: (await stat(join(dir, name))).mtimeMs })),
    );
    for (const file of files.sort((a, b) => b.at - a.at)) {
      const mail = await simpleParser(await readFile(file.path));
      const recipients = [mail.to ?? []].flat().flatMap((address) => address.value.map((v) => v.address));
      if (recipients.includes(to) && subject.test(mail.subject ?? '')) {
        return { subject: mail.subject ?? '', text: mail.text ?? '' };
      }
    }
    if (Date.now() > deadline) throw new Error(`No email to ${to} matching ${subject} in ${dir}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
