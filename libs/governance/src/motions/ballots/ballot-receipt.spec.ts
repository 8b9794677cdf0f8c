import { BallotChoice } from '@braid/contracts';
import { newReceiptKey, openReceipt, sealReceipt } from './ballot-receipt';

describe('A secret ballot receipt', () => {
  const key = newReceiptKey();
  const contents = { seatId: 'resident-seat-1', version: 1, choice: BallotChoice.YES };

  it('opens with the motion key, for that motion only', () => {
    const receipt = sealReceipt(key, 'motion-a', contents);
    expect(openReceipt(key, 'motion-a', receipt)).toEqual(contents);
    expect(openReceipt(key, 'motion-b', receipt)).toBeNull();
    expect(openReceipt(newReceiptKey(), 'motion-a', receipt)).toBeNull();
  });

  it('does not show the choice to whoever reads it without the key, nor repeat itself', () => {
    const receipt = sealReceipt(key, 'motion-a', contents);
    expect(Buffer.from(receipt, 'base64url').toString('latin1')).not.toMatch(/YES|resident/);
    expect(sealReceipt(key, 'motion-a', contents)).not.toBe(receipt);
  });

  it('refuses a tampered or malformed receipt', () => {
    const bytes = Buffer.from(sealReceipt(key, 'motion-a', contents), 'base64url');
    bytes[14] ^= 1;
    expect(openReceipt(key, 'motion-a', bytes.toString('base64url'))).toBeNull();
    expect(openReceipt(key, 'motion-a', 'not-a-receipt')).toBeNull();
  });
});
