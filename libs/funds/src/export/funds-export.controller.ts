import { Allow, Ctx, RequestContext } from '@braid/kernel';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { FundsExportService } from './funds-export.service';

/**
 * CSV downloads, under /api, behind the same global AccessGuard as GraphQL (the session cookie
 * authenticates). The guard checks the action on the subject; the service checks the collaborative.
 */
@Controller('api/collaboratives/:collaborativeId/funds')
export class FundsExportController {
  constructor(private readonly exports: FundsExportService) {}

  @Get('ledger.csv')
  @Allow('export', 'LedgerTransaction')
  ledger(
    @Ctx() ctx: RequestContext,
    @Param('collaborativeId') collaborativeId: string,
    @Res() res: Response,
  ): Promise<void> {
    return this.exports.ledger(ctx, collaborativeId, res);
  }

  @Get('budget.csv')
  @Allow('export', 'FundingStream')
  budget(
    @Ctx() ctx: RequestContext,
    @Param('collaborativeId') collaborativeId: string,
    @Res() res: Response,
  ): Promise<void> {
    return this.exports.budget(ctx, collaborativeId, res);
  }
}
