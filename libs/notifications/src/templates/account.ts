import type { AccountEmailFigures } from '@braid/contracts';
import type { Bilingual } from './wording';

export const accountTemplates: { [K in keyof AccountEmailFigures]: Bilingual<AccountEmailFigures[K]> } = {
  INVITATION: {
    en: (f, x) => ({
      headline: `${f.invitedByName} invites you to ${f.collaborativeName} on Braid`,
      paragraphs: [
        `${f.invitedByName} invites you to join ${f.collaborativeName}, where its members govern their shared fund together.`,
        `The invitation can be used until ${x.instant(f.expiresAt)}. If you did not expect it, ignore this message.`,
      ],
      action: 'Accept the invitation',
    }),
    es: (f, x) => ({
      headline: `${f.invitedByName} le invita a ${f.collaborativeName} en Braid`,
      paragraphs: [
        `${f.invitedByName} le invita a unirse a ${f.collaborativeName}, donde sus miembros gobiernan juntos su fondo común.`,
        `Puede usar la invitación hasta el ${x.instant(f.expiresAt)}. Si no la esperaba, ignore este mensaje.`,
      ],
      action: 'Aceptar la invitación',
    }),
  },
  PASSWORD_RESET: {
    en: (f) => ({
      headline: 'Choose a new Braid password',
      paragraphs: [
        `Someone asked to reset the password of your Braid account. The link works once, for ${f.expiresMinutes} minutes.`,
        'If it was not you, ignore this message: your password stays as it is.',
      ],
      action: 'Choose a new password',
    }),
    es: (f) => ({
      headline: 'Elija una nueva contraseña de Braid',
      paragraphs: [
        `Alguien pidió restablecer la contraseña de su cuenta de Braid. El enlace sirve una vez, durante ${f.expiresMinutes} minutos.`,
        'Si no fue usted, ignore este mensaje: su contraseña no cambia.',
      ],
      action: 'Elegir una nueva contraseña',
    }),
  },
};
