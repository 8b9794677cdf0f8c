import { UsersService } from '@braid/identity';
import { RequestContextService } from '@braid/kernel';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BRAID_CONFIG } from './braid-config.token';
import { BraidConfig } from './config';
import { DemoSeeder } from './demo/demo.seeder';

/** After migrations: the first administrator of a real installation, or the demo story. */
@Injectable()
export class StartupTasks implements OnApplicationBootstrap {
  private readonly logger = new Logger('Startup');

  constructor(
    @Inject(BRAID_CONFIG) private readonly config: BraidConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: RequestContextService,
    private readonly users: UsersService,
    private readonly demo: DemoSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (admin) {
      await this.contexts.asSystem(async (ctx) => {
        if (await this.users.findByEmail(ctx.em, admin.email)) return;
        await this.users.create(ctx, {
          email: admin.email,
          displayName: admin.displayName,
          password: admin.password,
        });
        this.logger.log(`Created the administrator account ${admin.email}`);
      });
    }
    if (this.config.seedDemo) await this.demo.seed();
  }
}
