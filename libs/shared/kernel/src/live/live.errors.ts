import { BraidError } from '../errors/braid-error';

/** The last message of a subscription whose session was signed out, expired or revoked. */
export class LiveSessionEnded extends BraidError<'SESSION_ENDED'> {
  constructor() {
    super('SESSION_ENDED', 'Your session has ended: sign in again to follow this live.', {});
  }
}

/** The last message of a subscription whose subscriber may no longer read what it follows. */
export class LiveAccessEnded extends BraidError<'ACCESS_ENDED'> {
  constructor() {
    super('ACCESS_ENDED', 'You can no longer follow this: your access to it has changed.', {});
  }
}

/**
 * The last message of a subscription whose subscriber could not be judged again (the database
 * did not answer): sending on unjudged would be the leak, so it ends and the client may resubscribe.
 */
export class LiveCheckFailed extends BraidError<'LIVE_CHECK_FAILED'> {
  constructor() {
    super('LIVE_CHECK_FAILED', 'Live updates stopped; reload the page to follow again.', {});
  }
}

export type LiveSubscriptionLimit = 'SUBSCRIPTIONS_PER_CONNECTION' | 'SUBSCRIPTIONS_PER_PERSON';

/** A new subscription over the cap of its websocket or of its person. */
export class TooManyLiveSubscriptions extends BraidError<LiveSubscriptionLimit> {
  constructor(reason: LiveSubscriptionLimit, limit: number) {
    super(
      reason,
      reason === 'SUBSCRIPTIONS_PER_CONNECTION'
        ? `A connection follows at most ${limit} things live at once; stop following one first.`
        : `You follow at most ${limit} things live at once; close a window or stop following one first.`,
      { limit },
    );
  }
}
