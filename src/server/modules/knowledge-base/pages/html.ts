/** Escapes text for HTML content and attribute values. Every dynamic value in the help center passes through it. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A pre-escaped HTML fragment; only the page templates and the Markdown renderer create one. */
export interface Html {
  readonly html: string;
}
export const raw = (html: string): Html => ({ html });

/** Tagged template: interpolated strings are escaped, Html fragments (and arrays of them) are inserted as they are. */
export function html(
  strings: TemplateStringsArray,
  ...values: (string | number | Html | Html[] | null | undefined | false)[]
): Html {
  let out = strings[0]!;
  values.forEach((value, index) => {
    if (Array.isArray(value)) out += value.map((item) => item.html).join('');
    else if (value && typeof value === 'object') out += value.html;
    else if (value !== null && value !== undefined && value !== false) out += esc(value);
    out += strings[index + 1]!;
  });
  return raw(out);
}
