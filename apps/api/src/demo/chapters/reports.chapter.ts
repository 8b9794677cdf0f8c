import { GrantOrigin, GrantService } from '@braid/funds';
import {
  AttachmentService,
  GrantReportService,
  MetricService,
  RequirementService,
  ReviewDecision,
} from '@braid/reports';
import { GrantReportStatus, ReportSection } from '@braid/contracts';
import { Injectable } from '@nestjs/common';
import { DemoChapter, DemoWorld } from '../demo-world';

/** A one-page PDF, as a scanned sign-in sheet would be; bytes are checked like any upload. */
const SIGN_IN_SHEETS = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);

/**
 * Story step 6 (docs/DOMAIN-GUIDE.md), after the grants chapter: the trauma recovery center reports on its
 * grant. The fund administrator names the metrics (a catalogue the collaborative shares) and
 * their targets; the center's first quarterly report is submitted, sent back once for a metric,
 * resubmitted and accepted; its second is overdue and not submitted, so it holds tranche two.
 */
@Injectable()
export class ReportsChapter implements DemoChapter {
  readonly title = 'Grant reports: metrics, an accepted quarterly report and a late one';

  constructor(
    private readonly grants: GrantService,
    private readonly metrics: MetricService,
    private readonly requirements: RequirementService,
    private readonly reports: GrantReportService,
    private readonly attachments: AttachmentService,
  ) {}

  async write(world: DemoWorld): Promise<void> {
    const fundAdmin = await world.as('fundAdmin');
    const { nodes } = await this.grants.list(fundAdmin, {
      collaborativeId: world.collaborativeId,
      recipientOrganizationId: world.organizations.trc.id,
      first: 50,
    });
    const grant = nodes.find((candidate) => candidate.origin === GrantOrigin.FUNDING_MOTION);
    if (!grant)
      throw new Error('The governance chapter should have created the trauma recovery center grant');

    const metric = (name: string, unit: string, description: string) =>
      this.metrics.create(fundAdmin, { collaborativeId: world.collaborativeId, name, unit, description });
    const enrolled = await metric(
      'Non-duplicated clients enrolled',
      'clients',
      'Survivors enrolled in services, each counted once across programs.',
    );
    const educated = await metric(
      'People educated on trauma recovery services',
      'people',
      'Residents, staff and students reached by outreach and training sessions.',
    );
    const trafficking = await metric(
      'Trafficking survivors served',
      'survivors',
      'Survivors of human trafficking served.',
    );
    await this.metrics.setForGrant(fundAdmin, { grantId: grant.id, metricId: enrolled.id, target: 500 });
    await this.metrics.setForGrant(fundAdmin, { grantId: grant.id, metricId: educated.id, target: 1000 });
    await this.metrics.setForGrant(fundAdmin, {
      grantId: grant.id,
      metricId: trafficking.id,
      target: 50,
      yearTargets: [50],
    });

    const {
      nodes: [first],
    } = await this.requirements.list(fundAdmin, {
      collaborativeId: world.collaborativeId,
      grantId: grant.id,
      first: 1,
    });
    await this.requirements.update(fundAdmin, {
      requirementId: first.id,
      requiredSections: [
        ReportSection.NARRATIVE,
        ReportSection.SPENDING,
        ReportSection.METRICS,
        ReportSection.ATTACHMENTS,
      ],
    });

    // Carmen Díaz writes the first quarter's report.
    const partner = await world.as('partnerTrc');
    const draft = await this.reports.start(partner, first.id);
    await this.reports.saveDraft(partner, {
      reportId: draft.id,
      narrative:
        'Our first quarter: two case managers and a contracted therapist started; both emergency departments now refer ' +
        'survivors through the shared protocol. Evening hours began in the last month of the quarter, as residents asked.',
      spending: [
        { budgetLine: 'Case managers (2 FTE)', amount: { cents: 4_200_000n, currency: 'USD' } },
        { budgetLine: 'Contracted therapy', amount: { cents: 1_850_000n, currency: 'USD' } },
        {
          budgetLine: 'Outreach materials (English and Spanish)',
          amount: { cents: 325_000n, currency: 'USD' },
          note: 'Printed at a local shop',
        },
      ],
      metricValues: [
        { metricId: enrolled.id, value: 131, note: 'Includes walk-ins' },
        { metricId: educated.id, value: 260 },
        { metricId: trafficking.id, value: 9 },
      ],
    });
    await this.attachments.upload(await world.as('partnerTrc'), draft.id, {
      originalname: 'Sign-in sheets, first quarter.pdf',
      mimetype: 'application/pdf',
      size: SIGN_IN_SHEETS.length,
      buffer: SIGN_IN_SHEETS,
    });
    await this.reports.submit(partner, { reportId: draft.id });

    // Linh Tran asks for the count of enrolled clients without walk-ins; the center resubmits.
    await this.reports.review(fundAdmin, {
      reportId: draft.id,
      decision: ReviewDecision.CHANGES_REQUESTED,
      comments: [
        {
          section: ReportSection.METRICS,
          comment:
            'Please count only clients enrolled after intake; walk-ins are counted under people educated.',
        },
      ],
    });
    const revision = await this.reports.start(partner, first.id);
    await this.reports.saveDraft(partner, {
      reportId: revision.id,
      metricValues: [
        { metricId: enrolled.id, value: 118, note: 'After intake only' },
        { metricId: educated.id, value: 273 },
        { metricId: trafficking.id, value: 9 },
      ],
    });
    await this.reports.submit(partner, { reportId: revision.id });
    const accepted = await this.reports.review(fundAdmin, {
      reportId: revision.id,
      decision: ReviewDecision.ACCEPTED,
    });
    if (accepted.status !== GrantReportStatus.ACCEPTED)
      throw new Error('The first quarterly report should be accepted');
    // The second quarter's report is past its due date and not submitted: it stays late.
  }
}
