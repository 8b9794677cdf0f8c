import { Collaborative } from './collaborative.entity';
import { CreateCollaborativesSeatsMemberships1795427956458 } from './migrations/1795427956458-CreateCollaborativesSeatsMemberships';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { Seat } from './seat.entity';
import { NotifyMembershipAndSeatChanges1795450000002 } from './migrations/1795450000002-NotifyMembershipAndSeatChanges';
import { KeepNewTransparencyPagesPrivateUntilChosen1796600000005 } from './migrations/1796600000005-KeepNewTransparencyPagesPrivateUntilChosen';
import { AddCollaborativeTimeZone1796700000001 } from './migrations/1796700000001-AddCollaborativeTimeZone';

export const collaborativesEntities = [Collaborative, Organization, Seat, Membership, Invitation];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const collaborativesMigrations: Function[] = [
  CreateCollaborativesSeatsMemberships1795427956458,
  NotifyMembershipAndSeatChanges1795450000002,
  KeepNewTransparencyPagesPrivateUntilChosen1796600000005,
  AddCollaborativeTimeZone1796700000001,
];
