import { dueSoonThreshold } from './report-reminders';

describe('dueSoonThreshold', () => {
  it('owes nothing more than 14 days out or once the due date has passed', () => {
    expect(dueSoonThreshold(15)).toBeNull();
    expect(dueSoonThreshold(-1)).toBeNull();
  });

  it('owes the 14-day reminder from 14 days down to 4', () => {
    expect(dueSoonThreshold(14)).toBe(14);
    expect(dueSoonThreshold(4)).toBe(14);
  });

  it('owes the 3-day reminder in the last three days, the due date included', () => {
    expect(dueSoonThreshold(3)).toBe(3);
    expect(dueSoonThreshold(0)).toBe(3);
  });
});
