/**
 * Headings of a reader-comment thread, folded as `normalizeLine` folds them.
 * A bare `Comments` is also a menu link, so only headings that say more
 * (`Top Rated Comments`, `Reader comments`, `167 comments`) open a thread.
 * Keep each list sorted.
 */

/** Whole lines that head a comment thread, by language. */
export const commentHeadings: Readonly<Record<string, readonly string[]>> = {
  de: ['alle kommentare', 'kommentare anzeigen', 'leserkommentare', 'neueste kommentare'],
  en: [
    'all comments', 'latest comments', 'most popular comments', 'newest comments', 'reader comments',
    'readers comments', 'show comments', 'top comments', 'top rated comments', 'user comments', 'view all comments',
    'view comments'
  ],
  es: ['comentarios de los lectores', 'mostrar comentarios', 'ver comentarios'],
  fr: ['afficher les commentaires', 'commentaires des lecteurs', 'voir les commentaires'],
  it: ['commenti dei lettori', 'mostra commenti', 'vedi commenti'],
  ja: ['コメントを見る', 'コメント一覧', 'みんなのコメント', '読者のコメント'],
  ko: ['댓글 목록', '댓글 보기', '독자 댓글', '전체 댓글'],
  nl: ['bekijk reacties', 'reacties van lezers', 'toon reacties'],
  pt: ['comentários dos leitores', 'mostrar comentários', 'ver comentários'],
  ru: ['все комментарии', 'комментарии читателей', 'показать комментарии'],
  tr: ['okur yorumları', 'tüm yorumlar', 'yorumları göster'],
  zh: ['全部評論', '全部评论', '最新評論', '最新评论', '查看评论', '热门评论', '網友評論', '网友评论']
}

/**
 * Nouns after a count that head a thread (`167 comments`, `12 Kommentare`),
 * by language.
 */
export const commentCountNouns: Readonly<Record<string, readonly string[]>> = {
  de: ['kommentar', 'kommentare'],
  en: ['comment', 'comments', 'responses'],
  es: ['comentario', 'comentarios'],
  fr: ['commentaire', 'commentaires'],
  it: ['commenti', 'commento'],
  nl: ['reactie', 'reacties'],
  pt: ['comentário', 'comentários'],
  ru: ['комментариев', 'комментарий', 'комментария'],
  tr: ['yorum']
}

/**
 * Nouns after a count that name a thread more loosely (`34 responses`,
 * `12 thoughts`, `5 réponses`), by language: the classifier takes them for a
 * thread's heading only with signature lines under them.
 */
export const commentReplyNouns: Readonly<Record<string, readonly string[]>> = {
  de: ['antworten'],
  en: ['replies', 'response', 'thoughts'],
  es: ['respuestas'],
  fr: ['réponses'],
  it: ['risposte'],
  nl: [],
  pt: ['respostas'],
  ru: ['ответов'],
  tr: ['cevap']
}
