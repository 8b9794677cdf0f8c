// The public face of the library: what the app, the tests and the domains built on this one use.
// Everything else is the domain's own; export a name here only when another library needs it
// (docs/ARCHITECTURE.md, "Between domains").
export { AccountLinks } from './account-links';
export { IdentityModule } from './identity.module';
export type { IdentityOptions } from './identity.options';
export { identityEntities, identityMigrations } from './migrations';
export { PasswordHasher } from './password-hasher';
export { DEVICE_COOKIE, SESSION_COOKIE } from './session-cookie';
export { SignInService } from './sign-in.service';
export { normalizeEmail, principalOf, User } from './user.entity';
export { UsersService } from './users.service';
