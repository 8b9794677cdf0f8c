import { Allow, Ctx, deliverLiveUpdate, RequestContext, UuidArg } from '@braid/kernel';
import { Resolver, Subscription } from '@nestjs/graphql';
import { MotionService } from '../motion.service';
import { MotionLiveUpdate, MotionLive } from './motion-live.service';

@Resolver()
export class MotionLiveResolver {
  constructor(
    private readonly motionService: MotionService,
    private readonly motionLive: MotionLive,
  ) {}

  /**
   * A motion as it is voted on: first as it is now, then after every change. The caller must be
   * able to read the motion (another collaborative's id is NOT_FOUND); they are judged again before
   * each update, and the subscription ends with an error once they may no longer read it.
   */
  @Subscription(() => MotionLiveUpdate, { resolve: deliverLiveUpdate })
  @Allow('read', 'Motion')
  async motionUpdated(@Ctx() ctx: RequestContext, @UuidArg('motionId') motionId: string) {
    await this.motionService.get(ctx, motionId);
    return this.motionLive.follow(ctx, motionId);
  }
}
