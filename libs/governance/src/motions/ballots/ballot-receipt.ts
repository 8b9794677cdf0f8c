import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { BallotChoice } from '@braid/contracts';

export interface ReceiptContents {
  seatId: string;
  /** The ballot row's version when the receipt was issued; an older receipt no longer works. */
  version: number;
  choice: BallotChoice;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function newReceiptKey(): Buffer {
  return randomBytes(32);
}

/**
 * A secret ballot's receipt, held only by the voter: the choice sealed with the motion's key
 * (AES-256-GCM, the motion id as associated data). It is how a voter changes or withdraws a
 * secret ballot without Braid ever storing which choice was theirs; the tag stops a forged
 * receipt from moving a count. Closing the motion erases the key, so receipts then reveal nothing.
 */
export function sealReceipt(key: Buffer, motionId: string, contents: ReceiptContents): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(motionId));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(contents), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The receipt's contents, or null when it was not sealed with this key for this motion. */
export function openReceipt(key: Buffer, motionId: string, receipt: string): ReceiptContents | null {
  try {
    const bytes = Buffer.from(receipt, 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(motionId));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
    const contents = JSON.parse(plain.toString('utf8')) as ReceiptContents;
    if (!Object.values(BallotChoice).includes(contents.choice)) return null;
    return contents;
  } catch {
    return null;
  }
}
