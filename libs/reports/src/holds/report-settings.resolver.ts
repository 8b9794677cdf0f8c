import { Allow, Ctx, RequestContext, UuidArg } from '@braid/kernel';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UpdateReportSettingsInput } from '../dto/reports.inputs';
import { ReportSettings } from './report-settings.entity';
import { ReportSettingsService } from './report-settings.service';

@Resolver(() => ReportSettings)
export class ReportSettingsResolver {
  constructor(private readonly settings: ReportSettingsService) {}

  @Query(() => ReportSettings)
  @Allow('read', 'ReportSettings')
  reportSettings(@Ctx() ctx: RequestContext, @UuidArg('collaborativeId') collaborativeId: string) {
    return this.settings.get(ctx, collaborativeId);
  }

  @Mutation(() => ReportSettings, {
    description: 'Whether late reports hold the release of tranches (on by default).',
  })
  @Allow('update', 'ReportSettings')
  updateReportSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateReportSettingsInput) {
    return this.settings.update(ctx, input);
  }
}
