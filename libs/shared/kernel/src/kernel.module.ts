import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { PermissionDeclarations } from './access/permission-declarations';
import { PermissionsResolver } from './access/permissions.resolver';
import { PRINCIPAL_CACHE_OPTIONS, PrincipalCache, PrincipalCacheOptions } from './access/principal-cache';
import { Principals } from './access/principals';
import { AuditResolver } from './audit/audit.resolver';
import { AuditLog, AuditService } from './audit/audit.service';
import { AuditedRecords } from './audit/audited-records';
import { CalendarSources, PUBLIC_LINKS_BASE, PublicLinks } from './calendar/calendar';
import { RequestContextService } from './context/request-context.service';
import { BraidExceptionFilter } from './errors/braid-error.filter';
import { createValidationPipe } from './errors/validation';
import { DomainChecks } from './checks/domain-checks';
import { DomainEvents } from './events/domain-events';
import { Clock } from './clock/clock';
import { Jobs, JOBS_OPTIONS, JobsOptions } from './jobs/jobs';
import { MyWorkResolver } from './my-work/my-work.resolver';
import { TransactionInterceptor } from './transaction/transaction.interceptor';

/**
 * The request pipeline every domain relies on: one guard that refuses by default, one validation
 * pipe, one transaction per mutation, and the audit log.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    PrincipalCache,
    Principals,
    RequestContextService,
    AuditService,
    AuditLog,
    AuditedRecords,
    AuditResolver,
    PermissionDeclarations,
    PermissionsResolver,
    MyWorkResolver,
    DomainEvents,
    DomainChecks,
    Jobs,
    CalendarSources,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: BraidExceptionFilter },
  ],
  exports: [
    PrincipalCache,
    Principals,
    RequestContextService,
    AuditService,
    AuditedRecords,
    PermissionDeclarations,
    DomainEvents,
    DomainChecks,
    Jobs,
    CalendarSources,
  ],
})
export class KernelModule {
  static forRoot(options: {
    principalCache: PrincipalCacheOptions;
    clockTravel?: boolean;
    jobs?: JobsOptions;
    /** Where people reach the web app (BRAID_PUBLIC_URL), for absolute links in calendars and email. */
    publicUrl?: string;
  }): DynamicModule {
    return {
      module: KernelModule,
      providers: [
        { provide: PRINCIPAL_CACHE_OPTIONS, useValue: options.principalCache },
        { provide: Clock, useValue: new Clock(options.clockTravel ?? false) },
        { provide: JOBS_OPTIONS, useValue: options.jobs ?? { worker: true, concurrency: 4 } },
        { provide: PUBLIC_LINKS_BASE, useValue: options.publicUrl ?? 'http://localhost:3000' },
        PublicLinks,
      ],
      exports: [PRINCIPAL_CACHE_OPTIONS, Clock, JOBS_OPTIONS, PublicLinks],
    };
  }
}
