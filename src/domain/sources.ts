import { t, type TextKey } from '../i18n';

/**
 * The source documents the bot's advice comes from (../shared/domain/000–004) and how a card cites them:
 * "Kilde: <document> – <section>". One table for every job, so a document is always named the same way. The
 * document titles and the "Kilde:" wording are i18n texts (source.*); content data and domain rules cite by
 * document code and give the section in their own words.
 */

export const SOURCE_DOCS = ['000', '001', '002', '003', '004'] as const;
export type SourceDoc = (typeof SOURCE_DOCS)[number];

export interface SourceText {
  nb: string;
  en: string;
}

export interface Citation {
  doc: SourceDoc;
  section: string;
  label: SourceText;
}

const titleKey = (doc: SourceDoc) => `source.doc.${doc}` as TextKey;

export const SOURCE_TITLES: Record<SourceDoc, SourceText> = Object.fromEntries(
  SOURCE_DOCS.map((doc) => [doc, { nb: t('nb', titleKey(doc)), en: t('en', titleKey(doc)) }]),
) as Record<SourceDoc, SourceText>;

/** What comes before the section in a citation's label: "Kilde: <document> – ". */
export function citationPrefix(doc: SourceDoc, locale: 'nb' | 'en'): string {
  return t(locale, 'source.prefix', { title: SOURCE_TITLES[doc][locale] });
}

/** A citation whose label names the document and the part of it, in both languages. */
export function cite(doc: SourceDoc, section: string, sectionEn: string = section): Citation {
  return {
    doc,
    section,
    label: { nb: `${citationPrefix(doc, 'nb')}${section}`, en: `${citationPrefix(doc, 'en')}${sectionEn}` },
  };
}
