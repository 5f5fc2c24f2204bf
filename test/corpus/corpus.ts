/**
 * A small corpus for the corpus-mode tests: four sites, several pages each,
 * real-looking article bodies around each site's own template lines.
 */
import type {CorpusDocument} from '../../src/index.js'

/** One page: its URL, its article (kept) and the full scraped text. */
export interface Page extends CorpusDocument {
  readonly url: string
  readonly text: string
  /** The article lines the page must keep. */
  readonly article: readonly string[]
}

/**
 * Wrap article lines in a site's template.
 *
 * @param url
 *   The page URL.
 * @param header
 *   Template lines above the article.
 * @param article
 *   The article lines.
 * @param footer
 *   Template lines below the article.
 * @returns
 *   The page.
 */
function page(url: string, header: readonly string[], article: readonly string[], footer: readonly string[]): Page {
  return {url, article, text: [...header, '', ...article, '', ...footer].join('\n') + '\n'}
}

/** English news site: 8 pages; a newsletter line on all, a poll teaser on 3. */
const ledgerArticles: ReadonlyArray<readonly string[]> = [
  [
    'Harbour authority approves dredging plan',
    'The harbour authority voted on Tuesday to deepen the main channel by two metres.',
    'Shipping firms had warned that larger container vessels were already avoiding the port.',
    '"We cannot afford to lose another season," the authority\'s chair told reporters.'
  ],
  [
    'City council delays vote on bus lanes',
    'Councillors postponed a decision on the new bus lanes after a six-hour debate.',
    'Shop owners on the high street argued that the lanes would cut passing trade.',
    'A revised plan is expected before the summer recess.'
  ],
  [
    'Hospital opens new children\'s ward',
    'The ward has 24 beds and a rooftop garden designed with help from young patients.',
    'Staff said the extra space would shorten waiting times for routine operations.'
  ],
  [
    'Rail strike called off after late talks',
    'Union leaders accepted a revised pay offer shortly before midnight on Sunday.',
    'Trains will run to the normal timetable from Monday morning.',
    '"We will not be drawn into a wider war," the minister said.'
  ],
  [
    'Drought restrictions eased in the north',
    'Water companies lifted the hosepipe ban after three weeks of steady rain.',
    'Reservoir levels are still below the average for the time of year.'
  ],
  [
    'Local author wins national poetry prize',
    'Her third collection, written over a decade, draws on her childhood on a fishing island.',
    'The judges praised its "quiet, unflinching attention to work and weather".'
  ],
  [
    'Football club names new manager',
    'The club confirmed the appointment on a three-year contract on Thursday.',
    'He takes over a side that finished fourth last season.'
  ],
  [
    'Museum returns carved panels to Benin',
    'The twelve panels will travel to Benin City next month after a ten-year campaign.',
    'Curators said the return would be followed by a joint research programme.'
  ]
]

const ledgerHeader = ['Skip to main content', 'Home | World | Business | Sport | Culture', 'The Morning Ledger']
const ledgerFooter = [
  'Sign up for The Morning Ledger, our free daily briefing',
  '© 2024 Ledger Media Group. All rights reserved.'
]

/** French site: 7 pages; accented template lines and a `www.` host. */
const quotidienArticles: ReadonlyArray<readonly string[]> = [
  [
    'Le gouvernement présente sa réforme des retraites',
    'Le Premier ministre a détaillé mardi les grandes lignes du projet de loi.',
    'Les syndicats ont appelé à une journée de mobilisation la semaine prochaine.'
  ],
  [
    'Grève à la SNCF : le trafic perturbé jeudi',
    'Un TGV sur deux circulera sur l\'axe Paris-Lyon, selon la direction.',
    'Les voyageurs sont invités à reporter leurs déplacements.'
  ],
  [
    'La vendange 2023 s\'annonce précoce en Bourgogne',
    'La chaleur de l\'été a avancé la maturité du raisin de près de deux semaines.',
    'Les vignerons se montrent optimistes sur la qualité du millésime.'
  ],
  [
    'Un nouveau musée ouvre ses portes à Marseille',
    'Consacré à l\'histoire du port, il présente plus de trois mille objets.',
    'L\'entrée sera gratuite pour les moins de vingt-six ans.'
  ],
  [
    'Le prix de l\'électricité va baisser en février',
    'La Commission de régulation de l\'énergie propose une baisse de dix pour cent.',
    'Cette mesure concerne près de vingt millions de foyers.'
  ],
  [
    'Tour de France : le parcours dévoilé',
    'L\'édition partira de Florence et se terminera à Nice, une première depuis 1905.',
    'Les coureurs affronteront quatre arrivées au sommet.'
  ],
  [
    'Les librairies indépendantes résistent',
    'Leur chiffre d\'affaires a progressé de trois pour cent l\'an dernier.',
    'Les libraires misent sur les rencontres avec les auteurs.'
  ]
]

const quotidienHeader = ['Aller au contenu principal', 'Le Quotidien du Sud']
const quotidienFooter = [
  'Abonnez-vous à notre lettre d\'information',
  'Tous droits réservés © 2023 Le Quotidien du Sud'
]

/** Turkish site: 6 pages; a view counter whose digits change on every page. */
const haberArticles: ReadonlyArray<readonly string[]> = [
  [
    'İstanbul\'da yeni metro hattı açıldı',
    'Hat, Kadıköy ile Sultanbeyli arasında günde yüz bin yolcu taşıyacak.',
    'Açılış törenine binlerce kişi katıldı.'
  ],
  [
    'Merkez Bankası faiz kararını açıkladı',
    'Banka, politika faizini beklentilere paralel olarak sabit tuttu.',
    'Ekonomistler kararın piyasalarda sakin karşılandığını belirtti.'
  ],
  [
    'Karadeniz\'de fındık hasadı başladı',
    'Üreticiler bu yıl rekoltenin geçen yıla göre yüksek olmasını bekliyor.',
    'Hasat için bölgeye çok sayıda mevsimlik işçi geldi.'
  ],
  [
    'Antalya\'da turist sayısı rekor kırdı',
    'Kente ilk dokuz ayda on iki milyondan fazla yabancı ziyaretçi geldi.',
    'Otel doluluk oranı yüzde doksanı aştı.'
  ],
  [
    'Ankara\'da kitap fuarı kapılarını açtı',
    'Fuarda iki yüzden fazla yayınevi okurlarla buluşuyor.',
    'Fuar pazar akşamına kadar ziyaret edilebilecek.'
  ],
  [
    'İzmir\'de deniz otobüsü seferleri arttı',
    'Yaz tarifesiyle birlikte Karşıyaka hattına yeni seferler eklendi.',
    'Belediye, yolcu sayısının iki katına çıktığını açıkladı.'
  ]
]

const haberHeader = ['Abone Ol google-news', 'Son Dakika Haberleri']

/**
 * The Turkish site's footer: a counter that differs on every page.
 *
 * @param index
 *   Page number.
 * @returns
 *   Footer lines.
 */
function haberFooter(index: number): string[] {
  return ['Bu haber ' + (1000 + index * 137) + ' kez okundu', 'Yorum Yap']
}

/** A small German blog: only 3 pages, so its repeated lines stay (minimum 5 pages). */
const blogArticles: ReadonlyArray<readonly string[]> = [
  ['Die Regierung kündigte am Montag neue Maßnahmen an.', 'Kritiker halten sie für unzureichend.'],
  ['Der Winter war der mildeste seit Beginn der Aufzeichnungen.', 'Skigebiete meldeten Verluste.'],
  ['Die Stadtbibliothek verlängert ihre Öffnungszeiten.', 'Sie ist nun auch sonntags geöffnet.']
]

/** Every page of the corpus, grouped by site. */
export const corpus: readonly Page[] = [
  ...ledgerArticles.map((article, index) =>
    page(
      'https://news.ledger.example/2024/03/story-' + index,
      ledgerHeader,
      article,
      // A poll teaser on 3 of 8 pages: below half, so it stays.
      index < 3 ? ['Take part in our reader poll', ...ledgerFooter] : ledgerFooter
    )
  ),
  ...quotidienArticles.map((article, index) =>
    page('https://www.quotidien.example/article/' + (100 + index) + '.html', quotidienHeader, article, quotidienFooter)
  ),
  ...haberArticles.map((article, index) =>
    page('http://haber.example.com.tr/gundem/' + index, haberHeader, article, haberFooter(index))
  ),
  ...blogArticles.map((article, index) =>
    page('https://blog.example.de/post-' + index, ['Mein kleines Blog'], article, ['Impressum · Datenschutz'])
  )
]
