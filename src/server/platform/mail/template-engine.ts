import { Liquid, type Template } from 'liquidjs';

/**
 * Staff-edited email templates in Liquid (liquidjs). The engines have no file system (`templates: {}`: include and
 * render find nothing), refuse unknown variables and filters (a typo is an error at save, not an empty gap in a
 * sent mail), read own properties only, and stop a render that runs too long or allocates too much.
 */
const LIMITS = { parseLimit: 20_000, renderLimit: 200, memoryLimit: 5_000_000 };
const common = {
  templates: {},
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  relativeReference: false,
  dynamicPartials: false,
  ...LIMITS,
} as const;
/** HTML parts escape every value they print (names are user input); subject and text print values as they are. */
const htmlEngine = new Liquid({ ...common, outputEscape: 'escape' });
const textEngine = new Liquid({ ...common });

export type TemplatePart = 'subject' | 'html' | 'text';
/** The largest rendered part: a template that prints a value a thousand times is refused, not mailed. */
export const RENDERED_MAX_CHARS = 200_000;

export class TemplateError extends Error {
  constructor(
    readonly part: TemplatePart,
    readonly line: number | null,
    readonly column: number | null,
    message: string,
  ) {
    super(message);
  }
}

function positionOf(error: unknown): [number, number] | null {
  const token = (error as { token?: { getPosition?: () => [number, number] } }).token;
  return token?.getPosition?.() ?? null;
}

/** The message without liquidjs' own ", line:1, col:2" suffix (the line is its own field). */
const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/, line:\d+, col:\d+$/, '').slice(0, 300);

function engineFor(part: TemplatePart) {
  return part === 'html' ? htmlEngine : textEngine;
}

export function parseTemplate(part: TemplatePart, source: string): Template[] {
  try {
    return engineFor(part).parse(source);
  } catch (error) {
    const position = positionOf(error);
    throw new TemplateError(part, position?.[0] ?? null, position?.[1] ?? null, messageOf(error));
  }
}

export async function renderTemplate(
  part: TemplatePart,
  source: string,
  values: Record<string, unknown>,
): Promise<string> {
  const parsed = parseTemplate(part, source);
  let output: string;
  try {
    output = String(await engineFor(part).render(parsed, values));
  } catch (error) {
    const position = positionOf(error);
    throw new TemplateError(part, position?.[0] ?? null, position?.[1] ?? null, messageOf(error));
  }
  if (output.length > RENDERED_MAX_CHARS) throw new TemplateError(part, null, null, 'The rendered email is too long');
  if (part === 'subject' && /[\r\n]/.test(output.trim()))
    throw new TemplateError(part, null, null, 'A subject is one line');
  return part === 'subject' ? output.trim() : output;
}

export interface TemplateParts {
  subject: string;
  html: string;
  text: string;
}

/** Renders the three parts with the same values; the first failing part throws its TemplateError. */
export async function renderTemplateParts(parts: TemplateParts, values: Record<string, unknown>) {
  return {
    subject: await renderTemplate('subject', parts.subject, values),
    html: await renderTemplate('html', parts.html, values),
    text: await renderTemplate('text', parts.text, values),
  };
}
