import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

/**
 * Where the bytes of report attachments live. The database keeps the metadata and the key; the
 * storage only keeps bytes under keys Braid chose (never a file name a user typed).
 */
export interface ReportStorage {
  readonly kind: string;
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

export const REPORT_STORAGE = Symbol('REPORT_STORAGE');

/** Keys are generated (uuid paths); anything else is a bug, refused before touching the disk. */
const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** The default: files under a directory (BRAID_UPLOADS_DIR, by default `.data/uploads`). */
export class LocalDiskStorage implements ReportStorage {
  readonly kind = 'local';
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Not a storage key: ${key}`);
    const path = resolve(join(this.root, key));
    if (!path.startsWith(this.root + sep)) throw new Error(`Storage key escapes the directory: ${key}`);
    return path;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // wx: never overwrite; keys are fresh uuids, so an existing file means a bug.
    await writeFile(path, bytes, { flag: 'wx', mode: 0o640 });
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    const stream = createReadStream(path);
    // Surface "missing file" now, as a rejected promise, not later as a broken response.
    await new Promise<void>((ok, fail) => {
      stream.once('open', () => ok());
      stream.once('error', fail);
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

export interface S3Settings {
  bucket: string;
  /** For S3-compatible services (MinIO, Ceph, R2...); empty for AWS itself. */
  endpoint?: string | null;
  region?: string | null;
  /** A prefix inside the bucket, e.g. "braid/attachments/". */
  prefix?: string | null;
  forcePathStyle?: boolean;
}

/** S3 or an S3-compatible service; credentials come from the AWS SDK's usual chain (env, profile, role). */
export class S3Storage implements ReportStorage {
  readonly kind = 's3';

  constructor(
    private readonly settings: S3Settings,
    private readonly client: Pick<S3Client, 'send'> = new S3Client({
      region: settings.region || 'us-east-1',
      endpoint: settings.endpoint || undefined,
      forcePathStyle: settings.forcePathStyle ?? !!settings.endpoint,
    }),
  ) {}

  private keyOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`Not a storage key: ${key}`);
    return `${this.settings.prefix ?? ''}${key}`;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.keyOf(key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(key: string): Promise<Readable> {
    const answer = await this.client.send(
      new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }),
    );
    const body = answer.Body;
    if (body instanceof Readable) return body;
    if (body && typeof (body as { transformToByteArray?: unknown }).transformToByteArray === 'function') {
      const bytes = await (body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray();
      return Readable.from(Buffer.from(bytes));
    }
    throw new Error(`S3 returned no body for ${key}`);
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
  }
}

export type AttachmentStorageConfig = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3Settings);

export interface ReportsOptions {
  storage: AttachmentStorageConfig;
  /** The largest attachment accepted, in bytes. */
  maxAttachmentBytes: number;
}

export const REPORTS_OPTIONS = Symbol('REPORTS_OPTIONS');

export function storageFor(config: AttachmentStorageConfig): ReportStorage {
  return config.kind === 's3' ? new S3Storage(config) : new LocalDiskStorage(config.dir);
}
