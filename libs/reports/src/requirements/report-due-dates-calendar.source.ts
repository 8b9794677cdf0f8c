import { GrantReportStatus, Language, Role } from '@braid/contracts';
import {
  accessibleBy,
  allDay,
  CALENDAR_SOURCE_LIMIT,
  type CalendarEvent,
  type CalendarSource,
  type CalendarWindow,
  type PublicLinks,
  RequestContext,
} from '@braid/kernel';
import { ReportingRequirement } from './reporting-requirement.entity';

const WORDS = {
  [Language.EN]: { report: (n: number, grant: string) => `Report ${n} due: ${grant}`, covers: 'Covers' },
  [Language.ES]: {
    report: (n: number, grant: string) => `Vence el informe ${n}: ${grant}`,
    covers: 'Periodo',
  },
} as const;

interface DueRow {
  id: string;
  collaborativeId: string;
  sequence: number;
  covers: string;
  dueOn: string;
  grantTitle: string;
}

/**
 * A partner contact's report due dates: the reports their organization still owes on its grants
 * (every requirement without an accepted report), as all-day events on the due date. Only the
 * organizations they are a partner contact for, in the collaboratives where they are one; staff
 * who review reports follow them on the reports page, not in their calendar.
 */
export class ReportDueDatesCalendarSource implements CalendarSource {
  readonly name = 'report-due-dates';

  async eventsFor(ctx: RequestContext, window: CalendarWindow, links: PublicLinks): Promise<CalendarEvent[]> {
    const partnerOf = (ctx.principal?.memberships ?? []).filter(
      (m) => m.roles.includes(Role.PARTNER_CONTACT) && m.organizationId,
    );
    if (!partnerOf.length) return [];
    const words = WORDS[ctx.principal?.preferredLanguage === Language.ES ? Language.ES : Language.EN];
    const qb = ctx.em
      .getRepository(ReportingRequirement)
      .createQueryBuilder('requirement')
      .innerJoin('requirement.grant', 'award')
      .select('requirement.id', 'id')
      .addSelect('requirement.collaborativeId', 'collaborativeId')
      .addSelect('requirement.sequence', 'sequence')
      .addSelect('requirement.covers', 'covers')
      .addSelect(`to_char(requirement.dueOn, 'YYYY-MM-DD')`, 'dueOn')
      .addSelect('award.title', 'grantTitle')
      .where('requirement.dueOn >= :sinceDate', { sinceDate: window.sinceDate })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM grant_report accepted
                      WHERE accepted.requirement_id = requirement.id AND accepted.status = :accepted)`,
        { accepted: GrantReportStatus.ACCEPTED },
      )
      .andWhere(accessibleBy(ctx.ability, 'read', 'ReportingRequirement', 'requirement'))
      .orderBy('requirement.dueOn', 'ASC')
      .addOrderBy('requirement.id', 'ASC')
      .limit(CALENDAR_SOURCE_LIMIT);
    // Each (collaborative, organization) pair the person is a partner contact for, as one condition.
    qb.andWhere(
      `(${partnerOf
        .map(
          (_, i) =>
            `(requirement.collaborativeId = :partnerCollaborative${i} AND requirement.recipientOrganizationId = :partnerOrganization${i})`,
        )
        .join(' OR ')})`,
      Object.fromEntries(
        partnerOf.flatMap((m, i) => [
          [`partnerCollaborative${i}`, m.collaborativeId],
          [`partnerOrganization${i}`, m.organizationId],
        ]),
      ),
    );
    const rows = await qb.getRawMany<DueRow>();
    return rows.map((row) => {
      const page = links.to(`/collaboratives/${row.collaborativeId}/reports/${row.id}`);
      return {
        uid: `report-due-${row.id}@braid`,
        title: words.report(Number(row.sequence), row.grantTitle),
        ...allDay(row.dueOn),
        url: page,
        description: `${words.covers}: ${row.covers}\n${page}`,
        transp: 'TRANSPARENT',
      };
    });
  }
}
