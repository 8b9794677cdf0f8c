/** The sector a leadership-team seat represents (docs/DOMAIN-GUIDE.md, "Seats, sectors and roles"). */
export enum Sector {
  HEALTH_PLAN = 'HEALTH_PLAN',
  HEALTH_SYSTEM = 'HEALTH_SYSTEM',
  GOVERNMENT = 'GOVERNMENT',
  EDUCATION = 'EDUCATION',
  COMMUNITY_ORG = 'COMMUNITY_ORG',
  RESIDENT = 'RESIDENT',
}

/** Roles a person holds in one collaborative, beside (or instead of) a seat. */
export enum Role {
  ADMIN = 'ADMIN',
  CHAIR = 'CHAIR',
  FUND_ADMINISTRATOR = 'FUND_ADMINISTRATOR',
  WORKGROUP_LEAD = 'WORKGROUP_LEAD',
  MEMBER = 'MEMBER',
  PARTNER_CONTACT = 'PARTNER_CONTACT',
  OBSERVER = 'OBSERVER',
}

export enum Language {
  EN = 'en',
  ES = 'es',
}

export enum OrganizationKind {
  FUNDER = 'FUNDER',
  FUNDED_PARTNER = 'FUNDED_PARTNER',
  MEMBER_ORGANIZATION = 'MEMBER_ORGANIZATION',
}

export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  REVOKED = 'REVOKED',
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
