import { Collaborative } from '@braid/collaboratives';
import { assertCan, AuditService, findAccessible, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { UpdateReportSettingsInput } from '../dto/reports.inputs';
import { ReportSettings } from './report-settings.entity';

const defaults = (collaborativeId: string): ReportSettings =>
  Object.assign(new ReportSettings(), {
    collaborativeId,
    holdDisbursementsOnLateReports: true,
    updatedAt: null,
  });

@Injectable()
export class ReportSettingsService {
  constructor(private readonly audit: AuditService) {}

  async get(ctx: RequestContext, collaborativeId: string): Promise<ReportSettings> {
    await findAccessible(ctx, Collaborative, 'Collaborative', collaborativeId);
    assertCan(ctx, 'read', 'ReportSettings', { collaborativeId });
    return (await ctx.em.findOneBy(ReportSettings, { collaborativeId })) ?? defaults(collaborativeId);
  }

  async update(ctx: RequestContext, input: UpdateReportSettingsInput): Promise<ReportSettings> {
    await findAccessible(ctx, Collaborative, 'Collaborative', input.collaborativeId);
    assertCan(ctx, 'update', 'ReportSettings', { collaborativeId: input.collaborativeId });
    const current = await ctx.em.findOne(ReportSettings, {
      where: { collaborativeId: input.collaborativeId },
      lock: { mode: 'pessimistic_write' },
    });
    const before = current ? { ...current } : defaults(input.collaborativeId);
    const settings = current ?? ctx.em.create(ReportSettings, { collaborativeId: input.collaborativeId });
    settings.holdDisbursementsOnLateReports = input.holdDisbursementsOnLateReports;
    await ctx.em.save(settings);
    await this.audit.record(ctx, {
      action: 'reportSettings.updated',
      collaborativeId: input.collaborativeId,
      entityType: 'ReportSettings',
      entityId: input.collaborativeId,
      before,
      after: settings,
    });
    return settings;
  }
}
