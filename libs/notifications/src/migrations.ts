import { MailSecret } from './mail-secret.entity';
import { CreateNotifications1796700000002 } from './migrations/1796700000002-CreateNotifications';
import { IndexNotificationsByKey1796700000030 } from './migrations/1796700000030-IndexNotificationsByKey';
import { Notification } from './notification.entity';
import { NotificationPreference } from './notification-preference.entity';

export const notificationsEntities = [Notification, NotificationPreference, MailSecret];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const notificationsMigrations: Function[] = [
  CreateNotifications1796700000002,
  IndexNotificationsByKey1796700000030,
];
