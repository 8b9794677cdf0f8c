import { Collaborative } from '@braid/collaboratives';
import { DomainEvents } from '@braid/kernel';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PeopleChapter } from './chapters/people.chapter';
import { DEMO_SLUG } from './demo-cast';
import { DEMO_CHAPTERS, DemoChapter } from './demo-world';

/**
 * Writes the acceptance story (docs/DOMAIN-GUIDE.md) into an empty database, through the same services
 * (and so the same rules, permissions and audit log) as the API. All of it or nothing: one
 * transaction.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleChapter,
    @Inject(DEMO_CHAPTERS) private readonly chapters: DemoChapter[],
    private readonly domainEvents: DomainEvents,
  ) {}

  async isSeeded(): Promise<boolean> {
    return this.dataSource.getRepository(Collaborative).existsBy({ slug: DEMO_SLUG });
  }

  async seed(): Promise<boolean> {
    if (await this.isSeeded()) return false;
    const started = Date.now();
    await this.dataSource.transaction(async (em) => {
      // Two processes starting on one empty database must not both write the story.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('braid-demo-seed'))`);
      if (await em.getRepository(Collaborative).existsBy({ slug: DEMO_SLUG })) return;
      const world = await this.people.write(em);
      for (const chapter of this.chapters) {
        this.logger.log(`Demo: ${chapter.title}`);
        await chapter.write(world);
        // What a chapter's events cause (a passed FUNDING motion's grant) is part of the story the
        // next chapter continues; within one transaction they must be delivered here.
        await this.domainEvents.deliverWithin(em);
      }
    });
    this.logger.log(`Demo data written in ${Date.now() - started} ms`);
    return true;
  }
}
