import { CreateUsersAndSessions1795427953623 } from './migrations/1795427953623-CreateUsersAndSessions';
import { Session } from './session.entity';
import { SignInAttempt } from './sign-in-attempt.entity';
import { User } from './user.entity';
import { NotifySessionAndPersonChanges1795450000001 } from './migrations/1795450000001-NotifySessionAndPersonChanges';

export const identityEntities = [User, Session, SignInAttempt];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const identityMigrations: Function[] = [
  CreateUsersAndSessions1795427953623,
  NotifySessionAndPersonChanges1795450000001,
];
