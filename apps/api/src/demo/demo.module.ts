import { CollaborativesModule } from '@braid/collaboratives';
import { FundsModule } from '@braid/funds';
import { GovernanceModule } from '@braid/governance';
import { Module } from '@nestjs/common';
import { FundsChapter } from './chapters/funds.chapter';
import { GovernanceChapter } from './chapters/governance.chapter';
import { GrantsChapter } from './chapters/grants.chapter';
import { PeopleChapter } from './chapters/people.chapter';
import { ReportsChapter } from './chapters/reports.chapter';
import { DemoSeeder } from './demo.seeder';
import { DEMO_CHAPTERS, DemoChapter } from './demo-world';

@Module({
  // ReportsModule is global (configured by the app with its storage).
  imports: [CollaborativesModule, GovernanceModule, FundsModule],
  providers: [
    DemoSeeder,
    PeopleChapter,
    FundsChapter,
    GovernanceChapter,
    GrantsChapter,
    ReportsChapter,
    // Story order (docs/DOMAIN-GUIDE.md): the money arrives on its streams; the leadership team votes to fund
    // the trauma recovery center (its event creates the grant); tranche one is released; the center
    // reports on its first quarters.
    {
      provide: DEMO_CHAPTERS,
      useFactory: (...chapters: DemoChapter[]) => chapters,
      inject: [FundsChapter, GovernanceChapter, GrantsChapter, ReportsChapter],
    },
  ],
  exports: [DemoSeeder],
})
export class DemoModule {}
