import { safeFileName } from './attachment.service';

describe('safeFileName', () => {
  it('keeps the name a partner gave, in any language, and drops paths and risky characters', () => {
    expect(safeFileName('Sign-in sheets, first quarter (Q1).pdf')).toBe(
      'Sign-in sheets, first quarter (Q1).pdf',
    );
    expect(safeFileName('Informe trimestral – niños.pdf')).toBe('Informe trimestral _ niños.pdf');
    expect(safeFileName('C:\\Users\\carmen\\report.pdf')).toBe('report.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('"quoted";\r\nname.pdf')).toBe('_quoted____name.pdf');
    expect(safeFileName('...')).toBe('file');
  });
});
