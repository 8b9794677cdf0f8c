import { CollaborativesModule } from '@braid/collaboratives';
import { Module } from '@nestjs/common';
import { TransparencyResolver } from './transparency.resolver';
import { TransparencyService } from './transparency.service';

/** The public transparency view: read-only aggregates over governance's and the fund's tables. */
@Module({
  imports: [CollaborativesModule],
  providers: [TransparencyResolver, TransparencyService],
  exports: [TransparencyService],
})
export class TransparencyModule {}
