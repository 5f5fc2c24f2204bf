/**
 * Words of photo captions and photo credits, folded as `normalizeLine` folds
 * them unless said otherwise. Keep each list sorted.
 */

/** Labels that open a photo credit or caption (`Photo: …`, `Foto: …`, `Фото: …`). */
export const photoLabels: Readonly<Record<string, readonly string[]>> = {
  de: ['archivfoto', 'bild', 'bildquelle', 'foto', 'fotos'],
  en: [
    'caption', 'image', 'image caption', 'image credit', 'image source', 'images', 'media caption', 'photo',
    'photo caption', 'photo credit', 'photograph', 'photos', 'picture', 'pictured'
  ],
  es: ['crédito de imagen', 'foto', 'fotografía', 'fotos', 'imagen'],
  fr: ['crédit photo', 'crédits photo', 'illustration', 'image', 'photo', 'photos'],
  it: ['foto', 'immagine'],
  nl: ['afbeelding', 'beeld', 'foto'],
  pt: ['crédito da foto', 'foto', 'fotografia', 'imagem'],
  ru: ['изображение', 'фото'],
  tr: ['fotoğraf', 'görsel']
}

/**
 * Words that, in brackets at the end of a line, mark a caption:
 * `(Archive photo)`, `(Photo d'archive)`, `(Archivfoto)`.
 */
export const photoWords: Readonly<Record<string, readonly string[]>> = {
  de: ['archivbild', 'archivfoto', 'bild', 'foto'],
  en: ['file', 'photo', 'photograph', 'picture'],
  es: ['archivo', 'foto', 'imagen'],
  fr: ['archives', 'photo'],
  it: ['archivio', 'foto'],
  nl: ['archiefbeeld', 'archieffoto', 'foto'],
  pt: ['arquivo', 'foto', 'imagem'],
  ru: ['архивное', 'фото'],
  tr: ['arşiv', 'fotoğraf']
}

/**
 * Photo agencies and picture desks as they sign a photo, before a slash:
 * `REUTERS/Name/File Photo`, `AFP PHOTO / NAME`, `EPA-EFE/NAME`. As written.
 */
export const photoAgencies: readonly string[] = [
  'AA', 'ABACA', 'AFP', 'AFP PHOTO', 'ANADOLU', 'ANP', 'ANSA', 'AP', 'AP Photo', 'BELGA', 'dpa', 'DPA', 'EFE',
  'EPA', 'EPA-EFE', 'GETTY', 'IMAGO', 'KEYSTONE', 'LUSA', 'REUTERS', 'SIPA', 'TASS', 'XINHUA', 'ZUMA'
]

/** Picture libraries that sign the end of a caption (`… Getty Images`), folded. */
export const pictureLibraries: readonly string[] = [
  'alamy', 'getty', 'getty images', 'imago', 'istock', 'shutterstock', 'unsplash'
]

/**
 * Credit words that, with the photo labels, sign a caption before a colon at
 * its end (`… equivalent. Credit: ESA`, `… Bildnachweis: dpa`).
 */
export const creditWords: Readonly<Record<string, readonly string[]>> = {
  de: ['bildnachweis', 'fotonachweis'],
  en: ['credit', 'credits'],
  es: ['crédito', 'créditos'],
  fr: ['crédit', 'crédits'],
  it: ['crediti', 'credito'],
  nl: ['fotocredit', 'fotografie'],
  pt: ['crédito', 'créditos'],
  ru: ['автор фото', 'фото'],
  tr: ['fotoğraf kaynağı', 'kaynak fotoğraf']
}
