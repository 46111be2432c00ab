const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values alike. Every string that comes
 * from an audited repository (paths, messages, snippets, reasons) goes through here.
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** A tagged template that escapes every interpolated value; `raw()` marks markup built elsewhere as safe. */
export interface SafeHtml {
  readonly html: string;
}

export function raw(html: string): SafeHtml {
  return { html };
}

type Interpolation = string | number | SafeHtml | readonly SafeHtml[];

function render(value: Interpolation): string {
  if (typeof value === 'string' || typeof value === 'number') return escapeHtml(value);
  if (Array.isArray(value)) return (value as readonly SafeHtml[]).map((part) => part.html).join('');
  return (value as SafeHtml).html;
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return { html: out };
}
