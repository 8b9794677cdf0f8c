import { AuditEvent } from './audit/audit-event.entity';
import { CreateAuditLog1795427936649 } from './audit/migrations/1795427936649-CreateAuditLog';

export const kernelEntities = [AuditEvent];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const kernelMigrations: Function[] = [CreateAuditLog1795427936649];
