import type { serviceTokenMessages as english } from '../en/service-tokens.ts';

export const serviceTokenMessages = {
  'console.nav.integrations': 'Integraciones',
  'serviceTokens.title': 'Integraciones',
  'serviceTokens.intro':
    'Tokens que pertenecen a la firma, no a una persona: siguen funcionando cuando quien los creó se marcha. Una integración actúa por la firma dentro de sus accesos y aparece en el registro de auditoría como «Integración: nombre».',
  'serviceTokens.create.title': 'Nuevo token de integración',
  'serviceTokens.field.name': 'Nombre de la integración',
  'serviceTokens.field.nameHint': 'Qué lo usa, por ejemplo «Sincronización de pedidos».',
  'serviceTokens.create.submit': 'Crear token de integración',
  'serviceTokens.empty': 'La firma no tiene tokens de integración.',
  'serviceTokens.listLabel': 'Tokens de integración',
  'serviceTokens.madeBy': 'Creado por {name} el {date}',
  'serviceTokens.formerStaff': 'un antiguo miembro del equipo',
  'serviceTokens.revoke.title': '¿Revocar la integración «{name}»?',
  'serviceTokens.revoke.body': 'Todo lo que usa este token deja de funcionar de inmediato. No se puede deshacer.',
  'serviceTokens.field.rpm': 'Solicitudes por minuto',
  'serviceTokens.field.rpmHint':
    'Déjelo vacío para el valor predeterminado del portal ({default}). Como máximo {max}; por encima, la integración debe esperar.',
  'serviceTokens.rpm.labelNamed': 'Solicitudes por minuto para «{name}»',
  'serviceTokens.rpm.save': 'Guardar límite',
  'serviceTokens.rpm.saved': 'Límite guardado.',
  'serviceTokens.rpm.current': 'Solicitudes por minuto: {rpm}',
  'serviceTokens.authorAs': 'Lo que escribe aparece como «{name}».',
  'audit.integration': 'Integración: {name}',
} satisfies Record<keyof typeof english, string>;
