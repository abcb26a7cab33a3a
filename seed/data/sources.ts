/**
 * The five source texts (seed/sources/*.txt). None carries a publication date: each date below is an
 * estimate from the text's content (see /work/shared/sources/README.md) and is kept at year precision.
 *
 * Left out on purpose, as web-page chrome rather than content:
 * - 001: "Printable version E-mail this to a friend" and the "Further information / On Local CIO
 *   Council / On CIO Council" link list (the related-story link about Ashford Borough Council is kept).
 * - 003: the comment form ("Leave a Reply", "Fill in your details below…", the Google, Twitter and
 *   Facebook log-in lines, "Connecting to %s").
 * - 000 and 004: the "please email the LCIOC secretariat" line and the removed contact details
 *   (no contact details are stored anywhere in the seed).
 * Also left out: generic aims with no named body, programme or theme (e.g. 000 "Set and lead the
 * vision…", 001 "promoting the importance of technology in modernising government").
 */
import type { SourceRecord } from '../../core/records.ts';

export const sources: SourceRecord[] = [
  {
    id: 'source:socitm-lcioc-purpose',
    title: 'The purpose of the Local CIO Council',
    publisher: 'Socitm',
    kind: 'web page',
    fileName: '000_db3c5821f78575f7.txt',
    date: '2016',
    dateEstimated: true,
    dateNote:
      'Undated; about 2016 because it mentions the Government Digital Service, the Local Digital Coalition (formed 2016) and LocalGov Digital.',
  },
  {
    id: 'source:socitm-lcioc-futures-merger',
    title: 'Local CIO Council Update: merger of the Local CIO Council and Socitm Futures Group',
    publisher: 'Socitm',
    kind: 'news item',
    fileName: '001_85347657f899654e.txt',
    date: '2011',
    dateEstimated: true,
    dateNote:
      'Undated; about 2011 because it names Andy Nelson as Government CIO and refers to the Government IT Strategy and Digital by Default.',
  },
  {
    id: 'source:computing-lgcc-created',
    title: 'Council CIOs to work together',
    publisher: 'Computing',
    kind: 'article',
    fileName: '002_f67c47f547b6407b.txt',
    date: '2008',
    dateEstimated: true,
    dateNote:
      'Undated; about 2008 because it reports the Socitm relaunch, Richard Steel as new Socitm president, Green IT and front office shared services (FOSS).',
  },
  {
    id: 'source:blog-first-lcioc-meeting',
    title: 'My first Local Chief Information Officer Council',
    publisher: 'Unknown blog author',
    kind: 'blog post',
    fileName: '003_b54fe3f9d6886be6.txt',
    date: '2013',
    dateEstimated: true,
    dateNote:
      'Undated; about 2013-2014 (recorded as 2013) because it mentions NatCatStrat, Better Connected and Up to Speed.',
  },
  {
    id: 'source:socitm-local-digital-coalition',
    title:
      'Socitm and Local CIOC welcome Local Digital Coalition as key step to future delivery of joined-up local public services',
    publisher: 'Socitm',
    kind: 'press release',
    fileName: '004_d9021f8c55b8e1da.txt',
    date: '2016',
    dateEstimated: true,
    dateNote:
      'Undated; 2016 from dates in the text (Local Digital Programme closed 31 March 2016; Coalition secretariat April 2016 to March 2017).',
  },
];
