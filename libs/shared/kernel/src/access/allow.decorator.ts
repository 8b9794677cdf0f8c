import { Action, SubjectName } from '@braid/contracts';
import { SetMetadata } from '@nestjs/common';

export const PERMISSION_METADATA = 'braid:permission';

export type Permission =
  | { kind: 'public'; reason: string }
  | { kind: 'signed-in' }
  | { kind: 'ability'; action: Action; subject: SubjectName };

/**
 * Declares what an operation needs. The global AccessGuard refuses every operation that declares
 * nothing, so forgetting this decorator locks an operation rather than opening it.
 */
export const Allow = (action: Action, subject: SubjectName) =>
  SetMetadata(PERMISSION_METADATA, { kind: 'ability', action, subject } satisfies Permission);

/** Open to anyone, signed in or not. The reason is required so that a reviewer sees why. */
export const Public = (reason: string) =>
  SetMetadata(PERMISSION_METADATA, { kind: 'public', reason } satisfies Permission);

/** Any signed-in person, whatever their roles (their own profile, signing out). */
export const SignedIn = () => SetMetadata(PERMISSION_METADATA, { kind: 'signed-in' } satisfies Permission);
