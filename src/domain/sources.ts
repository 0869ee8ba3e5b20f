/**
 * The source documents the bot's advice comes from (../shared/domain/000–004) and how the rules and the
 * content cite them: a document code and the part of it, in each language. One table for every job, so a
 * document is always named the same way: its title and the "Kilde:" wording are i18n texts (source.*) that
 * src/present/sources.ts puts together for a card.
 */

export const SOURCE_DOCS = ['000', '001', '002', '003', '004'] as const;
export type SourceDoc = (typeof SOURCE_DOCS)[number];

export interface Citation {
  doc: SourceDoc;
  /** The part of the document, as the document names it (bokmål). */
  section: string;
  /** The same part in English. */
  sectionEn: string;
}

/** A citation of a part of one source document, in both languages. */
export function cite(doc: SourceDoc, section: string, sectionEn: string = section): Citation {
  return { doc, section, sectionEn };
}
