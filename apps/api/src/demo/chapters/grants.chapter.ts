import { DisbursementService, GrantOrigin, GrantService } from '@braid/funds';
import { Injectable } from '@nestjs/common';
import { DemoChapter, DemoWorld } from '../demo-world';

/**
 * Story step 5, after governance's chapter passed the FUNDING motion for the Stockton Trauma
 * Recovery Center (step 4) and its FundingMotionPassed event created the grant: the fund
 * administrator releases tranche one.
 */
@Injectable()
export class GrantsChapter implements DemoChapter {
  readonly title = 'The Wellness Fund: the trauma recovery center grant and its first tranche';

  constructor(
    private readonly grants: GrantService,
    private readonly disbursements: DisbursementService,
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
      throw new Error('The governance chapter should have passed the motion that creates this grant');
    const [trancheOne] = await this.disbursements.loadForGrant(fundAdmin, grant.id);
    await this.disbursements.release(fundAdmin, {
      disbursementId: trancheOne.id,
      idempotencyKey: 'demo-trc-tranche-1',
    });
  }
}
