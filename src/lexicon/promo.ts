/**
 * Calls to subscribe, sign up, download an app, advertise or donate, folded as
 * `normalizeLine` folds them. Keep each list sorted.
 */

/** Openings of a promo line: the line starts with one of these. */
export const promoOpenings: Readonly<Record<string, readonly string[]>> = {
  de: [
    'abonnieren sie', 'app herunterladen', 'bereits abonnent', 'jetzt abonnieren', 'jetzt spenden',
    'laden sie unsere app', 'melden sie sich für unseren newsletter an', 'melden sie sich jetzt an',
    'newsletter abonnieren', 'newsletter bestellen', 'unterstützen sie uns', 'unterstützen sie unseren journalismus',
    'werbung schalten', 'zum newsletter anmelden'
  ],
  en: [
    'advertise with us', 'already a subscriber', 'become a member', 'become a subscriber', 'donate now',
    'donate today', 'download our app', 'download the app', 'get a subscription', 'get our newsletter', 'get the app',
    'get unlimited access', 'if you enjoyed this article', 'if you enjoyed this story', 'if you liked this article',
    'join our mailing list', 'join our newsletter', 'never miss a story', 'sign up for',
    'sign up here', 'sign up now', 'sign up to', 'start your free trial', 'subscribe', 'subscribe for',
    'subscribe now', 'subscribe to', 'support our journalism', 'support us', 'to advertise', 'unlock this article'
  ],
  es: [
    'anúnciate', 'apoya nuestro periodismo', 'apúntate', 'descarga la app', 'descarga nuestra app', 'dona ahora',
    'haz una donación', 'hazte socio', 'para anunciarse', 'recibe nuestro boletín', 'regístrate', 'suscríbase',
    'suscríbete', 'suscribirse', 'ya eres suscriptor'
  ],
  fr: [
    'abonnez vous', 'découvrez nos offres', 'déjà abonné', 'faites un don', 'inscrivez vous', 'je m abonne',
    'pour faire de la publicité', 'recevez notre newsletter', 'soutenez notre journalisme', 'soutenez nous',
    'téléchargez l application', 'téléchargez notre application'
  ],
  it: [
    'abbonati ora', 'abbonati subito', 'fai una donazione', 'iscriviti', 'iscriviti alla newsletter',
    'per la tua pubblicità', 'ricevi la nostra newsletter', 'scarica l app', 'scarica la nostra app',
    'sei già abbonato', 'sostieni il nostro giornalismo'
  ],
  nl: [
    'abonneer je', 'abonneer nu', 'adverteren bij ons', 'al abonnee', 'doneer nu', 'download de app',
    'download onze app', 'meld je aan', 'ontvang onze nieuwsbrief', 'schrijf je in', 'steun ons', 'wilt u adverteren',
    'word lid'
  ],
  pt: [
    'anuncie aqui', 'anuncie conosco', 'apoie o jornalismo', 'apoie o nosso jornalismo', 'assine a newsletter',
    'assine a nossa', 'assine agora', 'assine já', 'assine o nosso', 'baixe nosso aplicativo', 'baixe o app',
    'descarregue a app', 'faça uma doação', 'inscreva se', 'já é assinante', 'para anunciar',
    'receba a nossa newsletter', 'receba nossa newsletter', 'subscreva'
  ],
  ru: [
    'оформите подписку', 'оформить подписку', 'по вопросам рекламы', 'поддержите нас', 'подписаться',
    'подпишитесь', 'скачайте приложение', 'скачать приложение'
  ],
  tr: [
    'bağış yapın', 'bize destek olun', 'bültene kaydolun', 'bültenimize abone olun', 'e bültene kaydolun',
    'reklam vermek için', 'uygulamamızı indirin', 'uygulamayı indir'
  ]
}

/** Promo phrases that give a short line away wherever they stand in it. */
export const promoPhrases: Readonly<Record<string, readonly string[]>> = {
  de: ['direkt in ihr postfach', 'direkt in ihren briefkasten', 'newsletter abonnieren', 'unseren newsletter'],
  en: [
    'advertise with us', 'delivered through your letterbox', 'delivered to your inbox',
    'download our app', 'for your personal non commercial use only', 'right in your inbox', 'sign up for our',
    'sign up for the free',
    'straight to your inbox', 'subscribe to our newsletter', 'support independent journalism', 'to advertise call',
    'to advertise contact', 'to advertise email', 'to advertise send', 'to advertise write'
  ],
  es: [
    'directamente en tu bandeja de entrada', 'suscríbete a nuestra newsletter', 'suscríbete a nuestro boletín'
  ],
  fr: [
    'abonnez vous à notre newsletter', 'directement dans votre boîte aux lettres', 'directement dans votre boîte mail',
    'inscrivez vous à notre newsletter', 'pour faire de la publicité'
  ],
  it: ['direttamente nella tua casella di posta', 'iscriviti alla nostra newsletter'],
  nl: ['abonneer je op onze nieuwsbrief', 'direct in je mailbox', 'schrijf je in voor onze nieuwsbrief'],
  pt: ['assine a nossa newsletter', 'direto na sua caixa de entrada', 'inscreva se na nossa newsletter'],
  ru: ['по вопросам рекламы', 'подпишитесь на нашу рассылку'],
  tr: ['bültenimize abone olun']
}

/**
 * What a company says of itself after its name in the blurb that closes a
 * press release (`Acme is a leading provider of …`, `Acme is headquartered in
 * …`): the words right after the name.
 */
export const companyBlurbOpenings: Readonly<Record<string, readonly string[]>> = {
  de: ['hat seinen sitz in', 'ist ein führender', 'ist ein weltweit führender', 'ist weltweit führend'],
  en: [
    'is a global leader', 'is a global provider', 'is a global solutions provider', 'is a leading',
    'is a leading global', 'is a leading provider', 'is a world leader', 'is headquartered in',
    'is the world s leading'
  ],
  es: ['es líder mundial', 'es una empresa líder', 'tiene su sede en'],
  fr: ['a son siège à', 'est le leader', 'est un des leaders', 'est un leader'],
  it: ['è leader', 'è un leader', 'ha sede a'],
  nl: ['is een toonaangevende', 'is wereldwijd marktleider'],
  pt: ['é líder', 'é uma empresa líder', 'tem sede em'],
  ru: ['является ведущим', 'является лидером'],
  tr: ['dünya lideri', 'genel merkezi']
}
