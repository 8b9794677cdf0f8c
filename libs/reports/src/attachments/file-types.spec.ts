import { recognise } from './file-types';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('recognising attachments by their bytes', () => {
  it('accepts PDF, PNG, JPEG and WebP whatever they are called', () => {
    expect(recognise(text('%PDF-1.7\n...'), 'report.pdf')?.contentType).toBe('application/pdf');
    expect(
      recognise(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'photo.png')?.contentType,
    ).toBe('image/png');
    expect(recognise(bytes(0xff, 0xd8, 0xff, 0xe0), 'photo.JPG')?.contentType).toBe('image/jpeg');
    expect(recognise(text('RIFF\0\0\0\0WEBPVP8 '), 'photo.webp')?.contentType).toBe('image/webp');
  });

  it('accepts spreadsheet containers only under a spreadsheet name, and text only as CSV', () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0);
    expect(recognise(zip, 'budget.xlsx')?.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(recognise(zip, 'archive.zip')).toBeNull();
    expect(recognise(text('line,amount\r\nCase managers,12000\r\n'), 'spending.csv')?.contentType).toBe(
      'text/csv',
    );
    expect(recognise(text('line,amount'), 'notes.txt')).toBeNull();
  });

  it('refuses a program renamed as a PDF, and binary data named .csv', () => {
    expect(recognise(bytes(0x4d, 0x5a, 0x90, 0x00), 'report.pdf')).toBeNull();
    expect(recognise(bytes(0x7f, 0x45, 0x4c, 0x46), 'report.pdf')).toBeNull();
    expect(recognise(bytes(0x61, 0x00, 0x62), 'data.csv')).toBeNull();
    expect(recognise(bytes(0xc3, 0x28), 'data.csv')).toBeNull();
  });
});
