import { AuditEvent } from './audit/audit-event.entity';
import { DomainEventRecord } from './events/domain-event.entity';
import { CreateDomainEventOutbox1795428281014 } from './events/migrations/1795428281014-CreateDomainEventOutbox';
import { CreateAuditLog1795427936649 } from './audit/migrations/1795427936649-CreateAuditLog';
import { NotifyPrincipalChanges1795450000000 } from './access/migrations/1795450000000-NotifyPrincipalChanges';

export const kernelEntities = [AuditEvent, DomainEventRecord];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const kernelMigrations: Function[] = [
  CreateAuditLog1795427936649,
  CreateDomainEventOutbox1795428281014,
  NotifyPrincipalChanges1795450000000,
];
