import type { collaborativeEn } from './collaborative.en';

/** Spanish strings for managing people: exactly the ids of collaborative.en.ts (the typecheck fails otherwise). */
export const collaborativeEs: Record<keyof typeof collaborativeEn, string> = {
  'invitations.revoke': 'Retirar invitación',
  'invitations.revokeLabel': 'Retirar invitación para {name}',
  'invitations.revokeTitle': '¿Retirar la invitación para {name}?',
  'invitations.revokeExplain':
    'El enlace enviado a {email} dejará de funcionar y {name} no podrá unirse con él. Puede volver a invitar a esta persona más adelante.',
  'invitations.keep': 'Mantenerla',
  'invitations.revoked': 'Se retiró la invitación para {name}.',

  'members.actions': 'Acciones',
  'members.edit': 'Cambiar funciones',
  'members.editLabel': 'Cambiar funciones de {name}',
  'members.editTitle': 'Funciones de {name}',
  'members.ownRoles':
    'Estas son sus propias funciones. Sin la función de Administrador, ya no podrá gestionar miembros ni configurar la colaborativa.',
  'members.lastAdminRole':
    '{name} es el único administrador. Nombre a otra persona como administrador antes de quitarle esta función.',
  'members.save': 'Guardar funciones',
  'members.cancel': 'Cancelar',
  'members.saved': 'Se guardaron las funciones de {name}.',
  'members.remove': 'Quitar',
  'members.removeLabel': 'Quitar a {name}',
  'members.removeTitle': '¿Quitar a {name} de {collaborative}?',
  'members.removeLoses': '{name} dejará de ser miembro de {collaborative} y perderá:',
  'members.loseAccess': 'el acceso a sus reuniones, mociones, fondo e informes',
  'members.loseRoles': 'estas funciones:',
  'members.loseSeat': 'el puesto «{seat}», que quedará vacante',
  'members.loseAlternate': 'su lugar como suplente de «{seat}»',
  'members.removeKeeps':
    'Los votos que emitió y lo que escribió quedan registrados. Para que vuelva, invítelo de nuevo.',
  'members.removeSelf': 'Es usted: perderá el acceso a {collaborative} en cuanto confirme.',
  'members.removeLastAdmin':
    '{name} es el único administrador de {collaborative}, que necesita al menos uno. Nombre primero a otra persona como administrador.',
  'members.removeConfirm': 'Quitar a {name}',
  'members.keep': 'Mantener al miembro',
  'members.removed': '{name} ya no es miembro.',
};
