/** Repair of text that was UTF-8, read as Windows-1252 and written as UTF-8 again, once or more ("â€™" for "’"). */
import iconv from "iconv-lite";

/** Windows-1252 byte of each character it can encode: Latin-1 as is, plus the 0x80-0x9F specials (€, ™, ’...). */
const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = (() => {
  const bytes = new Map<string, number>();
  for (let byte = 0; byte <= 0xff; byte++) bytes.set(String.fromCharCode(byte), byte);
  // Node's own TextDecoder reads "windows-1252" as Latin-1, hence iconv-lite for the specials.
  for (let byte = 0x80; byte <= 0x9f; byte++) {
    const char = iconv.decode(Buffer.of(byte), "windows-1252");
    // Five bytes are undefined in Windows-1252; such text keeps them as the C1 controls of Latin-1 above.
    if (char !== "\uFFFD") bytes.set(char, byte);
  }
  return bytes;
})();

// A continuation byte of UTF-8 (0x80-0xBF) as it looks once decoded as Windows-1252.
const CONTINUATION = `[\\u0080-\\u00BF${[...WINDOWS_1252_BYTE]
  .filter(([char, byte]) => byte >= 0x80 && byte <= 0x9f && char.charCodeAt(0) > 0xff)
  .map(([char]) => char)
  .join("")}]`;
/** A UTF-8 lead byte followed by the right number of continuation bytes, all seen through Windows-1252. */
const SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`,
  "g",
);
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
/** Triple encoding occurs in the crosswalk ("Ã¢â‚¬â„¢"); more layers than this would be a different defect. */
const MAX_LAYERS = 3;

/**
 * Undoes the double (or triple) encoding sequence by sequence, so correct text around it is kept:
 * a run is replaced only when its Windows-1252 bytes are valid UTF-8. Plain ASCII and correctly
 * encoded accents ("répétiteur") do not form such runs and pass through unchanged.
 */
export function repairMojibake(text: string): string {
  let current = text;
  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    const next = current.replace(SEQUENCE, (run) => {
      try {
        return strictUtf8.decode(Uint8Array.from([...run].map((char) => WINDOWS_1252_BYTE.get(char)!)));
      } catch {
        return run;
      }
    });
    if (next === current) break;
    current = next;
  }
  return current;
}
