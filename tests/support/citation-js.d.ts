/**
 * The part of Citation.js the reader tests use (@citation-js/core ships no types): a Cite built from RIS text
 * holds the records as CSL-JSON in `data`.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: string);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-ris';
