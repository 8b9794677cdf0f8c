import { Role } from '@braid/contracts';
import {
  accessibleBy,
  Clock,
  Ctx,
  firstRowsAndTotal,
  MyWork,
  MyWorkList,
  MyWorkListArgs,
  MyWorkListShape,
  RequestContext,
} from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { Args, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Brackets } from 'typeorm';
import { ReportingRequirement } from '../requirements/reporting-requirement.entity';
import {
  requirementNow,
  RequirementStatus,
  requirementStatusSql,
  requirementTodaySql,
} from '../requirements/requirement-status';

/** How far ahead a report that is not yet late counts as owed on My work. */
export const REPORT_DUE_WITHIN_DAYS = 30;

/** Statuses that need the partner whatever the due date: late, or sent back with changes. */
const NEEDS_PARTNER = [RequirementStatus.LATE, RequirementStatus.CHANGES_REQUESTED];
/** Statuses that need the partner once the due date is near. */
const COMING_DUE = [RequirementStatus.DUE, RequirementStatus.UPCOMING];

@ObjectType({ description: 'A report your organization owes: due soon, late, or with changes requested.' })
export class OwedReport {
  @Field(() => ReportingRequirement)
  requirement: ReportingRequirement;

  @Field(() => RequirementStatus)
  status: RequirementStatus;

  @Field(() => Int, { nullable: true, description: 'Days past the due date, when late.' })
  daysLate: number | null;
}

@ObjectType()
export class OwedReportList extends MyWorkList(OwedReport) {}

/**
 * Reports' part of My work: the reporting requirements of the grants of the organization the
 * person is a partner contact for, in each collaborative of the page.
 */
@Injectable()
export class ReportsWorkService {
  constructor(private readonly clock: Clock) {}

  async reportsOwed(ctx: RequestContext, work: MyWork, first: number): Promise<MyWorkListShape<OwedReport>> {
    const ownOrganizations = work.collaborativeIds.flatMap((collaborativeId) => {
      const membership = ctx.membershipIn(collaborativeId);
      return membership?.roles.includes(Role.PARTNER_CONTACT) && membership.organizationId
        ? [{ collaborativeId, organizationId: membership.organizationId }]
        : [];
    });
    if (!ownOrganizations.length) return { nodes: [], totalCount: 0 };
    // Each requirement is dated on its own collaborative's calendar (My work spans several).
    const today = requirementTodaySql('requirement');
    const status = requirementStatusSql('requirement');
    const qb = ctx.em
      .getRepository(ReportingRequirement)
      .createQueryBuilder('requirement')
      .addSelect(status, 'my_status')
      .addSelect(`to_char(${today}, 'YYYY-MM-DD')`, 'my_today')
      .where(
        new Brackets((own) =>
          ownOrganizations.forEach(({ collaborativeId, organizationId }, i) => {
            const condition = `(requirement.collaborativeId = :ownIn${i} AND requirement.recipientOrganizationId = :ownOrg${i})`;
            const parameters = { [`ownIn${i}`]: collaborativeId, [`ownOrg${i}`]: organizationId };
            if (i === 0) own.where(condition, parameters);
            else own.orWhere(condition, parameters);
          }),
        ),
      )
      .andWhere(accessibleBy(ctx.ability, 'read', 'ReportingRequirement', 'requirement'))
      .andWhere(
        `(${status} IN (:...needsPartner) OR (${status} IN (:...comingDue) AND requirement.dueOn <= ${today} + CAST(:within AS int)))`,
        { needsPartner: NEEDS_PARTNER, comingDue: COMING_DUE, within: REPORT_DUE_WITHIN_DAYS },
      )
      .setParameters(requirementNow(this.clock.now()))
      .orderBy('requirement.dueOn', 'ASC')
      .addOrderBy('requirement.sequence', 'ASC')
      .addOrderBy('requirement.id', 'ASC');
    const { raw, entities, totalCount } = await firstRowsAndTotal(qb, first);
    return {
      totalCount,
      nodes: raw.map((row) => {
        const requirement = entities.find((candidate) => candidate.id === row['requirement_id']);
        if (!requirement) throw new Error(`My work: requirement ${String(row['requirement_id'])} not loaded`);
        const rowStatus = row['my_status'] as RequirementStatus;
        return {
          requirement,
          status: rowStatus,
          daysLate:
            rowStatus === RequirementStatus.LATE ? daysBetween(requirement.dueOn, String(row['my_today'])) : null,
        };
      }),
    };
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Reports' list on My work (the kernel defines the object; each domain adds its own fields). */
@Resolver(() => MyWork)
export class ReportsWorkResolver {
  constructor(private readonly work: ReportsWorkService) {}

  @ResolveField(() => OwedReportList, {
    description: `Reports your organization owes (partner contacts): late, changes requested, or due within ${REPORT_DUE_WITHIN_DAYS} days; by due date.`,
  })
  reportsOwed(@Ctx() ctx: RequestContext, @Parent() work: MyWork, @Args() args: MyWorkListArgs) {
    return this.work.reportsOwed(ctx, work, args.first);
  }
}
