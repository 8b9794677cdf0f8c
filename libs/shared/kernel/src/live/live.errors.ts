import { ErrorCode } from '@braid/contracts';
import { BraidError } from '../errors/braid-error';

/** The last message of a subscription whose session was signed out, expired or revoked. */
export class LiveSessionEnded extends BraidError {
  constructor() {
    super(ErrorCode.UNAUTHENTICATED, 'Your session has ended: sign in again to follow this live.', {
      reason: 'SESSION_ENDED',
    });
  }
}

/** The last message of a subscription whose subscriber may no longer read what it follows. */
export class LiveAccessEnded extends BraidError {
  constructor() {
    super(ErrorCode.FORBIDDEN, 'You can no longer follow this: your access to it has changed.', {
      reason: 'ACCESS_ENDED',
    });
  }
}

/**
 * The last message of a subscription whose subscriber could not be judged again (the database
 * did not answer): sending on unjudged would be the leak, so it ends and the client may resubscribe.
 */
export class LiveCheckFailed extends BraidError {
  constructor() {
    super(ErrorCode.INTERNAL_SERVER_ERROR, 'Live updates stopped; reload the page to follow again.', {
      reason: 'LIVE_CHECK_FAILED',
    });
  }
}

export type LiveSubscriptionLimit = 'SUBSCRIPTIONS_PER_CONNECTION' | 'SUBSCRIPTIONS_PER_PERSON';

/** A new subscription over the cap of its websocket or of its person. */
export class TooManyLiveSubscriptions extends BraidError {
  constructor(reason: LiveSubscriptionLimit, limit: number) {
    super(
      ErrorCode.TOO_MANY_REQUESTS,
      reason === 'SUBSCRIPTIONS_PER_CONNECTION'
        ? `A connection follows at most ${limit} things live at once; stop following one first.`
        : `You follow at most ${limit} things live at once; close a window or stop following one first.`,
      { reason, limit },
    );
  }
}
