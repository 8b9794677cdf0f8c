import { Ctx, findAccessible, NotFoundError, PublicLinks, RequestContext, SignedIn } from '@braid/kernel';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Response } from 'express';
import { meetingCalendar } from './meeting-calendar';
import { Meeting } from './meeting.entity';

/**
 * "Add to calendar": one meeting as an .ics file, for a signed-in person who may read it (the
 * session cookie authenticates, as for the CSV downloads). Anyone else, another collaborative's
 * member or a partner contact included, is answered 404 like for any record they cannot see.
 */
@Controller('api/meetings')
export class MeetingCalendarController {
  constructor(private readonly links: PublicLinks) {}

  @Get(':file')
  @SignedIn()
  async download(
    @Ctx() ctx: RequestContext,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const id = /^(.+)\.ics$/.exec(file)?.[1];
    if (!id || !isUUID(id)) throw new NotFoundError('Meeting');
    const meeting = await findAccessible(ctx, Meeting, 'Meeting', id);
    res
      .status(200)
      .setHeader('Content-Type', 'text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="meeting-${meeting.id}.ics"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(meetingCalendar(meeting, this.links, ctx.principal?.preferredLanguage));
  }
}
