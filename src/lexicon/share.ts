/**
 * Words of share and follow widgets, folded as `normalizeLine` folds them.
 *
 * A line is a share widget when every word is in one of these lists, at least
 * one is a cue, and the line is short. Keep each list sorted.
 */

/** Words that on their own signal a share/follow widget, by language. */
export const shareCues: Readonly<Record<string, readonly string[]>> = {
  de: ['folgen', 'teilen', 'twittern'],
  en: ['follow', 'retweet', 'share', 'shares', 'tweet'],
  es: ['comparte', 'compartir', 'síguenos'],
  fr: ['partager', 'partagez', 'suivez'],
  it: ['condividi', 'seguici'],
  nl: ['deel', 'delen', 'volg'],
  pt: ['compartilhar', 'compartilhe', 'partilhar', 'siga'],
  ru: ['поделиться', 'подписывайтесь'],
  tr: ['abone', 'paylaş', 'takip']
}

/**
 * Social networks: a line of two or more is a share bar (`Facebook Twitter
 * WhatsApp`), one alone may be a heading or a name (`Twitter`).
 */
export const shareNetworks: readonly string[] = [
  'bluesky', 'facebook', 'flipboard', 'googlenews', 'instagram', 'linkedin', 'mastodon', 'pinterest', 'reddit',
  'telegram', 'tiktok', 'tumblr', 'twitter', 'vkontakte', 'whatsapp', 'youtube'
]

/** Words allowed around the cues, by language. */
export const shareFiller: Readonly<Record<string, readonly string[]>> = {
  de: ['artikel', 'auf', 'diesen', 'uns'],
  en: ['article', 'copy', 'email', 'link', 'now', 'on', 'page', 'post', 'print', 'story', 'the', 'this', 'us', 'via'],
  es: ['artículo', 'en', 'este', 'la', 'noticia'],
  fr: ['article', 'cet', 'l', 'nous', 'sur'],
  it: ['articolo', 'questo', 'su'],
  nl: ['artikel', 'dit', 'ons', 'op'],
  pt: ['artigo', 'este', 'no', 'nos'],
  ru: ['в', 'на', 'нас', 'статьей'],
  tr: ['bizi', 'et', 'haberi', 'ol'],
  '*': ['e', 'google', 'line', 'mail', 'messenger', 'news', 'rss', 'threads', 'vk', 'x']
}

/** Whole widget lines that have no cue word, folded. */
export const sharePhrases: readonly string[] = [
  'partage', 'sharing is caring', 'spread the love', 'teile diesen artikel'
]
