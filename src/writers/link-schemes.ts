/**
 * The link addresses both writers make clickable: web addresses (http, https) and e-mail (mailto).
 * Anything else (smb:, file:, ms-msdt:, search-ms:, ms-word:, \\server\share, javascript: …) stays plain
 * text in the PDF and in the DOCX alike; the check warns about such links at their line.
 */
export const CLICKABLE_EXTERNAL = /^(https?:|mailto:)/i;

export function isClickableExternal(href: string): boolean {
  return CLICKABLE_EXTERNAL.test(href.trim());
}
