import { CollaborativesModule } from '@braid/collaboratives';
import { Module } from '@nestjs/common';
import { PeopleChapter } from './chapters/people.chapter';
import { DemoSeeder } from './demo.seeder';
import { DEMO_CHAPTERS } from './demo-world';

@Module({
  imports: [CollaborativesModule],
  providers: [
    DemoSeeder,
    PeopleChapter,
    // Story order: each domain's chapter is listed here as it lands.
    { provide: DEMO_CHAPTERS, useFactory: () => [] },
  ],
  exports: [DemoSeeder],
})
export class DemoModule {}
