import type { domainsMessages as en, footerMessages as enFooter } from '../en/domains.ts';

export const domainsMessages = {
  'domains.title': 'Dominios',
  'domains.intro':
    'Dé al portal y al centro de ayuda de este segmento sus propias direcciones. Sus personas inician sesión allí, y todos los enlaces de sus correos electrónicos apuntan allí. Apunte el DNS del dominio a este servidor y coloque TLS delante (consulte la guía de operaciones).',
  'domains.readOnly': 'Solo los propietarios y administradores pueden cambiar los dominios.',
  'domains.field.portal': 'Dominio del portal',
  'domains.field.portalHint': 'Un nombre de host como clients.example.com. Vacío: la dirección principal del portal.',
  'domains.field.help': 'Dominio del centro de ayuda',
  'domains.field.helpHint': 'Vacío: el centro de ayuda está en el dominio del portal.',
  'domains.links': 'Los enlaces enviados por correo electrónico llevan a {portal}; el centro de ayuda está en {help}.',
  'domains.save': 'Guardar dominios',
  'domains.saved': 'Dominios guardados',
} satisfies Record<keyof typeof en, string>;

/** The portal's footer (the branding's terms, privacy and support links). */
export const footerMessages = {
  'footer.label': 'Enlaces de {portal}',
  'footer.terms': 'Condiciones del servicio',
  'footer.privacy': 'Política de privacidad',
} satisfies Record<keyof typeof enFooter, string>;
