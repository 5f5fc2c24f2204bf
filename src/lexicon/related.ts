/**
 * Headings that open a widget of links to other stories (related, most read,
 * recommended), folded as `normalizeLine` folds them. Keep each list sorted.
 */

/** Whole lines that head a related-links widget. */
export const relatedHeadings: Readonly<Record<string, readonly string[]>> = {
  de: [
    'ähnliche artikel', 'am meisten gelesen', 'auch interessant', 'das könnte sie auch interessieren',
    'empfehlungen', 'lesen sie auch', 'mehr zum thema', 'meistgelesen', 'meistgelesene artikel',
    'neueste artikel', 'verwandte artikel', 'weitere artikel'
  ],
  en: [
    'also read', 'around the web', 'don t miss', 'editor s picks', 'editors picks', 'from around the web',
    'in other news', 'latest news', 'latest stories', 'more by this author', 'more from the author',
    'more from this author', 'more like this', 'more news', 'more on this story', 'more stories', 'most popular',
    'most read', 'most read news', 'most viewed', 'popular posts', 'promoted stories', 'read also', 'read next',
    'recent posts', 'recommended', 'recommended for you', 'recommended stories', 'related', 'related article',
    'related articles', 'related content', 'related coverage', 'related news', 'related post', 'related posts',
    'related stories', 'related topics', 'see also', 'sponsored stories', 'top stories', 'trending', 'trending now',
    'up next', 'what to read next', 'you may also like', 'you may be interested in', 'you might also like',
    'you might like'
  ],
  es: [
    'artículos relacionados', 'las más leídas', 'le puede interesar', 'lea también', 'lee también',
    'lo más leído', 'más leídas', 'más noticias', 'noticias relacionadas', 'relacionado', 'relacionados',
    'también te puede interesar', 'te puede interesar', 'te recomendamos', 'últimas noticias'
  ],
  fr: [
    'à découvrir aussi', 'à lire aussi', 'à ne pas manquer', 'articles liés', 'articles similaires',
    'dans la même rubrique', 'dernières actualités', 'les plus lus', 'les plus populaires', 'lire aussi',
    'nos recommandations', 'sur le même sujet', 'voir aussi', 'vous aimerez aussi'
  ],
  it: [
    'altre notizie', 'articoli correlati', 'correlati', 'da non perdere', 'i più letti', 'le più lette',
    'leggi anche', 'notizie correlate', 'più lette', 'più letti', 'potrebbe interessarti',
    'ti potrebbe interessare', 'ultime notizie'
  ],
  ja: [
    'アクセスランキング', 'あわせて読みたい', 'おすすめ記事', 'こちらの記事もおすすめ', 'よく読まれている記事', '人気記事', '最新記事', '新着記事', '注目記事', '関連ニュース',
    '関連記事'
  ],
  ko: [
    '관련 기사', '관련 뉴스', '관련기사', '많이 본 기사', '많이 본 뉴스', '오늘의 주요뉴스', '이 시각 주요뉴스', '인기 기사', '주요 뉴스', '최신 기사', '추천 기사',
    '함께 볼만한 뉴스'
  ],
  nl: [
    'aanbevolen', 'dit vind je misschien ook leuk', 'gerelateerd', 'gerelateerde artikelen', 'laatste nieuws',
    'lees ook', 'meer nieuws', 'meest gelezen', 'ook interessant'
  ],
  pt: [
    'artigos relacionados', 'as mais lidas', 'leia também', 'mais lidas', 'mais lidos', 'mais notícias',
    'notícias relacionadas', 'pode gostar também', 'recomendados', 'relacionados', 'últimas notícias',
    'veja também', 'você pode gostar'
  ],
  ru: [
    'вам может быть интересно', 'другие новости', 'новости по теме', 'по теме', 'последние новости',
    'похожие новости', 'похожие статьи', 'рекомендуем', 'самое популярное', 'самое читаемое', 'смотрите также',
    'читайте также', 'читать также'
  ],
  tr: [
    'benzer haberler', 'bu haberi de okuyun', 'bunlar da ilginizi çekebilir', 'daha fazla haber', 'diğer haberler',
    'en çok okunan', 'en çok okunan haberler', 'en çok okunanlar', 'ilgili haber', 'ilgili haberler',
    'ilginizi çekebilir', 'önerilen'
  ],
  zh: [
    '最新文章', '延伸閱讀', '延伸阅读', '推荐阅读', '推薦閱讀', '更多新闻', '热点新闻', '热门推荐', '热门文章', '热门新闻', '熱門文章', '熱門新聞', '猜你喜欢', '相关推荐',
    '相关文章', '相关新闻', '相关阅读', '相關文章', '相關新聞', '相關閱讀', '精彩推荐'
  ]
}

/**
 * Openings of a teaser link on one line: `Read also: <headline>`,
 * `Lire aussi : <titre>`. A subset of the headings, those that introduce one
 * link rather than a list.
 */
export const teaserOpenings: Readonly<Record<string, readonly string[]>> = {
  de: ['auch interessant', 'lesen sie auch', 'mehr zum thema'],
  en: [
    'also read', 'listen', 'read also', 'read more', 'read next', 'related', 'see also', 'see more', 'video',
    'watch'
  ],
  es: ['lea también', 'lee también', 'te puede interesar'],
  fr: ['à lire aussi', 'lire aussi', 'voir aussi'],
  it: ['leggi anche'],
  nl: ['lees ook'],
  pt: ['leia mais', 'leia também', 'veja também'],
  ru: ['по теме', 'смотрите также', 'читайте также'],
  tr: ['bu haberi de okuyun', 'ilgili haber']
}

/**
 * Words a lazy-loading widget leaves glued to the teaser that follows it
 * (`LoadingThe unemployment rate…`), as written (not folded).
 */
export const loadingWords: readonly string[] = [
  'Cargando', 'Caricamento', 'Carregando', 'Chargement', 'Laden', 'Lädt', 'Loading', 'Wird geladen',
  'Yükleniyor', 'Загрузка'
]
