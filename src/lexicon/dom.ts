/**
 * Class, id and role tokens that name what an element holds, as
 * `elementTokens` splits them (`relatedPosts` -> `related`, `posts`).
 *
 * Tokens are markup, written mostly in English whatever the page's language;
 * the common non-English words of the languages we cover are listed too
 * (`partage`, `teilen`, `compartir`, `verwandte`, `relacionados`, `yorumlar`,
 * `kommentare`, `комментарии`). Keep each list sorted.
 */
import type {NoiseKind} from '../types.js'

/** Tokens that mark an element's content as noise, by the kind of noise. */
export const noiseTokens: Readonly<Partial<Record<NoiseKind, readonly string[]>>> = {
  boilerplate: [
    'comentarios', 'comment', 'commentaires', 'commenti', 'comments', 'disqus', 'kommentare', 'reacties', 'replies',
    'reply', 'respond', 'yorumlar', 'комментарии'
  ],
  byline: ['auteur', 'author', 'authors', 'autor', 'byline', 'bylines', 'contributor', 'contributors'],
  caption: ['caption', 'captions', 'credit', 'credits', 'figcaption', 'legende', 'légende'],
  metadata: ['dateline', 'meta', 'posted', 'postmeta', 'pubdate', 'published', 'timestamp'],
  promo: [
    'ad', 'ads', 'adsbygoogle', 'adslot', 'adunit', 'advert', 'advertisement', 'advertising', 'anzeige',
    'dfp', 'newsletter', 'newsletters', 'paywall', 'promo', 'promos', 'promotion', 'publicidad',
    'publicite', 'sponsor', 'sponsored', 'subscribe', 'subscription', 'werbung'
  ],
  related: [
    'mostpopular', 'mostread', 'outbrain', 'popular', 'recommendations', 'recommended', 'relacionados', 'related',
    'taboola', 'trending', 'verwandte'
  ],
  share: [
    'addthis', 'addtoany', 'compartir', 'partage', 'share', 'sharedaddy', 'sharing', 'sociable', 'social', 'teilen'
  ],
  ui: [
    'banner', 'breadcrumb', 'breadcrumbs', 'consent', 'cookie', 'cookies', 'footer', 'gdpr', 'masthead', 'menu',
    'modal', 'nav', 'navbar', 'navigation', 'pager', 'pagination', 'popup', 'sidebar', 'toolbar'
  ]
}

/**
 * Tokens that mark an element as the article itself. An element with one of
 * these is not flagged by its layout tokens (`ui` and `boilerplate`:
 * `content-sidebar`, `main-menu-and-article`), as Readability's
 * `okMaybeItsACandidate`; specific ones (`article-share`) still count.
 */
export const contentTokens: readonly string[] = ['article', 'articlebody', 'body', 'column', 'content', 'main', 'story']

/**
 * Tokens that make a `share`/`social` element an embedded post the article
 * quotes (`social-media-embed` around a tweet), not a share bar.
 */
export const embedTokens: readonly string[] = ['embed', 'embedded', 'embeds']

/** Tokens that make the next token a page setting, not a name: `has-sidebar`, `no-ads`, `with-comments`. */
export const modifierTokens: readonly string[] = ['has', 'hide', 'no', 'show', 'with', 'without']

/**
 * Stems that name noise at the start of a class written as one word
 * (`relatedposts`, `sharebar`, `commentlist`, `newsletterbox`), for tokens of 8
 * or more characters that are not in `noiseTokens`.
 */
export const compoundStems: ReadonlyArray<readonly [string, NoiseKind]> = [
  ['advert', 'promo'],
  ['breadcrumb', 'ui'],
  ['byline', 'byline'],
  ['caption', 'caption'],
  ['comment', 'boilerplate'],
  ['cookie', 'ui'],
  ['newsletter', 'promo'],
  ['related', 'related'],
  ['share', 'share'],
  ['sidebar', 'ui'],
  ['social', 'share'],
  ['sponsor', 'promo'],
  ['subscribe', 'promo']
]

/** Words that start with a stem above but name content. */
export const compoundExceptions: readonly string[] = ['commentaries', 'commentary', 'shareholder', 'shareholders']
