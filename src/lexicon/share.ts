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
  ja: ['いいね', 'シェア', 'シェアする', 'ツイート', 'フォロー'],
  ko: ['공유', '공유하기', '트윗', '팔로우'],
  nl: ['deel', 'delen', 'volg'],
  pt: ['compartilhar', 'compartilhe', 'partilhar', 'siga'],
  ru: ['поделиться', 'подписывайтесь'],
  tr: ['abone', 'paylaş', 'takip'],
  zh: ['分享', '分享到', '分享至', '转发', '轉發']
}

/**
 * Social networks: a line of two or more is a share bar (`Facebook Twitter
 * WhatsApp`), one alone may be a heading or a name (`Twitter`).
 */
export const shareNetworks: readonly string[] = [
  'bluesky', 'douban', 'facebook', 'flipboard', 'googlenews', 'hatena', 'instagram', 'kakaostory', 'kakaotalk',
  'linkedin', 'mastodon', 'naver', 'pinterest', 'qq', 'qq空间', 'qzone', 'reddit', 'telegram', 'tiktok', 'tumblr',
  'twitter', 'vkontakte', 'wechat', 'weibo', 'whatsapp', 'youtube', '네이버', '밴드', '유튜브', '인스타그램', '카카오스토리', '카카오톡',
  '트위터', '페이스북', 'インスタグラム', 'ツイッター', 'はてなブックマーク', 'フェイスブック', 'ユーチューブ', '微信', '微博', '豆瓣'
]

/** Words allowed around the cues, by language. */
export const shareFiller: Readonly<Record<string, readonly string[]>> = {
  de: ['artikel', 'auf', 'diesen', 'uns'],
  en: [
    'article', 'click', 'copy', 'email', 'in', 'link', 'new', 'now', 'on', 'opens', 'page', 'post', 'print',
    'story', 'the', 'this', 'to', 'us', 'via', 'window'
  ],
  es: ['artículo', 'en', 'este', 'la', 'noticia'],
  fr: ['article', 'cet', 'l', 'nous', 'sur'],
  it: ['articolo', 'questo', 'su'],
  ja: ['この記事を', 'で'],
  ko: ['기사'],
  nl: ['artikel', 'dit', 'ons', 'op'],
  pt: ['artigo', 'este', 'no', 'nos'],
  ru: ['в', 'на', 'нас', 'статьей'],
  tr: ['bizi', 'et', 'haberi', 'ol'],
  zh: ['到', '朋友圈'],
  '*': ['e', 'google', 'line', 'mail', 'messenger', 'news', 'rss', 'threads', 'vk', 'x']
}

/** Whole widget lines that have no cue word, folded. */
export const sharePhrases: readonly string[] = [
  'like us on facebook', 'partage', 'pin it', 'sharing is caring', 'spread the love', 'teile diesen artikel',
  '이 기사를 공유합니다', 'この記事をシェア', 'この記事をシェアする', '分享到qq空间', '分享到微信', '分享到微信朋友圈', '分享到微博', '分享到朋友圈', '扫一扫分享'
]
