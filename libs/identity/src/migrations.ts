import { CreateUsersAndSessions1795427953623 } from './migrations/1795427953623-CreateUsersAndSessions';
import { Session } from './session.entity';
import { SignInAttempt } from './sign-in-attempt.entity';
import { User } from './user.entity';

export const identityEntities = [User, Session, SignInAttempt];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const identityMigrations: Function[] = [CreateUsersAndSessions1795427953623];
