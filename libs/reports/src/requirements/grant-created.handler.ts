import { GrantCreatedPayload } from '@braid/contracts';
import { PublishedEvent, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { RequirementService } from './requirement.service';

/** Funds → reports: a new grant gets its reporting requirements (as the system, in the event's transaction). */
@Injectable()
export class GrantCreatedHandler {
  constructor(private readonly requirements: RequirementService) {}

  async handle(event: PublishedEvent<GrantCreatedPayload>, ctx: RequestContext): Promise<void> {
    const grantId = event.payload.grantId;
    if (typeof grantId !== 'string' || !isUUID(grantId))
      throw new Error('GrantCreated: grantId is not an id');
    await this.requirements.setUpForGrant(ctx, grantId);
  }
}
