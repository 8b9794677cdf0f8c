import { AuditedRecords, Principals } from '@braid/kernel';
import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { AccountLinks } from './account-links';
import { DEFAULT_IDENTITY_OPTIONS, IDENTITY_OPTIONS, IdentityOptions } from './identity.options';
import { IdentityResolver } from './identity.resolver';
import { KnownDevices } from './known-devices';
import { PasswordHasher } from './password-hasher';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';
import { SignInLimiter } from './sign-in-limiter';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Module({})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly principals: Principals,
    private readonly sessions: SessionService,
    private readonly auditedRecords: AuditedRecords,
  ) {}

  static forRoot(options: Partial<IdentityOptions> = {}): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      controllers: [CalendarFeedController],
      providers: [
        CalendarFeedService,
        CalendarFeedResolver,
        { provide: IDENTITY_OPTIONS, useValue: { ...DEFAULT_IDENTITY_OPTIONS, ...options } },
        PasswordHasher,
        SessionService,
        SignInService,
        SignInLimiter,
        KnownDevices,
        UsersService,
        IdentityResolver,
        AccountLinks,
        PasswordResetService,
        PasswordResetResolver,
      ],
      exports: [UsersService, SignInService, PasswordHasher, AccountLinks],
    };
  }

  onModuleInit(): void {
    this.principals.useSource(this.sessions);
    this.auditedRecords.describe({ entityType: 'User', entity: User });
  }
}
