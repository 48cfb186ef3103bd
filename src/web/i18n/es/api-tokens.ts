import type { apiTokenMessages as en } from '../en/api-tokens.ts';

export const apiTokenMessages = {
  'nav.apiTokens': 'Tokens de API',
  'apiTokens.title': 'Tokens de API',
  'apiTokens.intro':
    'Los tokens permiten que sus propios scripts e integraciones usen la API de Portico en su nombre, con su acceso. Envíe uno como “Authorization: Bearer …”. No pueden cambiar su contraseña, sus sesiones ni sus tokens. Restablecer su contraseña por correo electrónico los revoca todos.',
  'apiTokens.create.title': 'Crear un token',
  'apiTokens.field.name': 'Nombre del token',
  'apiTokens.field.nameHint': 'Qué lo usa, por ejemplo “Sincronización contable”.',
  'apiTokens.field.write': 'Permitir cambios (ámbito de escritura)',
  'apiTokens.field.writeHint': 'Sin esto, el token solo puede leer.',
  'apiTokens.field.expires': 'Caduca después de (días)',
  'apiTokens.create.submit': 'Crear token',
  'apiTokens.created.title': 'Copie ahora su nuevo token',
  'apiTokens.created.intro':
    'Es la única vez que se muestra. Guárdelo en la configuración secreta de su integración.',
  'apiTokens.created.copy': 'Copiar token',
  'apiTokens.created.copied': 'Token copiado',
  'apiTokens.created.done': 'Ya lo he guardado',
  'apiTokens.empty': 'No tiene tokens de API.',
  'apiTokens.scope.read': 'lectura',
  'apiTokens.scope.write': 'escritura',
  'apiTokens.status.active': 'Activo',
  'apiTokens.status.expired': 'Caducado',
  'apiTokens.status.revoked': 'Revocado',
  'apiTokens.meta': 'Ámbitos: {scopes} · caduca {expires} · último uso {lastUsed}',
  'apiTokens.neverUsed': 'nunca',
  'apiTokens.revoke': 'Revocar',
  'apiTokens.revokeNamed': 'Revocar el token {name}',
  'apiTokens.revoked': 'Token revocado',
} satisfies Record<keyof typeof en, string>;
