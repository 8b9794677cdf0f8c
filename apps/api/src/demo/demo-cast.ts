import { Language, OrganizationKind, Role, Sector } from '@braid/contracts';

/**
 * The people and organizations of the demo: a collaborative modelled on Healing South Stockton
 * (San Joaquin County, California). The people are fictional; the organizations are the kinds
 * docs/DOMAIN-GUIDE.md names. Every demo account signs in with DEMO_PASSWORD.
 */
export const DEMO_PASSWORD = 'braid-demo-2026';
export const DEMO_SLUG = 'healing-south-stockton';

export const DEMO_COLLABORATIVE = {
  name: 'Healing South Stockton',
  slug: DEMO_SLUG,
  region: 'South Stockton, San Joaquin County, California',
  description:
    'An Accountable Community for Health: health plans, hospitals, the county, schools, community ' +
    'organizations and residents deciding together how to fund healing from trauma in South Stockton.',
  // The demo shows the public transparency page, so its collaborative chooses to publish it.
  publicTransparency: true,
};

export type DemoOrganizationKey =
  | 'hpsj'
  | 'kaiser'
  | 'dignity'
  | 'county'
  | 'ovc'
  | 'foundation'
  | 'trc'
  | 'reinvent'
  | 'fathers'
  | 'pha'
  | 'susd'
  | 'publicHealth';

export const DEMO_ORGANIZATIONS: Record<
  DemoOrganizationKey,
  { name: string; kinds: OrganizationKind[]; sector: Sector | null; website?: string }
> = {
  hpsj: {
    name: 'Health Plan of San Joaquin',
    kinds: [OrganizationKind.FUNDER, OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.HEALTH_PLAN,
  },
  kaiser: {
    name: 'Kaiser Permanente Central Valley',
    kinds: [OrganizationKind.FUNDER, OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.HEALTH_SYSTEM,
  },
  dignity: {
    name: "Dignity Health St. Joseph's Medical Center",
    kinds: [OrganizationKind.FUNDER, OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.HEALTH_SYSTEM,
  },
  county: {
    name: 'San Joaquin County Health Care Services Agency',
    kinds: [OrganizationKind.FUNDER, OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.GOVERNMENT,
  },
  ovc: {
    name: 'U.S. Department of Justice, Office for Victims of Crime',
    kinds: [OrganizationKind.FUNDER],
    sector: Sector.GOVERNMENT,
  },
  foundation: { name: 'Central Valley Community Foundation', kinds: [OrganizationKind.FUNDER], sector: null },
  trc: {
    name: 'Stockton Trauma Recovery Center',
    kinds: [OrganizationKind.FUNDED_PARTNER, OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.COMMUNITY_ORG,
  },
  reinvent: {
    name: 'Reinvent South Stockton Coalition',
    kinds: [OrganizationKind.FUNDED_PARTNER, OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.COMMUNITY_ORG,
  },
  fathers: {
    name: 'Fathers and Families of San Joaquin',
    kinds: [OrganizationKind.FUNDED_PARTNER, OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.COMMUNITY_ORG,
  },
  pha: {
    name: 'Public Health Advocates',
    kinds: [OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.COMMUNITY_ORG,
  },
  susd: {
    name: 'Stockton Unified School District',
    kinds: [OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.EDUCATION,
  },
  publicHealth: {
    name: 'San Joaquin County Public Health Services',
    kinds: [OrganizationKind.MEMBER_ORGANIZATION],
    sector: Sector.GOVERNMENT,
  },
};

export type DemoPersonKey =
  | 'admin'
  | 'chair'
  | 'fundAdmin'
  | 'lead'
  | 'resident1'
  | 'resident2'
  | 'residentAlternate'
  | 'healthPlan'
  | 'kaiser'
  | 'dignity'
  | 'school'
  | 'trcBoard'
  | 'partnerTrc'
  | 'partnerReinvent'
  | 'observer';

export interface DemoPerson {
  displayName: string;
  email: string;
  roles: Role[];
  language?: Language;
  organization?: DemoOrganizationKey;
  /** What this person shows in the demo, printed at start-up. */
  role: string;
}

export const DEMO_PEOPLE: Record<DemoPersonKey, DemoPerson> = {
  admin: {
    displayName: 'Maya Johnson',
    email: 'admin@demo.braid.example',
    roles: [Role.ADMIN],
    role: 'Administrator (backbone director)',
  },
  chair: {
    displayName: 'Daniel Okafor',
    email: 'chair@demo.braid.example',
    roles: [Role.CHAIR, Role.MEMBER],
    organization: 'publicHealth',
    role: 'Chair; county Public Health seat',
  },
  fundAdmin: {
    displayName: 'Linh Tran',
    email: 'funds@demo.braid.example',
    roles: [Role.FUND_ADMINISTRATOR],
    role: 'Fund administrator (backbone staff)',
  },
  lead: {
    displayName: 'Marcus Bell',
    email: 'lead@demo.braid.example',
    roles: [Role.WORKGROUP_LEAD, Role.MEMBER],
    organization: 'fathers',
    role: 'Trauma-Informed Care workgroup lead',
  },
  resident1: {
    displayName: 'Gloria Hernández',
    email: 'resident@demo.braid.example',
    roles: [Role.MEMBER],
    language: Language.ES,
    role: 'Resident seat (Spanish)',
  },
  resident2: {
    displayName: 'James Carter',
    email: 'resident2@demo.braid.example',
    roles: [Role.MEMBER],
    role: 'Resident seat',
  },
  residentAlternate: {
    displayName: 'Luis Ortega',
    email: 'alternate@demo.braid.example',
    roles: [Role.MEMBER],
    language: Language.ES,
    role: 'Alternate for resident seat 1',
  },
  healthPlan: {
    displayName: 'Priya Natarajan',
    email: 'healthplan@demo.braid.example',
    roles: [Role.MEMBER],
    organization: 'hpsj',
    role: 'Health plan seat',
  },
  kaiser: {
    displayName: 'Robert Kim',
    email: 'kaiser@demo.braid.example',
    roles: [Role.MEMBER],
    organization: 'kaiser',
    role: 'Health system seat (Kaiser)',
  },
  dignity: {
    displayName: 'Helen Park',
    email: 'dignity@demo.braid.example',
    roles: [Role.MEMBER],
    organization: 'dignity',
    role: 'Health system seat (Dignity)',
  },
  school: {
    displayName: 'Ana López',
    email: 'school@demo.braid.example',
    roles: [Role.MEMBER],
    organization: 'susd',
    language: Language.ES,
    role: 'School district seat',
  },
  trcBoard: {
    displayName: 'Samuel Reyes',
    email: 'trc-board@demo.braid.example',
    roles: [Role.MEMBER],
    organization: 'trc',
    role: "Trauma recovery center's seat (recuses on its funding)",
  },
  partnerTrc: {
    displayName: 'Carmen Díaz',
    email: 'partner@demo.braid.example',
    roles: [Role.PARTNER_CONTACT],
    organization: 'trc',
    role: 'Funded partner: trauma recovery center',
  },
  partnerReinvent: {
    displayName: 'Kevin Wu',
    email: 'partner2@demo.braid.example',
    roles: [Role.PARTNER_CONTACT],
    organization: 'reinvent',
    role: 'Funded partner: trust builders program',
  },
  observer: {
    displayName: 'Olivia Grant',
    email: 'observer@demo.braid.example',
    roles: [Role.OBSERVER],
    organization: 'foundation',
    role: 'Observer (foundation program officer)',
  },
};

export interface DemoSeatPlan {
  name: string;
  sector: Sector;
  organization?: DemoOrganizationKey;
  holder: DemoPersonKey;
  alternate?: DemoPersonKey;
}

export const DEMO_SEATS: DemoSeatPlan[] = [
  {
    name: 'Health Plan of San Joaquin',
    sector: Sector.HEALTH_PLAN,
    organization: 'hpsj',
    holder: 'healthPlan',
  },
  { name: 'Kaiser Permanente', sector: Sector.HEALTH_SYSTEM, organization: 'kaiser', holder: 'kaiser' },
  { name: 'Dignity Health', sector: Sector.HEALTH_SYSTEM, organization: 'dignity', holder: 'dignity' },
  { name: 'County Public Health', sector: Sector.GOVERNMENT, organization: 'publicHealth', holder: 'chair' },
  {
    name: 'Stockton Unified School District',
    sector: Sector.EDUCATION,
    organization: 'susd',
    holder: 'school',
  },
  {
    name: 'Fathers and Families of San Joaquin',
    sector: Sector.COMMUNITY_ORG,
    organization: 'fathers',
    holder: 'lead',
  },
  {
    name: 'Stockton Trauma Recovery Center',
    sector: Sector.COMMUNITY_ORG,
    organization: 'trc',
    holder: 'trcBoard',
  },
  { name: 'Resident seat 1', sector: Sector.RESIDENT, holder: 'resident1', alternate: 'residentAlternate' },
  { name: 'Resident seat 2', sector: Sector.RESIDENT, holder: 'resident2' },
];
