import { DynamicModule, Global, Module } from '@nestjs/common';
import { LiveSubscriptions } from './live-subscriptions';
import { LIVE_UPDATES_OPTIONS, LiveUpdates, LiveUpdatesOptions } from './live-updates';

/** Registered once by the app with its configuration; every domain injects LiveUpdates. */
@Global()
@Module({})
export class LiveUpdatesModule {
  static forRoot(options: LiveUpdatesOptions): DynamicModule {
    return {
      module: LiveUpdatesModule,
      providers: [{ provide: LIVE_UPDATES_OPTIONS, useValue: options }, LiveUpdates, LiveSubscriptions],
      exports: [LiveUpdates, LiveSubscriptions],
    };
  }
}
