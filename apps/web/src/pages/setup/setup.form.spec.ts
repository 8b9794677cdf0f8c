import {
  newCollaborativeRules,
  organizationFields,
  organizationRules,
  seatCount,
  seatFields,
  seatRules,
  suggestSlug,
  votingRulesInput,
  votingRulesProblems,
  votingRulesValues,
  website,
} from './setup.form';

const DEMO_RULES = {
  quorumRule: 'MAJORITY_OF_FILLED_SEATS' as const,
  threshold: 'SIMPLE_MAJORITY_OF_VOTES_CAST' as const,
  thresholdAboveSpendingLimit: 'TWO_THIRDS_OF_VOTES_CAST' as const,
  abstentionsCountTowardBase: false,
  spendingLimit: { cents: '5000000' },
  requiredSectors: [{ sector: 'RESIDENT' as const, minimumPresent: 1 }],
};

describe('setting up organizations and seats', () => {
  it('asks an organization for a name and at least one kind', () => {
    expect(organizationRules.name?.('  ')).toEqual({ id: 'form.required' });
    expect(organizationRules.name?.('Little Manila Rising')).toBeNull();
    expect(organizationRules.kinds?.([])).toEqual({ id: 'form.chooseOne' });
    expect(organizationRules.kinds?.(['FUNDER'])).toBeNull();
  });

  it('takes names as long as the API does (200 characters), for organizations and seats alike', () => {
    expect(organizationRules.name?.('a'.repeat(200))).toBeNull();
    expect(organizationRules.name?.('a'.repeat(201))).toEqual({ id: 'form.maxLength', values: { max: 200 } });
    expect(seatRules.name?.('a'.repeat(201))).toEqual({ id: 'form.maxLength', values: { max: 200 } });
  });

  it('takes a website only as an http(s) address with a domain, or none at all', () => {
    const invalid = { id: 'admin.organizations.websiteInvalid' };
    expect(website('')).toBeNull();
    expect(website('  https://littlemanilarising.org/about ')).toBeNull();
    expect(website('http://example.org')).toBeNull();
    expect(website('littlemanilarising.org')).toEqual(invalid);
    expect(website('https:littlemanilarising.org')).toEqual(invalid);
    expect(website('javascript:alert(1)')).toEqual(invalid);
    expect(website('ftp://example.org')).toEqual(invalid);
    expect(website('https://localhost')).toEqual(invalid);
    expect(website(`https://example.org/${'a'.repeat(500)}`)).toEqual({
      id: 'form.maxLength',
      values: { max: 500 },
    });
  });

  it('sends blanks as null and trims what was typed', () => {
    expect(
      organizationFields({ name: ' Little Manila Rising ', sector: '', kinds: ['FUNDER'], website: '  ' }),
    ).toEqual({ name: 'Little Manila Rising', sector: null, kinds: ['FUNDER'], website: null });
    expect(
      seatFields({ name: ' Youth liaison ', sector: 'EDUCATION', organizationId: '', voting: false }),
    ).toEqual({
      name: 'Youth liaison',
      sector: 'EDUCATION',
      organizationId: null,
      voting: false,
    });
  });

  it('asks a seat for a name and a sector', () => {
    expect(seatRules.name?.('')).toEqual({ id: 'form.required' });
    expect(seatRules.sector?.('')).toEqual({ id: 'form.required' });
    expect(seatRules.sector?.('RESIDENT')).toBeNull();
  });
});

describe('the voting rules form', () => {
  it('shows the saved rules with the spending limit in dollars and the resident minimum filled in', () => {
    const values = votingRulesValues(DEMO_RULES);
    expect(values.spendingLimit).toBe('50000.00');
    expect(values.minimums.RESIDENT).toBe('1');
    expect(values.minimums.HEALTH_PLAN).toBe('');
  });

  it('sends the dollars typed as exact cents and leaves blank or zero minimums out', () => {
    const values = votingRulesValues(DEMO_RULES);
    const input = votingRulesInput('c-1', {
      ...values,
      spendingLimit: '$75,000.10',
      minimums: { ...values.minimums, EDUCATION: '0', HEALTH_PLAN: '2' },
    });
    expect(input.spendingLimit).toEqual({ cents: '7500010', currency: 'USD' });
    expect(input.requiredSectors).toEqual([
      { sector: 'RESIDENT', minimumPresent: 1 },
      { sector: 'HEALTH_PLAN', minimumPresent: 2 },
    ]);
    expect(input.threshold).toBe('SIMPLE_MAJORITY_OF_VOTES_CAST');
  });

  it('refuses amounts that are not dollars and minimums that are not whole seats, before sending', () => {
    const values = votingRulesValues(DEMO_RULES);
    expect(votingRulesProblems(values)).toEqual({});
    expect(votingRulesProblems({ ...values, spendingLimit: '' })).toEqual({
      spendingLimit: { id: 'form.required' },
    });
    expect(votingRulesProblems({ ...values, spendingLimit: '12.345' })).toEqual({
      spendingLimit: { id: 'admin.rules.amount' },
    });
    expect(votingRulesProblems({ ...values, spendingLimit: '0' })).toEqual({
      spendingLimit: { id: 'admin.rules.amount' },
    });
    expect(votingRulesProblems({ ...values, minimums: { ...values.minimums, RESIDENT: '1.5' } })).toEqual({
      'minimums.RESIDENT': { id: 'admin.rules.wholeNumber' },
    });
    expect(seatCount('-1')).toEqual({ id: 'admin.rules.wholeNumber' });
  });
});

describe('starting a collaborative', () => {
  it('suggests a public address from the name, accents and punctuation dropped', () => {
    expect(suggestSlug('Healing South Stockton')).toBe('healing-south-stockton');
    expect(suggestSlug('  Sanación del Sur — Stockton!  ')).toBe('sanacion-del-sur-stockton');
  });

  it('accepts only the address shape the API takes', () => {
    expect(newCollaborativeRules.slug?.('healing-south-stockton')).toBeNull();
    expect(newCollaborativeRules.slug?.('')).toEqual({ id: 'form.required' });
    expect(newCollaborativeRules.slug?.('Healing South')).toEqual({ id: 'admin.new.slugInvalid' });
    expect(newCollaborativeRules.slug?.('healing--south')).toEqual({ id: 'admin.new.slugInvalid' });
    expect(newCollaborativeRules.name?.(' ')).toEqual({ id: 'form.required' });
  });
});
