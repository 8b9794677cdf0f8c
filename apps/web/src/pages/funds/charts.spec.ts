import { wrapLabel } from './charts';

describe("a bar's name on the chart axis", () => {
  it('stays as it is when it fits', () => {
    expect(wrapLabel('County ARPA')).toEqual(['County ARPA']);
  });

  it('wraps between words onto two lines that fit', () => {
    expect(wrapLabel('OVC victim services grant')).toEqual(['OVC victim', 'services grant']);
    expect(wrapLabel('Health plan community reinvestment').every((line) => line.length <= 17)).toBe(true);
  });

  it('shortens what does not fit in two lines, and says so with an ellipsis', () => {
    const lines = wrapLabel('Health plan community reinvestment fund for Stockton families');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.length <= 17)).toBe(true);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(wrapLabel('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragili…']);
  });
});
