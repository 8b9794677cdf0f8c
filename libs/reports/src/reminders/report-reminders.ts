import { fundAdministratorsOf, partnerContactsOf } from '@braid/funds';
import { Clock, NotificationRequest, Notifier, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { ReportingRequirement } from '../requirements/reporting-requirement.entity';
import {
  requirementNow,
  RequirementStatus,
  requirementStatusSql,
  requirementTodaySql,
} from '../requirements/requirement-status';
import { requirementLink } from './requirement-link';

/** The scheduled task that reminds partners of reports (ReportsModule.onModuleInit). */
export const REPORT_REMINDERS_TASK = 'reports-reminders';

/**
 * Days before the due date at which a partner is reminded, largest first. A requirement is in the
 * window of the smallest threshold its days left reach, so a sweep that ran late (or a due date
 * moved closer) still sends the nearer reminder, and never the farther one after it.
 */
export const DUE_SOON_DAYS = [14, 3] as const;

/** The reminder a requirement with `daysLeft` days to its due date is owed, if any. */
export function dueSoonThreshold(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  let owed: number | null = null;
  for (const days of DUE_SOON_DAYS) if (daysLeft <= days) owed = days;
  return owed;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

interface RequirementRow {
  id: string;
  collaborative_id: string;
  recipient_organization_id: string;
  period_start: string;
  period_end: string;
  due_on: string;
  status: RequirementStatus;
  grant_title: string;
  organization_name: string;
  held_cents: string | null;
  currency: string;
  /** The collaborative's own date now. */
  today: string;
}

/** Whether nobody has been told under the dedupe key the SQL expression `key` builds. */
function unsent(key: string): string {
  return `NOT EXISTS (SELECT 1 FROM notification told WHERE told.dedupe_key = ${key})`;
}

/**
 * Reports' reminders, swept on a schedule as of the Clock's instant on each collaborative's own
 * calendar, with the same status rule as
 * the pages (`requirementStatusSql`): a report not yet submitted is announced to the grant's partner
 * contacts 14 and 3 days before it is due; once late, the partner hears what it holds back (the
 * scheduled tranches planned after its due date, while the collaborative holds money on late
 * reports) and the fund administrators hear which organization is late. Dedupe keys name the
 * requirement, its due date and the threshold: a second sweep sends nothing, a moved due date
 * reminds again. The sweep reads only requirements whose reminder has not been recorded yet (by
 * that key), so an hourly run costs what is new, not every late report ever; and writes all it
 * found in one `notifyMany`.
 */
@Injectable()
export class ReportReminders {
  constructor(
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  async sweep(ctx: RequestContext): Promise<void> {
    const today = requirementTodaySql('requirement');
    const status = requirementStatusSql('requirement');
    const dueOn = `to_char(requirement.due_on, 'YYYY-MM-DD')`;
    // The reminder a requirement not yet due is owed (`dueSoonThreshold`): the smallest threshold
    // its days left reach.
    const threshold = `(SELECT min(days) FROM unnest(CAST(:thresholds AS int[])) days WHERE days >= requirement.due_on - ${today})`;
    const rows: RequirementRow[] = await ctx.em
      .getRepository(ReportingRequirement)
      .createQueryBuilder('requirement')
      .select('requirement.id', 'id')
      .addSelect('requirement.collaborative_id', 'collaborative_id')
      .addSelect('requirement.recipient_organization_id', 'recipient_organization_id')
      .addSelect(`to_char(requirement.period_start, 'YYYY-MM-DD')`, 'period_start')
      .addSelect(`to_char(requirement.period_end, 'YYYY-MM-DD')`, 'period_end')
      .addSelect(dueOn, 'due_on')
      .addSelect(status, 'status')
      .addSelect(`to_char(${today}, 'YYYY-MM-DD')`, 'today')
      .addSelect('award.title', 'grant_title')
      .addSelect('award.amount_currency', 'currency')
      .addSelect('organization.name', 'organization_name')
      // What the hold keeps back until the report goes in: the tranches a late report comes before
      // (holdsFor's rule), unless the collaborative turned holds off.
      .addSelect(
        `CASE WHEN COALESCE((SELECT settings.hold_disbursements_on_late_reports FROM report_settings settings
                              WHERE settings.collaborative_id = requirement.collaborative_id), true)
              THEN (SELECT SUM(tranche.amount_cents)::text FROM disbursement tranche
                     WHERE tranche.grant_id = requirement.grant_id AND tranche.status = 'SCHEDULED'
                       AND tranche.planned_on > requirement.due_on)
         END`,
        'held_cents',
      )
      .innerJoin('grant_award', 'award', 'award.id = requirement.grant_id')
      .innerJoin('organization', 'organization', 'organization.id = requirement.recipient_organization_id')
      .where(
        `(((${status}) = 'LATE'
            AND (${unsent(`'report-late:' || requirement.id || ':' || ${dueOn}`)}
                 OR ${unsent(`'report-late-for-fund:' || requirement.id || ':' || ${dueOn}`)}))
          OR ((${status}) IN ('UPCOMING', 'DUE')
            AND requirement.due_on BETWEEN ${today} AND ${today} + CAST(:window AS int)
            AND ${unsent(`'report-due:' || requirement.id || ':' || ${dueOn} || ':' || ${threshold}`)}))`,
        { window: Math.max(...DUE_SOON_DAYS), thresholds: [...DUE_SOON_DAYS] },
      )
      .setParameters(requirementNow(this.clock.now()))
      .orderBy('requirement.collaborative_id')
      .addOrderBy('requirement.due_on')
      .addOrderBy('requirement.id')
      .getRawMany();

    const partners = new Map<string, Promise<string[]>>();
    const administrators = new Map<string, Promise<string[]>>();
    const requests: NotificationRequest[] = [];
    for (const row of rows) {
      const partnerKey = `${row.collaborative_id}/${row.recipient_organization_id}`;
      if (!partners.has(partnerKey))
        partners.set(partnerKey, partnerContactsOf(ctx, row.collaborative_id, row.recipient_organization_id));
      const common = {
        collaborativeId: row.collaborative_id,
        about: { type: 'ReportingRequirement', id: row.id },
        link: requirementLink(row.collaborative_id, row.id),
      };
      if (row.status === RequirementStatus.LATE) {
        const daysLate = daysBetween(row.due_on, row.today);
        requests.push({
          ...common,
          kind: 'REPORT_LATE',
          recipientUserIds: await (partners.get(partnerKey) as Promise<string[]>),
          figures: {
            grantTitle: row.grant_title,
            dueOn: row.due_on,
            daysLate,
            heldCents: row.held_cents,
            currency: row.held_cents ? row.currency : null,
          },
          dedupeKey: `report-late:${row.id}:${row.due_on}`,
        });
        if (!administrators.has(row.collaborative_id))
          administrators.set(row.collaborative_id, fundAdministratorsOf(ctx, row.collaborative_id));
        requests.push({
          ...common,
          kind: 'REPORT_LATE_FOR_FUND',
          recipientUserIds: await (administrators.get(row.collaborative_id) as Promise<string[]>),
          figures: {
            grantTitle: row.grant_title,
            organizationName: row.organization_name,
            dueOn: row.due_on,
            daysLate,
          },
          dedupeKey: `report-late-for-fund:${row.id}:${row.due_on}`,
        });
        continue;
      }
      const daysLeft = daysBetween(row.today, row.due_on);
      const threshold = dueSoonThreshold(daysLeft);
      if (threshold === null) continue;
      requests.push({
        ...common,
        kind: 'REPORT_DUE_SOON',
        recipientUserIds: await (partners.get(partnerKey) as Promise<string[]>),
        figures: {
          grantTitle: row.grant_title,
          periodStart: row.period_start,
          periodEnd: row.period_end,
          dueOn: row.due_on,
          daysLeft,
        },
        dedupeKey: `report-due:${row.id}:${row.due_on}:${threshold}`,
      });
    }
    await this.notifier.notifyMany(ctx, requests);
  }
}
