import { registerEnumType } from '@nestjs/graphql';

/** A tranche's states; their moves are in disbursement-lifecycle.ts (apart, as that file imports the history entity). */
export enum DisbursementStatus {
  SCHEDULED = 'SCHEDULED',
  RELEASED = 'RELEASED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}
registerEnumType(DisbursementStatus, { name: 'DisbursementStatus' });
