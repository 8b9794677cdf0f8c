import { Allow, Ctx, RequestContext } from '@braid/kernel';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { outcomesCsv } from './outcomes-csv';
import { OutcomeService } from './outcome.service';

/** The outcome roll-up as CSV, behind the same AccessGuard and session as GraphQL. */
@Controller('api/collaboratives/:collaborativeId/reports')
export class OutcomesExportController {
  constructor(private readonly outcomes: OutcomeService) {}

  @Get('outcomes.csv')
  @Allow('export', 'OutcomeRollup')
  async outcomesCsv(
    @Ctx() ctx: RequestContext,
    @Param('collaborativeId') collaborativeId: string,
    @Res() res: Response,
  ): Promise<void> {
    const collaborative = await this.outcomes.requireAccess(ctx, collaborativeId, 'export');
    // One snapshot: the metric rows and the funder rows describe the same moment.
    const csv = await ctx.em.transaction('REPEATABLE READ', async (em) => {
      const snapshot = ctx.forTransaction(em);
      return outcomesCsv(
        await this.outcomes.metricOutcomes(snapshot, collaborativeId),
        await this.outcomes.funders(snapshot, collaborativeId),
      );
    });
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="outcomes-${collaborative.slug}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(csv);
  }
}
