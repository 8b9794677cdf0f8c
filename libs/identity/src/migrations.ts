import { CalendarFeed } from './calendar-feed.entity';
import { KnownDevice } from './known-device.entity';
import { CreateUsersAndSessions1795427953623 } from './migrations/1795427953623-CreateUsersAndSessions';
import { NotifySessionAndPersonChanges1795450000001 } from './migrations/1795450000001-NotifySessionAndPersonChanges';
import { SignInLimitsAndKnownDevices1796600000000 } from './migrations/1796600000000-SignInLimitsAndKnownDevices';
import { KeepCalendarFeedTokens1796700000010 } from './migrations/1796700000010-KeepCalendarFeedTokens';
import { CreatePasswordResets1796700000020 } from './migrations/1796700000020-CreatePasswordResets';
import { PasswordReset } from './password-reset.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

// sign_in_limit is rate-limiter-flexible's table, written by its own queries: no entity.
export const identityEntities = [User, Session, KnownDevice, CalendarFeed, PasswordReset];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const identityMigrations: Function[] = [
  CreateUsersAndSessions1795427953623,
  NotifySessionAndPersonChanges1795450000001,
  SignInLimitsAndKnownDevices1796600000000,
  KeepCalendarFeedTokens1796700000010,
  CreatePasswordResets1796700000020,
];
