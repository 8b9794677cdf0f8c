import { createHash, randomUUID } from 'node:crypto';
import { GrantReportStatus } from '@braid/contracts';
import { assertCan, AuditService, findAccessible, NotFoundError, RequestContext } from '@braid/kernel';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isUUID } from 'class-validator';
import { GrantReport } from '../grant-reports/grant-report.entity';
import { AttachmentRefused, ReportNotEditable } from '../reports.errors';
import { ACCEPTED_DESCRIPTION, AcceptedType, recognise } from './file-types';
import { ReportAttachment } from './report-attachment.entity';
import { REPORT_STORAGE, ReportStorage, REPORTS_OPTIONS, ReportsOptions } from './report-storage';

/** What multer hands over (kept in memory: attachments are small and checked whole). */
export interface UploadedFileShape {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** More files than a quarterly report plausibly needs; keeps one report from filling the disk. */
export const MAX_ATTACHMENTS_PER_REPORT = 20;

/** A name safe in a Content-Disposition header and on any file system. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = base
    .replace(/[^\p{L}\p{N}._ ,()-]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 150);
  return cleaned || 'file';
}

/**
 * The name to keep for a file of a recognised type: its own name, ending with an extension of the
 * type its bytes are. A PDF sent as "report.html" is kept as "report.pdf" (issue 17), so a
 * download never carries an extension that tells the reader's computer to open it as something
 * else; a name without one ("Informe año") gains it.
 */
export function storedFileName(name: string, type: AcceptedType): string {
  const safe = safeFileName(name);
  const [expected] = type.extensions;
  const match = /^(.+)\.([A-Za-z0-9]{1,5})$/.exec(safe);
  if (match && type.extensions.includes(match[2].toLowerCase())) return safe;
  const base = match ? match[1] : safe;
  return `${base.slice(0, 150 - expected.length - 1)}.${expected}`;
}

@Injectable()
export class AttachmentService {
  private readonly logger = new Logger(AttachmentService.name);

  constructor(
    private readonly audit: AuditService,
    @Inject(REPORT_STORAGE) private readonly storage: ReportStorage,
    @Inject(REPORTS_OPTIONS) private readonly options: ReportsOptions,
  ) {}

  get maxBytes(): number {
    return this.options.maxAttachmentBytes;
  }

  loadForReport(ctx: RequestContext, reportId: string): Promise<ReportAttachment[]> {
    return ctx
      .loader<string, ReportAttachment[]>('attachment.byReport', async (ids) => {
        const rows = await ctx.em
          .getRepository(ReportAttachment)
          .createQueryBuilder('attachment')
          .where('attachment.reportId IN (:...ids)', { ids })
          .orderBy('attachment.createdAt')
          .getMany();
        return ids.map((id) => rows.filter((row) => row.reportId === id));
      })
      .load(reportId);
  }

  /**
   * Adds a file to a draft. Size and type are checked before anything is stored (the type from
   * the bytes). Runs in its own transaction (REST has no mutation interceptor): the bytes are
   * stored first under a fresh key, and removed again if the transaction does not commit.
   */
  async upload(
    ctx: RequestContext,
    reportId: string,
    file: UploadedFileShape | undefined,
  ): Promise<ReportAttachment> {
    if (!file || !file.buffer?.length) throw AttachmentRefused.noFile();
    if (file.size > this.maxBytes) throw AttachmentRefused.tooLarge(file.size, this.maxBytes);
    const type = recognise(file.buffer, file.originalname);
    if (!type) throw AttachmentRefused.fileType(ACCEPTED_DESCRIPTION);

    const key = `${isUUID(reportId) ? reportId : randomUUID()}/${randomUUID()}`;
    let stored = false;
    try {
      return await ctx.em.transaction(async (em) => {
        const tx = ctx.forTransaction(em);
        const report = await findAccessible(tx, GrantReport, 'GrantReport', reportId, { lock: true });
        assertCan(tx, 'update', 'GrantReport', report);
        if (report.status !== GrantReportStatus.DRAFT) throw new ReportNotEditable(report.status);
        const count = await em.countBy(ReportAttachment, { reportId: report.id });
        if (count >= MAX_ATTACHMENTS_PER_REPORT) throw AttachmentRefused.tooMany(MAX_ATTACHMENTS_PER_REPORT);
        await this.storage.put(key, file.buffer, type.contentType);
        stored = true;
        const attachment = await em.save(
          em.create(ReportAttachment, {
            collaborativeId: report.collaborativeId,
            recipientOrganizationId: report.recipientOrganizationId,
            reportId: report.id,
            fileName: storedFileName(file.originalname, type),
            contentType: type.contentType,
            sizeBytes: file.size,
            sha256: createHash('sha256').update(file.buffer).digest('hex'),
            storageKey: key,
            uploadedByUserId: tx.userId,
          }),
        );
        await this.audit.record(tx, {
          action: 'grantReport.attachmentAdded',
          collaborativeId: report.collaborativeId,
          entityType: 'GrantReport',
          entityId: report.id,
          after: attachment,
        });
        return attachment;
      });
    } catch (error) {
      if (stored) await this.storage.delete(key).catch((e: unknown) => this.logger.error(String(e)));
      throw error;
    }
  }

  /** Removes a file from a draft; the bytes go once no version refers to them any more. */
  async remove(ctx: RequestContext, attachmentId: string): Promise<GrantReport> {
    const attachment = isUUID(attachmentId)
      ? await ctx.em.findOneBy(ReportAttachment, { id: attachmentId })
      : null;
    if (!attachment) throw new NotFoundError('ReportAttachment', attachmentId);
    const report = await findAccessible(ctx, GrantReport, 'GrantReport', attachment.reportId, {
      lock: true,
    }).catch(() => {
      throw new NotFoundError('ReportAttachment', attachmentId);
    });
    assertCan(ctx, 'update', 'GrantReport', report);
    if (report.status !== GrantReportStatus.DRAFT) throw new ReportNotEditable(report.status);
    await ctx.em.delete(ReportAttachment, { id: attachment.id });
    await this.audit.record(ctx, {
      action: 'grantReport.attachmentRemoved',
      collaborativeId: report.collaborativeId,
      entityType: 'GrantReport',
      entityId: report.id,
      before: attachment,
    });
    ctx.afterCommit(async (em) => {
      if (!(await em.existsBy(ReportAttachment, { storageKey: attachment.storageKey })))
        await this.storage.delete(attachment.storageKey);
    });
    return report;
  }

  /** Streams a file to someone who may read its report; anyone else hears NOT_FOUND. */
  async download(ctx: RequestContext, attachmentId: string, res: Response): Promise<void> {
    const attachment = isUUID(attachmentId)
      ? await ctx.em.findOneBy(ReportAttachment, { id: attachmentId })
      : null;
    if (!attachment) throw new NotFoundError('ReportAttachment', attachmentId);
    await findAccessible(ctx, GrantReport, 'GrantReport', attachment.reportId).catch(() => {
      throw new NotFoundError('ReportAttachment', attachmentId);
    });
    const body = await this.storage.get(attachment.storageKey);
    res.status(200);
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Length', String(attachment.sizeBytes));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    await new Promise<void>((ok, fail) => {
      body.once('error', fail);
      res.once('finish', () => ok());
      body.pipe(res);
    });
  }
}
