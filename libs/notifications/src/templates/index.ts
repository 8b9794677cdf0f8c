import {
  AccountEmailFigures,
  AccountEmailKind,
  Language,
  NotificationCategory,
  NotificationFigures,
  NotificationKind,
} from '@braid/contracts';
import { accountTemplates } from './account';
import { fundsTemplates } from './funds';
import { governanceTemplates } from './governance';
import { reportsTemplates } from './reports';
import { Bilingual, Formats, Wording } from './wording';

export { Formats, type Wording } from './wording';

/** Every kind has its words: the type refuses a kind without a template. */
const notificationTemplates: { [K in NotificationKind]: Bilingual<NotificationFigures[K]> } = {
  ...governanceTemplates,
  ...fundsTemplates,
  ...reportsTemplates,
};

function languageOf(language: string): 'en' | 'es' {
  return language === Language.ES ? 'es' : 'en';
}

/** A notification in the reader's language; dates where the collaborative is. */
export function wordNotification<K extends NotificationKind>(
  kind: K,
  figures: NotificationFigures[K],
  language: Language,
  timeZone: string,
): Wording {
  const template = notificationTemplates[kind] as Bilingual<NotificationFigures[K]> | undefined;
  if (!template) throw new Error(`No words for the notification ${kind}`);
  return template[languageOf(language)](figures, new Formats(language, timeZone));
}

export function wordAccountEmail<K extends AccountEmailKind>(
  kind: K,
  figures: AccountEmailFigures[K],
  language: Language,
  timeZone = 'UTC',
): Wording {
  const template = accountTemplates[kind] as Bilingual<AccountEmailFigures[K]> | undefined;
  if (!template) throw new Error(`No words for the account email ${kind}`);
  return template[languageOf(language)](figures, new Formats(language, timeZone));
}

const CATEGORY_NAMES: { [C in NotificationCategory]: { en: string; es: string } } = {
  VOTES: { en: 'votes', es: 'votaciones' },
  ACTION_ITEMS: { en: 'action items', es: 'tareas' },
  MEETINGS: { en: 'meetings', es: 'reuniones' },
  MINUTES: { en: 'minutes', es: 'actas' },
  GRANTS: { en: 'grants', es: 'subvenciones' },
  REPORTS: { en: 'reports', es: 'informes' },
  FUNDS: { en: 'the fund', es: 'el fondo' },
};

export function categoryName(category: NotificationCategory, language: Language): string {
  return CATEGORY_NAMES[category][languageOf(language)];
}

/** Text for HTML: every figure passes through here, so a title cannot become markup. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

interface Section {
  wording: Wording;
  url: string;
}

/**
 * The HTML part: plain markup and inline styles, no remote images and no tracking pixels (mail
 * that reads nothing from elsewhere shows the same offline and tells nobody it was opened).
 */
function htmlDocument(language: Language, title: string, body: string, footer: string): string {
  return `<!doctype html>
<html lang="${languageOf(language)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 600px; margin: 0 auto; padding: 16px;">
${body}
<hr style="border: none; border-top: 1px solid #ccc; margin: 24px 0 12px;">
<div style="font-size: 13px; color: #555;">${footer}</div>
</body></html>
`;
}

function sectionHtml(section: Section, heading: 'h1' | 'h2'): string {
  return [
    `<${heading} style="font-size: ${heading === 'h1' ? 20 : 17}px;">${escapeHtml(section.wording.headline)}</${heading}>`,
    ...section.wording.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(section.url)}" style="color: #0b57d0;">${escapeHtml(section.wording.action)}</a></p>`,
  ].join('\n');
}

function sectionText(section: Section): string {
  return [...section.wording.paragraphs, '', `${section.wording.action}: ${section.url}`].join('\n');
}

export interface Footer {
  collaborativeName: string | null;
  /** The one-click link that stops this kind of email; absent for account email. */
  unsubscribe: { url: string; what: string } | null;
  language: Language;
}

function footerLines(footer: Footer): string[] {
  const es = footer.language === Language.ES;
  const lines: string[] = [];
  if (footer.collaborativeName)
    lines.push(
      es
        ? `Recibe este correo porque es miembro de ${footer.collaborativeName} en Braid.`
        : `You receive this because you are a member of ${footer.collaborativeName} on Braid.`,
    );
  if (footer.unsubscribe)
    lines.push(
      es
        ? `Dejar de recibir correos sobre ${footer.unsubscribe.what}: ${footer.unsubscribe.url}`
        : `Stop emails about ${footer.unsubscribe.what}: ${footer.unsubscribe.url}`,
    );
  return lines;
}

function footerHtml(footer: Footer): string {
  const es = footer.language === Language.ES;
  const parts: string[] = [];
  if (footer.collaborativeName)
    parts.push(
      `<p>${escapeHtml(
        es
          ? `Recibe este correo porque es miembro de ${footer.collaborativeName} en Braid.`
          : `You receive this because you are a member of ${footer.collaborativeName} on Braid.`,
      )}</p>`,
    );
  if (footer.unsubscribe)
    parts.push(
      `<p><a href="${escapeHtml(footer.unsubscribe.url)}" style="color: #555;">${escapeHtml(
        es
          ? `Dejar de recibir correos sobre ${footer.unsubscribe.what}`
          : `Stop emails about ${footer.unsubscribe.what}`,
      )}</a></p>`,
    );
  return parts.join('\n');
}

/** One message about one thing. */
export function composeEmail(wording: Wording, url: string, footer: Footer): ComposedEmail {
  const section = { wording, url };
  return {
    subject: wording.headline,
    text: [sectionText(section), '', '--', ...footerLines(footer)].join('\n') + '\n',
    html: htmlDocument(footer.language, wording.headline, sectionHtml(section, 'h1'), footerHtml(footer)),
  };
}

/** The daily digest: what happened in one collaborative since the last one. */
export function composeDigest(sections: Section[], dateLabel: string, footer: Footer): ComposedEmail {
  const es = footer.language === Language.ES;
  const name = footer.collaborativeName ?? 'Braid';
  const subject = es
    ? `${name}: resumen del ${dateLabel} (${sections.length})`
    : `${name}: digest for ${dateLabel} (${sections.length})`;
  const text = [
    subject,
    '',
    ...sections.flatMap((section) => [`* ${section.wording.headline}`, sectionText(section), '']),
    '--',
    ...footerLines(footer),
  ].join('\n');
  const body = [
    `<h1 style="font-size: 20px;">${escapeHtml(subject)}</h1>`,
    ...sections.map((section) => sectionHtml(section, 'h2')),
  ].join('\n');
  return {
    subject,
    text: text + '\n',
    html: htmlDocument(footer.language, subject, body, footerHtml(footer)),
  };
}
