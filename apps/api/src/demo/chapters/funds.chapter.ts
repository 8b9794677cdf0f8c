import { Contribution, ContributionService, FundingStreamKind, FundingStreamService } from '@braid/funds';
import { Injectable } from '@nestjs/common';
import { DemoChapter, DemoWorld } from '../demo-world';

const $ = (dollars: number) => BigInt(dollars) * 100n;

/** The streams of the demo fund; the grants chapter finds the county stream by this name. */
export const DEMO_COUNTY_STREAM = 'San Joaquin County trauma-informed care, 2025–2028';

/**
 * Story step 2: funders' contributions arrive on two restricted streams (a three-year county
 * award for trauma-informed care, a three-year federal Office for Victims of Crime award for
 * victim services) and one unrestricted stream (Health Plan of San Joaquin community
 * reinvestment), pledged and partly received. Written by the fund administrator.
 */
@Injectable()
export class FundsChapter implements DemoChapter {
  readonly title = 'The Wellness Fund: funding streams and contributions';

  constructor(
    private readonly streams: FundingStreamService,
    private readonly contributions: ContributionService,
  ) {}

  async write(world: DemoWorld): Promise<void> {
    const plans = [
      {
        stream: {
          name: DEMO_COUNTY_STREAM,
          funder: world.organizations.county,
          kind: FundingStreamKind.COUNTY,
          restricted: true,
          // Trauma recovery services are both trauma-informed care and victim services: the purpose
          // the two restricted streams share, so one grant may draw on both.
          allowedPurposes: ['Trauma-informed care', 'Trauma recovery services'],
          startsOn: '2025-07-01',
          endsOn: '2028-06-30',
          award: $(850_000),
          match: { cents: $(85_000), description: '10% local match from hospital community benefit funds' },
        },
        pledge: { cents: 28_333_334n, on: '2025-07-01', memo: 'Year one of three' },
        receipts: [{ cents: $(141_667), on: '2025-08-15', memo: 'First half of year one' }],
      },
      {
        stream: {
          name: 'Office for Victims of Crime victim services, 2025–2028',
          funder: world.organizations.ovc,
          kind: FundingStreamKind.FEDERAL,
          restricted: true,
          allowedPurposes: ['Victim services', 'Trauma recovery services'],
          startsOn: '2025-10-01',
          endsOn: '2028-09-30',
          award: $(509_000),
          match: null,
        },
        pledge: { cents: 16_966_700n, on: '2025-10-01', memo: 'Year one of three' },
        receipts: [{ cents: $(42_417), on: '2025-12-20', memo: 'First quarterly drawdown' }],
      },
      {
        stream: {
          name: 'Health Plan of San Joaquin community reinvestment',
          funder: world.organizations.hpsj,
          kind: FundingStreamKind.HEALTH_PLAN,
          restricted: false,
          allowedPurposes: [],
          startsOn: '2025-01-01',
          endsOn: '2026-12-31',
          award: $(250_000),
          match: null,
        },
        pledge: { cents: $(250_000), on: '2025-03-01', memo: 'Two-year community reinvestment commitment' },
        receipts: [{ cents: $(125_000), on: '2025-04-01', memo: 'Year one' }],
      },
    ];

    for (const plan of plans) {
      const fundAdmin = await world.as('fundAdmin');
      const stream = await this.streams.create(fundAdmin, {
        collaborativeId: world.collaborativeId,
        funderOrganizationId: plan.stream.funder.id,
        name: plan.stream.name,
        kind: plan.stream.kind,
        restricted: plan.stream.restricted,
        allowedPurposes: plan.stream.allowedPurposes,
        allowedWorkgroupIds: [],
        startsOn: plan.stream.startsOn,
        endsOn: plan.stream.endsOn,
        award: { cents: plan.stream.award, currency: 'USD' },
        matchRequirement: plan.stream.match
          ? {
              amount: { cents: plan.stream.match.cents, currency: 'USD' },
              description: plan.stream.match.description,
            }
          : null,
      });
      const contribution: Contribution = await this.contributions.record(fundAdmin, {
        fundingStreamId: stream.id,
        amount: { cents: plan.pledge.cents, currency: 'USD' },
        pledgedOn: plan.pledge.on,
        memo: plan.pledge.memo,
      });
      for (const receipt of plan.receipts) {
        await this.contributions.receive(fundAdmin, {
          contributionId: contribution.id,
          cents: receipt.cents,
          receivedOn: receipt.on,
          memo: receipt.memo,
        });
      }
    }
  }
}
