import { createFormatters } from './format';

describe('formatting for the reader', () => {
  const en = createFormatters('en');
  const es = createFormatters('es');

  it('writes money from cents without passing through a float', () => {
    expect(en.money({ cents: '85000000', currency: 'USD' })).toBe('$850,000.00');
    expect(en.money({ cents: '50900001', currency: 'USD' })).toBe('$509,000.01');
    // 2^53 + 1 cents: a float would round it.
    expect(en.money({ cents: '9007199254740993', currency: 'USD' })).toBe('$90,071,992,547,409.93');
    expect(en.money({ cents: '-1999', currency: 'USD' })).toBe('-$19.99');
  });

  it('writes dollars the way Californians read them in Spanish too', () => {
    expect(es.money({ cents: '123456', currency: 'USD' })).toBe('$1,234.56');
  });

  it('keeps a calendar date on its day in every time zone', () => {
    expect(en.localDate('2027-12-31')).toBe('Dec 31, 2027');
    expect(es.localDate('2025-01-01')).toBe('1 ene 2025');
  });

  it('writes a period as the language shortens it, not as ISO dates', () => {
    // ICU puts thin spaces around the dash; compared here as plain spaces.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(en.localDateRange('2027-10-01', '2028-01-05'))).toBe('Oct 1, 2027 – Jan 5, 2028');
    expect(plain(en.localDateRange('2027-10-01', '2027-12-31'))).toBe('Oct 1 – Dec 31, 2027');
    expect(plain(es.localDateRange('2027-10-01', '2027-12-31'))).toBe('1 de oct – 31 de dic 2027');
  });

  it('formats an instant as a date in each language', () => {
    expect(en.date('2026-11-23T12:00:00Z')).toBe('Nov 23, 2026');
    expect(es.date('2026-11-23T12:00:00Z')).toBe('23 nov 2026');
  });

  it("gives a meeting's start as a day and a time in the reader's time zone", () => {
    // 18:00 UTC is 10 am in Stockton (the tests run in America/Los_Angeles).
    expect(en.dateTime('2026-11-23T18:00:00Z')).toMatch(/^Nov 23, 2026, 10:00\sAM$/);
    expect(es.dateTime('2026-11-23T18:00:00Z')).toMatch(/^23 nov 2026, 10:00/);
  });

  it('groups digits by locale', () => {
    expect(en.number(1234567)).toBe('1,234,567');
    expect(es.number(1234567)).toBe('1,234,567');
  });

  it('shows a malformed LocalDate as it came rather than inventing a day', () => {
    expect(en.localDate('2027-13')).toBe('2027-13');
  });
});
