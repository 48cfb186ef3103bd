import type { Liquid, Template } from 'liquidjs';

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
/**
 * HTML parts escape every value they print (names are user input); subject and text print values as they are.
 * liquidjs loads at the first template parsed, not at every start.
 */
let engines: Promise<{ html: Liquid; text: Liquid }> | undefined;

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

async function engineFor(part: TemplatePart): Promise<Liquid> {
  engines ??= import('liquidjs').then(({ Liquid }) => ({
    html: new Liquid({ ...common, outputEscape: 'escape' }),
    text: new Liquid({ ...common }),
  }));
  const loaded = await engines;
  return part === 'html' ? loaded.html : loaded.text;
}

/** Parsed templates by part and source: a segment's template is parsed once, not at every mail it sends. */
const parsedCache = new Map<string, Template[]>();
const PARSED_CACHE_SIZE = 500;

export async function parseTemplate(part: TemplatePart, source: string): Promise<Template[]> {
  const cacheKey = `${part}\u0000${source}`;
  const cached = parsedCache.get(cacheKey);
  if (cached) return cached;
  const engine = await engineFor(part);
  try {
    const parsed = engine.parse(source);
    if (parsedCache.size >= PARSED_CACHE_SIZE) parsedCache.delete(parsedCache.keys().next().value!);
    parsedCache.set(cacheKey, parsed);
    return parsed;
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
  const parsed = await parseTemplate(part, source);
  const engine = await engineFor(part);
  let output: string;
  try {
    output = String(await engine.render(parsed, values));
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
