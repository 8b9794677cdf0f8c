import { Notifier } from '@braid/kernel';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { Mailer } from './mailer';
import { NotificationEmails } from './notification-emails';
import { NotificationLive } from './notification-live';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeLinks } from './unsubscribe-links';

/**
 * Global: every domain asks the kernel's `Notifier` port, and this module answers it, so no
 * domain imports this library.
 */
@Global()
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsOptions): DynamicModule {
    return {
      module: NotificationsModule,
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        Mailer,
        UnsubscribeLinks,
        NotificationLive,
        NotificationService,
        { provide: Notifier, useExisting: NotificationService },
        NotificationEmails,
        NotificationResolver,
      ],
      controllers: [UnsubscribeController],
      exports: [Notifier, NotificationService, Mailer],
    };
  }
}
