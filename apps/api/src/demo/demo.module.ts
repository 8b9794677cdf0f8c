import { CollaborativesModule } from '@braid/collaboratives';
import { FundsModule } from '@braid/funds';
import { Module } from '@nestjs/common';
import { FundsChapter } from './chapters/funds.chapter';
import { GrantsChapter } from './chapters/grants.chapter';
import { PeopleChapter } from './chapters/people.chapter';
import { DemoSeeder } from './demo.seeder';
import { DEMO_CHAPTERS } from './demo-world';

@Module({
  imports: [CollaborativesModule, FundsModule],
  providers: [
    DemoSeeder,
    PeopleChapter,
    FundsChapter,
    GrantsChapter,
    // Story order: each domain's chapter is listed here as it lands. Governance's chapter (the
    // FUNDING motion for the trauma recovery center) goes between funds and grants.
    {
      provide: DEMO_CHAPTERS,
      useFactory: (funds: FundsChapter, grants: GrantsChapter) => [funds, grants],
      inject: [FundsChapter, GrantsChapter],
    },
  ],
  exports: [DemoSeeder],
})
export class DemoModule {}
