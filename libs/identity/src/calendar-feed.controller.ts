import { NotFoundError, Public } from '@braid/kernel';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CalendarFeedService } from './calendar-feed.service';

/**
 * A person's calendar feed, fetched by calendar apps (Google, Apple, Outlook) that carry no
 * cookie: the secret token in the address is the credential. Unknown, revoked and regenerated
 * tokens answer 404, alike. Calendar apps poll; five minutes of caching spares the database,
 * `private` keeps shared caches from holding a person's calendar.
 */
@Controller('api/calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':file')
  @Public('a calendar app carries no session: the secret token in the address authenticates it')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = /^(.+)\.ics$/.exec(file)?.[1];
    const calendar = token ? await this.feeds.calendarFor(token) : null;
    if (calendar === null) throw new NotFoundError('CalendarFeed');
    res
      .status(200)
      .setHeader('Content-Type', 'text/calendar; charset=utf-8')
      .setHeader('Cache-Control', 'private, max-age=300')
      .setHeader('Content-Disposition', 'inline; filename="braid.ics"')
      .send(calendar);
  }
}
