import { all, atLeastOne, email, maxLength, minLength, required } from './rules';

describe('form rules', () => {
  it('requires something other than spaces', () => {
    expect(required('')).toEqual({ id: 'form.required' });
    expect(required('   ')).toEqual({ id: 'form.required' });
    expect(required('Gloria')).toBeNull();
  });

  it('asks for an email address, then for a well-formed one', () => {
    expect(email('')).toEqual({ id: 'form.emailRequired' });
    expect(email('gloria')).toEqual({ id: 'form.emailInvalid' });
    expect(email('gloria@')).toEqual({ id: 'form.emailInvalid' });
    expect(email('gloria@example')).toEqual({ id: 'form.emailInvalid' });
    expect(email(' gloria@example.org ')).toBeNull();
  });

  it('states the length limits with their numbers', () => {
    expect(minLength(10)('short')).toEqual({ id: 'form.minLength', values: { min: 10 } });
    expect(minLength(10)('long enough')).toBeNull();
    expect(maxLength(3)('four')).toEqual({ id: 'form.maxLength', values: { max: 3 } });
  });

  it('needs at least one choice', () => {
    expect(atLeastOne([])).toEqual({ id: 'form.chooseOne' });
    expect(atLeastOne(['MEMBER'])).toBeNull();
  });

  it('reports the first failing rule only', () => {
    const password = all(required, minLength(10));
    expect(password('')).toEqual({ id: 'form.required' });
    expect(password('abc')).toEqual({ id: 'form.minLength', values: { min: 10 } });
  });
});
