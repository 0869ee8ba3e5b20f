import { t, type Locale } from '../i18n';
import type { Citation, SourceDoc } from '../domain/sources';

/** How a card names a source document and cites a part of it: "Kilde: <document> – <section>". */

export function sourceTitle(doc: SourceDoc, locale: Locale): string {
  return t(locale, `source.doc.${doc}`);
}

/** What comes before the section in a citation: "Kilde: <document> – ". */
export function citationPrefix(doc: SourceDoc, locale: Locale): string {
  return t(locale, 'source.prefix', { title: sourceTitle(doc, locale) });
}

/** The cited part of the document in one language. */
export function citationSection(citation: Citation, locale: Locale): string {
  return locale === 'en' ? citation.sectionEn : citation.section;
}

/** The whole citation line. */
export function citationLabel(citation: Citation, locale: Locale): string {
  return `${citationPrefix(citation.doc, locale)}${citationSection(citation, locale)}`;
}
