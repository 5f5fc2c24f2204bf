/**
 * Page chrome: whole lines that are buttons, links and notices of the page
 * around an article, folded as `normalizeLine` folds them (`Scroll to Top` ->
 * `scroll to top`). Keep each list sorted.
 */

/** Lines that are chrome wherever they stand, by language. */
export const uiPhrases: Readonly<Record<string, readonly string[]>> = {
  de: [
    'agb', 'alle ablehnen', 'alle akzeptieren', 'alle cookies akzeptieren', 'anmelden', 'antworten abbrechen',
    'anzeige', 'artikel anhören', 'bild vergrößern', 'cookie einstellungen', 'datenschutz', 'datenschutzerklärung',
    'direkt zum inhalt', 'drucken', 'einloggen', 'galerie ansehen', 'impressum', 'kommentar schreiben',
    'link kopieren', 'mehr anzeigen', 'mehr laden', 'mehr lesen', 'mein konto', 'menü öffnen', 'nach oben',
    'nächster artikel', 'nächster beitrag', 'navigation umschalten', 'registrieren', 'schließen',
    'schreibe einen kommentar', 'vorheriger artikel', 'vorheriger beitrag', 'weiterlesen', 'weniger anzeigen',
    'werbung', 'wird geladen', 'zum hauptinhalt springen', 'zum inhalt springen', 'zurück nach oben'
  ],
  en: [
    'about the author', 'about us', 'accept all', 'accept all cookies', 'accept cookies', 'add a comment',
    'add comment', 'advertisement', 'advertisement continue reading below', 'advertisement scroll to continue',
    'already a member log in', 'already a member sign in', 'already have an account log in',
    'already have an account sign in', 'article continues below', 'back to top', 'be the first to comment',
    'cancel reply', 'click to enlarge', 'close menu', 'comments are closed', 'contact us', 'continue reading',
    'continue reading below', 'continue reading the main story', 'cookie policy', 'cookie preferences',
    'cookie settings', 'copy link', 'email this article', 'enlarge image', 'go to top', 'hide comments',
    'join the conversation', 'jump to navigation', 'leave a comment', 'leave a reply', 'leave a reply cancel reply',
    'like this', 'listen to this article', 'load more', 'loading', 'log in', 'log in to comment', 'manage cookies',
    'my account', 'next article', 'next post', 'open in full screen mode', 'open menu', 'play video',
    'post comment', 'previous article', 'previous post', 'print this article', 'print this page', 'privacy policy',
    'read full article', 'read more', 'reject all', 'report an error', 'scroll to continue with content',
    'scroll to top', 'search for', 'see more', 'show less', 'show more', 'sign in', 'skip ad', 'skip to content',
    'skip to main content', 'skip to navigation', 'sponsored content', 'story continues below',
    'story continues below advertisement', 'supported by', 'switch to dark mode', 'terms of service',
    'terms of use', 'toggle menu', 'toggle navigation', 'view gallery', 'view image', 'view larger image',
    'watch video'
  ],
  es: [
    'abrir menú', 'aceptar cookies', 'aceptar todas', 'aceptar todas las cookies', 'ampliar imagen',
    'artículo anterior', 'artículo siguiente', 'aviso legal', 'cancelar la respuesta', 'cargando', 'cargar más',
    'cerrar', 'configuración de cookies', 'copiar enlace', 'deja un comentario', 'deja una respuesta',
    'entrada anterior', 'entrada siguiente', 'escuchar este artículo', 'iniciar sesión', 'ir al contenido',
    'ir arriba', 'leer más', 'mi cuenta', 'mostrar más', 'pantalla completa', 'política de cookies',
    'política de privacidad', 'publicidad', 'rechazar todas', 'registrarse', 'saltar al contenido',
    'seguir leyendo', 'ver en pantalla completa', 'ver galería', 'ver más', 'volver arriba'
  ],
  fr: [
    'accepter et fermer', 'accepter les cookies', 'afficher plus', 'agrandir l image', 'aller au contenu',
    'aller au contenu principal', 'annuler la réponse', 'article précédent', 'article suivant', 'chargement',
    'charger plus', 'copier le lien', 'écouter cet article', 'fermer', 'gérer les cookies', 'haut de page',
    'imprimer', 'laisser un commentaire', 'lire la suite', 'lire plus', 'mentions légales', 'mon compte',
    'nous contacter', 'ouvrir en plein écran', 'ouvrir le menu', 'paramètres des cookies', 'passer au contenu',
    'plein écran', 'politique de confidentialité', 'publicité', 'retour en haut', 'se connecter', 'tout accepter',
    'tout refuser', 'voir la galerie', 'voir plus'
  ],
  it: [
    'accedi', 'accetta i cookie', 'accetta tutti', 'annulla risposta', 'apri a schermo intero', 'apri menu',
    'articolo precedente', 'articolo successivo', 'ascolta l articolo', 'carica altri', 'caricamento',
    'caricamento in corso', 'chiudi', 'continua a leggere', 'copia link', 'impostazioni cookie',
    'informativa sulla privacy', 'ingrandisci immagine', 'lascia un commento', 'leggi di più', 'leggi tutto',
    'mostra di più', 'note legali', 'pubblicità', 'registrati', 'rifiuta tutti', 'salta al contenuto',
    'schermo intero', 'torna all inizio', 'torna su', 'vai al contenuto', 'vai alla galleria'
  ],
  ja: [
    'コメントする', 'さらに表示', 'すべて表示', 'トップへ戻る', 'ページトップへ', 'ページの先頭に戻る', 'ページの先頭へ', 'メニューを開く', 'もっと見る', 'ログイン', '前の記事',
    '印刷する', '広告', '新規登録', '本文へスキップ', '次の記事', '画像を拡大', '続きを読む', '読み込み中', '閉じる'
  ],
  ko: [
    '광고', '글자 크기', '기사 공유하기', '기사 더보기', '다음 기사', '닫기', '댓글 쓰기', '더보기', '로그인', '맨 위로', '메뉴 열기', '본문 바로가기', '위로 가기',
    '이전 기사', '인쇄하기', '전체보기', '회원가입'
  ],
  nl: [
    'advertentie', 'afbeelding vergroten', 'afdrukken', 'alles accepteren', 'alles weigeren', 'bekijk galerij',
    'bezig met laden', 'cookie instellingen', 'cookies accepteren', 'direct naar inhoud', 'ga naar inhoud',
    'inloggen', 'laat een reactie achter', 'lees meer', 'link kopiëren', 'luister naar dit artikel', 'meer laden',
    'meer weergeven', 'menu openen', 'mijn account', 'naar boven', 'openen in volledig scherm', 'privacybeleid',
    'privacyverklaring', 'reactie annuleren', 'sluiten', 'spring naar inhoud', 'terug naar boven', 'toon meer',
    'verder lezen', 'volgend artikel', 'volledig scherm', 'vorig artikel'
  ],
  pt: [
    'aceitar cookies', 'aceitar todos', 'ampliar imagem', 'anúncio', 'artigo anterior', 'cancelar resposta',
    'carregando', 'carregar mais', 'configurações de cookies', 'continuar a ler', 'continue lendo', 'copiar link',
    'definições de cookies', 'deixe um comentário', 'ecrã inteiro', 'fechar', 'iniciar sessão',
    'ir para o conteúdo', 'ir para o topo', 'leia mais', 'ler mais', 'minha conta', 'mostrar mais',
    'ouvir este artigo', 'política de privacidade', 'próximo artigo', 'publicidade', 'pular para o conteúdo',
    'rejeitar todos', 'saltar para o conteúdo', 'tela cheia', 'termos de uso', 'ver galeria', 'ver mais',
    'voltar ao topo'
  ],
  ru: [
    'вернуться наверх', 'войти', 'загрузить еще', 'загрузить ещё', 'загрузка', 'закрыть', 'копировать ссылку',
    'личный кабинет', 'наверх', 'настройки cookie', 'оставить комментарий', 'отклонить все',
    'открыть в полноэкранном режиме', 'открыть меню', 'отменить ответ', 'перейти к содержанию', 'подробнее',
    'показать еще', 'показать ещё', 'политика конфиденциальности', 'полноэкранный режим', 'предыдущая статья',
    'принять cookie', 'принять все', 'распечатать', 'реклама', 'следующая статья', 'слушать статью',
    'смотреть галерею', 'увеличить изображение', 'читать далее', 'читать полностью'
  ],
  tr: [
    'bağlantıyı kopyala', 'başa dön', 'çerez ayarları', 'çerezleri kabul et', 'daha fazla göster', 'daha fazla oku',
    'daha fazla yükle', 'devamını oku', 'galeriyi gör', 'giriş yap', 'gizlilik politikası', 'haberi dinle',
    'içeriğe atla', 'içeriğe geç', 'kapat', 'kayıt ol', 'menüyü aç', 'önceki haber', 'reklam', 'resmi büyüt',
    'sayfa başına dön', 'sonraki haber', 'tam ekran', 'tam ekran modunda aç', 'tümünü kabul et', 'tümünü reddet',
    'yanıtı iptal et', 'yazdır', 'yorum yap', 'yorum yaz', 'yukarı çık', 'yükleniyor'
  ],
  zh: [
    '上一篇', '下一篇', '关闭', '关闭窗口', '加载中', '加载更多', '发表评论', '回到顶部', '字号 大 中 小', '展开全文', '展開全文', '广告', '廣告', '我要评论',
    '打印本页', '查看更多', '注册', '点击加载更多', '点击查看大图', '登入', '登录', '看更多', '跳转到主要内容', '載入中', '返回頂部', '返回顶部', '返回首页', '閱讀全文',
    '阅读全文', '阅读原文', '關閉'
  ]
}

/**
 * Openings of the site's notices, in a line of up to 60 words: the cookie
 * banner (`We use cookies to …`), the comment form (`Your email address will
 * not be published. Required fields are marked *`).
 */
export const uiNotices: Readonly<Record<string, readonly string[]>> = {
  de: [
    'diese website verwendet cookies', 'erforderliche felder sind mit',
    'ihre e mail adresse wird nicht veröffentlicht', 'wir verwenden cookies'
  ],
  en: [
    'by continuing to browse', 'by continuing to use this site', 'learn how your comment data is processed',
    'required fields are marked', 'save my name email and website in this browser',
    'this article is for subscribers only', 'this content is for subscribers only',
    'this site uses akismet to reduce spam', 'this site uses cookies', 'this website uses cookies',
    'we use cookies', 'your email address will not be published'
  ],
  es: [
    'este sitio web utiliza cookies', 'los campos obligatorios están marcados',
    'tu dirección de correo electrónico no será publicada', 'utilizamos cookies'
  ],
  fr: [
    'ce site utilise des cookies', 'les champs obligatoires sont indiqués', 'nous utilisons des cookies',
    'votre adresse de messagerie ne sera pas publiée', 'votre adresse e mail ne sera pas publiée'
  ],
  it: [
    'i campi obbligatori sono contrassegnati', 'il tuo indirizzo email non sarà pubblicato',
    'questo sito utilizza cookie', 'utilizziamo i cookie'
  ],
  nl: [
    'deze website gebruikt cookies', 'je e mailadres wordt niet gepubliceerd',
    'vereiste velden zijn gemarkeerd met', 'wij gebruiken cookies'
  ],
  pt: [
    'campos obrigatórios são marcados com', 'este site utiliza cookies',
    'o seu endereço de e mail não será publicado', 'o seu endereço de email não será publicado',
    'utilizamos cookies'
  ],
  ru: [
    'ваш адрес email не будет опубликован', 'мы используем cookie', 'обязательные поля помечены',
    'этот сайт использует cookie'
  ],
  tr: [
    'bu web sitesi çerez kullanmaktadır', 'çerez kullanıyoruz', 'e posta adresiniz yayınlanmayacak',
    'gerekli alanlar işaretlenmişlerdir'
  ]
}

/**
 * Single words that are chrome when alone on a line but could be a heading
 * (`Menu` in a restaurant review): weaker evidence, removed by `balanced` and
 * `recall`, kept by `precision`.
 */
export const uiWeakWords: Readonly<Record<string, readonly string[]>> = {
  de: ['kontakt', 'menü', 'startseite', 'suche', 'weiter', 'zurück'],
  en: ['close', 'comments', 'contact', 'home', 'menu', 'next', 'previous', 'print', 'reply', 'search', 'topics'],
  es: ['anterior', 'buscar', 'comentarios', 'contacto', 'imprimir', 'inicio', 'menú', 'siguiente'],
  fr: ['accueil', 'commentaires', 'contact', 'menu', 'précédent', 'rechercher', 'suivant'],
  it: ['cerca', 'commenti', 'contatti', 'precedente', 'stampa', 'successivo'],
  ja: ['コメント', 'ホーム', 'メニュー', '前へ', '印刷', '検索', '次へ'],
  ko: ['검색', '다음', '댓글', '메뉴', '이전', '인쇄', '홈'],
  nl: ['contact', 'reacties', 'volgende', 'vorige', 'zoeken'],
  pt: ['comentários', 'contato', 'início', 'pesquisar', 'próximo'],
  ru: ['главная', 'далее', 'комментарии', 'контакты', 'меню', 'назад', 'печать', 'поиск'],
  tr: ['ana sayfa', 'arama', 'iletişim', 'menü', 'önceki', 'sonraki', 'yorumlar'],
  zh: ['上一页', '下一页', '回复', '打印', '搜索', '菜单', '评论', '首页']
}

/**
 * Media controls: the link a player or gallery leaves before a photo. The
 * short line right after one is the photo's caption (`photo-caption` reads
 * this list). Each entry is also chrome on its own.
 */
export const mediaControls: Readonly<Record<string, readonly string[]>> = {
  de: ['bild vergrößern', 'bildergalerie', 'galerie ansehen', 'im vollbildmodus öffnen', 'vergrößern', 'vollbild'],
  en: [
    'click to enlarge', 'enlarge', 'enlarge image', 'enlarge this image', 'expand image', 'full screen',
    'fullscreen', 'open image in full screen', 'open in full screen mode', 'toggle caption', 'view gallery',
    'view image', 'view larger image', 'zoom'
  ],
  es: ['ampliar', 'ampliar imagen', 'pantalla completa', 'ver en pantalla completa', 'ver galería'],
  fr: ['agrandir', 'agrandir l image', 'ouvrir en plein écran', 'plein écran', 'voir la galerie'],
  it: ['apri a schermo intero', 'ingrandisci', 'ingrandisci immagine', 'schermo intero', 'vai alla galleria'],
  nl: ['afbeelding vergroten', 'bekijk galerij', 'openen in volledig scherm', 'vergroot afbeelding', 'volledig scherm'],
  pt: ['ampliar imagem', 'ecrã inteiro', 'tela cheia', 'ver galeria'],
  ru: ['открыть в полноэкранном режиме', 'полноэкранный режим', 'смотреть галерею', 'увеличить', 'увеличить изображение'],
  tr: ['büyüt', 'galeriyi gör', 'resmi büyüt', 'tam ekran', 'tam ekran modunda aç']
}

/**
 * Openings of a call to click (`Click here to read the report`): chrome when
 * the line is short.
 */
export const clickOpenings: Readonly<Record<string, readonly string[]>> = {
  de: ['hier klicken', 'klicken sie hier'],
  en: ['click here', 'tap here'],
  es: ['haga clic aquí', 'haz clic aquí', 'pincha aquí', 'pulse aquí'],
  fr: ['cliquez ici', 'cliquez sur ce lien'],
  it: ['clicca qui'],
  nl: ['klik hier'],
  pt: ['carregue aqui', 'clique aqui'],
  ru: ['нажмите здесь', 'нажмите сюда'],
  tr: ['buraya tıklayın', 'tıklayın']
}

/** Labels of reading time (`5 min read`, `Lesezeit: 3 Minuten`). */
export const readingTime: Readonly<Record<string, readonly string[]>> = {
  de: ['lesedauer', 'lesezeit'],
  en: ['read', 'reading time'],
  es: ['lectura', 'tiempo de lectura'],
  fr: ['lecture', 'temps de lecture'],
  it: ['lettura', 'tempo di lettura'],
  nl: ['leestijd'],
  pt: ['leitura', 'tempo de leitura'],
  ru: ['время чтения', 'чтения'],
  tr: ['okuma süresi']
}

/**
 * Labels of a tag list (`Tags: Alibaba, Hong Kong`), before the colon, folded
 * as `normalizeLine` folds them (`Mots-clés` -> `mots clés`). Keep each list
 * sorted.
 */
export const tagLabels: Readonly<Record<string, readonly string[]>> = {
  de: ['kategorie', 'kategorien', 'schlagworte', 'schlagwörter', 'stichworte', 'stichwörter', 'themen'],
  en: ['categories', 'category', 'filed under', 'tag', 'tagged', 'tagged with', 'tags', 'topics'],
  es: ['categorías', 'etiquetas', 'temas'],
  fr: ['catégories', 'étiquettes', 'mots clés', 'tags'],
  it: ['argomenti', 'categorie', 'etichette', 'tag'],
  nl: ['categorieën', 'onderwerpen', 'tags', 'trefwoorden'],
  pt: ['categorias', 'etiquetas', 'marcadores', 'tags', 'temas'],
  ru: ['метки', 'рубрики', 'теги', 'темы'],
  tr: ['etiketler', 'kategoriler']
}
