import { ActionItemStatus, AttendanceStatus, BallotChoice, MotionKind } from '@braid/contracts';
import {
  ActionItemService,
  BallotService,
  FundingProposalInput,
  MeetingService,
  MinutesService,
  MotionService,
  WorkgroupService,
} from '@braid/governance';
import { FundingStreamKind, FundingStreamService } from '@braid/funds';
import { Injectable } from '@nestjs/common';
import { DemoPersonKey } from '../demo-cast';
import { DemoChapter, DemoWorld } from '../demo-world';

const DAY = 24 * 3600 * 1000;

/** A date `days` from the seeding day, YYYY-MM-DD. */
function dayFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
}

/**
 * The first day of the calendar quarter `days` before the seeding day: the trauma recovery
 * center's program year starts on a quarter so its quarterly reports cover whole quarters.
 */
function quarterStartBefore(now: Date, days: number): Date {
  const day = new Date(now.getTime() - days * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), Math.floor(day.getUTCMonth() / 3) * 3, 1));
}

/** Seats by their holder, as DEMO_SEATS names them. */
const SEATS = {
  healthPlan: 'Health Plan of San Joaquin',
  kaiser: 'Kaiser Permanente',
  dignity: 'Dignity Health',
  chair: 'County Public Health',
  school: 'Stockton Unified School District',
  lead: 'Fathers and Families of San Joaquin',
  trcBoard: 'Stockton Trauma Recovery Center',
  resident1: 'Resident seat 1',
  resident2: 'Resident seat 2',
} as const satisfies Partial<Record<DemoPersonKey, string>>;
type SeatHolder = keyof typeof SEATS;

/**
 * Story steps 3 and 4 (docs/DOMAIN-GUIDE.md): the Trauma-Informed Care workgroup at work, two past meetings
 * of the leadership team (minutes approved at the next one, the trauma recovery center funded with
 * its own seat recused), and today's meeting with a funding vote under way.
 */
@Injectable()
export class GovernanceChapter implements DemoChapter {
  readonly title = 'Workgroups, meetings, minutes and votes';

  constructor(
    private readonly workgroups: WorkgroupService,
    private readonly actionItems: ActionItemService,
    private readonly meetings: MeetingService,
    private readonly minutes: MinutesService,
    private readonly motions: MotionService,
    private readonly ballots: BallotService,
    private readonly streams: FundingStreamService,
  ) {}

  async write(world: DemoWorld): Promise<void> {
    const now = new Date();
    const { people, collaborativeId } = world;
    const seat = (holder: SeatHolder) => world.seats[SEATS[holder]].id;

    // The Trauma-Informed Care workgroup, led by Marcus Bell.
    const admin = await world.as('admin');
    const trauma = await this.workgroups.create(admin, {
      collaborativeId,
      name: 'Trauma-Informed Care',
      purpose:
        'Make every door in South Stockton a trauma-informed one: train front-line staff, and connect survivors of violence to the Stockton Trauma Recovery Center.',
      leadUserIds: [people.lead.id],
      memberUserIds: [people.dignity.id, people.resident1.id, people.school.id, people.trcBoard.id],
    });
    await this.workgroups.create(admin, {
      collaborativeId,
      name: 'Youth & Schools',
      purpose: 'Healing-centered practice in Stockton Unified classrooms and after-school programs.',
      leadUserIds: [people.school.id],
      memberUserIds: [people.resident2.id],
    });
    await this.workgroups.create(admin, {
      collaborativeId,
      name: 'Data Sharing',
      purpose: 'A data-sharing agreement so partners can count non-duplicated clients across programs.',
      leadUserIds: [],
      memberUserIds: [people.healthPlan.id, people.kaiser.id],
    });

    const lead = await world.as('lead');
    const item = (title: string, owner: DemoPersonKey, dueIn: number) =>
      this.actionItems.create(lead, {
        workgroupId: trauma.id,
        title,
        ownerUserId: people[owner].id,
        dueOn: dayFrom(now, dueIn),
      });
    const training = await item(
      "Train 40 front-line staff at St. Joseph's emergency department in trauma-informed care",
      'dignity',
      45,
    );
    const referral = await item(
      'Map referral paths from the emergency rooms to the Stockton Trauma Recovery Center',
      'lead',
      -20,
    );
    await item('Spanish-language outreach materials for survivors and their families', 'resident1', 30);
    const baseline = await item(
      'Baseline count of non-duplicated clients enrolled (target: 500)',
      'trcBoard',
      10,
    );
    const dignity = await world.as('dignity');
    await this.actionItems.postUpdate(dignity, {
      actionItemId: training.id,
      note: 'First cohort of 18 staff trained; second cohort booked.',
      status: ActionItemStatus.IN_PROGRESS,
    });
    await this.actionItems.postUpdate(lead, {
      actionItemId: referral.id,
      note: 'Draft map reviewed with both emergency departments.',
      status: ActionItemStatus.IN_PROGRESS,
    });
    await this.actionItems.postUpdate(lead, {
      actionItemId: referral.id,
      note: 'Final map adopted; posted in both EDs.',
      status: ActionItemStatus.DONE,
    });
    await this.actionItems.postUpdate(await world.as('trcBoard'), {
      actionItemId: baseline.id,
      note: 'Waiting on the data-sharing agreement with the county before we can de-duplicate clients.',
      status: ActionItemStatus.BLOCKED,
    });

    // A past workgroup meeting, with its minutes circulated.
    const workgroupMeeting = await this.meetings.schedule(lead, {
      collaborativeId,
      workgroupId: trauma.id,
      title: 'Trauma-Informed Care workgroup',
      scheduledAt: new Date(now.getTime() - 50 * DAY),
      location: 'Fathers and Families of San Joaquin, 338 E Market St',
    });
    await this.meetings.start(lead, workgroupMeeting.id);
    await this.meetings.recordAttendance(lead, {
      meetingId: workgroupMeeting.id,
      entries: [
        { userId: people.lead.id, status: AttendanceStatus.PRESENT },
        { userId: people.dignity.id, status: AttendanceStatus.PRESENT },
        { userId: people.resident1.id, status: AttendanceStatus.REMOTE },
        { userId: people.trcBoard.id, status: AttendanceStatus.PRESENT },
        { userId: people.school.id, status: AttendanceStatus.ABSENT },
      ],
    });
    const workgroupMinutes = await this.minutes.draft(lead, {
      meetingId: workgroupMeeting.id,
      body:
        'Reviewed the emergency-room referral map. The recovery center reported its waiting list at 60 survivors. ' +
        'The workgroup recommends that the leadership team fund the center from the county and Office for Victims of Crime streams.',
    });
    await this.minutes.circulate(lead, workgroupMinutes.id);
    await this.meetings.adjourn(lead, workgroupMeeting.id);

    // The funds chapter ran first: the county and federal awards (restricted) and the health
    // plan's unrestricted reinvestment.
    const streams = await this.streams.list(await world.as('fundAdmin'), collaborativeId);
    const streamOf = (match: (kind: FundingStreamKind, restricted: boolean) => boolean) => {
      const stream = streams.find((candidate) => match(candidate.kind, candidate.restricted));
      if (!stream) throw new Error('The funds chapter must run before the governance chapter');
      return stream.id;
    };
    const county = streamOf((kind) => kind === FundingStreamKind.COUNTY);
    const ovc = streamOf((kind) => kind === FundingStreamKind.FEDERAL);
    const general = streamOf((_kind, restricted) => !restricted);

    const chair = await world.as('chair');
    const allPresent = (except: Partial<Record<SeatHolder, AttendanceStatus>> = {}) =>
      (Object.keys(SEATS) as SeatHolder[]).map((holder) => ({
        seatId: seat(holder),
        status: except[holder] ?? AttendanceStatus.PRESENT,
      }));
    const cast = async (
      motionId: string,
      choices: Partial<Record<DemoPersonKey, BallotChoice>>,
      seatOf: Partial<Record<DemoPersonKey, SeatHolder>> = {},
    ) => {
      for (const [person, choice] of Object.entries(choices) as [DemoPersonKey, BallotChoice][]) {
        const holder = seatOf[person];
        await this.ballots.cast(await world.as(person), {
          motionId,
          choice,
          seatId: holder ? seat(holder) : null,
        });
      }
    };
    // Each meeting is named for its date, as a secretary would: "Leadership team" on every one of
    // them left nobody able to tell them apart in a list.
    const leadershipMeeting = async (daysAgo: number, attendance: ReturnType<typeof allPresent>) => {
      const scheduledAt = new Date(now.getTime() - daysAgo * DAY);
      // Month and day: two meetings four weeks apart can fall in one month.
      const day = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
        scheduledAt,
      );
      const meeting = await this.meetings.schedule(chair, {
        collaborativeId,
        title: `Leadership team, ${day}`,
        scheduledAt,
        location: 'Boggs Tract Community Center, Stockton',
        remoteLink: 'https://meet.example.org/healing-south-stockton',
        noteTakerUserId: people.fundAdmin.id,
      });
      await this.meetings.start(chair, meeting.id);
      await this.meetings.recordAttendance(chair, { meetingId: meeting.id, entries: attendance });
      return meeting;
    };
    // A past vote was decided at its meeting, not on the day the demo is written: the decisions
    // list and the public page date a decision by when its motion closed.
    const decidedDuringMeeting = async (
      motionId: string,
      meeting: { scheduledAt: Date },
      minutesIn: number,
    ) => {
      const at = (minutes: number) => new Date(meeting.scheduledAt.getTime() + minutes * 60_000);
      await chair.em.query(`UPDATE motion SET opened_at = $2, closed_at = $3 WHERE id = $1`, [
        motionId,
        at(minutesIn - 15),
        at(minutesIn),
      ]);
    };

    // Two months ago: the referral protocol adopted; Luis Ortega sits for Gloria Hernández.
    const september = await leadershipMeeting(
      42,
      allPresent({ kaiser: AttendanceStatus.ABSENT, resident1: AttendanceStatus.ALTERNATE_PRESENT }),
    );
    const protocol = await this.motions.create(chair, {
      meetingId: september.id,
      kind: MotionKind.GENERAL,
      title: "Adopt the Trauma-Informed Care workgroup's emergency-room referral protocol",
      text: 'Resolved, that every partner emergency department refer survivors of violent crime to the Stockton Trauma Recovery Center using the shared protocol.',
      secret: false,
    });
    await this.meetings.setAgenda(chair, {
      meetingId: september.id,
      items: [
        { title: 'Welcome and land acknowledgment', notes: '' },
        { title: 'Public comment', notes: 'Residents speak first.' },
        { title: 'Referral protocol (Trauma-Informed Care workgroup)', notes: '', motionId: protocol.id },
      ],
    });
    await this.motions.open(chair, protocol.id);
    await cast(
      protocol.id,
      {
        chair: BallotChoice.YES,
        healthPlan: BallotChoice.YES,
        dignity: BallotChoice.YES,
        school: BallotChoice.YES,
        lead: BallotChoice.YES,
        trcBoard: BallotChoice.YES,
        residentAlternate: BallotChoice.YES,
        resident2: BallotChoice.ABSTAIN,
      },
      { residentAlternate: 'resident1' },
    );
    await this.motions.close(chair, protocol.id);
    await decidedDuringMeeting(protocol.id, september, 50);
    const fundAdmin = await world.as('fundAdmin');
    const septemberMinutes = await this.minutes.draft(fundAdmin, {
      meetingId: september.id,
      body:
        'Eight of nine seats present (Kaiser Permanente absent; Luis Ortega sitting for Resident seat 1): quorum with both resident seats. ' +
        'Public comment: two residents asked for evening hours at the recovery center. ' +
        "The workgroup's referral protocol was adopted, 7 in favor, 1 abstaining.",
    });
    await this.minutes.circulate(chair, septemberMinutes.id);
    await this.meetings.adjourn(chair, september.id);

    // Last month: September's minutes approved; the trauma recovery center funded, its own seat recused.
    const october = await leadershipMeeting(14, allPresent());
    const approval = await this.motions.create(chair, {
      meetingId: october.id,
      kind: MotionKind.MINUTES_APPROVAL,
      title: "Approve the minutes of the leadership team's previous meeting",
      text: '',
      secret: false,
      minutesId: septemberMinutes.id,
    });
    await this.motions.open(chair, approval.id);
    await cast(approval.id, {
      chair: BallotChoice.YES,
      healthPlan: BallotChoice.YES,
      kaiser: BallotChoice.ABSTAIN,
      dignity: BallotChoice.YES,
      school: BallotChoice.YES,
      lead: BallotChoice.YES,
      resident1: BallotChoice.YES,
      resident2: BallotChoice.YES,
    });
    await this.motions.close(chair, approval.id);
    await decidedDuringMeeting(approval.id, october, 20);

    const trc = world.organizations.trc.id;
    // The center's program year began about seven months ago, on a quarter (the board confirms
    // the county and federal money for the year it is in), so by now its first two quarterly
    // reports have fallen due: the reports chapter has one accepted and one late. Tranche two is
    // planned after the second report's due date, so that late report holds it.
    const yearStart = quarterStartBefore(now, 213);
    const programDay = (days: number) =>
      new Date(yearStart.getTime() + days * DAY).toISOString().slice(0, 10);
    const centerFunding: FundingProposalInput = {
      amount: { cents: 30_000_000n, currency: 'USD' },
      recipientOrganizationId: trc,
      // One of the purposes both restricted streams allow; the motion's text says what it buys.
      purpose: 'Trauma recovery services',
      periodStart: programDay(0),
      periodEnd: programDay(364),
      allocations: [
        { fundingStreamId: county, cents: 20_000_000n },
        { fundingStreamId: ovc, cents: 10_000_000n },
      ],
      tranches: [
        { cents: 10_000_000n, plannedOn: programDay(5) },
        { cents: 10_000_000n, plannedOn: programDay(215) },
        { cents: 10_000_000n, plannedOn: programDay(310) },
      ],
    };
    const center = await this.motions.create(lead, {
      meetingId: october.id,
      kind: MotionKind.FUNDING,
      title: 'Fund the Stockton Trauma Recovery Center, year one',
      text:
        'Resolved, that the Wellness Fund grant $300,000 to the Stockton Trauma Recovery Center for its first year of trauma ' +
        'recovery services (case management, therapy and legal advocacy for survivors of violent crime; targets: 500 ' +
        'non-duplicated clients enrolled, 1,000 people educated on trauma recovery services), drawn from the county and ' +
        'Office for Victims of Crime streams.',
      secret: false,
      funding: centerFunding,
    });
    await this.motions.open(chair, center.id);
    await cast(center.id, {
      chair: BallotChoice.YES,
      healthPlan: BallotChoice.YES,
      kaiser: BallotChoice.YES,
      dignity: BallotChoice.YES,
      school: BallotChoice.YES,
      lead: BallotChoice.YES,
      resident1: BallotChoice.YES,
      resident2: BallotChoice.NO,
    });
    await this.motions.close(chair, center.id);
    await decidedDuringMeeting(center.id, october, 65);
    const octoberMinutes = await this.minutes.draft(fundAdmin, {
      meetingId: october.id,
      body:
        "All nine seats present. September's minutes approved. The leadership team granted $300,000 to the Stockton Trauma " +
        'Recovery Center for year one, 7 in favor and 1 against; the center’s own seat recused.',
    });
    await this.minutes.circulate(chair, octoberMinutes.id);
    await this.meetings.adjourn(chair, october.id);

    // Today: the trust builders outreach program is being voted on.
    const today = await leadershipMeeting(0, allPresent({ dignity: AttendanceStatus.REMOTE }));
    const trustBuilders = await this.motions.create(await world.as('resident1'), {
      meetingId: today.id,
      kind: MotionKind.FUNDING,
      title: 'Fund the Reinvent South Stockton trust builders outreach program',
      text:
        'Resolved, that the Wellness Fund grant $75,000 to the Reinvent South Stockton Coalition for twelve resident trust ' +
        'builders doing door-to-door outreach in South Stockton for one year, connecting neighbors to care.',
      secret: false,
      funding: {
        amount: { cents: 7_500_000n, currency: 'USD' },
        recipientOrganizationId: world.organizations.reinvent.id,
        purpose: 'Resident trust builders outreach',
        periodStart: dayFrom(now, 30),
        periodEnd: dayFrom(now, 30 + 364),
        allocations: [{ fundingStreamId: general, cents: 7_500_000n }],
        tranches: [
          { cents: 3_750_000n, plannedOn: dayFrom(now, 35) },
          { cents: 3_750_000n, plannedOn: dayFrom(now, 215) },
        ],
      },
    });
    await this.meetings.setAgenda(chair, {
      meetingId: today.id,
      items: [
        { title: 'Public comment', notes: '' },
        { title: 'Trust builders outreach (vote)', notes: '', motionId: trustBuilders.id },
        { title: 'Trauma recovery center: first quarter report', notes: '' },
      ],
    });
    await this.motions.open(chair, trustBuilders.id);
    await cast(trustBuilders.id, {
      healthPlan: BallotChoice.YES,
      kaiser: BallotChoice.YES,
      resident1: BallotChoice.YES,
      school: BallotChoice.NO,
    });
  }
}
