/** One spreadsheet cell as the librarian typed it, made into the value a book file holds. */

/** A single-line cell: trimmed, inner runs of whitespace (including line breaks) made one space. */
export function clean(value: string | undefined): string {
  return (
    (value ?? '')
      .normalize('NFC')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      // Undo the apostrophe the catalogue CSV puts before = + - @ against formula injection.
      .replace(/^'(?=[=+\-@])/, '')
  );
}

/** Several names in one cell: 马克思、恩格斯 / 马克思,恩格斯 / 马克思；恩格斯. */
export function splitNames(value: string): string[] {
  return value
    .split(/\s*[、，,;；/／|]\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** 2024/3/1, 2024.3.1, 2024年3月1日, 20240301 → 2024-03-01; anything else is left for the schema to refuse. */
export function normalizeDate(value: string): string {
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : value;
}

/** 2015, 2015年, 2015.3, 2015-03, 2015年3月 → 2015; anything else is left for the schema to refuse. */
export function normalizeYear(value: string): number | string {
  const m = /^(\d{4})\s*年?(?:\s*[-/.]?\s*\d{1,2}\s*月?(?:\s*[-/.]\s*\d{1,2}\s*日?)?)?$/.exec(value);
  return m ? Number(m[1]) : value;
}

/** 2, 2册, 2 本 → 2. */
export function normalizeCopies(value: string): number | string {
  const m = /^(\d+)\s*[册本]?$/.exec(value);
  return m ? Number(m[1]) : value;
}
