import { safeFileName, storedFileName } from './attachment.service';

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

describe('storedFileName', () => {
  const pdf = { contentType: 'application/pdf', extensions: ['pdf'] };
  const jpeg = { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
  it('ends the name with an extension of the type the bytes are', () => {
    expect(storedFileName('Informe año.pdf', pdf)).toBe('Informe año.pdf');
    expect(storedFileName('report.html', pdf)).toBe('report.pdf');
    expect(storedFileName('Informe año', pdf)).toBe('Informe año.pdf');
    expect(storedFileName('photo.JPEG', jpeg)).toBe('photo.JPEG');
    expect(storedFileName('photo.png', jpeg)).toBe('photo.jpg');
  });
});
