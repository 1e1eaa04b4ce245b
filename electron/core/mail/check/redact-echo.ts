/**
 * A server's error reply may echo what the client sent: the password as typed, as the bytes a
 * Latin-1 decoder made of its UTF-8, in base64 (AUTH LOGIN), inside a base64 SASL PLAIN blob, in
 * capitals, or spaced out (L7). Every such form is taken out before a reply is shown; when any
 * 6-character piece of the password is still there, only the reply's status code is kept.
 */

const MIN_PIECE = 6;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The password as a server could echo it byte-for-byte. */
function echoForms(secret: string): string[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const forms = [secret, utf8.toString('latin1'), utf8.toString('base64'), utf8.toString('base64').replace(/=+$/, ''), utf8.toString('base64url')];
  return [...new Set(forms.filter((f) => f.length > 0))].sort((a, b) => b.length - a.length);
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '').split(String.fromCharCode(0)).join('');
}

/** Whether `token` is base64 of bytes that hold the password (a SASL PLAIN blob "\0user\0password"). */
function decodesToSecret(token: string, secret: string): boolean {
  const decoded = Buffer.from(token.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  const wanted = squash(secret);
  return squash(decoded.toString('utf8')).includes(wanted) || squash(decoded.toString('latin1')).includes(wanted);
}

/** Whether some 6-character piece of the password (any case, spaces ignored) is in `text`. */
function holdsPiece(text: string, secret: string): boolean {
  const haystack = [squash(text), squash(Buffer.from(text, 'latin1').toString('utf8'))];
  const pw = squash(secret);
  const pieces = pw.length <= MIN_PIECE ? [pw] : Array.from({ length: pw.length - MIN_PIECE + 1 }, (_, i) => pw.slice(i, i + MIN_PIECE));
  return pieces.some((piece) => piece.length > 0 && haystack.some((h) => h.includes(piece)));
}

/** The status part of a reply ("-ERR", "535 5.7.8", "NO [AUTHENTICATIONFAILED]"). */
function statusOf(text: string): string {
  const match = /^\s*([-+]?[A-Za-z0-9]+(?:\s+\d\.\d{1,3}\.\d{1,3})?(?:\s+\[[A-Z-]+\])?)/.exec(text);
  return match?.[1] ?? '';
}

export function redactEcho(text: string, secret: string): string {
  if (secret.length === 0) return text;
  let out = text;
  for (const form of echoForms(secret)) out = out.replace(new RegExp(escapeRegExp(form), 'gi'), '[redacted]');
  out = out.replace(/[A-Za-z0-9+/_-]{8,}={0,2}/g, (token) => (decodesToSecret(token, secret) ? '[redacted]' : token));
  if (holdsPiece(out, secret)) return `${statusOf(out)} [the rest of the reply is not shown: it repeated part of the password]`.trim();
  return out;
}
