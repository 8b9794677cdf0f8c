import { Allow, Ctx, RequestContext } from '@braid/kernel';
import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { AttachmentService, UploadedFileShape } from './attachment.service';
import { ReportAttachment } from './report-attachment.entity';

/**
 * Attachments over REST (multipart), under /api, behind the same global AccessGuard and session
 * cookie as GraphQL: the guard checks the action on the subject before the body is read; the
 * service checks the report. Multer stops reading at the configured limit (+1 byte, so an
 * oversize file is recognised and refused with BAD_USER_INPUT, not silently cut).
 */
@Controller('api')
export class AttachmentController {
  constructor(private readonly attachments: AttachmentService) {}

  @Post('grant-reports/:reportId/attachments')
  @HttpCode(201)
  @Allow('update', 'GrantReport')
  @UseInterceptors(
    FileInterceptor('file', {
      // Browsers send a file name as raw UTF-8 in `filename="…"`; busboy reads such parameters
      // as latin1 unless told otherwise, which turned "Informe año.pdf" into mojibake (issue 17).
      // RFC 5987 `filename*=UTF-8''…` names carry their charset and decode either way.
      defParamCharset: 'utf8',
      limits: {
        files: 1,
        fileSize: Number(process.env['BRAID_ATTACHMENT_MAX_BYTES'] || 10 * 1024 * 1024) + 1,
      },
    }),
  )
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('reportId') reportId: string,
    @UploadedFile() file: UploadedFileShape | undefined,
  ): Promise<
    Pick<ReportAttachment, 'id' | 'fileName' | 'contentType' | 'sizeBytes' | 'sha256' | 'downloadUrl'>
  > {
    const attachment = await this.attachments.upload(ctx, reportId, file);
    return {
      id: attachment.id,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      sizeBytes: attachment.sizeBytes,
      sha256: attachment.sha256,
      downloadUrl: attachment.downloadUrl,
    };
  }

  @Get('report-attachments/:attachmentId')
  @Allow('read', 'GrantReport')
  download(
    @Ctx() ctx: RequestContext,
    @Param('attachmentId') attachmentId: string,
    @Res() res: Response,
  ): Promise<void> {
    return this.attachments.download(ctx, attachmentId, res);
  }
}
