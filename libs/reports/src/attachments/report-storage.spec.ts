import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { LocalDiskStorage, S3Storage } from './report-storage';

const KEY = '1b4e28ba-2fa1-11d2-883f-0016d3cca427/6fa459ea-ee8a-3ca4-894e-db77e160355e';

async function read(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString();
}

describe('LocalDiskStorage', () => {
  it('keeps bytes under their key, never overwrites, and deletes them', async () => {
    const storage = new LocalDiskStorage(mkdtempSync(join(tmpdir(), 'braid-storage-')));
    await storage.put(KEY, Buffer.from('%PDF-1.7 evidence'));
    expect(await read(await storage.get(KEY))).toBe('%PDF-1.7 evidence');
    await expect(storage.put(KEY, Buffer.from('other'))).rejects.toThrow();
    await storage.delete(KEY);
    await expect(storage.get(KEY)).rejects.toThrow();
  });

  it('refuses keys it did not make (no path can escape the directory)', async () => {
    const storage = new LocalDiskStorage(mkdtempSync(join(tmpdir(), 'braid-storage-')));
    await expect(storage.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow('Not a storage key');
    await expect(storage.get('a/../../b')).rejects.toThrow('Not a storage key');
  });
});

describe('S3Storage', () => {
  it('puts, gets and deletes objects under the prefix in the bucket', async () => {
    const sent: unknown[] = [];
    const client = {
      send: jest.fn(async (command: unknown) => {
        sent.push(command);
        return command instanceof GetObjectCommand ? { Body: Readable.from(Buffer.from('bytes')) } : {};
      }),
    };
    const storage = new S3Storage({ bucket: 'braid-evidence', prefix: 'hss/' }, client as never);
    await storage.put(KEY, Buffer.from('bytes'), 'application/pdf');
    expect(await read(await storage.get(KEY))).toBe('bytes');
    await storage.delete(KEY);
    const [put, get, del] = sent as [PutObjectCommand, GetObjectCommand, DeleteObjectCommand];
    expect(put).toBeInstanceOf(PutObjectCommand);
    expect(put.input).toMatchObject({
      Bucket: 'braid-evidence',
      Key: `hss/${KEY}`,
      ContentType: 'application/pdf',
      ContentLength: 5,
    });
    expect(get.input).toEqual({ Bucket: 'braid-evidence', Key: `hss/${KEY}` });
    expect(del).toBeInstanceOf(DeleteObjectCommand);
    expect(del.input).toEqual({ Bucket: 'braid-evidence', Key: `hss/${KEY}` });
    await expect(storage.put('../x', Buffer.from('x'), 'text/csv')).rejects.toThrow('Not a storage key');
  });
});
