import { csvField, csvRow, csvStart, moneyColumns } from './csv';

describe('CSV export fields', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Fathers and Families of San Joaquin')).toBe('Fathers and Families of San Joaquin');
    expect(csvField('Kaiser, Central Valley')).toBe('"Kaiser, Central Valley"');
    expect(csvField('the "TRC"')).toBe('"the ""TRC"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
  });

  it('neutralises text a spreadsheet would run as a formula, but not negative amounts', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField(-5000n)).toBe('-5000');
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('-see memo')).toBe("'-see memo");
  });

  it('writes money as exact dollars and cents, beyond float precision', () => {
    expect(moneyColumns(900719925474099301n)).toEqual(['9007199254740993.01', 900719925474099301n]);
    expect(csvRow(['ledger', ...moneyColumns(-85_000_000n), null])).toBe('ledger,-850000.00,-85000000,\r\n');
  });

  it('starts a file with the UTF-8 byte-order mark so Excel does not garble "2025–2028"', () => {
    const bytes = Buffer.from(csvStart(['grant', 'period']), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('grant,period\r\n');
  });
});
