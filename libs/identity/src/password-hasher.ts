import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): slow enough to make a
 * stolen hash expensive to guess, fast enough (~30 ms) for a sign-in.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so response time does not reveal unknown emails. */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash('braid-dummy-password-for-timing');
    await this.verify(await this.dummy, password);
    return false;
  }
}
