import { type Problem, problemOfExtensions } from '../../graphql/problem';

/** What the upload endpoint answers: the stored file, or the API's refusal (its code, reason and figures). */
export type UploadResult =
  | {
      ok: true;
      attachment: {
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        downloadUrl: string;
      };
    }
  | { ok: false; problem: Problem | null };

/** Sends one file to `POST /api/grant-reports/:reportId/attachments` (session cookie, field `file`). */
export async function uploadReportAttachment(reportId: string, file: File): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  try {
    const response = await fetch(`/api/grant-reports/${encodeURIComponent(reportId)}/attachments`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
    });
    const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    if (response.ok && json) return { ok: true, attachment: json as never };
    return { ok: false, problem: typeof json?.['code'] === 'string' ? problemOfExtensions(json) : null };
  } catch {
    return { ok: false, problem: null };
  }
}
