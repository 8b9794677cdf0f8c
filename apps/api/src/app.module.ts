import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { CollaborativesModule } from '@braid/collaboratives';
import { FundsModule } from '@braid/funds';
import { IdentityModule } from '@braid/identity';
import { NotificationsModule } from '@braid/notifications';
import { KernelModule, LiveUpdatesModule, RequestContextService } from '@braid/kernel';
import { GovernanceModule } from '@braid/governance';
import { ReportsModule } from '@braid/reports';
import { TransparencyModule } from '@braid/transparency';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BRAID_CONFIG } from './braid-config.token';
import { BraidConfig } from './config';
import { dataSourceOptions } from './database/data-source-options';
import { DemoModule } from './demo/demo.module';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthController } from './health.controller';
import { StartupTasks } from './startup-tasks';
import { WebClientModule } from './web-client.module';

@Module({})
export class AppModule {
  static forRoot(config: BraidConfig, databaseUrl: string): DynamicModule {
    const webDist = config.webDist && existsSync(join(config.webDist, 'index.html')) ? config.webDist : null;
    return {
      module: AppModule,
      imports: [
        // Migrations run at start-up, each in its own transaction; synchronize is never used.
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: true }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          // The operation limits give anonymous callers a smaller budget: they ask who is calling.
          // Subscriptions are validated and limited against the schema Nest builds.
          inject: [RequestContextService, GraphQLSchemaHost],
          useFactory: (contexts: RequestContextService, schemaHost: GraphQLSchemaHost) =>
            graphqlOptions(config, contexts, schemaHost),
        }),
        KernelModule.forRoot({
          principalCache: { seconds: config.principalCacheSeconds, maxEntries: 50_000 },
          clockTravel: config.clockTravel,
          jobs: { worker: config.jobWorker, concurrency: config.jobConcurrency },
          publicUrl: config.publicUrl,
        }),
        LiveUpdatesModule.forRoot({
          redisUrl: config.redisUrl,
          maxPerConnection: config.liveSubscriptionsPerConnection,
          maxPerPerson: config.liveSubscriptionsPerPerson,
        }),
        IdentityModule.forRoot({
          sessionTtlHours: config.sessionTtlHours,
          secureCookies: config.production,
          backOffSeconds: config.signInBackOffSeconds,
          publicUrl: config.publicUrl,
        }),
        NotificationsModule.forRoot({
          smtpUrl: config.smtpUrl,
          mailFrom: config.mailFrom,
          publicUrl: config.publicUrl,
          dataDir: config.dataDir,
          enabled: config.notifications,
        }),
        CollaborativesModule,
        GovernanceModule,
        FundsModule,
        ReportsModule.forRoot({
          storage: config.attachmentsS3
            ? { kind: 's3', ...config.attachmentsS3 }
            : { kind: 'local', dir: config.uploadsDir },
          maxAttachmentBytes: config.attachmentMaxBytes,
        }),
        TransparencyModule,
        DemoModule,
        ...(webDist ? [WebClientModule.forRoot(webDist)] : []),
      ],
      controllers: [HealthController],
      providers: [{ provide: BRAID_CONFIG, useValue: config }, StartupTasks],
    };
  }
}
