/** An encoded byte ("=E2", "=20", "=3D") and a run of them: one character's bytes stand together ("=E2=80=A2"). */
const encodedByte = /=[0-9A-F]{2}/g;
const encodedRun = /(?:=[0-9A-Fa-f]{2})+/g;
/**
 * A soft line break: "=" at a line's end, where the mail client broke a long line. Not the last of a rule of "="
 * ("=========" under a heading or around a forwarded notice): quoted-printable writes a "=" of the text as "=3D", so
 * it never has two in a row.
 */
const softBreak = /(?<!=)=[ \t]*\r?\n/g;
/** A character of two to four bytes in UTF-8, encoded ("=E2=80=93"): no prose writes that by chance. */
const encodedCharacter = /=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3}/;
const declared = /^content-transfer-encoding:[ \t]*quoted-printable[ \t]*$/im;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** How many signs of quoted-printable a text must show, besides a declared encoding, before it is decoded. */
const minimumSigns = 3;

/**
 * Whether a text is clearly an e-mail copied in quoted-printable: its envelope says so, or it shows at least
 * `minimumSigns` encoded bytes and soft line breaks, one of them a soft break or a character of several bytes. A
 * single "=" in prose ("salary = USD 1,200") or an equation is no sign.
 */
function isQuotedPrintable(text: string): boolean {
  if (declared.test(text)) return true;
  const bytes = text.match(encodedByte)?.length ?? 0;
  const breaks = text.match(softBreak)?.length ?? 0;
  return bytes + breaks >= minimumSigns && (breaks > 0 || encodedCharacter.test(text));
}

/** The bytes of a run, read as UTF-8, or as Latin-1 when they are not UTF-8 (an ISO-8859-1 mail). */
function decodedRun(run: string): string {
  const bytes = Uint8Array.from(run.slice(1).split('='), (hex) => parseInt(hex, 16));
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/**
 * An e-mail copied in quoted-printable ("=E2=80=A2 Coordinate …", "Kin=" / "dly share", "=20" at a line's end), read
 * as it was written: soft line breaks joined, encoded bytes decoded. Any other text is left as it is.
 */
export function withoutQuotedPrintable(text: string): string {
  if (!isQuotedPrintable(text)) return text;
  return text.replace(softBreak, '').replace(encodedRun, decodedRun);
}
