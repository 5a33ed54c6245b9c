/** The five source documents (in /work/shared/seeds), by the short name the notes use. */
export const DOC = {
  /** Encyclopedia-style article, bracketed references. */
  encyclopedia: '000_8962080591705c37.txt',
  /** The same article lower-cased, stop words and numerals removed: no years, no "not". */
  strippedArticle: '001_c15bfe1b3637a60c.txt',
  /** Archived State Department Clean Network page (content released up to 2021-01-20). */
  statePage: '002_48c83971eedd9a60.txt',
  /** Extract of the encyclopedia article. */
  extract: '003_21f1daee385baa60.txt',
  /** Archived State Department op-ed (2020). */
  opEd: '004_83da94e1c64dc649.txt',
} as const;

export type DocumentFile = (typeof DOC)[keyof typeof DOC];

export interface SourceDocument {
  readonly file: DocumentFile;
  readonly title: string;
}

/** What each document is, for readers who follow a citation. */
export const sourceDocuments: readonly SourceDocument[] = [
  { file: DOC.encyclopedia, title: 'The Clean Network (encyclopedia-style article)' },
  {
    file: DOC.strippedArticle,
    title: 'The Clean Network (article text, lower-cased, stop words and numerals removed)',
  },
  {
    file: DOC.statePage,
    title: 'The Clean Network, U.S. Department of State (archived page, 2020)',
  },
  { file: DOC.extract, title: 'The Clean Network (extract of the encyclopedia article)' },
  {
    file: DOC.opEd,
    title: 'China simply cannot be trusted ... (archived State Department op-ed, 2020)',
  },
];

/**
 * Why undated passages of the archived State Department page get the year
 * 2020: the archive holds content released up to 2021-01-20 and the seeds
 * README dates the page to 2020; every dated statement on it is from 2020.
 */
export const STATE_PAGE_YEAR_NOTE =
  'The State Department page gives no date for this statement; it is recorded at year precision as 2020, the year the archived page (content released up to 2021-01-20) dates from.';

/**
 * Why facts known only from 001, whose numerals were stripped, are placed in
 * 2021: no document gives their year, so 2021 is the curator's placement.
 * 003 does not date Gu's critique of broken commitments: its only 2021 date
 * nearby belongs to the next sentence (Müller-Maguhn, June 2021).
 */
export const STRIPPED_YEAR_NOTE =
  "Known only from 001, whose numerals were stripped, so the year is lost and no other document gives it. Placed in 2021 at year precision with low confidence, the curator's placement: the passage follows the December 2020 listing of clean countries and telcos and comes just before Brazil's reversal, which followed the end of President Trump's term in January 2021.";
