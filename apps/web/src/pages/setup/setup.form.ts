import { centsToDecimalString, decimalStringToCents } from '@braid/contracts';
import { all, atLeastOne, maxLength, required, type Rule, type RuleFailure } from '../../forms/rules';
import type {
  OrganizationKind,
  QuorumRule,
  Sector,
  ThresholdRule,
  UpdateVotingRulesInput,
} from '../../graphql/generated/graphql';

export const SECTORS: readonly Sector[] = [
  'RESIDENT',
  'COMMUNITY_ORG',
  'HEALTH_PLAN',
  'HEALTH_SYSTEM',
  'EDUCATION',
  'GOVERNMENT',
];
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'MEMBER_ORGANIZATION',
  'FUNDER',
  'FUNDED_PARTNER',
];
export const QUORUM_RULES: readonly QuorumRule[] = ['MAJORITY_OF_FILLED_SEATS', 'TWO_THIRDS_OF_FILLED_SEATS'];
export const THRESHOLD_RULES: readonly ThresholdRule[] = [
  'SIMPLE_MAJORITY_OF_VOTES_CAST',
  'MAJORITY_OF_FILLED_SEATS',
  'TWO_THIRDS_OF_VOTES_CAST',
];

/** The API's limit on the names of collaboratives, organizations and seats (their Create inputs). */
const TITLE_MAX_LENGTH = 200;

export interface OrganizationValues {
  name: string;
  /** '' for none: a native select's value is always a string. */
  sector: string;
  kinds: OrganizationKind[];
  /** '' for none. */
  website: string;
}

/**
 * A web address as the API takes one (IsUrl with http or https required, at most 500 characters),
 * or blank for none. Only http(s) addresses are ever shown as links.
 */
export const website: Rule<string> = (value) => {
  const typed = value.trim();
  if (typed === '') return null;
  if (typed.length > 500) return { id: 'form.maxLength', values: { max: 500 } };
  try {
    // The scheme as typed (URL would accept "https:example.org"), and a host with a top-level domain.
    const web = /^https?:\/\//i.test(typed) && new URL(typed).hostname.includes('.');
    return web ? null : { id: 'admin.organizations.websiteInvalid' };
  } catch {
    return { id: 'admin.organizations.websiteInvalid' };
  }
};

export const organizationRules: { [K in keyof OrganizationValues]?: Rule<OrganizationValues[K]> } = {
  name: all(required, maxLength(TITLE_MAX_LENGTH)),
  kinds: atLeastOne,
  website,
};

/** The form's values as both organization inputs take them: blanks become null, text is trimmed. */
export function organizationFields(values: OrganizationValues) {
  return {
    name: values.name.trim(),
    kinds: values.kinds,
    sector: (values.sector || null) as Sector | null,
    website: values.website.trim() || null,
  };
}

export interface SeatValues {
  name: string;
  sector: string;
  organizationId: string;
  voting: boolean;
}
export const seatRules: { [K in keyof SeatValues]?: Rule<SeatValues[K]> } = {
  name: all(required, maxLength(TITLE_MAX_LENGTH)),
  sector: required,
};

/** The form's values as both seat inputs take them. */
export function seatFields(values: SeatValues) {
  return {
    name: values.name.trim(),
    sector: values.sector as Sector,
    organizationId: values.organizationId || null,
    voting: values.voting,
  };
}

/** A sector minimum as typed: a whole number of seats, or blank for none. */
export const seatCount: Rule<string> = (value) =>
  value.trim() === '' || /^\d{1,2}$/.test(value.trim()) ? null : { id: 'admin.rules.wholeNumber' };

/** The spending limit as typed, in dollars: above zero, at most two decimals. */
export const dollars: Rule<string> = (value) => {
  if (value.trim() === '') return { id: 'form.required' };
  try {
    return decimalStringToCents(value.trim()) > 0n ? null : { id: 'admin.rules.amount' };
  } catch {
    return { id: 'admin.rules.amount' };
  }
};

export interface VotingRulesValues {
  quorumRule: QuorumRule;
  threshold: ThresholdRule;
  thresholdAboveSpendingLimit: ThresholdRule;
  abstentionsCountTowardBase: boolean;
  spendingLimit: string;
  /** Per sector, how many of its seats quorum needs present, as typed ('' for none). */
  minimums: Record<Sector, string>;
}

export function votingRulesProblems(values: VotingRulesValues): Record<string, RuleFailure> {
  const problems: Record<string, RuleFailure> = {};
  const limit = dollars(values.spendingLimit);
  if (limit) problems.spendingLimit = limit;
  for (const sector of SECTORS) {
    const failure = seatCount(values.minimums[sector]);
    if (failure) problems[`minimums.${sector}`] = failure;
  }
  return problems;
}

export function votingRulesValues(rules: {
  quorumRule: QuorumRule;
  threshold: ThresholdRule;
  thresholdAboveSpendingLimit: ThresholdRule;
  abstentionsCountTowardBase: boolean;
  spendingLimit: { cents: string };
  requiredSectors: readonly { sector: Sector; minimumPresent: number }[];
}): VotingRulesValues {
  const minimums = Object.fromEntries(SECTORS.map((sector) => [sector, ''])) as Record<Sector, string>;
  for (const { sector, minimumPresent } of rules.requiredSectors) minimums[sector] = String(minimumPresent);
  return {
    quorumRule: rules.quorumRule,
    threshold: rules.threshold,
    thresholdAboveSpendingLimit: rules.thresholdAboveSpendingLimit,
    abstentionsCountTowardBase: rules.abstentionsCountTowardBase,
    spendingLimit: centsToDecimalString(BigInt(rules.spendingLimit.cents)),
    minimums,
  };
}

/** The form as the API takes it: dollars to cents exactly (no float), blank or zero minimums left out. */
export function votingRulesInput(collaborativeId: string, values: VotingRulesValues): UpdateVotingRulesInput {
  return {
    collaborativeId,
    quorumRule: values.quorumRule,
    threshold: values.threshold,
    thresholdAboveSpendingLimit: values.thresholdAboveSpendingLimit,
    abstentionsCountTowardBase: values.abstentionsCountTowardBase,
    spendingLimit: { cents: decimalStringToCents(values.spendingLimit.trim()).toString(), currency: 'USD' },
    requiredSectors: SECTORS.filter((sector) => Number(values.minimums[sector] || '0') > 0).map((sector) => ({
      sector,
      minimumPresent: Number(values.minimums[sector]),
    })),
  };
}

export interface NewCollaborativeValues {
  name: string;
  slug: string;
  region: string;
  description: string;
  /** Publishing the transparency page is a choice made at creation, off unless ticked. */
  publicTransparency: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The same shape the API takes for a public address: lower-case words joined by single dashes. */
export const slug: Rule<string> = (value) =>
  value.trim() === ''
    ? { id: 'form.required' }
    : SLUG.test(value.trim())
      ? null
      : { id: 'admin.new.slugInvalid' };

export const newCollaborativeRules: {
  [K in keyof NewCollaborativeValues]?: Rule<NewCollaborativeValues[K]>;
} = {
  name: all(required, maxLength(TITLE_MAX_LENGTH)),
  slug: all(slug, maxLength(80)),
  region: maxLength(200),
  description: maxLength(4000),
};

/** A public address suggested from the name: "Healing South Stockton" → "healing-south-stockton". */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
