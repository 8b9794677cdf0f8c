import { passwordResetEs } from './password-reset.es';
import type { accessEn } from './access.en';

/** Spanish strings of signing in, resetting a password and accepting an invitation: exactly the ids of access.en.ts (the typecheck fails otherwise). */
export const accessEs: Record<keyof typeof accessEn, string> = {
  ...passwordResetEs,
  'accept.accountExistsNow':
    'Ya existe una cuenta con este correo. Inicie sesión y vuelva a abrir el enlace.',
  'accept.askAgain': 'Si todavía necesita unirse, pida una nueva invitación al administrador.',
  'accept.confirmPassword': 'Escriba la contraseña otra vez',
  'accept.createAndJoin': 'Crear cuenta y unirme',
  'accept.email': 'Correo electrónico',
  'accept.expires': 'Puede aceptarla hasta el {date}.',
  'accept.forEmail': 'Esta invitación es para {email}.',
  'accept.haveAccount':
    '¿Ya tiene una cuenta de Braid con este correo? Inicie sesión y volverá aquí para aceptar.',
  'accept.invalidLink': 'Este enlace de invitación no es válido. Revise que lo copió completo.',
  'accept.invitedTo': '{name}, le invitan a unirse a {collaborative}.',
  'accept.join': 'Unirme',
  'accept.language': 'Idioma de Braid',
  'accept.name': 'Su nombre',
  'accept.newAccount': 'Cree su cuenta',
  'accept.otherAccount': 'Inició sesión con otra cuenta',
  'accept.otherAccountExplain':
    'Esta invitación es para {email}, pero inició sesión como {me}. Cierre la sesión y vuelva a abrir el enlace.',
  'accept.password': 'Elija una contraseña',
  'accept.passwordHint': 'Al menos 10 caracteres.',
  'accept.signInFirst': 'Iniciar sesión para aceptar',
  'accept.status.ACCEPTED': 'Esta invitación ya fue aceptada.',
  'accept.status.EXPIRED': 'Esta invitación venció.',
  'accept.status.PENDING': 'Esta invitación espera respuesta.',
  'accept.status.REVOKED': 'Esta invitación fue retirada.',
  'accept.title': 'Unirse a una colaborativa',

  'signIn.email': 'Correo electrónico',
  'signIn.noAccount':
    '¿Aún no tiene cuenta? Las cuentas de Braid empiezan con una invitación del administrador de su colaborativa.',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.toContinue': 'Inicie sesión para continuar.',
  'signIn.tooMany':
    'Demasiados intentos fallidos. Espere {minutes, plural, one {# minuto} other {# minutos}} e inténtelo de nuevo.',
  'signIn.wrongCredentials': 'Ese correo y esa contraseña no corresponden a ninguna cuenta.',
};
