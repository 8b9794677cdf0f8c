import { actionItemRules, byUrgency, isOverdue, localToday, progressRules } from './action-item.form';

describe('action items', () => {
  it('need a title and an owner; a progress note needs words', () => {
    expect(actionItemRules.title?.('')).toEqual({ id: 'form.required' });
    expect(actionItemRules.ownerUserId?.('')).toEqual({ id: 'form.chooseOne' });
    expect(progressRules.note?.('  ')).toEqual({ id: 'form.required' });
    expect(progressRules.note?.('x'.repeat(4001))).toEqual({ id: 'form.maxLength', values: { max: 4000 } });
  });

  it('flag what is past due and not done', () => {
    expect(isOverdue({ status: 'IN_PROGRESS', dueOn: '2026-11-01' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'DONE', dueOn: '2026-11-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'OPEN', dueOn: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'OPEN', dueOn: null }, '2026-11-23')).toBe(false);
  });

  it('take today in Stockton, not at UTC', () => {
    // 8 pm on the 23rd in California is already the 24th at UTC.
    expect(localToday(new Date('2026-11-24T04:00:00Z'))).toBe('2026-11-23');
  });

  it('list blocked work first and done work last', () => {
    const items = [
      { id: 'done', status: 'DONE' as const, dueOn: '2026-01-01' },
      { id: 'open-late', status: 'OPEN' as const, dueOn: '2026-12-30' },
      { id: 'open-soon', status: 'OPEN' as const, dueOn: '2026-12-01' },
      { id: 'blocked', status: 'BLOCKED' as const, dueOn: null },
    ];
    expect(byUrgency(items).map((item) => item.id)).toEqual(['blocked', 'open-soon', 'open-late', 'done']);
  });
});
