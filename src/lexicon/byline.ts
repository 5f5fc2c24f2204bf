/**
 * Words of author, agency, credit and source lines, folded as `normalizeLine`
 * folds them. Keep each list sorted.
 */

/** Words and phrases that open a byline: `By Jane Doe`, `Par Jean Dupont`. */
export const bylineOpenings: Readonly<Record<string, readonly string[]>> = {
  de: ['ein artikel von', 'ein beitrag von', 'geschrieben von', 'von'],
  en: ['by', 'posted by', 'reported by', 'story by', 'text by', 'words by', 'written by'],
  es: ['escrito por', 'por', 'publicado por', 'texto de'],
  fr: ['écrit par', 'par', 'publié par', 'texte de', 'un article de'],
  it: ['a cura di', 'da', 'di', 'scritto da'],
  nl: ['door', 'geschreven door'],
  pt: ['escrito por', 'por', 'texto de'],
  ru: ['автор', 'автором', 'текст'],
  tr: ['haber', 'yazan']
}

/** Labels before a colon that make a line a credit: `Source: Reuters`. */
export const bylineLabels: Readonly<Record<string, readonly string[]>> = {
  de: ['autor', 'autoren', 'autorin', 'quelle', 'quellen', 'redaktion', 'text', 'von'],
  en: ['author', 'authors', 'by', 'correspondent', 'credit', 'credits', 'editor', 'reporter', 'source', 'sources', 'text', 'words'],
  es: ['autor', 'autora', 'crédito', 'créditos', 'fuente', 'fuentes', 'por', 'redacción', 'texto'],
  fr: ['auteur', 'auteurs', 'crédit', 'crédits', 'par', 'rédaction', 'source', 'sources', 'texte'],
  it: ['autore', 'autrice', 'crediti', 'credito', 'di', 'fonte', 'fonti', 'redazione', 'testo'],
  nl: ['auteur', 'bron', 'bronnen', 'door', 'redactie', 'tekst'],
  pt: ['autor', 'autora', 'crédito', 'créditos', 'fonte', 'fontes', 'por', 'redação', 'redacção', 'texto'],
  ru: ['автор', 'авторы', 'источник', 'корреспондент', 'редакция', 'текст'],
  tr: ['editör', 'haber', 'kaynak', 'muhabir', 'yazar']
}

/**
 * Openings of a reporting credit, whose list of names may hold more of the
 * same (`Reporting by A; Editing by B`).
 */
export const creditOpenings: Readonly<Record<string, readonly string[]>> = {
  de: ['mit material von', 'mitarbeit'],
  en: ['additional reporting by', 'compiled by', 'edited by', 'editing by', 'reporting by', 'with reporting by', 'writing by'],
  es: ['con información de', 'edición de', 'información de'],
  fr: ['avec', 'édité par', 'reportage'],
  it: ['con informazioni di'],
  nl: ['met medewerking van'],
  pt: ['com informações de', 'edição de'],
  ru: ['по материалам', 'с использованием материалов'],
  tr: ['derleyen']
}

/**
 * Labels that open a byline in Chinese and Japanese (`记者 王明`, `责任编辑：李华`,
 * `来源：新华网`, `文/王明`, `執筆：山田太郎`) and in Korean (`글 홍길동`). Names
 * there have no capitals to find them by, so the rule reads the whole line:
 * a label, then a few short names.
 */
export const cjkBylineLabels: readonly string[] = [
  '글', '사진', '편집', '主编', '作者', '來源', '供稿', '写真', '取材', '图', '執筆', '实习生', '审核', '寄稿', '摄影', '撮影',
  '撰文', '撰稿', '撰稿人', '文', '来源', '校对', '筆者', '編輯', '編集', '编审', '编辑', '記者', '记者', '責任編輯', '责任编辑',
  '通讯员'
]

/** Titles that follow a reporter's name in Korean (`홍길동 기자`). */
export const koreanBylineTitles: readonly string[] = ['객원기자', '기자', '선임기자', '통신원', '특파원']

/** News agencies and wire services, folded. */
export const agencies: readonly string[] = [
  'aa', 'aap', 'adnkronos', 'afp', 'agence france presse', 'agences', 'agência brasil', 'agencia efe',
  'agência lusa', 'agencias', 'agências', 'agencies', 'agenturen', 'agenzie', 'agi', 'anadolu agency',
  'anadolu ajansı', 'ani', 'anp', 'ansa', 'antara', 'ap', 'apa', 'associated press', 'belga', 'bernama',
  'bloomberg', 'demirören haber ajansı', 'deutsche presse agentur', 'dha', 'dpa', 'efe', 'epa', 'europa press',
  'ians', 'iha', 'interfax', 'irna', 'kuna', 'kyodo', 'lusa', 'news agencies', 'pa media', 'press association',
  'pti', 'reuters', 'ria novosti', 'sda', 'tass', 'the associated press', 'thomson reuters', 'upi', 'wafa',
  'wire services', 'xinhua', 'yonhap', 'агентства', 'интерфакс', 'риа новости', 'тасс'
]

/**
 * Lower-case words a credit may hold for a site's staff account
 * (`By admin`, `Par la rédaction`).
 */
export const staffWords: readonly string[] = [
  'admin', 'administrator', 'desk', 'editor', 'editors', 'haber', 'merkezi', 'newsroom', 'redação', 'redacción',
  'redactie', 'rédaction', 'redaktion', 'redazione', 'staff', 'team', 'web', 'редакция'
]

/**
 * Lower-case words a list of names may hold: name particles and connectors
 * (`Jean de La Fontaine`, `A and B`).
 */
export const nameParticles: readonly string[] = [
  'al', 'and', 'bin', 'da', 'das', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'e', 'el',
  'en', 'et', 'for', 'ibn', 'il', 'la', 'le', 'met', 'mit', 'of', 'the', 'und', 'van', 've', 'von', 'y', 'и', 'с'
]

/**
 * Words that never start a name after `By`/`Par`/`Von`: articles and the
 * like (`By The Numbers` is a heading).
 */
export const notNames: readonly string[] = [
  'a', 'all', 'an', 'das', 'der', 'die', 'een', 'el', 'het', 'il', 'la', 'le', 'les', 'lo', 'los', 'my', 'o',
  'our', 'the', 'this', 'un', 'una', 'une', 'uno'
]

/**
 * Phrases of a contribution credit, the sentence that ends a report (`Jane Doe
 * contributed to this report.`, `Keith Bradsher contributed reporting from
 * Hong Kong.`).
 */
export const contributionPhrases: Readonly<Record<string, readonly string[]>> = {
  de: ['haben zu diesem bericht beigetragen', 'hat zu diesem bericht beigetragen'],
  en: [
    'contributed reporting', 'contributed to this article', 'contributed to this report', 'contributed to this story'
  ],
  es: ['colaboró en este reportaje', 'contribuyeron a este informe', 'contribuyó a este informe'],
  fr: ['a contribué à cet article', 'ont contribué à cet article'],
  it: ['ha collaborato a questo articolo', 'hanno collaborato a questo articolo'],
  nl: ['droeg bij aan dit artikel', 'werkte mee aan dit artikel', 'werkten mee aan dit artikel'],
  pt: ['colaborou com esta reportagem', 'contribuiu para esta reportagem'],
  ru: ['в подготовке материала участвовал', 'в подготовке материала участвовали'],
  tr: ['haberin hazırlanmasına katkıda bulundu']
}

/**
 * Phrases of an author's contact line, anywhere in a line that also holds an
 * e-mail address (`Amy Kuperinsky may be reached at amy@example.com.`).
 */
export const contactPhrases: Readonly<Record<string, readonly string[]>> = {
  de: ['erreichen sie', 'folgen sie'],
  en: ['can be reached at', 'follow her', 'follow him', 'follow us', 'let us know at', 'may be reached at'],
  es: ['puede contactar', 'síguenos'],
  fr: ['joignable à', 'suivez nous'],
  it: ['è raggiungibile', 'seguici'],
  nl: ['bereikbaar via', 'volg ons'],
  pt: ['pode ser contactado', 'siga nos'],
  ru: ['подписывайтесь'],
  tr: ['takip edin']
}

/** Openings of an author's contact line (`Write to Al Root at al@example.com`). */
export const contactOpenings: Readonly<Record<string, readonly string[]>> = {
  de: ['folgen sie', 'schreiben sie'],
  en: ['email', 'follow', 'write to'],
  es: ['escriba a', 'escríbenos', 'sigue a'],
  fr: ['écrivez à', 'écrivez nous', 'suivez'],
  it: ['scrivete a', 'scriveteci'],
  nl: ['mail naar', 'schrijf naar'],
  pt: ['escreva para'],
  ru: ['пишите'],
  tr: ['bize yazın']
}

/**
 * Verbs that follow an author's name in the bio that closes an article
 * (`Jane Doe is a freelance writer …`, `Jeanne Dupont est journaliste …`).
 */
export const bioVerbs: Readonly<Record<string, readonly string[]>> = {
  de: ['arbeitet', 'ist', 'war'],
  en: ['is', 'joined', 'was'],
  es: ['es', 'fue', 'trabaja'],
  fr: ['est', 'était', 'travaille'],
  it: ['è', 'era', 'lavora'],
  nl: ['is', 'was', 'werkt'],
  pt: ['é', 'foi', 'trabalha'],
  ru: ['работает', 'является'],
  tr: ['halen']
}

/**
 * What an author is, a few words after the verb of a closing bio (`… is the
 * Senior Editor of …`, `… ist freier Journalist …`).
 */
export const bioRoles: Readonly<Record<string, readonly string[]>> = {
  de: [
    'autor', 'autorin', 'journalist', 'journalistin', 'kolumnist', 'kolumnistin', 'korrespondent', 'korrespondentin',
    'redakteur', 'redakteurin', 'reporter', 'reporterin'
  ],
  en: [
    'blogger', 'columnist', 'contributor', 'correspondent', 'editor', 'freelancer', 'journalist', 'photographer',
    'photojournalist', 'producer', 'reporter', 'writer'
  ],
  es: [
    'columnista', 'corresponsal', 'editor', 'editora', 'periodista', 'redactor', 'redactora', 'reportera', 'reportero'
  ],
  fr: [
    'chroniqueur', 'chroniqueuse', 'correspondant', 'correspondante', 'journaliste', 'rédacteur', 'rédactrice',
    'reporter'
  ],
  it: ['corrispondente', 'editorialista', 'giornalista', 'inviata', 'inviato', 'redattore', 'redattrice'],
  nl: ['columnist', 'correspondent', 'journalist', 'redacteur', 'verslaggever'],
  pt: ['colunista', 'correspondente', 'editor', 'editora', 'jornalista', 'redator', 'redatora', 'repórter'],
  ru: ['журналист', 'корреспондент', 'обозреватель', 'редактор'],
  tr: ['editör', 'editörü', 'gazeteci', 'muhabir', 'muhabiri', 'yazar', 'yazarı']
}
