import { CollaborativesModule } from '@braid/collaboratives';
import { FundsModule } from '@braid/funds';
import { GovernanceModule } from '@braid/governance';
import { Module } from '@nestjs/common';
import { FundsChapter } from './chapters/funds.chapter';
import { GovernanceChapter } from './chapters/governance.chapter';
import { GrantsChapter } from './chapters/grants.chapter';
import { PeopleChapter } from './chapters/people.chapter';
import { DemoSeeder } from './demo.seeder';
import { DEMO_CHAPTERS, DemoChapter } from './demo-world';

@Module({
  imports: [CollaborativesModule, GovernanceModule, FundsModule],
  providers: [
    DemoSeeder,
    PeopleChapter,
    FundsChapter,
    GovernanceChapter,
    GrantsChapter,
    // Story order (DOMAIN.md): the money arrives on its streams; the leadership team votes to fund
    // the trauma recovery center (its event creates the grant); tranche one is released.
    {
      provide: DEMO_CHAPTERS,
      useFactory: (...chapters: DemoChapter[]) => chapters,
      inject: [FundsChapter, GovernanceChapter, GrantsChapter],
    },
  ],
  exports: [DemoSeeder],
})
export class DemoModule {}
