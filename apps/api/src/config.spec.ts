import { readConfig } from './config';

describe('readConfig', () => {
  it('defaults to the embedded database with the demo story, on port 3000, in development', () => {
    const config = readConfig({}, '/srv/braid');
    expect(config).toMatchObject({
      databaseUrl: null,
      dataDir: '/srv/braid/.data',
      uploadsDir: '/srv/braid/.data/uploads',
      port: 3000,
      production: false,
      seedDemo: true,
      webDist: '/srv/braid/dist/apps/web',
      redisUrl: null,
      bootstrapAdmin: null,
    });
  });

  it('never writes the demo (known passwords) into a real server unless asked', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://db/braid' }).seedDemo).toBe(false);
    expect(readConfig({ DATABASE_URL: 'postgres://db/braid', BRAID_DEMO: 'true' }).seedDemo).toBe(true);
    expect(readConfig({ BRAID_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('reads production mode, data directory, admin bootstrap and limits', () => {
    const config = readConfig(
      {
        NODE_ENV: 'production',
        BRAID_DATA_DIR: 'var/braid',
        BRAID_ADMIN_EMAIL: ' admin@hss.org ',
        BRAID_ADMIN_PASSWORD: 'long secret',
        BRAID_MAX_QUERY_DEPTH: '8',
        BRAID_MAX_ANONYMOUS_QUERY_COMPLEXITY: '300',
        REDIS_URL: 'redis://127.0.0.1:6379',
      },
      '/opt',
    );
    expect(config).toMatchObject({
      production: true,
      dataDir: '/opt/var/braid',
      bootstrapAdmin: { email: 'admin@hss.org', password: 'long secret', displayName: 'Administrator' },
      maxQueryDepth: 8,
      maxQueryComplexity: 10_000,
      maxAnonymousQueryComplexity: 300,
      redisUrl: 'redis://127.0.0.1:6379',
    });
  });

  it('refuses a setting that is not a number instead of guessing', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => readConfig({ BRAID_SESSION_TTL_HOURS: '-1' })).toThrow(/BRAID_SESSION_TTL_HOURS/);
  });
});

describe('attachment storage', () => {
  it('keeps attachments on local disk by default, at most 10 MB each', () => {
    expect(readConfig({}, '/srv/braid')).toMatchObject({
      attachmentsS3: null,
      attachmentMaxBytes: 10 * 1024 * 1024,
    });
  });

  it('uses S3-compatible storage when asked, and needs a bucket for it', () => {
    expect(
      readConfig({
        BRAID_ATTACHMENTS: 's3',
        BRAID_S3_BUCKET: 'braid-evidence',
        BRAID_S3_ENDPOINT: 'http://minio:9000',
        BRAID_ATTACHMENT_MAX_BYTES: '2000000',
      }),
    ).toMatchObject({
      attachmentsS3: { bucket: 'braid-evidence', endpoint: 'http://minio:9000', forcePathStyle: true },
      attachmentMaxBytes: 2_000_000,
    });
    expect(() => readConfig({ BRAID_ATTACHMENTS: 's3' })).toThrow('BRAID_S3_BUCKET');
    expect(() => readConfig({ BRAID_ATTACHMENTS: 'ftp' })).toThrow('BRAID_ATTACHMENTS');
  });

  it('tells people by default; BRAID_NOTIFICATIONS=off (the fan-out benchmark only) stops it', () => {
    expect(readConfig({}).notifications).toBe(true);
    expect(readConfig({ BRAID_NOTIFICATIONS: 'on' }).notifications).toBe(true);
    expect(readConfig({ BRAID_NOTIFICATIONS: 'off' }).notifications).toBe(false);
    expect(readConfig({ BRAID_NOTIFICATIONS: '0' }).notifications).toBe(false);
  });
});
