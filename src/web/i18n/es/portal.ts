import type { portalMessages as en } from '../en/portal.ts';

export const portalMessages = {
  'nav.main': 'Principal',
  'nav.home': 'Inicio',
  'nav.team': '{kind, select, self_service {Personas} other {Equipo}}',
  'nav.profile': 'Perfil',
  'nav.security': 'Seguridad',
  'nav.sessions': 'Sesiones',
  'nav.console': 'Consola',
  'nav.portal': 'Portal',
  'nav.menu': 'Menú',
  'portal.switcher.label': 'Cambiar de cuenta',
  'portal.switcher.choose': 'Elija una cuenta',
  'portal.switcher.switched': 'Ahora está en {account}',
  'portal.home.title': 'Le damos la bienvenida, {name}',
  'portal.home.modules': '{kind, select, self_service {Su cuenta} other {Su espacio de trabajo}}',
  'portal.home.emptyTitle':
    '{kind, select, self_service {Su cuenta está lista} other {Su espacio de trabajo está listo}}',
  'portal.home.emptyBody': 'Las funciones aparecerán aquí a medida que su proveedor las active.',
  'portal.home.account': 'Cuenta',
  'portal.home.accountName': 'Cuenta',
  'portal.home.role': 'Su rol',
  'portal.home.signedInAs': 'Sesión iniciada como',
  'portal.home.noAccountTitle': 'Todavía no es miembro de ninguna cuenta',
  'portal.home.noAccountBody': 'Ha iniciado sesión como {email}. Cuando alguien le añada a una cuenta, aparecerá aquí.',
  'portal.team.title': '{kind, select, self_service {Personas} other {Equipo}}',
  // The portal home's cards: one `home.count.<key>` per count key the server sends.
  'home.count.tickets.open': '{count, plural, one {# ticket abierto} other {# tickets abiertos}}',
  'home.count.messages.unread': '{count, plural, one {# mensaje sin leer} other {# mensajes sin leer}}',
  'home.count.documents.requested':
    '{count, plural, one {# solicitud de archivos le espera} other {# solicitudes de archivos le esperan}}',
  'home.card.nothingNew': 'Nada nuevo',
} satisfies Record<keyof typeof en, string>;
