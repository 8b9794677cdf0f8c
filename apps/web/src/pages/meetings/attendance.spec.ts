import { type AttendanceLine, changedEntries } from './attendance';

const seat = (key: string, recorded: AttendanceLine['recorded']): AttendanceLine => ({
  key,
  seatId: key,
  userId: null,
  label: key,
  detail: null,
  hasAlternate: true,
  recorded,
});

describe('recording attendance', () => {
  it('sends only what changed, by seat for the leadership team', () => {
    const lines = [seat('s-r1', null), seat('s-kaiser', 'PRESENT'), seat('s-trc', 'ABSENT')];
    expect(
      changedEntries(lines, { 's-r1': 'ALTERNATE_PRESENT', 's-kaiser': 'PRESENT', 's-trc': '' }),
    ).toEqual([{ seatId: 's-r1', userId: null, status: 'ALTERNATE_PRESENT' }]);
  });

  it('sends people, not seats, for a workgroup meeting', () => {
    const member: AttendanceLine = { ...seat('u-marcus', null), seatId: null, userId: 'u-marcus' };
    expect(changedEntries([member], { 'u-marcus': 'REMOTE' })).toEqual([
      { seatId: null, userId: 'u-marcus', status: 'REMOTE' },
    ]);
  });
});
