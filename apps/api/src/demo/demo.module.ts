import { CollaborativesModule } from '@braid/collaboratives';
import { GovernanceModule } from '@braid/governance';
import { Module } from '@nestjs/common';
import { GovernanceChapter } from './chapters/governance.chapter';
import { PeopleChapter } from './chapters/people.chapter';
import { DemoSeeder } from './demo.seeder';
import { DEMO_CHAPTERS } from './demo-world';

@Module({
  imports: [CollaborativesModule, GovernanceModule],
  providers: [
    DemoSeeder,
    PeopleChapter,
    GovernanceChapter,
    // Story order: each domain's chapter is listed here as it lands.
    { provide: DEMO_CHAPTERS, useFactory: (governance: GovernanceChapter) => [governance], inject: [GovernanceChapter] },
  ],
  exports: [DemoSeeder],
})
export class DemoModule {}
